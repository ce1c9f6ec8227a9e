import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import { preparedQuery } from './prepared-query.js';
import type { ConversationsTable, Database, MessagesTable } from './store-schema.js';

export const conversationStatuses = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];
export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

/** A conversation as the API answers it. */
export interface ConversationView {
  id: string;
  customer: { id: string; name: string | null };
  market: string | null;
  language: string | null;
  channel: string;
  channelId: string | null;
  subject: string | null;
  /** The start of the latest customer message (up to 160 characters). */
  preview: string | null;
  status: ConversationStatus;
  priority: Priority;
  assignee: string | null;
  assignment: { agent: string; reason: string | null } | null;
  team: string | null;
  category: string | null;
  intent: string | null;
  waitingSince: string | null;
  sla: { firstResponseDueAt: string | null; nextResponseDueAt: string | null; resolutionDueAt: string | null };
  firstRespondedAt: string | null;
  messageCount: number;
  lastMessageAt: string;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  size: number;
  url?: string | null;
}

/** A reply sent despite blocking review issues (`messages.review_override`): why, which codes, who and when. */
export interface ReviewOverride {
  reason: string;
  codes: string[];
  /** The user (or token) that sent it. */
  by: string | null;
  at: string;
}

export interface MessageView {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  private: boolean;
  author: string | null;
  channel: string;
  externalId: string | null;
  subject: string | null;
  text: string;
  html: string | null;
  language: string | null;
  attachments: Attachment[];
  deliveryStatus: string;
  deliveryError: string | null;
  reviewOverride: ReviewOverride | null;
  receivedAt: string;
  createdAt: string;
}

type ConversationRow = ConversationsTable & { customer_name: string | null; preview: string | null };

/** Maps a conversation row (joined with the customer's name) to its API view. */
export function toConversationView(row: ConversationRow): ConversationView {
  return {
    id: row.id,
    customer: { id: row.customer_id, name: row.customer_name },
    market: row.market,
    language: row.language,
    channel: row.channel,
    channelId: row.channel_id,
    subject: row.subject,
    preview: row.preview ?? null,
    status: row.status as ConversationStatus,
    priority: row.priority as Priority,
    assignee: row.assignee_id,
    assignment: row.assignee_id ? { agent: row.assignee_id, reason: row.assignment_reason } : null,
    team: row.team_id,
    category: row.category,
    intent: row.intent,
    waitingSince: row.waiting_since,
    sla: {
      firstResponseDueAt: row.first_response_due_at,
      nextResponseDueAt: row.next_response_due_at,
      resolutionDueAt: row.resolution_due_at,
    },
    firstRespondedAt: row.first_responded_at,
    messageCount: Number(row.message_count),
    lastMessageAt: row.last_message_at,
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps a message row to its API view. */
export function toMessageView(row: MessagesTable): MessageView {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    direction: row.direction,
    private: Boolean(row.is_private),
    author: row.author_user_id,
    channel: row.channel,
    externalId: row.external_id,
    subject: row.subject,
    text: row.text,
    html: row.html,
    language: row.language,
    attachments: parseJsonColumn(row.attachments, []),
    deliveryStatus: row.delivery_status,
    deliveryError: row.delivery_error,
    reviewOverride: parseJsonColumn<ReviewOverride | null>(row.review_override, null),
    receivedAt: row.received_at,
    createdAt: row.created_at,
  };
}

function selectConversations(db: Kysely<Database>) {
  return db.selectFrom('conversations')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .selectAll('conversations')
    .select('customers.name as customer_name')
    // The start of the latest customer message, so an inbox row says something even without a subject.
    .select((eb) => eb.selectFrom('messages')
      .select((mb) => mb.fn<string>('substr', ['messages.text', sql.lit(1), sql.lit(160)]).as('preview_text'))
      .whereRef('messages.conversation_id', '=', 'conversations.id').where('messages.direction', '=', sql.lit('in'))
      .orderBy('messages.id', 'desc').limit(sql.lit(1)).as('preview'));
}

// Read back after every ingest and reply: prepared once rather than built each time.
const conversationById = preparedQuery((db, p: { id: string }) => selectConversations(db).where('conversations.id', '=', p.id));

const conversationRowById = preparedQuery((db, p: { id: string }) => db.selectFrom('conversations').selectAll().where('id', '=', p.id));

/**
 * Reads one conversation when the caller already knows its customer's name and its preview (the inbound pipeline,
 * which has just written both): the row alone, without the join and the sub-query of {@link getConversation}.
 */
export async function getConversationKnowing(
  db: Kysely<Database>, id: string, known: { customerName: string | null; preview: string | null },
): Promise<ConversationView | undefined> {
  const row = await conversationRowById.executeTakeFirst(db, { id });
  return row ? toConversationView({ ...row, customer_name: known.customerName, preview: known.preview }) : undefined;
}

/** The preview of a message as {@link getConversation} reads it: its first 160 characters (code points, as SQL's substr). */
export function messagePreview(text: string): string {
  if (text.length <= 160) return text;
  let end = 0;
  for (let count = 0; count < 160 && end < text.length; count++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, end);
}

/** Reads one conversation, or undefined; `markets` (when not null) limits what the caller may see. */
export async function getConversation(
  db: Kysely<Database>, id: string, markets: string[] | null = null,
): Promise<ConversationView | undefined> {
  if (!markets) {
    const row = await conversationById.executeTakeFirst(db, { id });
    return row ? toConversationView(row) : undefined;
  }
  const row = await selectConversations(db).where('conversations.id', '=', id)
    .where('conversations.market', 'in', markets.length ? markets : ['\u0000']).executeTakeFirst();
  return row ? toConversationView(row) : undefined;
}

/** The messages of a conversation in order; private notes only when `includePrivate`. */
export async function listMessages(db: Kysely<Database>, conversationId: string, includePrivate = true): Promise<MessageView[]> {
  let q = db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).orderBy('id');
  if (!includePrivate) q = q.where('is_private', '=', 0);
  return (await q.execute()).map(toMessageView);
}

export interface ConversationFilter {
  status?: ConversationStatus[];
  market?: string[];
  language?: string[];
  channel?: string[];
  /** An agent id, or `none` for unassigned. */
  assignee?: string;
  team?: string;
  customer?: string;
  q?: string;
  /** Only unresolved conversations with a running SLA deadline (first response, next response, resolution) before this instant. */
  dueBefore?: string;
  /** true: only conversations with an SLA target breached and still unmet (as marked by the SLA timer job); false: none such. */
  breached?: boolean;
  /** When not null, the markets the caller may see (partner teams). */
  scopeMarkets: string[] | null;
  cursor?: string;
  limit: number;
}

/** An opaque cursor for "after this row" in the inbox order (last message first). */
export function encodeCursor(lastMessageAt: string, id: string): string {
  return Buffer.from(`${lastMessageAt}|${id}`).toString('base64url');
}

/** Decodes a cursor; undefined when it is not one of ours. */
export function decodeCursor(cursor: string): { lastMessageAt: string; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(text);
  return match ? { lastMessageAt: match[1]!, id: match[2]! } : undefined;
}

/** Applies the inbox filters (everything but the cursor and the page size) to a conversations ⋈ customers query. */
function whereFilter<O>(
  query: SelectQueryBuilder<Database, 'conversations' | 'customers', O>, filter: Omit<ConversationFilter, 'cursor' | 'limit'>,
): SelectQueryBuilder<Database, 'conversations' | 'customers', O> {
  let q = query;
  if (filter.status?.length) q = q.where('conversations.status', 'in', filter.status);
  if (filter.market?.length) q = q.where('conversations.market', 'in', filter.market);
  if (filter.language?.length) q = q.where('conversations.language', 'in', filter.language);
  if (filter.channel?.length) q = q.where('conversations.channel', 'in', filter.channel);
  if (filter.assignee === 'none') q = q.where('conversations.assignee_id', 'is', null);
  else if (filter.assignee) q = q.where('conversations.assignee_id', '=', filter.assignee);
  if (filter.team) q = q.where('conversations.team_id', '=', filter.team);
  if (filter.customer) q = q.where('conversations.customer_id', '=', filter.customer);
  if (filter.scopeMarkets) {
    q = q.where('conversations.market', 'in', filter.scopeMarkets.length ? filter.scopeMarkets : ['\u0000']);
  }
  if (filter.dueBefore) {
    const due = filter.dueBefore;
    q = q.where('conversations.status', '!=', 'resolved').where((eb) => eb.or([
      eb('conversations.first_response_due_at', '<', due).and('conversations.first_responded_at', 'is', null),
      eb('conversations.next_response_due_at', '<', due),
      eb('conversations.resolution_due_at', '<', due),
    ]));
  }
  if (filter.breached !== undefined) {
    const breachedTimer = (eb: ExpressionBuilder<Database, 'conversations' | 'customers'>) => eb.exists(eb.selectFrom('sla_timers').select('sla_timers.id')
      .whereRef('sla_timers.conversation_id', '=', 'conversations.id')
      .where('sla_timers.breached_at', 'is not', null).where('sla_timers.stopped_at', 'is', null));
    q = filter.breached
      ? q.where('conversations.status', '!=', 'resolved').where((eb) => breachedTimer(eb))
      : q.where((eb) => eb.or([eb('conversations.status', '=', 'resolved'), eb.not(breachedTimer(eb))]));
  }
  if (filter.q) {
    const like = `%${filter.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([
      eb(eb.fn('lower', ['conversations.subject']), 'like', like),
      eb(eb.fn('lower', ['customers.name']), 'like', like),
      eb('customers.email', 'like', like),
      eb.exists(eb.selectFrom('messages').select('messages.id')
        .whereRef('messages.conversation_id', '=', 'conversations.id')
        .where((mb) => mb(mb.fn('lower', ['messages.text']), 'like', like))),
    ]));
  }
  return q;
}

/**
 * Lists conversations, most recent activity first, with filters and cursor pagination.
 *
 * @example
 * const page = await listConversations(db, { status: ['open'], language: ['ja'], scopeMarkets: null, limit: 25 });
 * page.nextCursor; // pass as `cursor` for the next page
 */
export async function listConversations(
  db: Kysely<Database>, filter: ConversationFilter,
): Promise<{ items: ConversationView[]; nextCursor: string | null }> {
  let q = whereFilter(selectConversations(db), filter);
  if (filter.cursor) {
    const c = decodeCursor(filter.cursor);
    if (c) {
      q = q.where((eb) => eb.or([
        eb('conversations.last_message_at', '<', c.lastMessageAt),
        eb.and([eb('conversations.last_message_at', '=', c.lastMessageAt), eb('conversations.id', '<', c.id)]),
      ]));
    }
  }
  const rows = await q.orderBy('conversations.last_message_at', 'desc').orderBy('conversations.id', 'desc')
    .limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toConversationView),
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.last_message_at, last.id) : null,
  };
}

/**
 * Counts for inbox badges under the same filters as the list (the status filter aside): per status, plus the
 * caller's own and the unassigned among the unresolved.
 */
export async function countConversations(
  db: Kysely<Database>, filter: Omit<ConversationFilter, 'cursor' | 'limit' | 'status'>, me: string | null,
): Promise<{ byStatus: Record<string, number>; mine: number; unassigned: number; total: number }> {
  const base = () => db.selectFrom('conversations').innerJoin('customers', 'customers.id', 'conversations.customer_id');
  const rows = await whereFilter(base().select(['conversations.status', db.fn.countAll<number>().as('n')]), filter)
    .groupBy('conversations.status').execute();
  const byStatus: Record<string, number> = { open: 0, pending: 0, snoozed: 0, resolved: 0 };
  for (const r of rows) byStatus[r.status] = Number(r.n);
  const unresolved = (extra: Partial<ConversationFilter>) => whereFilter(base().select(db.fn.countAll<number>().as('n')), { ...filter, ...extra })
    .where('conversations.status', '!=', 'resolved').executeTakeFirstOrThrow();
  const [mine, unassigned] = await Promise.all([
    me ? unresolved({ assignee: me }) : Promise.resolve({ n: 0 }),
    unresolved({ assignee: 'none' }),
  ]);
  return {
    byStatus, mine: Number(mine.n), unassigned: Number(unassigned.n),
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
  };
}

export interface ConversationPatch {
  status?: ConversationStatus;
  priority?: Priority;
  assigneeId?: string | null;
  assignmentReason?: string | null;
  teamId?: string | null;
  category?: string | null;
  intent?: string | null;
  language?: string | null;
}

/** Applies a patch to a conversation and stamps updated_at (and resolved_at when resolving). */
export async function updateConversation(
  db: Kysely<Database>, id: string, patch: ConversationPatch, nowMs: number,
): Promise<void> {
  const now = isoInstant(nowMs);
  const set: Partial<ConversationsTable> = { updated_at: now };
  if (patch.status !== undefined) {
    set.status = patch.status;
    set.resolved_at = patch.status === 'resolved' ? now : null;
  }
  if (patch.priority !== undefined) set.priority = patch.priority;
  if (patch.assigneeId !== undefined) set.assignee_id = patch.assigneeId;
  if (patch.assignmentReason !== undefined) set.assignment_reason = patch.assignmentReason;
  if (patch.teamId !== undefined) set.team_id = patch.teamId;
  if (patch.category !== undefined) set.category = patch.category;
  if (patch.intent !== undefined) set.intent = patch.intent;
  if (patch.language !== undefined) set.language = patch.language;
  await db.updateTable('conversations').set(set).where('id', '=', id).execute();
}
