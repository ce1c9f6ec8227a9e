import { sql, type Kysely } from 'kysely';

/**
 * Routing: the queue of conversations waiting for an agent, every routing decision with the candidates it
 * considered (the explanations supervisors read), each conversation's classification with its confidence, and
 * the corrections agents make to classifications (to measure and improve the classifier).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('routing_queue')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('market', 'text')
    .addColumn('language', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('priority', 'text', (c) => c.notNull())
    // urgent 3 … low 0, so the queue order is one index scan: priority first, then the earliest deadline.
    .addColumn('priority_rank', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'text')
    .addColumn('waiting_since', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('hold_until', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enqueued_at', 'text', (c) => c.notNull())
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('routing_queue_order').on('routing_queue').columns(['priority_rank', 'due_at', 'enqueued_at']).execute();
  await db.schema.createIndex('routing_queue_market').on('routing_queue').columns(['market']).execute();

  await db.schema.createTable('routing_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('team_id', 'text')
    .addColumn('machine_translation', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('hold_until', 'text')
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('candidates', 'text', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('actor_id', 'text')
    .execute();
  await db.schema.createIndex('routing_decisions_conversation').on('routing_decisions').columns(['conversation_id', 'at']).execute();

  await db.schema.createTable('conversation_classifications')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('category', 'text')
    .addColumn('intent', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('intent_confidence', 'double precision', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('classification_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('previous_category', 'text')
    .addColumn('previous_intent', 'text')
    .addColumn('category', 'text')
    .addColumn('intent', 'text')
    .addColumn('language', 'text')
    .addColumn('corrected_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('classification_corrections_conversation').on('classification_corrections').column('conversation_id').execute();

  // Load counting per agent and channel (capacity) reads only open and pending conversations.
  await sql`create index conversations_assignee_channel on conversations (assignee_id, channel) where status in ('open', 'pending')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists conversations_assignee_channel`.execute(db);
  for (const table of ['classification_corrections', 'conversation_classifications', 'routing_decisions', 'routing_queue']) {
    await db.schema.dropTable(table).execute();
  }
}
