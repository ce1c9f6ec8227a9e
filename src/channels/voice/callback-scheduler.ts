import type { Kysely } from 'kysely';
import { isoInstant } from '../../lib/clock.js';
import { parseJsonColumn } from '../../lib/json.js';
import { CalendarService, type MarketCalendar } from '../../markets/index.js';
import type { Database } from '../../store/store-schema.js';

/** Compiled market calendars for the phone line (shared by every voice channel of a process). */
export const phoneCalendars = new CalendarService();

/**
 * When to call a customer back: now when the market's phone hours are open for at least `minimumMs` more, else the
 * next opening of the phone hours (`hours.phone`, else `hours.default`; holidays and closures count). Null when the
 * phone line never opens in the next year.
 *
 * @example
 * callbackSlot(japan, Date.parse('2027-05-01T12:00:00+09:00'), 15 * 60_000); // Golden Week: the next working morning
 */
export function callbackSlot(market: MarketCalendar, nowMs: number, minimumMs: number, calendars: CalendarService = phoneCalendars): number | null {
  const now = calendars.availability(market, 'voice', nowMs);
  if (now.open) {
    if (now.closesAt === null || now.closesAt - nowMs >= minimumMs) return nowMs;
    return calendars.availability(market, 'voice', now.closesAt).nextOpenAt;
  }
  return now.nextOpenAt;
}

/** A callback a caller asked for, kept per voice channel. */
export interface CallbackRequest {
  /** The call's SID: one callback per call. */
  id: string;
  channelId: string;
  market: string;
  number: string;
  requestedAt: string;
  scheduledAt: string | null;
  status: 'scheduled' | 'done';
  completedAt: string | null;
  completedBy: string | null;
}

const prefix = 'callback:';

/**
 * Records a callback request (idempotent per call: Twilio's retries keep the first).
 *
 * @example
 * await saveCallback(db, { id: callSid, channelId: 'voice-jp', market: 'jp', number, requestedAt, scheduledAt, status: 'scheduled', completedAt: null, completedBy: null }, nowMs);
 */
export async function saveCallback(db: Kysely<Database>, callback: CallbackRequest, nowMs: number): Promise<void> {
  await db.insertInto('channel_state').values({
    channel_id: callback.channelId, key: `${prefix}${callback.id}`, value: JSON.stringify(callback), updated_at: isoInstant(nowMs),
  }).onConflict((oc) => oc.columns(['channel_id', 'key']).doNothing()).execute();
}

/**
 * Callback requests, soonest first, with the conversation each belongs to (found through its message).
 *
 * @example
 * await listCallbacks(db, { status: 'scheduled', markets: null });
 */
export async function listCallbacks(db: Kysely<Database>, filter: { status: 'scheduled' | 'done' | 'all'; markets: string[] | null }): Promise<Array<CallbackRequest & { conversationId: string | null }>> {
  const rows = await db.selectFrom('channel_state').innerJoin('channels', 'channels.id', 'channel_state.channel_id')
    .select(['channel_state.value', 'channels.market']).where('channels.kind', '=', 'voice').where('channel_state.key', 'like', `${prefix}%`)
    .execute();
  const callbacks = rows
    .filter((r) => !filter.markets || filter.markets.includes(r.market))
    .map((r) => parseJsonColumn<CallbackRequest | null>(r.value, null))
    .filter((c): c is CallbackRequest => c !== null && (filter.status === 'all' || c.status === filter.status));
  const ids = callbacks.map((c) => `callback:${c.id}`);
  const messages = ids.length
    ? await db.selectFrom('messages').select(['external_id', 'conversation_id']).where('channel', '=', 'voice').where('external_id', 'in', ids).execute()
    : [];
  const conversationOf = new Map(messages.map((m) => [m.external_id, m.conversation_id]));
  return callbacks
    .map((c) => ({ ...c, conversationId: conversationOf.get(`callback:${c.id}`) ?? null }))
    .sort((a, b) => (a.scheduledAt ?? '9999').localeCompare(b.scheduledAt ?? '9999') || a.requestedAt.localeCompare(b.requestedAt));
}

/**
 * Marks a callback done; answers it, or null when there is none (or it is outside `markets`).
 *
 * @example
 * await completeCallback(db, 'CA123…', { markets: null, by: userId, nowMs });
 */
export async function completeCallback(db: Kysely<Database>, id: string, input: { markets: string[] | null; by: string | null; nowMs: number }): Promise<CallbackRequest | null> {
  const row = await db.selectFrom('channel_state').innerJoin('channels', 'channels.id', 'channel_state.channel_id')
    .select(['channel_state.channel_id', 'channel_state.value', 'channels.market']).where('channels.kind', '=', 'voice')
    .where('channel_state.key', '=', `${prefix}${id}`).executeTakeFirst();
  if (!row || (input.markets && !input.markets.includes(row.market))) return null;
  const callback = parseJsonColumn<CallbackRequest | null>(row.value, null);
  if (!callback) return null;
  if (callback.status === 'done') return callback;
  const done: CallbackRequest = { ...callback, status: 'done', completedAt: isoInstant(input.nowMs), completedBy: input.by };
  await db.updateTable('channel_state').set({ value: JSON.stringify(done), updated_at: isoInstant(input.nowMs) })
    .where('channel_id', '=', row.channel_id).where('key', '=', `${prefix}${id}`).execute();
  return done;
}
