import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { parseIsoDuration } from '../domain/business-time/index.js';
import { getMarketPreset, marketPresets, type MarketPreset } from '../domain/markets/index.js';
import { AppError, type FieldError } from '../errors/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { problemResponses } from '../server/schemas/common-schema.js';
import {
  AvailabilitySchema, AvailabilityQuerySchema, CalendarQuerySchema, CalendarViewSchema, DeadlineBodySchema, DeadlineSchema,
  MarketCodeParamsSchema, MarketPresetSchema,
} from '../server/schemas/market-schema.js';
import { getMarket, type Market } from '../store/market-store.js';
import { localDate, localIso, startOfLocalDate, type CalendarService } from './calendar-service.js';

const DAY_MS = 86_400_000;
/** The longest duration a deadline accepts: one (non-leap) year. */
export const MAX_DEADLINE_MS = 365 * DAY_MS;
/** The widest range the calendar view lists. */
export const MAX_CALENDAR_DAYS = 400;
// Instants outside these years are certainly typos and would only make the engine walk for nothing.
const EARLIEST_MS = Date.parse('1970-01-01T00:00:00Z');
const LATEST_MS = Date.parse('2200-01-01T00:00:00Z');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * Parses an ISO 8601 duration for a deadline or SLA target; an error message when it is malformed, zero or
 * negative, or longer than one year.
 *
 * @example
 * parseTargetDuration('PT240M'); // { ms: 14_400_000 }
 * parseTargetDuration('P400D');  // { error: 'must be at most one year (P365D)' }
 */
export function parseTargetDuration(text: string): { ms: number } | { error: string } {
  const ms = parseIsoDuration(text);
  if (ms === null) return { error: 'must be an ISO 8601 duration such as PT4H, PT240M or P2D (no years or months, no sign)' };
  if (ms <= 0) return { error: 'must be more than zero' };
  if (ms > MAX_DEADLINE_MS) return { error: 'must be at most one year (P365D)' };
  return { ms };
}

function parseInstant(text: string, path: string, errors: FieldError[]): number | null {
  const ms = INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) {
    errors.push({ path, message: 'must be an ISO 8601 instant with an offset, e.g. 2027-04-30T17:30:00+09:00' });
    return null;
  }
  if (ms < EARLIEST_MS || ms >= LATEST_MS) {
    errors.push({ path, message: 'must be between 1970 and 2199' });
    return null;
  }
  return ms;
}

/** The market a caller may see, or a 404 problem. */
async function visibleMarket(ctx: AppContext, request: FastifyRequest, code: string): Promise<Market> {
  const market = await getMarket(ctx.store.db, code);
  if (!market || (request.scopeMarkets && !request.scopeMarkets.includes(market.code))) {
    throw new AppError('BL_NOT_FOUND', `No market "${code}"`);
  }
  return market;
}

/** Runs engine work, turning a market the engine cannot compile into a 422 instead of a 500. */
function withEngine<T>(market: Market, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new AppError('BL_UNPROCESSABLE', `The calendar of market "${market.code}" cannot be used: ${error.message}`);
    }
    throw error;
  }
}

function presetView(preset: MarketPreset) {
  return {
    code: preset.code, country: preset.country, name: preset.name, countries: [...preset.countries], languages: [...preset.languages],
    timeZone: preset.timeZone, otherTimeZones: [...preset.otherTimeZones], currency: preset.currency, weekend: [...preset.weekend],
    weekendNote: preset.weekendNote, hours: structuredClone(preset.hours) as unknown as Record<string, Record<string, string[][]>>,
    holidays: { country: preset.holidays.country, region: preset.holidays.region, types: [...preset.holidays.types] },
    paymentMethods: [...preset.paymentMethods], channels: [...preset.channels],
  };
}

/**
 * Time of a market: built-in presets, SLA-style deadlines, availability now or at an instant, and the calendar of
 * a range (open intervals plus named holidays, closures and openings) — see docs/markets-api.md.
 */
export function marketTimeRoutes(calendars: CalendarService) {
  return (app: App, ctx: AppContext): void => {
    app.get('/api/v1/market-presets', {
      schema: {
        tags: ['markets'], summary: 'List the built-in market presets',
        description: 'Create a market from one with `PUT /api/v1/markets/{code}` and `{"preset": "JP"}`.',
        response: { 200: Type.Object({ items: Type.Array(MarketPresetSchema) }), ...problemResponses(401) },
      },
    }, async () => ({ items: marketPresets.map(presetView) }));

    app.get('/api/v1/market-presets/:country', {
      schema: {
        tags: ['markets'], summary: 'One built-in market preset',
        params: Type.Object({ country: Type.String({ pattern: '^[A-Za-z]{2}$' }) }),
        response: { 200: MarketPresetSchema, ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const preset = getMarketPreset(request.params.country);
      if (!preset) throw new AppError('BL_NOT_FOUND', `There is no built-in preset "${request.params.country}"`);
      return presetView(preset);
    });

    app.post('/api/v1/markets/:code/deadline', {
      schema: {
        tags: ['markets'], summary: 'When a duration of open time has elapsed',
        description: 'The instant when `duration` of the market\'s open time for `channel` (hours minus holidays and closures, DST-correct) has elapsed after `from`. Time before opening counts from opening. 422 `BL_NEVER_OPEN` when the channel has no open time in a 366-day stretch.',
        params: MarketCodeParamsSchema, body: DeadlineBodySchema,
        response: { 200: DeadlineSchema, ...problemResponses(400, 401, 404, 422) },
      },
    }, async (request) => {
      const errors: FieldError[] = [];
      const fromMs = parseInstant(request.body.from, '/body/from', errors);
      const duration = parseTargetDuration(request.body.duration);
      if ('error' in duration) errors.push({ path: '/body/duration', message: duration.error });
      if (errors.length > 0 || fromMs === null || 'error' in duration) {
        throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
      }
      const market = await visibleMarket(ctx, request, request.params.code);
      const channel = request.body.channel ?? null;
      const due = withEngine(market, () => calendars.deadline(market, channel, fromMs, duration.ms));
      if (due === null) {
        throw new AppError('BL_NEVER_OPEN', `Market "${market.code}" has no open time${channel ? ` for ${channel}` : ''} in a 366-day stretch after ${request.body.from}`);
      }
      return { dueAt: new Date(due).toISOString(), dueAtLocal: localIso(due, market.timeZone) };
    });

    app.get('/api/v1/markets/:code/availability', {
      schema: {
        tags: ['markets'], summary: 'Whether a market is open at an instant (default: now)',
        params: MarketCodeParamsSchema, querystring: AvailabilityQuerySchema,
        response: { 200: AvailabilitySchema, ...problemResponses(400, 401, 404, 422) },
      },
    }, async (request) => {
      const errors: FieldError[] = [];
      const atMs = request.query.at === undefined ? ctx.clock.now() : parseInstant(request.query.at, '/querystring/at', errors);
      if (atMs === null) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
      const market = await visibleMarket(ctx, request, request.params.code);
      const a = withEngine(market, () => calendars.availability(market, request.query.channel ?? null, atMs));
      return {
        open: a.open,
        closesAt: a.closesAt === null ? null : new Date(a.closesAt).toISOString(),
        nextOpenAt: a.nextOpenAt === null ? null : new Date(a.nextOpenAt).toISOString(),
        reason: a.reason,
        holidayName: a.holidayName,
      };
    });

    app.get('/api/v1/markets/:code/calendar', {
      schema: {
        tags: ['markets'], summary: 'Open intervals, holidays, closures and openings in a range',
        description: '`from` and `to` are local dates of the market (`to` inclusive) or instants (`to` exclusive); by default the next 31 days from today. At most 400 days.',
        params: MarketCodeParamsSchema, querystring: CalendarQuerySchema,
        response: { 200: CalendarViewSchema, ...problemResponses(400, 401, 404, 422) },
      },
    }, async (request) => {
      const market = await visibleMarket(ctx, request, request.params.code);
      const zone = market.timeZone;
      const errors: FieldError[] = [];
      const bound = (text: string | undefined, path: string, end: boolean): number | null => {
        if (text === undefined) return null;
        if (DATE_ONLY.test(text)) {
          const start = startOfLocalDate(text, zone);
          if (start === null) { errors.push({ path, message: 'must be a real date YYYY-MM-DD' }); return null; }
          if (start < EARLIEST_MS || start >= LATEST_MS) { errors.push({ path, message: 'must be between 1970 and 2199' }); return null; }
          if (!end) return start;
          return startOfLocalDate(new Date(Date.parse(`${text}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), zone);
        }
        return parseInstant(text, path, errors);
      };
      let fromMs = bound(request.query.from, '/querystring/from', false);
      let toMs = bound(request.query.to, '/querystring/to', true);
      if (errors.length > 0) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
      fromMs ??= startOfLocalDate(localDate(ctx.clock.now(), zone), zone) ?? ctx.clock.now();
      toMs ??= fromMs + 31 * DAY_MS;
      if (toMs <= fromMs) throw new AppError('BL_VALIDATION', '/querystring/to must be after from', { errors: [{ path: '/querystring/to', message: 'must be after from' }] });
      if (toMs - fromMs > MAX_CALENDAR_DAYS * DAY_MS + 2 * 3_600_000) {
        throw new AppError('BL_VALIDATION', `The range is longer than ${MAX_CALENDAR_DAYS} days`, { errors: [{ path: '/querystring/to', message: `must be at most ${MAX_CALENDAR_DAYS} days after from` }] });
      }
      const channel = request.query.channel ?? null;
      const view = withEngine(market, () => calendars.view(market, channel, fromMs, toMs));
      return {
        market: market.code, channel, hours: view.hoursKey, timeZone: zone,
        from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(),
        intervals: view.intervals.map((i) => ({
          start: new Date(i.start).toISOString(), end: new Date(i.end).toISOString(),
          startLocal: localIso(i.start, zone), endLocal: localIso(i.end, zone),
        })),
        holidays: view.days.filter((d) => d.kind === 'holiday').map((d) => ({ date: d.date, name: d.name, type: d.type, source: d.source })),
        closures: view.days.filter((d) => d.kind === 'closure').map((d) => ({ date: d.date, name: d.name })),
        openings: view.days.filter((d) => d.kind === 'opening').map((d) => ({
          date: d.date, name: d.name, hours: (d.hours ?? []).map(([a, b]) => [a, b]), source: d.source,
        })),
      };
    });
  };
}
