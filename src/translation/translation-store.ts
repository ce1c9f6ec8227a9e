import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { memoryKey, type Glossary } from '../domain/translation/index.js';
import { isoInstant } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import type {
  Database, MessageTranslationsTable, ReplyPreviewsTable, ReplyTranslationsTable, TranslationMemoryTable,
} from '../store/store-schema.js';

/** Something an agent should know about a translation (a glossary term the engine dropped…). */
export interface TranslationWarning {
  code: 'GLOSSARY_TERM_LOST' | 'GLOSSARY_PLACEHOLDER_INVENTED';
  message: string;
}

// ---- glossary ---------------------------------------------------------------------------------------------

export interface StoredGlossary extends Glossary {
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Reads the brand glossary (empty until one is stored). */
export async function getGlossary(db: Kysely<Database>): Promise<StoredGlossary> {
  const row = await db.selectFrom('translation_glossary').selectAll().where('id', '=', 'brand').executeTakeFirst();
  const doc = parseJsonColumn<Partial<Glossary>>(row?.document, {});
  return { doNotTranslate: doc.doNotTranslate ?? [], forced: doc.forced ?? [], updatedAt: row?.updated_at ?? null, updatedBy: row?.updated_by ?? null };
}

/** Replaces the brand glossary. */
export async function putGlossary(db: Kysely<Database>, glossary: Glossary, updatedBy: string | null, nowMs: number): Promise<void> {
  const document = JSON.stringify({ doNotTranslate: glossary.doNotTranslate, forced: glossary.forced });
  const now = isoInstant(nowMs);
  await db.insertInto('translation_glossary').values({ id: 'brand', document, updated_by: updatedBy, updated_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ document, updated_by: updatedBy, updated_at: now }))
    .execute();
}

// ---- translation memory -----------------------------------------------------------------------------------

/** An approved translation, reused before any engine is called. */
export interface MemoryEntry {
  id: string;
  from: string;
  to: string;
  source: string;
  target: string;
  origin: 'agent-edit' | 'manual';
  approvedBy: string | null;
  uses: number;
  createdAt: string;
  updatedAt: string;
}

function toMemoryEntry(row: TranslationMemoryTable): MemoryEntry {
  return {
    id: row.id, from: row.source_language, to: row.target_language, source: row.source_text, target: row.target_text,
    origin: row.origin as MemoryEntry['origin'], approvedBy: row.approved_by, uses: Number(row.use_count),
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function sourceHash(text: string): string {
  return createHash('sha256').update(memoryKey(text)).digest('hex');
}

/**
 * Finds the approved translation of `text` (normalized: case, spacing) for a language pair.
 *
 * @example
 * const hit = await findMemory(db, 'en', 'ja', 'Thank you for waiting!');
 */
export async function findMemory(db: Kysely<Database>, from: string, to: string, text: string): Promise<MemoryEntry | undefined> {
  const row = await db.selectFrom('translation_memory').selectAll()
    .where('source_language', '=', from).where('target_language', '=', to).where('source_hash', '=', sourceHash(text))
    .executeTakeFirst();
  return row ? toMemoryEntry(row) : undefined;
}

/** Counts one reuse of a memory entry. */
export async function countMemoryUse(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('translation_memory').set((eb) => ({ use_count: eb('use_count', '+', 1) })).where('id', '=', id).execute();
}

/** Stores (or replaces, for the same normalized source and pair) an approved translation. */
export async function upsertMemory(
  db: Kysely<Database>,
  entry: { from: string; to: string; source: string; target: string; origin: MemoryEntry['origin']; approvedBy: string | null },
  nowMs: number,
): Promise<MemoryEntry> {
  const now = isoInstant(nowMs);
  const values = {
    source_text: entry.source, target_text: entry.target, origin: entry.origin, approved_by: entry.approvedBy, updated_at: now,
  };
  await db.insertInto('translation_memory').values({
    id: newId(nowMs), source_language: entry.from, target_language: entry.to, source_hash: sourceHash(entry.source),
    use_count: 0, created_at: now, ...values,
  }).onConflict((oc) => oc.columns(['source_language', 'target_language', 'source_hash']).doUpdateSet(values)).execute();
  return (await findMemory(db, entry.from, entry.to, entry.source))!;
}

/** Memory entries, newest first, optionally for one pair; `after` is the last id of the previous page. */
export async function listMemory(
  db: Kysely<Database>, filter: { from?: string; to?: string; after?: string; limit: number },
): Promise<{ items: MemoryEntry[]; nextCursor: string | null }> {
  let q = db.selectFrom('translation_memory').selectAll().orderBy('id', 'desc').limit(filter.limit + 1);
  if (filter.from) q = q.where('source_language', '=', filter.from);
  if (filter.to) q = q.where('target_language', '=', filter.to);
  if (filter.after) q = q.where('id', '<', filter.after);
  const rows = await q.execute();
  const items = rows.slice(0, filter.limit).map(toMemoryEntry);
  return { items, nextCursor: rows.length > filter.limit ? items[items.length - 1]!.id : null };
}

/** Deletes a memory entry; answers whether it existed. */
export async function deleteMemory(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('translation_memory').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// ---- message translations ---------------------------------------------------------------------------------

/** A translation of one message into one language, as the API answers it. The original is never changed. */
export interface MessageTranslation {
  messageId: string;
  to: string;
  from: string | null;
  status: 'done' | 'failed';
  text: string | null;
  /** `libretranslate`, `deepl`, or `memory` (an approved human translation). */
  engine: string;
  machine: boolean;
  error: { reason: string; detail: string } | null;
  warnings: TranslationWarning[];
  requestedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

function toMessageTranslation(row: MessageTranslationsTable): MessageTranslation {
  return {
    messageId: row.message_id, to: row.target_language, from: row.source_language, status: row.status as MessageTranslation['status'],
    text: row.text, engine: row.engine, machine: row.engine !== 'memory',
    error: row.error_reason ? { reason: row.error_reason, detail: row.error_detail ?? '' } : null,
    warnings: parseJsonColumn(row.warnings, []), requestedBy: row.requested_by, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** The cached translation of a message into `to`, if any. */
export async function getMessageTranslation(db: Kysely<Database>, messageId: string, to: string): Promise<MessageTranslation | undefined> {
  const row = await db.selectFrom('message_translations').selectAll()
    .where('message_id', '=', messageId).where('target_language', '=', to).executeTakeFirst();
  return row ? toMessageTranslation(row) : undefined;
}

/** Every cached translation of a message, by target language. */
export async function listMessageTranslations(db: Kysely<Database>, messageId: string): Promise<MessageTranslation[]> {
  const rows = await db.selectFrom('message_translations').selectAll().where('message_id', '=', messageId).orderBy('target_language').execute();
  return rows.map(toMessageTranslation);
}

/** Stores the result of one attempt (done or failed) for (message, target), replacing an earlier attempt. */
export async function saveMessageTranslation(
  db: Kysely<Database>,
  input: Omit<MessageTranslation, 'createdAt' | 'updatedAt' | 'machine'>,
  nowMs: number,
): Promise<MessageTranslation> {
  const now = isoInstant(nowMs);
  const values = {
    source_language: input.from, status: input.status, text: input.text, engine: input.engine,
    error_reason: input.error?.reason ?? null, error_detail: input.error?.detail ?? null,
    warnings: JSON.stringify(input.warnings), requested_by: input.requestedBy, updated_at: now,
  };
  await db.insertInto('message_translations').values({
    id: newId(nowMs), message_id: input.messageId, target_language: input.to, created_at: now, ...values,
  }).onConflict((oc) => oc.columns(['message_id', 'target_language']).doUpdateSet({ ...values, created_at: now })).execute();
  return (await getMessageTranslation(db, input.messageId, input.to))!;
}

// ---- reply previews and translated replies ----------------------------------------------------------------

export interface ReplyPreview {
  id: string;
  conversationId: string;
  actorKey: string;
  sourceText: string;
  from: string;
  to: string;
  text: string;
  engine: string;
  warnings: TranslationWarning[];
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedMessageId: string | null;
}

function toPreview(row: ReplyPreviewsTable): ReplyPreview {
  return {
    id: row.id, conversationId: row.conversation_id, actorKey: row.actor_key, sourceText: row.source_text, from: row.source_language,
    to: row.target_language, text: row.text, engine: row.engine, warnings: parseJsonColumn(row.warnings, []), createdAt: row.created_at,
    expiresAt: row.expires_at, usedAt: row.used_at, usedMessageId: row.used_message_id,
  };
}

/** Records a preview an agent is about to see. */
export async function insertPreview(db: Kysely<Database>, preview: Omit<ReplyPreview, 'usedAt' | 'usedMessageId'>): Promise<void> {
  await db.insertInto('reply_previews').values({
    id: preview.id, conversation_id: preview.conversationId, actor_key: preview.actorKey, source_text: preview.sourceText,
    source_language: preview.from, target_language: preview.to, text: preview.text, engine: preview.engine,
    warnings: JSON.stringify(preview.warnings), created_at: preview.createdAt, expires_at: preview.expiresAt,
    used_at: null, used_message_id: null,
  }).execute();
}

export async function getPreview(db: Kysely<Database>, id: string): Promise<ReplyPreview | undefined> {
  const row = await db.selectFrom('reply_previews').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPreview(row) : undefined;
}

/** Marks a preview used, atomically: answers false when another request got there first. */
export async function claimPreview(db: Kysely<Database>, id: string, nowMs: number): Promise<boolean> {
  const result = await db.updateTable('reply_previews').set({ used_at: isoInstant(nowMs) })
    .where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a claimed preview back (the reply it was for could not be sent). */
export async function releasePreview(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('reply_previews').set({ used_at: null }).where('id', '=', id).where('used_message_id', 'is', null).execute();
}

/** How a sent reply was made from a machine translation the agent saw. */
export interface ReplyTranslationLink {
  messageId: string;
  previewId: string;
  sourceText: string;
  sourceLanguage: string;
  targetLanguage: string;
  machineText: string;
  engine: string;
  edited: boolean;
  sentBy: string | null;
  createdAt: string;
}

function toLink(row: ReplyTranslationsTable): ReplyTranslationLink {
  return {
    messageId: row.message_id, previewId: row.preview_id, sourceText: row.source_text, sourceLanguage: row.source_language,
    targetLanguage: row.target_language, machineText: row.machine_text, engine: row.engine, edited: Boolean(row.edited),
    sentBy: row.sent_by, createdAt: row.created_at,
  };
}

/** Links a sent reply to its preview, inside the caller's transaction. */
export async function insertReplyLink(db: Kysely<Database>, link: ReplyTranslationLink & { conversationId: string }): Promise<void> {
  await db.updateTable('reply_previews').set({ used_message_id: link.messageId }).where('id', '=', link.previewId).execute();
  await db.insertInto('reply_translations').values({
    message_id: link.messageId, preview_id: link.previewId, conversation_id: link.conversationId, source_text: link.sourceText,
    source_language: link.sourceLanguage, target_language: link.targetLanguage, machine_text: link.machineText, engine: link.engine,
    edited: link.edited ? 1 : 0, sent_by: link.sentBy, created_at: link.createdAt,
  }).execute();
}

export async function getReplyLink(db: Kysely<Database>, messageId: string): Promise<ReplyTranslationLink | undefined> {
  const row = await db.selectFrom('reply_translations').selectAll().where('message_id', '=', messageId).executeTakeFirst();
  return row ? toLink(row) : undefined;
}
