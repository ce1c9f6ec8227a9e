import type { Kysely } from 'kysely';
import { isValidTimeZone } from '../../domain/business-time/index.js';
import { isoInstant } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { parseJsonColumn } from '../../lib/json.js';
import { normalizeEmail } from '../../store/customer-store.js';
import type { Attachment } from '../../store/conversation-store.js';
import type { Database } from '../../store/store-schema.js';
import { attachmentIdOfUrl } from '../outbound-attachments.js';

/** A message as the widget shows it: no agent ids, no internal URLs, no private notes. */
export interface WidgetMessage {
  id: string;
  /** `in`: the visitor wrote it; `out`: the brand answered. */
  direction: 'in' | 'out';
  text: string;
  /** The agent's display name on answers. */
  author: string | null;
  createdAt: string;
  /** `url`: where the visitor's widget downloads the file (with its token), null when the body was not kept. */
  attachments: Array<{ filename: string; contentType: string; size: number; url: string | null }>;
  status: string;
}

type Row = {
  id: string; direction: 'in' | 'out'; text: string; attachments: string; delivery_status: string; created_at: string; author: string | null;
};

/**
 * Where a visitor's widget downloads an attachment of their conversation; the widget adds `?token=<visitor token>`.
 *
 * @example
 * widgetAttachmentPath('5f0c9a1b…'); // '/api/v1/widget/attachments/5f0c9a1b…'
 */
export function widgetAttachmentPath(id: string): string {
  return `/api/v1/widget/attachments/${id}`;
}

function toWidgetMessage(row: Row): WidgetMessage {
  const attachments = parseJsonColumn<Attachment[]>(row.attachments, []);
  return {
    id: row.id, direction: row.direction, text: row.text, author: row.direction === 'out' ? row.author : null, createdAt: row.created_at,
    attachments: attachments.map((a) => {
      const id = attachmentIdOfUrl(a.url);
      return { filename: a.filename, contentType: a.contentType, size: Number(a.size), url: id ? widgetAttachmentPath(id) : null };
    }),
    status: row.delivery_status,
  };
}

/**
 * Whether an attachment belongs to a message the visitor may see: one of theirs, or a public answer in one of their
 * conversations on this channel. Never a private note's, never an upload no reply has sent yet.
 *
 * @example
 * await visitorMaySee(db, 'chat-jp', visitorId, attachmentId); // true
 */
export async function visitorMaySee(db: Kysely<Database>, channelId: string, visitorId: string, attachmentId: string): Promise<boolean> {
  if (!/^[0-9a-f]{32}$/.test(attachmentId)) return false;
  const row = await widgetMessages(db)
    .where('conversations.channel', '=', 'chat').where('conversations.channel_id', '=', channelId).where('conversations.thread_key', '=', visitorId)
    .where('messages.attachments', 'like', `%/api/v1/attachments/${attachmentId}"%`).select('messages.id as found').limit(1).executeTakeFirst();
  return row !== undefined;
}

function widgetMessages(db: Kysely<Database>) {
  return db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .leftJoin('users', 'users.id', 'messages.author_user_id')
    .select(['messages.id', 'messages.direction', 'messages.text', 'messages.attachments', 'messages.delivery_status', 'messages.created_at', 'users.name as author'])
    .where('messages.is_private', '=', 0);
}

/**
 * A visitor's history on a chat channel: the messages of the conversations threaded on their visitor id, oldest
 * first (the last `limit`). Keyed by the visitor, not the customer, so a visitor only ever sees what was said in
 * their own widget — even once agents merge them into a known customer.
 *
 * @example
 * await visitorHistory(db, 'chat-jp', visitorId); // [{ id, direction: 'in', text: '…' }, …]
 */
export async function visitorHistory(db: Kysely<Database>, channelId: string, visitorId: string, limit = 200): Promise<WidgetMessage[]> {
  const rows = await widgetMessages(db)
    .where('conversations.channel', '=', 'chat').where('conversations.channel_id', '=', channelId).where('conversations.thread_key', '=', visitorId)
    .orderBy('messages.created_at', 'desc').orderBy('messages.id', 'desc').limit(limit).execute();
  return rows.reverse().map((r) => toWidgetMessage(r as Row));
}

/**
 * One message as the widget shows it, with the visitor (thread) it belongs to.
 *
 * @example
 * await widgetMessage(db, messageId); // { visitorId: 'v_…', message: { … } }
 */
export async function widgetMessage(db: Kysely<Database>, messageId: string): Promise<{ visitorId: string | null; channelId: string | null; message: WidgetMessage } | null> {
  const row = await widgetMessages(db).select(['conversations.thread_key', 'conversations.channel_id']).where('messages.id', '=', messageId).executeTakeFirst();
  if (!row) return null;
  return { visitorId: row.thread_key, channelId: row.channel_id, message: toWidgetMessage(row as Row) };
}

/**
 * The visitor's latest conversation on a chat channel (for typing signals), or null.
 *
 * @example
 * await visitorConversation(db, 'chat-jp', visitorId); // { id, market: 'jp' }
 */
export async function visitorConversation(db: Kysely<Database>, channelId: string, visitorId: string): Promise<{ id: string; market: string | null } | null> {
  const row = await db.selectFrom('conversations').select(['id', 'market'])
    .where('channel', '=', 'chat').where('channel_id', '=', channelId).where('thread_key', '=', visitorId)
    .orderBy('last_message_at', 'desc').limit(1).executeTakeFirst();
  return row ?? null;
}

/**
 * The visitor a chat conversation is threaded on, with its channel.
 *
 * @example
 * await conversationVisitor(db, conversationId); // { visitorId: 'v_…', channelId: 'chat-jp', market: 'jp' }
 */
export async function conversationVisitor(db: Kysely<Database>, conversationId: string): Promise<{ visitorId: string; channelId: string | null; market: string | null } | null> {
  const row = await db.selectFrom('conversations').select(['thread_key', 'channel_id', 'market', 'channel']).where('id', '=', conversationId).executeTakeFirst();
  if (!row || row.channel !== 'chat' || !row.thread_key) return null;
  return { visitorId: row.thread_key, channelId: row.channel_id, market: row.market };
}

const before: Record<'delivered' | 'read', string[]> = { delivered: ['queued', 'sent'], read: ['queued', 'sent', 'delivered'] };

/**
 * Moves answers the visitor's widget received (`delivered`) or showed (`read`) forward — only answers in this
 * visitor's own conversations, and never backwards. By message id rather than provider id: the widget can
 * acknowledge a reply before the outbox has recorded it as sent.
 *
 * @example
 * await markVisitorMessages(db, 'chat-jp', visitorId, [messageId], 'read'); // 1
 */
export async function markVisitorMessages(db: Kysely<Database>, channelId: string, visitorId: string, ids: string[], status: 'delivered' | 'read'): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db.updateTable('messages').set({ delivery_status: status, delivery_error: null })
    .where('id', 'in', ids.slice(0, 200)).where('direction', '=', 'out').where('channel', '=', 'chat').where('is_private', '=', 0)
    .where('delivery_status', 'in', before[status])
    .where('conversation_id', 'in', (eb) => eb.selectFrom('conversations').select('id').where('channel_id', '=', channelId).where('thread_key', '=', visitorId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * The name and email on record for a visitor's customer (to skip a pre-chat form already filled), or null for a
 * visitor who never wrote.
 *
 * @example
 * await visitorProfile(db, visitorId); // { name: '山田 花子', email: null }
 */
export async function visitorProfile(db: Kysely<Database>, visitorId: string): Promise<{ customerId: string; name: string | null; email: string | null } | null> {
  const row = await db.selectFrom('customer_identities').innerJoin('customers', 'customers.id', 'customer_identities.customer_id')
    .select(['customers.id', 'customers.name', 'customers.email', 'customers.merged_into'])
    .where('customer_identities.kind', '=', 'chat').where('customer_identities.value', '=', visitorId).executeTakeFirst();
  return row ? { customerId: row.merged_into ?? row.id, name: row.name, email: row.email } : null;
}

/**
 * Adds what a visitor told the widget to their customer: the name when the record has none, an email identity (when no other customer owns that
 * address: a typed address is not verified, so it never attaches a visitor to someone else's record), the email
 * itself when the record has none, and the browser's time zone (used to write times in the customer's zone).
 * Answers whether the email identity is now the visitor's customer's.
 *
 * @example
 * await linkVisitorContact(db, visitorId, { email: 'hanako@example.jp', timeZone: 'Asia/Tokyo' }, nowMs); // true
 */
export async function linkVisitorContact(
  db: Kysely<Database>, visitorId: string, contact: { email?: string | null; name?: string | null; timeZone?: string | null }, nowMs: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const profile = await visitorProfile(trx, visitorId);
    if (!profile) return false;
    const now = isoInstant(nowMs);
    const customer = await trx.selectFrom('customers').select(['email', 'name', 'attributes']).where('id', '=', profile.customerId).executeTakeFirst();
    if (!customer) return false;
    const patch: Record<string, string> = {};
    if (contact.name && !customer.name) patch.name = contact.name;
    if (contact.timeZone && isValidTimeZone(contact.timeZone)) {
      const attributes = parseJsonColumn<Record<string, unknown>>(customer.attributes, {});
      if (typeof attributes.timeZone !== 'string') patch.attributes = JSON.stringify({ ...attributes, timeZone: contact.timeZone });
    }
    let linked = false;
    if (contact.email) {
      const email = normalizeEmail(contact.email);
      const owner = await trx.selectFrom('customer_identities').select('customer_id').where('kind', '=', 'email').where('value', '=', email).executeTakeFirst();
      if (!owner) {
        await trx.insertInto('customer_identities').values({ id: newId(nowMs), customer_id: profile.customerId, kind: 'email', value: email, created_at: now }).execute();
        linked = true;
      } else {
        linked = owner.customer_id === profile.customerId;
      }
      if (linked && !customer.email) patch.email = email;
    }
    if (Object.keys(patch).length) await trx.updateTable('customers').set({ ...patch, updated_at: now }).where('id', '=', profile.customerId).execute();
    return linked;
  });
}
