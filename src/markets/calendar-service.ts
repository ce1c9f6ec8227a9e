import { DateTime } from 'luxon';
import {
  addOpenTime,
  availabilityAt,
  compileCalendar,
  openIntervals,
  openTimeBetween,
  type Availability,
  type CompiledCalendar,
  type OpenInterval,
} from '../domain/business-time/index.js';
import { listHolidays, toCalendarRules, type CalendarEntry, type MarketCalendarSource } from '../domain/markets/index.js';
import type { Market } from '../store/market-store.js';

const DAY_MS = 86_400_000;

/** The calendar-relevant part of a market; the stored `Market` satisfies it. */
export type MarketCalendar = Pick<Market, 'code' | 'timeZone' | 'hours' | 'holidays' | 'closures' | 'openings' | 'holidayOverrides'>;

/** What `GET /api/v1/markets/{code}/calendar` lists for a range. */
export interface CalendarView {
  hoursKey: string;
  intervals: OpenInterval[];
  days: CalendarEntry[];
}

interface Entry {
  fingerprint: string;
  fromYear: number;
  toYear: number;
  calendar: CompiledCalendar;
}

const utcYear = (ms: number): number => new Date(ms).getUTCFullYear();

/**
 * Which entry of `hours` a channel uses: its own, `phone` for `voice` conversations (the contract names phone
 * hours `phone`, the channel kind is `voice`), else `default`.
 *
 * @example
 * hoursKeyFor({ default: {}, phone: {} }, 'voice'); // 'phone'
 */
export function hoursKeyFor(hours: Market['hours'], channel: string | null | undefined): string {
  if (channel && Object.hasOwn(hours, channel)) return channel;
  if (channel === 'voice' && Object.hasOwn(hours, 'phone')) return 'phone';
  return 'default';
}

/**
 * An instant as local ISO 8601 in a zone, seconds precision when the milliseconds are zero
 * (`2027-05-06T12:30:00+09:00`); UTC zones write `+00:00`.
 *
 * @example
 * localIso(Date.parse('2027-05-06T03:30:00Z'), 'Asia/Tokyo'); // '2027-05-06T12:30:00+09:00'
 */
export function localIso(ms: number, timeZone: string): string {
  const text = DateTime.fromMillis(ms, { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
  return text.endsWith('Z') ? `${text.slice(0, -1)}+00:00` : text;
}

/** The market's local date (`YYYY-MM-DD`) at an instant. */
export function localDate(ms: number, timeZone: string): string {
  return DateTime.fromMillis(ms, { zone: timeZone }).toISODate() ?? new Date(ms).toISOString().slice(0, 10);
}

/** The instant a local date starts in a zone (its first existing wall-clock instant). */
export function startOfLocalDate(date: string, timeZone: string): number | null {
  const day = DateTime.fromISO(date, { zone: timeZone });
  return day.isValid ? day.startOf('day').toMillis() : null;
}

/**
 * Compiled business-time calendars per market and hours entry, reused across requests, the inbound pipeline and
 * the SLA clocks. An entry is keyed by market code and hours key and stamped with a fingerprint of the market's
 * calendar document, so a changed market (in this process or another one) is recompiled on its next use —
 * nothing has to remember to invalidate it. Holidays are resolved for whole years around the instants asked
 * about; the year span grows when a later query needs more.
 *
 * @example
 * const calendars = new CalendarService();
 * calendars.deadline(japan, 'email', Date.parse('2027-04-30T17:30:00+09:00'), 240 * 60_000);
 * // → Date.parse('2027-05-06T03:30:00.000Z')
 */
export class CalendarService {
  private readonly entries = new Map<string, Entry>();
  private readonly fingerprints = new WeakMap<object, string>();

  constructor(private readonly maxEntries = 256) {}

  /** Drops the compiled calendars of one market (or all); the fingerprint makes this an optimisation only. */
  invalidate(code?: string): void {
    if (code === undefined) {
      this.entries.clear();
      return;
    }
    for (const key of [...this.entries.keys()]) if (key.startsWith(`${code}\u0000`)) this.entries.delete(key);
  }

  /** Number of compiled calendars held (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  private fingerprint(market: MarketCalendar): string {
    let print = this.fingerprints.get(market);
    if (print === undefined) {
      print = JSON.stringify([market.timeZone, market.hours, market.holidays, market.closures, market.openings, market.holidayOverrides]);
      this.fingerprints.set(market, print);
    }
    return print;
  }

  /**
   * The compiled calendar of a market's channel, with holidays resolved at least for the years of
   * `[fromMs, toMs]` plus one year on each side. Throws `RangeError` for a market the engine cannot compile
   * (an unknown zone stored before validation existed).
   */
  calendarFor(market: MarketCalendar, channel: string | null | undefined, fromMs: number, toMs = fromMs): CompiledCalendar {
    const hoursKey = hoursKeyFor(market.hours, channel);
    const key = `${market.code}\u0000${hoursKey}`;
    const fingerprint = this.fingerprint(market);
    const needFrom = utcYear(fromMs) - 1;
    const needTo = utcYear(toMs) + 1;
    const entry = this.entries.get(key);
    if (entry && entry.fingerprint === fingerprint && entry.fromYear <= needFrom && entry.toYear >= needTo) {
      // Map order doubles as recency for the eviction below.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.calendar;
    }
    let fromYear = needFrom;
    let toYear = needTo;
    if (entry && entry.fingerprint === fingerprint && Math.max(entry.toYear, needTo) - Math.min(entry.fromYear, needFrom) <= 12) {
      fromYear = Math.min(entry.fromYear, needFrom);
      toYear = Math.max(entry.toYear, needTo);
    }
    const source = market as unknown as MarketCalendarSource;
    const hours = source.hours.default ? source.hours : { ...source.hours, default: {} };
    const rules = toCalendarRules({ ...source, hours }, hoursKey, { from: fromYear, to: toYear });
    const calendar = compileCalendar(rules);
    this.entries.delete(key);
    this.entries.set(key, { fingerprint, fromYear, toYear, calendar });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return calendar;
  }

  /**
   * The instant `durationMs` of open time after `fromMs` for a channel, or null when the market is not open
   * at all in a 366-day stretch (see the engine's `addOpenTime`).
   */
  deadline(market: MarketCalendar, channel: string | null | undefined, fromMs: number, durationMs: number): number | null {
    // Two years ahead covers a one-year duration on a sparse calendar.
    return addOpenTime(this.calendarFor(market, channel, fromMs, fromMs + 2 * 366 * DAY_MS), fromMs, durationMs);
  }

  /** Open time in `[fromMs, toMs)` for a channel. */
  openTime(market: MarketCalendar, channel: string | null | undefined, fromMs: number, toMs: number): number {
    return openTimeBetween(this.calendarFor(market, channel, fromMs, toMs), fromMs, toMs);
  }

  /** Whether the channel is open at `atMs`, with when it closes or next opens and why it is closed. */
  availability(market: MarketCalendar, channel: string | null | undefined, atMs: number): Availability {
    return availabilityAt(this.calendarFor(market, channel, atMs, atMs + 366 * DAY_MS), atMs);
  }

  /**
   * Open intervals in `[fromMs, toMs)` and the named days (holidays, closures, openings) of the local dates the
   * range touches, for the console's hours editor.
   */
  view(market: MarketCalendar, channel: string | null | undefined, fromMs: number, toMs: number): CalendarView {
    const hoursKey = hoursKeyFor(market.hours, channel);
    const intervals = openIntervals(this.calendarFor(market, channel, fromMs, toMs), fromMs, toMs);
    const source = market as unknown as MarketCalendarSource;
    const days = listHolidays(source, localDate(fromMs, market.timeZone), localDate(Math.max(fromMs, toMs - 1), market.timeZone), {
      includeOpenings: true, channel: hoursKey,
    });
    return { hoursKey, intervals, days };
  }
}
