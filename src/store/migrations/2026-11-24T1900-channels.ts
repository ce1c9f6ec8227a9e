import { sql, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/**
 * Channels: configured channel instances, the inbound keys each claims (an email address, a phone number id),
 * per inbound message facts the pipeline does not keep (automated flags, thread key, headers), attachment bodies,
 * reply tokens for email addresses, and a small per-channel state store (IMAP position, provider cursors).
 */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema.createTable('channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('market', 'text', (c) => c.notNull())
    // The kind's whole configuration as given, secrets included (documented in docs/channels.md).
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('channels_kind_market').on('channels').columns(['kind', 'market']).execute();

  // The primary key is the guarantee that two channels of a kind never claim one address, even under races.
  await db.schema.createTable('channel_keys')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_keys_pk', ['kind', 'key'])
    .execute();
  await db.schema.createIndex('channel_keys_channel').on('channel_keys').column('channel_id').execute();

  // Keyed like the pipeline's dedupe (channel kind, external id) so it can be written before the message exists.
  await db.schema.createTable('channel_inbound')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('automated', 'text')
    .addColumn('automated_reason', 'text')
    .addColumn('thread_key', 'text')
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_inbound_pk', ['channel', 'external_id'])
    .execute();

  await db.schema.createTable('channel_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_id', 'text')
    .addColumn('inline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sha256', 'text', (c) => c.notNull())
    // Null when the body was over the size cap: the metadata is kept, the bytes are not.
    .addColumn('content', sql.raw(dialect === 'postgres' ? 'bytea' : 'blob'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('channel_attachments_message').on('channel_attachments').columns(['channel', 'external_id']).execute();

  await db.schema.createTable('conversation_reply_tokens')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('channel_state')
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('channel_state_pk', ['channel_id', 'key'])
    .execute();

  // Outbound messages are found again by the id the provider gave them (delivery receipts, bounces).
  await sql`create index messages_outbound_external on messages (channel, external_id) where direction = 'out'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists messages_outbound_external`.execute(db);
  for (const table of ['channel_state', 'conversation_reply_tokens', 'channel_attachments', 'channel_inbound', 'channel_keys', 'channels']) {
    await db.schema.dropTable(table).execute();
  }
}
