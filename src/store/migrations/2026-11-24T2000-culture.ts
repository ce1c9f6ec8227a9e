import type { Kysely } from 'kysely';

/**
 * Culture: localized macros (one row per macro, one per variant: locale × register) and the brand signature
 * (tone words, promises, per-market sign-offs) as one JSON document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('macros')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source_locale', 'text', (c) => c.notNull())
    // Bumped when a source-locale variant changes; other variants made from an older version are outdated.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('macro_variants')
    .addColumn('macro_id', 'text', (c) => c.notNull().references('macros.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('register', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('needs_review', 'integer', (c) => c.notNull())
    .addColumn('based_on_version', 'integer', (c) => c.notNull())
    .addColumn('engine', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('macro_variants_pk', ['macro_id', 'locale', 'register'])
    .execute();

  await db.schema.createTable('brand_signature')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['brand_signature', 'macro_variants', 'macros']) await db.schema.dropTable(table).execute();
}
