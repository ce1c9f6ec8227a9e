import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '../errors/index.js';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Attachment, ConversationView } from '../store/conversation-store.js';
import type { Database } from '../store/store-schema.js';
import type { AttachmentFacts, ChannelEnvironment, OutboundAttachment } from './channel-adapter.js';
import type { ChannelRegistry } from './channel-registry.js';
import { AGENT_UPLOADS, attachmentUrl, replyChannel } from './channel-store.js';

/** An agent's upload as the API answers it. */
export interface UploadView extends AttachmentFacts {
  conversationId: string;
  /** Where agents download it (`GET /api/v1/attachments/{id}`). */
  url: string;
  createdAt: string;
}

/**
 * A file name safe to store and to put in headers: no path, no control characters, at most 200 characters.
 *
 * @example
 * safeFilename('../../見積書.pdf'); // '.._.._見積書.pdf'
 */
export function safeFilename(name: string): string {
  return name.replace(/[\\/\u0000-\u001f\u007f]/g, '_').trim().slice(0, 200) || 'file';
}

/**
 * Stores a file an agent uploads for a reply in the conversation (the same table as inbound attachment bodies, so
 * any process can serve and send it) and answers its id. The id is random: it is the only handle on the file.
 *
 * @example
 * const upload = await storeUpload(db, conversationId, { filename: 'invoice.pdf', contentType: 'application/pdf', content }, nowMs);
 */
export async function storeUpload(
  db: Kysely<Database>, conversationId: string, file: { filename: string; contentType: string; content: Buffer }, nowMs: number,
): Promise<UploadView> {
  const id = randomBytes(16).toString('hex');
  const createdAt = isoInstant(nowMs);
  await db.insertInto('channel_attachments').values({
    id, channel: AGENT_UPLOADS, external_id: conversationId, position: 0, filename: file.filename, content_type: file.contentType,
    size: file.content.length, content_id: null, inline: 0, sha256: createHash('sha256').update(file.content).digest('hex'),
    content: file.content, created_at: createdAt,
  }).execute();
  return { id, conversationId, filename: file.filename, contentType: file.contentType, size: file.content.length, url: attachmentUrl(id), createdAt };
}

/**
 * The uploads of a conversation named by a reply, in the order given; a 422 naming each id that is not a file
 * uploaded to this conversation.
 *
 * @example
 * const files = await uploadsForReply(db, conversationId, ['5f0c…', '9a1b…']);
 */
export async function uploadsForReply(db: Kysely<Database>, conversationId: string, ids: string[]): Promise<AttachmentFacts[]> {
  const rows = ids.length === 0 ? [] : await db.selectFrom('channel_attachments').select(['id', 'filename', 'content_type', 'size'])
    .where('channel', '=', AGENT_UPLOADS).where('external_id', '=', conversationId).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, filename: r.filename, contentType: r.content_type, size: Number(r.size) }]));
  const errors = ids.flatMap((id, i) => (byId.has(id) ? [] : [{ path: `/body/attachments/${i}`, message: 'is not a file uploaded to this conversation' }]));
  if (errors.length) throw new AppError('BL_UNPROCESSABLE', `${errors.length} of the attachments were not uploaded to this conversation`, { errors });
  return ids.map((id) => byId.get(id)!);
}

/**
 * The id of a stored attachment from the URL a message carries for it, or null for any other URL.
 *
 * @example
 * attachmentIdOfUrl('/api/v1/attachments/5f0c9a1b…'); // '5f0c9a1b…'
 */
export function attachmentIdOfUrl(url: string | null | undefined): string | null {
  return /^\/api\/v1\/attachments\/([0-9a-f]{32})$/.exec(url ?? '')?.[1] ?? null;
}

/**
 * The files of an outgoing message with their bytes, read for sending, and the ids of any no longer stored (the
 * dispatcher fails such a message with the reason rather than send it without the file).
 *
 * @example
 * const { files, missing } = await outboundAttachments(db, message.attachments);
 */
export async function outboundAttachments(db: Kysely<Database>, attachmentsJson: string): Promise<{ files: OutboundAttachment[]; missing: string[] }> {
  const listed = parseJsonColumn<Attachment[]>(attachmentsJson, []);
  const ids = listed.map((a) => attachmentIdOfUrl(a.url)).filter((id): id is string => id !== null);
  if (ids.length === 0) return { files: [], missing: [] };
  const rows = await db.selectFrom('channel_attachments').select(['id', 'filename', 'content_type', 'size', 'content'])
    .where('channel', '=', AGENT_UPLOADS).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const files: OutboundAttachment[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row?.content) files.push({ id, filename: row.filename, contentType: row.content_type, size: Number(row.size), content: Buffer.from(row.content) });
    else missing.push(id);
  }
  return { files, missing };
}

/**
 * The attachments of a reply as its message records them, after checking that each was uploaded to the
 * conversation and — for a public reply — that the conversation's channel can carry them (422 with the channel's
 * reason otherwise). Private notes may carry any upload: they never leave.
 *
 * @example
 * outbound.setAttachmentResolver({ resolve: (conversation, ids, isPrivate) => resolveReplyAttachments(registry, env, conversation, ids, isPrivate) });
 */
export async function resolveReplyAttachments(
  registry: ChannelRegistry, env: ChannelEnvironment, conversation: ConversationView, ids: string[], isPrivate: boolean,
): Promise<Attachment[]> {
  const files = await uploadsForReply(env.store.db, conversation.id, ids);
  if (!isPrivate) {
    const adapter = registry.get(conversation.channel);
    const channel = adapter ? await replyChannel(env.store.db, conversation.channel, conversation) : null;
    const refusal = adapter?.checkAttachments
      ? adapter.checkAttachments(files, channel, env)
      : `${adapter?.displayName ?? conversation.channel} conversations cannot carry attachments`;
    if (refusal) {
      throw new AppError('BL_UNPROCESSABLE', `This channel cannot carry these attachments: ${refusal}`, { errors: [{ path: '/body/attachments', message: refusal }] });
    }
  }
  return files.map((f) => ({ filename: f.filename, contentType: f.contentType, size: f.size, url: attachmentUrl(f.id) }));
}
