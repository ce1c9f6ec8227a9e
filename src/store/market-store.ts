import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database, MarketsTable } from './store-schema.js';

/** The calendar half of a market: hours per channel, holidays, closures, openings (see API.md). */
export interface MarketCalendarDocument {
  hours: Record<string, Record<string, Array<[string, string]>>>;
  holidays: { country: string; region: string | null; types: string[] } | null;
  closures: Array<{ from: string; to: string; name: string }>;
  openings: Array<{ date: string; hours: Array<[string, string]>; name: string }>;
  holidayOverrides: { add: Array<{ date: string; name: string }>; remove: string[] };
}

/** A market as stored and answered by `GET /api/v1/markets/{code}`. */
export interface Market extends MarketCalendarDocument {
  code: string;
  name: string;
  countries: string[];
  languages: string[];
  timeZone: string;
  currency: string;
  culture: Record<string, unknown>;
  settings: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export type MarketInput = Omit<Market, 'code' | 'createdAt' | 'updatedAt'>;

export const emptyCalendar: MarketCalendarDocument = {
  hours: { default: {} }, holidays: null, closures: [], openings: [], holidayOverrides: { add: [], remove: [] },
};

function toMarket(row: MarketsTable): Market {
  const calendar = { ...emptyCalendar, ...parseJsonColumn<Partial<MarketCalendarDocument>>(row.calendar, {}) };
  return {
    code: row.code,
    name: row.name,
    countries: parseJsonColumn(row.countries, []),
    languages: parseJsonColumn(row.languages, []),
    timeZone: row.time_zone,
    currency: row.currency,
    hours: calendar.hours,
    holidays: calendar.holidays,
    closures: calendar.closures,
    openings: calendar.openings,
    holidayOverrides: calendar.holidayOverrides,
    culture: parseJsonColumn(row.culture, {}),
    settings: parseJsonColumn(row.settings, {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads one market, or undefined. */
export async function getMarket(db: Kysely<Database>, code: string): Promise<Market | undefined> {
  const row = await db.selectFrom('markets').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toMarket(row) : undefined;
}

/** Every market, by code. */
export async function listMarkets(db: Kysely<Database>): Promise<Market[]> {
  const rows = await db.selectFrom('markets').selectAll().orderBy('code').execute();
  return rows.map(toMarket);
}

/**
 * Creates or replaces a market; answers whether it was created.
 *
 * @example
 * const { created } = await putMarket(trx, 'jp', input, clock.now());
 */
export async function putMarket(
  db: Kysely<Database>, code: string, input: MarketInput, nowMs: number,
): Promise<{ market: Market; created: boolean }> {
  const now = isoInstant(nowMs);
  const calendar: MarketCalendarDocument = {
    hours: input.hours, holidays: input.holidays, closures: input.closures, openings: input.openings,
    holidayOverrides: input.holidayOverrides,
  };
  const values = {
    name: input.name,
    countries: JSON.stringify(input.countries),
    languages: JSON.stringify(input.languages),
    time_zone: input.timeZone,
    currency: input.currency,
    calendar: JSON.stringify(calendar),
    culture: JSON.stringify(input.culture),
    settings: JSON.stringify(input.settings),
    updated_at: now,
  };
  const existing = await db.selectFrom('markets').select('created_at').where('code', '=', code).executeTakeFirst();
  if (existing) {
    await db.updateTable('markets').set(values).where('code', '=', code).execute();
  } else {
    await db.insertInto('markets').values({ code, ...values, created_at: now }).execute();
  }
  const market = await getMarket(db, code);
  return { market: market!, created: !existing };
}

/** Deletes a market; answers whether one existed. */
export async function deleteMarket(db: Kysely<Database>, code: string): Promise<boolean> {
  const result = await db.deleteFrom('markets').where('code', '=', code).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
