import { sql, type Kysely } from 'kysely';

/**
 * SLA policies, the SLA timers of each conversation (one row per target and cycle, which the timer job claims
 * with conditional updates), and the record of closed-hours auto-replies (one per conversation and closed period).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('sla_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('market', 'text')
    .addColumn('channel', 'text')
    .addColumn('priority', 'text')
    .addColumn('first_response', 'text')
    .addColumn('next_response', 'text')
    .addColumn('resolution', 'text')
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('pause_while_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warning_share', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One policy per scope, so "the most specific policy" is never a tie.
  await sql`create unique index sla_policies_scope on sla_policies
    (coalesce(market, ''), coalesce(channel, ''), coalesce(priority, ''))`.execute(db);

  await db.schema.createTable('sla_timers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('policy_id', 'text')
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('target_ms', 'double precision', (c) => c.notNull())
    .addColumn('warning_share', 'double precision', (c) => c.notNull())
    .addColumn('pause_while_pending', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('running_since', 'text')
    .addColumn('elapsed_ms', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('warn_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('paused_at', 'text')
    .addColumn('warned_at', 'text')
    .addColumn('breached_at', 'text')
    .addColumn('stopped_at', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sla_timers_conversation_target_cycle', ['conversation_id', 'target', 'cycle'])
    .execute();
  // The timer job's two scans read only running timers that still have something to announce.
  await sql`create index sla_timers_due on sla_timers (due_at)
    where breached_at is null and stopped_at is null and paused_at is null`.execute(db);
  await sql`create index sla_timers_warn on sla_timers (warn_at)
    where warned_at is null and stopped_at is null and paused_at is null`.execute(db);
  await sql`create index sla_timers_breached on sla_timers (conversation_id)
    where breached_at is not null and stopped_at is null`.execute(db);

  await db.schema.createTable('auto_replies')
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('auto_replies_pk', ['conversation_id', 'kind', 'period_key'])
    .execute();
  await db.schema.createIndex('auto_replies_message').on('auto_replies').column('message_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['auto_replies', 'sla_timers', 'sla_policies']) await db.schema.dropTable(table).execute();
}
