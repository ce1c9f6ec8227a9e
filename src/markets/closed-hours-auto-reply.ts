import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { isValidTimeZone } from '../domain/business-time/index.js';
import { getMarketPreset } from '../domain/markets/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { DomainEvent } from '../pipeline/event-bus.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import type { OutboundService } from '../pipeline/outbound-service.js';
import { systemActor } from '../store/audit-store.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';
import type { Market } from '../store/market-store.js';
import { closedHoursLocale, closedHoursText } from './auto-reply-messages.js';
import type { CalendarService } from './calendar-service.js';
import { wantsClosedHoursAutoReply } from './market-validation.js';

/** Messages received longer ago than this get no auto-reply: they are history being imported, not a customer waiting. */
export const AUTO_REPLY_MAX_AGE_MS = 7 * 86_400_000;

const KIND = 'closed-hours';

/** The conversation already had its auto-reply for this closed period: the claim rolls the reply back. */
class PeriodAlreadyAnswered extends Error {}

/**
 * The customer's own time zone: `attributes.timeZone` when valid, else the market's zone when the customer's
 * country is one of the market's (a market spanning zones keeps one default), else the zone of the customer's
 * country (its preset's, or the only one the country has), else the market's.
 *
 * @example
 * customerTimeZone({ attributes: {}, country: 'FR' }, japan); // 'Europe/Paris'
 */
export function customerTimeZone(customer: { attributes: Record<string, unknown>; country: string | null }, market: Pick<Market, 'timeZone' | 'countries'>): string {
  const own = customer.attributes.timeZone;
  if (typeof own === 'string' && isValidTimeZone(own)) return own;
  const country = customer.country?.toUpperCase();
  if (country && !market.countries.includes(country)) {
    const preset = getMarketPreset(country);
    if (preset) return preset.timeZone;
    try {
      const zones = (new Intl.Locale(`und-${country}`) as Intl.Locale & { timeZones?: string[] }).timeZones;
      if (zones && zones.length === 1 && zones[0]) return zones[0];
    } catch {
      // Not a region Intl knows: the market's zone is the best guess left.
    }
  }
  return market.timeZone;
}

/**
 * The locale dates are written in: the reply's language with the customer's region (locale region, else
 * country), so a French customer in Canada reads `fr-CA` dates. Falls back to the reply's language alone.
 *
 * @example
 * dateLocale('pt', 'pt-BR', 'BR'); // 'pt-BR'
 * dateLocale('en', null, 'GB');    // 'en-GB'
 */
export function dateLocale(replyLocale: string, customerLocale: string | null, country: string | null): string {
  let region: string | undefined;
  try {
    region = customerLocale ? new Intl.Locale(customerLocale).region : undefined;
  } catch {
    region = undefined;
  }
  region ??= country?.toUpperCase() ?? undefined;
  if (!region) return replyLocale;
  try {
    return Intl.getCanonicalLocales(`${replyLocale}-${region}`)[0] ?? replyLocale;
  } catch {
    return replyLocale;
  }
}

/**
 * When the team is next open, in the customer's zone and date format, e.g. `Thursday, May 6, 2027 at 9:00 AM GMT+9`
 * or `2027年5月6日木曜日 9:00 JST`.
 */
export function formatOpensAt(atMs: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
  }).format(atMs);
}

/**
 * The closed-hours auto-reply (opt-in per market with `settings.autoReply.closedHours: true`). Runs after commit
 * on `message.received`: when the market is closed for the message's channel at the instant the customer wrote,
 * it sends, as the system actor through the one outbound path (`OutboundService.send`: message, outbox row, audit
 * and events in one transaction, not reviewed), a message in the customer's language saying when the team is next
 * open, recorded in `auto_replies` as automatic. At most one per conversation per closed period: the period is keyed
 * by its next opening, and `auto_replies`' primary key, claimed in the reply's transaction, makes a second one —
 * concurrent or later — a no-op. As an automatic reply it never touches status, SLA clocks or `waitingSince`.
 *
 * @example
 * const autoReply = new ClosedHoursAutoReply(store, outbound, clock, markets, calendars, logger);
 * bus.on('message.received', (e) => autoReply.handle(e));
 */
export class ClosedHoursAutoReply {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly outbound: OutboundService,
    private readonly clock: Clock,
    private readonly markets: MarketDirectory,
    private readonly calendars: CalendarService,
    private readonly logger?: Logger,
  ) {}

  /** Event handler: tracks the work so {@link drain} can wait for it on shutdown. */
  handle(event: DomainEvent): Promise<string | null> {
    const work = this.reply(event);
    this.inFlight.add(work);
    void work.catch((error: unknown) => this.logger?.error({ err: error, messageId: 'messageId' in event ? event.messageId : null }, 'closed-hours auto-reply failed'))
      .finally(() => this.inFlight.delete(work));
    return work;
  }

  /** Waits for the auto-replies in flight. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  /** Sends the auto-reply a received message calls for; answers the new message's id, or null when none is due. */
  async reply(event: DomainEvent): Promise<string | null> {
    if (event.type !== 'message.received' || !event.market) return null;
    const market = await this.markets.get(event.market);
    if (!market || !wantsClosedHoursAutoReply(market.settings)) return null;
    const db = this.store.db;
    const row = await db.selectFrom('messages')
      .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
      .innerJoin('customers', 'customers.id', 'conversations.customer_id')
      // Mail a channel flagged as automated (auto-replies, bounces, loops) is never answered, least of all automatically.
      .leftJoin('channel_inbound', (j) => j.onRef('channel_inbound.channel', '=', 'messages.channel').onRef('channel_inbound.external_id', '=', 'messages.external_id'))
      .select(['messages.received_at', 'messages.direction', 'conversations.id as conversation_id', 'conversations.channel', 'channel_inbound.automated',
        'conversations.language', 'conversations.status', 'customers.locale', 'customers.country',
        'customers.attributes'])
      .where('messages.id', '=', event.messageId).executeTakeFirst();
    if (!row || row.direction !== 'in' || row.status === 'resolved' || row.automated) return null;
    const receivedMs = Date.parse(row.received_at);
    const nowMs = this.clock.now();
    if (nowMs - receivedMs > AUTO_REPLY_MAX_AGE_MS) return null;
    const availability = this.calendars.availability(market, row.channel, receivedMs);
    if (availability.open) return null;

    const locale = closedHoursLocale([row.language, row.locale, market.languages[0]]);
    const zone = customerTimeZone({ attributes: parseJsonColumn(row.attributes, {}), country: row.country }, market);
    const opensAt = availability.nextOpenAt === null ? null : formatOpensAt(availability.nextOpenAt, dateLocale(locale, row.locale, row.country), zone);
    const text = closedHoursText(locale, opensAt);
    const periodKey = availability.nextOpenAt === null ? 'none' : isoInstant(availability.nextOpenAt);
    const claim = async (trx: Kysely<Database>, messageId: string, claimMs: number): Promise<void> => {
      const claimed = await trx.insertInto('auto_replies')
        .values({ conversation_id: row.conversation_id, kind: KIND, period_key: periodKey, message_id: messageId, created_at: isoInstant(claimMs) })
        .onConflict((oc) => oc.columns(['conversation_id', 'kind', 'period_key']).doNothing())
        .returning('message_id').executeTakeFirst();
      if (!claimed) throw new PeriodAlreadyAnswered();
    };
    try {
      const sent = await this.outbound.send(systemActor, null, row.conversation_id, { text, private: false, language: locale, automatic: { claim } });
      return sent.message.id;
    } catch (error) {
      if (error instanceof PeriodAlreadyAnswered) return null;
      throw error;
    }
  }
}
