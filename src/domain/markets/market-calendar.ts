import type { CalendarRules, ClosedDay, TimeRange, Weekday, WeeklyHours } from '../business-time/index.js';
import { validateTimeRanges } from '../business-time/index.js';
import {
  holidayCountries,
  holidayRegions,
  holidayStates,
  holidaysOfYear,
  makeUpWorkdays,
  parseHolidayRegion,
} from './holiday-source.js';
import { datesBetween, parseIsoDate, yearOfDay } from './market-dates.js';
import {
  HOLIDAY_TYPES,
  type CalendarEntry,
  type MarketCalendarSource,
  type ValidationIssue,
} from './market-types.js';

/** Options shared by the calendar resolvers. */
export interface MarketCalendarOptions {
  /** Language of holiday names (default `en`; falls back to English where a name is missing). */
  language?: string;
  /** Apply the holiday corrections shipped with Borderless (default `true`). */
  builtInCorrections?: boolean;
}

/** Options of {@link listHolidays}. */
export interface ListHolidaysOptions extends MarketCalendarOptions {
  /** Also list openings: the market's own and the built-in make-up workdays (default `false`). */
  includeOpenings?: boolean;
  /** Channel whose hours make-up workdays take (default: `hours.default`). */
  channel?: string | null;
}

const MAX_YEARS = 200;
const WORKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

function checkYears(fromYear: number, toYear: number): void {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear < 1000 || toYear > 9999) {
    throw new RangeError(`years must be integers from 1000 to 9999, got ${fromYear}–${toYear}`);
  }
  if (fromYear > toYear) throw new RangeError(`fromYear ${fromYear} is after toYear ${toYear}`);
  if (toYear - fromYear >= MAX_YEARS) throw new RangeError(`at most ${MAX_YEARS} years at once`);
}

function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Holidays (library, corrections, then the market's overrides) on local dates in `[fromDay, toDay]`,
 * one entry per holiday name and date.
 */
function holidayEntries(doc: MarketCalendarSource, fromDay: number, toDay: number, options: MarketCalendarOptions): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  const seen = new Set<string>();
  const push = (entry: CalendarEntry): void => {
    const day = parseIsoDate(entry.date);
    const key = `${entry.date}|${entry.name}`;
    if (day === null || day < fromDay || day > toDay || seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  if (doc.holidays !== null) {
    const lookup = { language: options.language ?? 'en', corrections: options.builtInCorrections ?? true };
    // The year before too: a multi-day holiday that starts in late December spills into the range.
    for (let year = yearOfDay(fromDay) - 1; year <= yearOfDay(toDay); year++) {
      for (const day of holidaysOfYear(doc.holidays, year, lookup)) {
        push({ date: day.date, name: day.name, kind: 'holiday', type: day.type, source: day.source, hours: null });
      }
    }
  }
  const removed = new Set(doc.holidayOverrides?.remove ?? []);
  const kept = entries.filter((entry) => !removed.has(entry.date));
  entries.length = 0;
  entries.push(...kept);
  for (const added of doc.holidayOverrides?.add ?? []) {
    push({ date: added.date, name: added.name, kind: 'holiday', type: 'public', source: 'override', hours: null });
  }
  return entries;
}

function closureEntries(doc: MarketCalendarSource, fromDay: number, toDay: number): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const closure of doc.closures ?? []) {
    const from = parseIsoDate(closure.from);
    const to = parseIsoDate(closure.to);
    if (from === null || to === null) continue;
    for (const date of datesBetween(from, to, fromDay, toDay)) {
      entries.push({ date, name: closure.name, kind: 'closure', type: null, source: 'market', hours: null });
    }
  }
  return entries;
}

/**
 * Hours a make-up workday takes: those of the first weekday (Monday → Friday) the channel is open,
 * since the official notices make it an ordinary working day without naming which weekday it replaces.
 */
function workdayHours(weekly: WeeklyHours): readonly TimeRange[] | null {
  for (const day of WORKDAYS) {
    const hours = weekly[day];
    if (hours !== undefined && hours.length > 0) return hours;
  }
  return null;
}

function weeklyHoursFor(doc: MarketCalendarSource, channel: string | null | undefined): WeeklyHours {
  // Object.hasOwn: a channel named "constructor" must not reach Object.prototype.
  if (channel !== null && channel !== undefined && Object.hasOwn(doc.hours, channel)) {
    const hours = doc.hours[channel];
    if (hours !== undefined) return hours;
  }
  return doc.hours.default;
}

function openingEntries(
  doc: MarketCalendarSource,
  weekly: WeeklyHours,
  closed: ReadonlySet<string>,
  fromDay: number,
  toDay: number,
  options: MarketCalendarOptions,
): CalendarEntry[] {
  const entries = new Map<string, CalendarEntry>();
  const holidays = doc.holidays;
  if ((options.builtInCorrections ?? true) && holidays !== null && holidays.types.includes('public')) {
    const hours = workdayHours(weekly);
    for (let year = yearOfDay(fromDay); year <= yearOfDay(toDay) && hours !== null; year++) {
      for (const workday of makeUpWorkdays(holidays.country, year, options.language ?? 'en')) {
        const day = parseIsoDate(workday.date);
        // A market's own closure (or holiday override) on a make-up workday keeps the day closed.
        if (day === null || day < fromDay || day > toDay || closed.has(workday.date)) continue;
        entries.set(workday.date, { date: workday.date, name: workday.name, kind: 'opening', type: null, source: 'borderless', hours });
      }
    }
  }
  for (const opening of doc.openings ?? []) {
    const day = parseIsoDate(opening.date);
    if (day === null || day < fromDay || day > toDay) continue;
    entries.set(opening.date, { date: opening.date, name: opening.name, kind: 'opening', type: null, source: 'market', hours: opening.hours });
  }
  return [...entries.values()];
}

/**
 * Closed local dates of a market from `fromYear` to `toYear` inclusive: holidays of `doc.holidays` (from
 * date-holidays, with Borderless' built-in corrections), then `holidayOverrides` (`remove` first, then
 * `add`), then `closures` (inclusive ranges, clipped to the years). A date that is both a holiday and in
 * a closure is reported as the holiday; several holidays on one date are joined with " / ".
 *
 * @example
 * const closed = resolveClosedDays(
 *   { timeZone: 'Asia/Tokyo', hours: { default: {} }, holidays: { country: 'JP', region: null, types: ['public'] } },
 *   2027, 2027,
 * );
 * closed.get('2027-05-04'); // { reason: 'holiday', name: 'Greenery Day' }
 */
export function resolveClosedDays(
  doc: MarketCalendarSource,
  fromYear: number,
  toYear: number,
  options: MarketCalendarOptions = {},
): Map<string, ClosedDay> {
  checkYears(fromYear, toYear);
  const fromDay = parseIsoDate(`${fromYear}-01-01`) as number;
  const toDay = parseIsoDate(`${toYear}-12-31`) as number;
  const names = new Map<string, string[]>();
  for (const entry of holidayEntries(doc, fromDay, toDay, options)) {
    const list = names.get(entry.date);
    if (list === undefined) names.set(entry.date, [entry.name]);
    else list.push(entry.name);
  }
  const closed = new Map<string, ClosedDay>();
  for (const [date, list] of names) closed.set(date, { reason: 'holiday', name: list.join(' / ') });
  for (const entry of closureEntries(doc, fromDay, toDay)) {
    if (!closed.has(entry.date)) closed.set(entry.date, { reason: 'closure', name: entry.name });
  }
  return new Map([...closed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The business-time engine's input for one channel of a market over `years`: the channel's weekly
 * hours (`hours.default` when the channel has no entry or is `null`), the closed days of
 * {@link resolveClosedDays}, and the openings — the market's own plus the official make-up workdays
 * Borderless ships (e.g. China's 调休上班), which take the channel's Monday–Friday hours and yield to any
 * closure or holiday on the same date. The market's own openings win over everything (as in the engine).
 *
 * @example
 * const rules = toCalendarRules(presetToMarketDocument(getMarketPreset('CN')!), 'email', { from: 2026, to: 2026 });
 * rules.closedDays.get('2026-02-16'); // { reason: 'holiday', name: 'Spring Festival' }
 * rules.openings.get('2026-02-14');   // [['09:00', '18:00']] (a Saturday worked for Spring Festival)
 */
export function toCalendarRules(
  doc: MarketCalendarSource,
  channel: string | null,
  years: { from: number; to: number },
  options: MarketCalendarOptions = {},
): CalendarRules {
  const closedDays = resolveClosedDays(doc, years.from, years.to, options);
  const weekly = weeklyHoursFor(doc, channel);
  const fromDay = parseIsoDate(`${years.from}-01-01`) as number;
  const toDay = parseIsoDate(`${years.to}-12-31`) as number;
  const openings = new Map<string, readonly TimeRange[]>();
  for (const entry of openingEntries(doc, weekly, new Set(closedDays.keys()), fromDay, toDay, options)) {
    if (entry.hours !== null) openings.set(entry.date, entry.hours);
  }
  return { timeZone: doc.timeZone, weekly, closedDays, openings };
}

/**
 * Named days of a market between two local dates (inclusive), for a calendar view: every holiday (one
 * entry per holiday, even when two share a date), every closure date, and with `includeOpenings` the
 * openings (the market's and the built-in make-up workdays). Sorted by date, then holidays, closures,
 * openings. Throws `RangeError` on an invalid range.
 *
 * @example
 * listHolidays(presetToMarketDocument(getMarketPreset('US')!), '2027-07-01', '2027-07-31');
 * // [{ date: '2027-07-04', name: 'Independence Day', kind: 'holiday', type: 'public', source: 'library', hours: null },
 * //  { date: '2027-07-05', name: 'Independence Day (substitute day)', … }]
 */
export function listHolidays(
  doc: MarketCalendarSource,
  fromDate: string,
  toDate: string,
  options: ListHolidaysOptions = {},
): CalendarEntry[] {
  const fromDay = parseIsoDate(fromDate);
  const toDay = parseIsoDate(toDate);
  if (fromDay === null || toDay === null) throw new RangeError(`dates must be YYYY-MM-DD, got ${fromDate} and ${toDate}`);
  if (fromDay > toDay) throw new RangeError(`${fromDate} is after ${toDate}`);
  checkYears(yearOfDay(fromDay), yearOfDay(toDay));
  const holidays = holidayEntries(doc, fromDay, toDay, options);
  const closures = closureEntries(doc, fromDay, toDay);
  let openings: CalendarEntry[] = [];
  if (options.includeOpenings === true) {
    const closed = new Set([...holidays, ...closures].map((entry) => entry.date));
    openings = openingEntries(doc, weeklyHoursFor(doc, options.channel), closed, fromDay, toDay, options);
  }
  // Stable sort keeps holidays before closures before openings on the same date.
  return [...holidays, ...closures, ...openings].sort(byDate);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a holiday spec against date-holidays' own lists: known country (ISO 3166-1 alpha-2, upper
 * case), a subdivision (and region) that country has, and types among public, bank, school, optional,
 * observance. `null` (no holidays) is valid.
 *
 * @example
 * validateHolidaySpec({ country: 'DE', region: 'XX', types: ['public'] });
 * // [{ path: '/holidays/region', message: "DE has no subdivision 'XX' …" }]
 */
export function validateHolidaySpec(spec: unknown, path = '/holidays'): ValidationIssue[] {
  if (spec === null) return [];
  if (!isPlainObject(spec)) return [{ path, message: 'must be an object { country, region, types } or null' }];
  const issues: ValidationIssue[] = [];
  const { country, region, types } = spec;
  let countryKnown = false;
  if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country)) {
    issues.push({ path: `${path}/country`, message: 'must be an ISO 3166-1 alpha-2 country code in upper case, e.g. "JP"' });
  } else if (!Object.hasOwn(holidayCountries(), country)) {
    issues.push({ path: `${path}/country`, message: `no holiday data for country '${country}'` });
  } else {
    countryKnown = true;
  }
  if (region !== null && region !== undefined && typeof region !== 'string') {
    issues.push({ path: `${path}/region`, message: 'must be a subdivision code such as "BY" or "US-CA", or null' });
  } else if (typeof region === 'string' && countryKnown) {
    issues.push(...validateRegion(country as string, region, `${path}/region`));
  }
  if (!Array.isArray(types) || types.length === 0) {
    issues.push({ path: `${path}/types`, message: `must be a non-empty array of ${HOLIDAY_TYPES.join(', ')}` });
  } else {
    const seen = new Set<unknown>();
    types.forEach((type: unknown, index: number) => {
      if (typeof type !== 'string' || !(HOLIDAY_TYPES as readonly string[]).includes(type)) {
        issues.push({ path: `${path}/types/${index}`, message: `unknown holiday type; use ${HOLIDAY_TYPES.join(', ')}` });
      } else if (seen.has(type)) {
        issues.push({ path: `${path}/types/${index}`, message: `'${type}' is listed twice` });
      }
      seen.add(type);
    });
  }
  return issues;
}

function validateRegion(country: string, region: string, path: string): ValidationIssue[] {
  const parsed = parseHolidayRegion(country, region);
  const states = holidayStates(country);
  if (parsed.state === null || !Object.hasOwn(states, parsed.state)) {
    const known = Object.keys(states);
    const hint = known.length === 0 ? `${country} has no subdivisions with holiday data; use null` : `known: ${known.join(', ')}`;
    return [{ path, message: `${country} has no subdivision '${region}' (${hint})` }];
  }
  if (parsed.region !== null && !Object.hasOwn(holidayRegions(country, parsed.state), parsed.region)) {
    return [{ path, message: `${country}-${parsed.state} has no region '${parsed.region}'` }];
  }
  return [];
}

function validateName(value: unknown, path: string, issues: ValidationIssue[]): void {
  if (typeof value !== 'string' || value.trim() === '') issues.push({ path, message: 'must be a non-empty string' });
  else if (value.length > 200) issues.push({ path, message: 'must be at most 200 characters' });
}

/**
 * Checks closures: an array of `{ from, to, name }` with real `YYYY-MM-DD` dates, `from` ≤ `to` (a range
 * may span a year end) and a name.
 *
 * @example
 * validateClosures([{ from: '2028-01-03', to: '2027-12-29', name: 'Year-end' }]);
 * // [{ path: '/closures/0/to', message: 'must not be before from (2028-01-03)' }]
 */
export function validateClosures(closures: unknown, path = '/closures'): ValidationIssue[] {
  if (!Array.isArray(closures)) return [{ path, message: 'must be an array of { from, to, name }' }];
  const issues: ValidationIssue[] = [];
  closures.forEach((closure: unknown, index: number) => {
    const at = `${path}/${index}`;
    if (!isPlainObject(closure)) {
      issues.push({ path: at, message: 'must be an object { from, to, name }' });
      return;
    }
    const from = parseIsoDate(closure.from);
    const to = parseIsoDate(closure.to);
    if (from === null) issues.push({ path: `${at}/from`, message: 'must be a real date YYYY-MM-DD' });
    if (to === null) issues.push({ path: `${at}/to`, message: 'must be a real date YYYY-MM-DD' });
    if (from !== null && to !== null && to < from) {
      issues.push({ path: `${at}/to`, message: `must not be before from (${String(closure.from)})` });
    }
    validateName(closure.name, `${at}/name`, issues);
  });
  return issues;
}

/**
 * Checks openings: an array of `{ date, hours, name }` with a real date (each date once) and valid
 * hours for that day (`"HH:MM"` ranges, `"24:00"` as an end, overnight allowed, no overlaps).
 *
 * @example
 * validateOpenings([{ date: '2027-02-30', hours: [['09:00', '18:00']], name: 'Make-up workday' }]);
 * // [{ path: '/openings/0/date', message: 'must be a real date YYYY-MM-DD' }]
 */
export function validateOpenings(openings: unknown, path = '/openings'): ValidationIssue[] {
  if (!Array.isArray(openings)) return [{ path, message: 'must be an array of { date, hours, name }' }];
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, number>();
  openings.forEach((opening: unknown, index: number) => {
    const at = `${path}/${index}`;
    if (!isPlainObject(opening)) {
      issues.push({ path: at, message: 'must be an object { date, hours, name }' });
      return;
    }
    if (parseIsoDate(opening.date) === null) {
      issues.push({ path: `${at}/date`, message: 'must be a real date YYYY-MM-DD' });
    } else {
      const earlier = seen.get(opening.date as string);
      if (earlier !== undefined) issues.push({ path: `${at}/date`, message: `same date as ${path}/${earlier}` });
      else seen.set(opening.date as string, index);
    }
    issues.push(...validateTimeRanges(opening.hours, `${at}/hours`));
    validateName(opening.name, `${at}/name`, issues);
  });
  return issues;
}

/**
 * Checks `holidayOverrides`: `{ add: [{ date, name }], remove: ['YYYY-MM-DD', …] }`; absent is valid.
 *
 * @example
 * validateHolidayOverrides({ add: [], remove: ['2027-13-01'] });
 * // [{ path: '/holidayOverrides/remove/0', message: 'must be a real date YYYY-MM-DD' }]
 */
export function validateHolidayOverrides(overrides: unknown, path = '/holidayOverrides'): ValidationIssue[] {
  if (overrides === undefined) return [];
  if (!isPlainObject(overrides)) return [{ path, message: 'must be an object { add, remove }' }];
  const issues: ValidationIssue[] = [];
  const { add, remove } = overrides;
  if (!Array.isArray(add)) {
    issues.push({ path: `${path}/add`, message: 'must be an array of { date, name }' });
  } else {
    add.forEach((day: unknown, index: number) => {
      const at = `${path}/add/${index}`;
      if (!isPlainObject(day)) {
        issues.push({ path: at, message: 'must be an object { date, name }' });
        return;
      }
      if (parseIsoDate(day.date) === null) issues.push({ path: `${at}/date`, message: 'must be a real date YYYY-MM-DD' });
      validateName(day.name, `${at}/name`, issues);
    });
  }
  if (!Array.isArray(remove)) {
    issues.push({ path: `${path}/remove`, message: 'must be an array of dates YYYY-MM-DD' });
  } else {
    remove.forEach((date: unknown, index: number) => {
      if (parseIsoDate(date) === null) issues.push({ path: `${path}/remove/${index}`, message: 'must be a real date YYYY-MM-DD' });
    });
  }
  return issues;
}
