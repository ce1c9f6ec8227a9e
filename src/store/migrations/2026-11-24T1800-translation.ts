import type { Kysely } from 'kysely';

/**
 * Machine translation: the brand glossary, the translation memory, cached translations of messages, reply
 * previews an agent has seen, and the link from a sent reply to the draft and machine output it came from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('translation_glossary')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('translation_memory')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    // sha-256 of the normalized source: a unique index on the text itself would break on long texts in PostgreSQL.
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('target_text', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('use_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('translation_memory_pair_source', ['source_language', 'target_language', 'source_hash'])
    .execute();

  await db.schema.createTable('message_translations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('error_reason', 'text')
    .addColumn('error_detail', 'text')
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('message_translations_message_target', ['message_id', 'target_language'])
    .execute();

  await db.schema.createTable('reply_previews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('actor_key', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_message_id', 'text')
    .execute();
  await db.schema.createIndex('reply_previews_conversation').on('reply_previews').columns(['conversation_id', 'created_at']).execute();

  await db.schema.createTable('reply_translations')
    .addColumn('message_id', 'text', (c) => c.primaryKey().references('messages.id').onDelete('cascade'))
    .addColumn('preview_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('source_text', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('machine_text', 'text', (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('edited', 'integer', (c) => c.notNull())
    .addColumn('sent_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['reply_translations', 'reply_previews', 'message_translations', 'translation_memory', 'translation_glossary']) {
    await db.schema.dropTable(table).execute();
  }
}
