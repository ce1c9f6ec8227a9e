import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database } from '../store/store-schema.js';

/**
 * The parts of the brand's voice that never change (tone words, promises) and, per market, the sign-offs that
 * adapt. The sign-off per language itself lives in the brand settings (`signature.signOff`).
 */
export interface SignatureDocument {
  /** Words that describe the brand's tone (warm, precise…), shown to agents. */
  toneWords: string[];
  /** Promises the brand always keeps (free returns within 30 days…), per language. */
  promises: Record<string, string[]>;
  /** Per market code: sign-offs per language that replace the brand's there. */
  markets: Record<string, { signOff: Record<string, string> }>;
}

export const emptySignature: SignatureDocument = { toneWords: [], promises: {}, markets: {} };

/** Reads the signature document (empty when never set). */
export async function getSignature(db: Kysely<Database>): Promise<SignatureDocument> {
  const row = await db.selectFrom('brand_signature').select('document').where('id', '=', 'brand').executeTakeFirst();
  return { ...emptySignature, ...parseJsonColumn<Partial<SignatureDocument>>(row?.document, {}) };
}

/** Stores the signature document (the whole of it). */
export async function putSignature(db: Kysely<Database>, document: SignatureDocument, nowMs: number): Promise<void> {
  const value = JSON.stringify(document);
  const now = isoInstant(nowMs);
  await db.insertInto('brand_signature').values({ id: 'brand', document: value, updated_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ document: value, updated_at: now }))
    .execute();
}
