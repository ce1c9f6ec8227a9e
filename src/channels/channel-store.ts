import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Attachment, ConversationView } from '../store/conversation-store.js';
import type { ChannelsTable, Database } from '../store/store-schema.js';
import type { AutomatedKind, ChannelConfig, ChannelInstance, DeliveryReceipt, InboundAttachment } from './channel-adapter.js';

/** Attachment bodies larger than this keep their metadata only (the SMTP size limit bounds the whole message). */
export const ATTACHMENT_BODY_CAP_BYTES = 10 * 1024 * 1024;

/**
 * `channel_attachments.channel` of the files agents upload for replies. Not a channel kind (kinds cannot contain a
 * colon): for these rows `external_id` is the conversation the file was uploaded to.
 */
export const AGENT_UPLOADS = 'agent:upload';

function toInstance(row: ChannelsTable): ChannelInstance {
  const config = parseJsonColumn<ChannelConfig>(row.config, { kind: row.kind, market: row.market });
  return {
    id: row.id, kind: row.kind, market: row.market, enabled: Boolean(row.enabled),
    config: { ...config, kind: row.kind, market: row.market }, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Reads one channel instance. @example const channel = await getChannel(db, 'email-jp'); */
export async function getChannel(db: Kysely<Database>, id: string): Promise<ChannelInstance | undefined> {
  const row = await db.selectFrom('channels').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toInstance(row) : undefined;
}

/**
 * Lists channel instances by id, optionally of one kind, in some markets, or only enabled ones.
 *
 * @example
 * await listChannels(db, { kind: 'email', enabledOnly: true });
 */
export async function listChannels(
  db: Kysely<Database>, filter: { kind?: string; markets?: string[] | null; enabledOnly?: boolean } = {},
): Promise<ChannelInstance[]> {
  let q = db.selectFrom('channels').selectAll().orderBy('id');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.markets) q = q.where('market', 'in', filter.markets.length ? filter.markets : ['\u0000']);
  if (filter.enabledOnly) q = q.where('enabled', '=', 1);
  return (await q.execute()).map(toInstance);
}

/**
 * The enabled channel of `kind` that claims `key` (lower-cased), if any.
 *
 * @example
 * await findChannelByKey(db, 'email', 'support@brand.example.jp');
 */
export async function findChannelByKey(db: Kysely<Database>, kind: string, key: string): Promise<ChannelInstance | null> {
  const row = await db.selectFrom('channel_keys').innerJoin('channels', 'channels.id', 'channel_keys.channel_id')
    .selectAll('channels').where('channel_keys.kind', '=', kind).where('channel_keys.key', '=', key.toLowerCase())
    .where('channels.enabled', '=', 1).executeTakeFirst();
  return row ? toInstance(row) : null;
}

/**
 * The channel a key is claimed by, enabled or not (for conflict messages).
 *
 * @example
 * await keyOwner(db, 'email', 'support@brand.example.jp'); // 'email-jp'
 */
export async function keyOwner(db: Kysely<Database>, kind: string, key: string): Promise<string | null> {
  const row = await db.selectFrom('channel_keys').select('channel_id').where('kind', '=', kind).where('key', '=', key.toLowerCase()).executeTakeFirst();
  return row?.channel_id ?? null;
}

/**
 * Creates or replaces a channel instance and the keys it claims, inside the caller's transaction. A key claimed
 * by another channel of the kind fails on the primary key of `channel_keys` (the caller answers 409).
 *
 * @example
 * const { created } = await putChannel(trx, 'email-jp', config, ['support@brand.example.jp'], true, now);
 */
export async function putChannel(
  db: Kysely<Database>, id: string, config: ChannelConfig, keys: string[], enabled: boolean, nowMs: number,
): Promise<{ created: boolean; channel: ChannelInstance }> {
  const now = isoInstant(nowMs);
  const existing = await db.selectFrom('channels').select(['id', 'created_at']).where('id', '=', id).executeTakeFirst();
  const row: ChannelsTable = {
    id, kind: config.kind, market: config.market, config: JSON.stringify(config), enabled: enabled ? 1 : 0,
    created_at: existing?.created_at ?? now, updated_at: now,
  };
  if (existing) {
    await db.updateTable('channels').set({ kind: row.kind, market: row.market, config: row.config, enabled: row.enabled, updated_at: now })
      .where('id', '=', id).execute();
  } else {
    await db.insertInto('channels').values(row).execute();
  }
  await db.deleteFrom('channel_keys').where('channel_id', '=', id).execute();
  const unique = [...new Set(keys.map((k) => k.toLowerCase()))];
  if (unique.length > 0) {
    await db.insertInto('channel_keys').values(unique.map((key) => ({ kind: config.kind, key, channel_id: id }))).execute();
  }
  return { created: !existing, channel: toInstance(row) };
}

/**
 * Deletes a channel instance and its keys; answers false when there was none.
 *
 * @example
 * await deleteChannel(trx, 'email-jp'); // true
 */
export async function deleteChannel(db: Kysely<Database>, id: string): Promise<boolean> {
  await db.deleteFrom('channel_keys').where('channel_id', '=', id).execute();
  await db.deleteFrom('channel_state').where('channel_id', '=', id).execute();
  const result = await db.deleteFrom('channels').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The channel instance a conversation's replies go out on: its own, else the kind's enabled instance in its market
 * (the one instance of the kind when the conversation has no market).
 *
 * @example
 * const channel = await replyChannel(db, 'email', conversation);
 */
export async function replyChannel(db: Kysely<Database>, kind: string, conversation: Pick<ConversationView, 'channelId' | 'market'>): Promise<ChannelInstance | null> {
  if (conversation.channelId) {
    const own = await getChannel(db, conversation.channelId);
    if (own && own.enabled && own.kind === kind) return own;
  }
  const candidates = await listChannels(db, { kind, enabledOnly: true });
  const inMarket = candidates.find((c) => c.market === conversation.market);
  if (inMarket) return inMarket;
  return !conversation.market && candidates.length === 1 ? candidates[0]! : null;
}

/**
 * Records what the channel knew about an inbound message before the pipeline stores it, so the flag is there the
 * moment the message is visible. Idempotent: a redelivery keeps the first record.
 *
 * @example
 * await recordInbound(db, { kind: 'email', externalId, channelId: 'email-jp', automated: null, threadKey, meta: {}, nowMs });
 */
export async function recordInbound(db: Kysely<Database>, input: {
  kind: string; externalId: string; channelId: string; automated: { kind: AutomatedKind; reason: string } | null;
  threadKey: string | null; meta: Record<string, unknown>; nowMs: number;
}): Promise<void> {
  await db.insertInto('channel_inbound').values({
    channel: input.kind, external_id: input.externalId, channel_id: input.channelId, automated: input.automated?.kind ?? null,
    automated_reason: input.automated?.reason ?? null, thread_key: input.threadKey, meta: JSON.stringify(input.meta),
    created_at: isoInstant(input.nowMs),
  }).onConflict((oc) => oc.columns(['channel', 'external_id']).doNothing()).execute();
}

/**
 * The automated flag of an inbound message, or null for a message a person wrote (or no channel record).
 *
 * @example
 * await automatedFlagOf(db, messageId); // { kind: 'auto-reply', reason: 'Auto-Submitted: auto-replied' }
 */
export async function automatedFlagOf(db: Kysely<Database>, messageId: string): Promise<{ kind: AutomatedKind; reason: string } | null> {
  const row = await db.selectFrom('messages')
    .innerJoin('channel_inbound', (j) => j.onRef('channel_inbound.channel', '=', 'messages.channel').onRef('channel_inbound.external_id', '=', 'messages.external_id'))
    .select(['channel_inbound.automated', 'channel_inbound.automated_reason'])
    .where('messages.id', '=', messageId).where('messages.direction', '=', 'in').executeTakeFirst();
  if (!row?.automated) return null;
  return { kind: row.automated as AutomatedKind, reason: row.automated_reason ?? '' };
}

/**
 * The customer's latest inbound message in a conversation, with its automated flag.
 *
 * @example
 * (await lastInboundOf(db, conversationId))?.automated; // 'bounce'
 */
export async function lastInboundOf(db: Kysely<Database>, conversationId: string): Promise<{
  messageId: string; receivedAt: string; automated: AutomatedKind | null; reason: string | null;
} | null> {
  const row = await db.selectFrom('messages')
    .leftJoin('channel_inbound', (j) => j.onRef('channel_inbound.channel', '=', 'messages.channel').onRef('channel_inbound.external_id', '=', 'messages.external_id'))
    .select(['messages.id', 'messages.received_at', 'channel_inbound.automated', 'channel_inbound.automated_reason'])
    .where('messages.conversation_id', '=', conversationId).where('messages.direction', '=', 'in')
    .orderBy('messages.received_at', 'desc').orderBy('messages.id', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return { messageId: row.id, receivedAt: row.received_at, automated: (row.automated as AutomatedKind | null) ?? null, reason: row.automated_reason ?? null };
}

/**
 * The stable id of one attachment of one inbound message, so a redelivery finds the same row.
 *
 * @example
 * attachmentId('email', 'abc@mail.example', 0); // 32 hex characters
 */
export function attachmentId(kind: string, externalId: string, position: number): string {
  return createHash('sha256').update(`${kind}\u0000${externalId}\u0000${position}`).digest('hex').slice(0, 32);
}

/**
 * Stores the attachments of an inbound message (bodies up to {@link ATTACHMENT_BODY_CAP_BYTES}) and answers the
 * metadata the message carries, each with the URL it is downloaded from.
 *
 * @example
 * const attachments = await storeAttachments(db, 'email', externalId, email.attachments, nowMs);
 */
export async function storeAttachments(
  db: Kysely<Database>, kind: string, externalId: string, attachments: InboundAttachment[], nowMs: number,
): Promise<Attachment[]> {
  const out: Attachment[] = [];
  for (const [position, a] of attachments.entries()) {
    const id = attachmentId(kind, externalId, position);
    const size = a.content.length;
    await db.insertInto('channel_attachments').values({
      id, channel: kind, external_id: externalId, position, filename: a.filename, content_type: a.contentType, size,
      content_id: a.contentId ?? null, inline: a.inline ? 1 : 0, sha256: createHash('sha256').update(a.content).digest('hex'),
      content: size <= ATTACHMENT_BODY_CAP_BYTES ? a.content : null, created_at: isoInstant(nowMs),
    }).onConflict((oc) => oc.column('id').doNothing()).execute();
    out.push({ filename: a.filename, contentType: a.contentType, size, url: size <= ATTACHMENT_BODY_CAP_BYTES ? attachmentUrl(id) : null });
  }
  return out;
}

/**
 * Where an attachment body is downloaded (authenticated, scoped to the markets the caller may see).
 *
 * @example
 * attachmentUrl(id); // '/api/v1/attachments/<id>'
 */
export function attachmentUrl(id: string): string {
  return `/api/v1/attachments/${id}`;
}

/**
 * Reads one attachment — an inbound message's, or an agent's upload — with the market of its conversation (for
 * scope checks).
 *
 * @example
 * const attachment = await getAttachment(db, id); // { filename, contentType, size, content, market }
 */
export async function getAttachment(db: Kysely<Database>, id: string): Promise<{
  filename: string; contentType: string; size: number; content: Buffer | null; market: string | null | undefined;
} | undefined> {
  const row = await db.selectFrom('channel_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const owner = row.channel === AGENT_UPLOADS
    ? await db.selectFrom('conversations').select('market').where('id', '=', row.external_id).executeTakeFirst()
    : await db.selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
      .select('conversations.market').where('messages.channel', '=', row.channel).where('messages.external_id', '=', row.external_id)
      .where('messages.direction', '=', 'in').executeTakeFirst();
  return {
    filename: row.filename, contentType: row.content_type, size: Number(row.size),
    content: row.content ? Buffer.from(row.content) : null, market: owner ? owner.market : undefined,
  };
}

/**
 * The token of a conversation's reply address, created on first use. Random (not derived from the id) so a
 * customer cannot guess another conversation's address.
 *
 * @example
 * const token = await ensureReplyToken(db, conversationId, now); // 'k3v9q2m7xa'
 */
export async function ensureReplyToken(db: Kysely<Database>, conversationId: string, nowMs: number): Promise<string> {
  const existing = await db.selectFrom('conversation_reply_tokens').select('token').where('conversation_id', '=', conversationId).executeTakeFirst();
  if (existing) return existing.token;
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const token = [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
  await db.insertInto('conversation_reply_tokens').values({ token, conversation_id: conversationId, created_at: isoInstant(nowMs) })
    .onConflict((oc) => oc.column('conversation_id').doNothing()).execute();
  const row = await db.selectFrom('conversation_reply_tokens').select('token').where('conversation_id', '=', conversationId).executeTakeFirstOrThrow();
  return row.token;
}

/**
 * The conversation a reply token belongs to.
 *
 * @example
 * await conversationOfToken(db, 'k3v9q2m7xa2b'); // conversation id or null
 */
export async function conversationOfToken(db: Kysely<Database>, token: string): Promise<string | null> {
  const row = await db.selectFrom('conversation_reply_tokens').select('conversation_id').where('token', '=', token.toLowerCase()).executeTakeFirst();
  return row?.conversation_id ?? null;
}

/**
 * Reads a per-channel state value.
 *
 * @example
 * await getChannelState(db, 'telegram-jp', 'offset'); // '1234' or null
 */
export async function getChannelState(db: Kysely<Database>, channelId: string, key: string): Promise<string | null> {
  const row = await db.selectFrom('channel_state').select('value').where('channel_id', '=', channelId).where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

/**
 * Writes a per-channel state value.
 *
 * @example
 * await setChannelState(db, 'telegram-jp', 'offset', '1235', nowMs);
 */
export async function setChannelState(db: Kysely<Database>, channelId: string, key: string, value: string, nowMs: number): Promise<void> {
  await db.insertInto('channel_state').values({ channel_id: channelId, key, value, updated_at: isoInstant(nowMs) })
    .onConflict((oc) => oc.columns(['channel_id', 'key']).doUpdateSet({ value, updated_at: isoInstant(nowMs) })).execute();
}

/**
 * Removes a per-channel state value.
 *
 * @example
 * await deleteChannelState(db, 'whatsapp-br', 'parts:0193…');
 */
export async function deleteChannelState(db: Kysely<Database>, channelId: string, key: string): Promise<void> {
  await db.deleteFrom('channel_state').where('channel_id', '=', channelId).where('key', '=', key).execute();
}

const progress: Record<string, number> = { queued: 0, sent: 1, delivered: 2, read: 3 };

/**
 * Applies delivery receipts to the outbound messages of `kind` with those provider ids. Statuses only move
 * forward (a late `delivered` never undoes `read`); `failed` records the provider's reason. Answers how many
 * messages changed.
 *
 * @example
 * await applyDeliveryReceipts(db, 'whatsapp', [{ externalId: 'wamid.X', status: 'read' }]);
 */
export async function applyDeliveryReceipts(db: Kysely<Database>, kind: string, receipts: DeliveryReceipt[]): Promise<number> {
  let changed = 0;
  for (const receipt of receipts) {
    const row = await db.selectFrom('messages').select(['id', 'delivery_status'])
      .where('channel', '=', kind).where('external_id', '=', receipt.externalId).where('direction', '=', 'out').executeTakeFirst();
    if (!row) continue;
    if (receipt.status === 'failed') {
      await db.updateTable('messages').set({ delivery_status: 'failed', delivery_error: receipt.error ?? 'the provider reported a failure' })
        .where('id', '=', row.id).execute();
      changed++;
      continue;
    }
    const before = progress[row.delivery_status] ?? -1;
    if ((progress[receipt.status] ?? -1) <= before) continue;
    await db.updateTable('messages').set({ delivery_status: receipt.status, delivery_error: null }).where('id', '=', row.id).execute();
    changed++;
  }
  return changed;
}
