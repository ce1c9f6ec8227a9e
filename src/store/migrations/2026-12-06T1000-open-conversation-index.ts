import { sql, type Kysely } from 'kysely';

/**
 * Every inbound message asks for the customer's latest unresolved conversation on its channel. With this index the
 * answer is the first entry of one index range; before, SQLite sorted the matches in a temporary b-tree, which made
 * that look-up the most expensive statement of an ingest (about 15 µs of 20).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index conversations_open_by_customer on conversations (customer_id, channel, last_message_at)
    where status != 'resolved'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists conversations_open_by_customer`.execute(db);
}
