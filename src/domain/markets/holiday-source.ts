import Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { BUILT_IN_HOLIDAY_FIXES, localizedName, type CountryHolidayFix, type MakeUpWorkday } from './holiday-corrections.js';
import { addDays, datesBetween, formatIsoDate, parseIsoDate } from './market-dates.js';
import type { HolidaySpec, HolidayType } from './market-types.js';

/** One holiday on one local date. */
export interface HolidayDay {
  date: string;
  name: string;
  type: HolidayType;
  /** `library` = date-holidays as is; `borderless` = added or moved by a built-in correction. */
  source: 'library' | 'borderless';
}

/** The subdivision and date-holidays region a `HolidaySpec.region` designates. */
export interface ParsedRegion {
  state: string | null;
  region: string | null;
}

// date-holidays keeps one of two same-named holidays on one day, preferring the type listed last: in its
// own default order `public` wins, as it does when only `public` is asked for.
const ALL_TYPES: HolidayType[] = ['observance', 'optional', 'school', 'bank', 'public'];
const MAX_CACHED_YEARS = 4096;
// Codes date-holidays' data uses instead of the ISO 639-1 ones (JP's names are under `jp`, CZ's under `cz`).
const LIBRARY_LANGUAGE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  ja: ['jp'],
  cs: ['cz'],
  ka: ['ge'],
  nb: ['no'],
  nn: ['no'],
};
const MINUTES_PER_DAY = 1440;
const MIDDAY = 720;

// date-holidays parses its YAML rules on every instantiation (milliseconds each): one instance per
// (country, state, region, language, corrections) for the life of the process. Language is part of the
// key because an instance asked for names in one language keeps answering in it.
const instances = new Map<string, Holidays>();
// Resolved holiday days per (country, region, types, year, language, corrections).
const yearCache = new Map<string, readonly HolidayDay[]>();
let catalogue: Holidays | null = null;

/** A shared instance only used for its country/state/region lists. */
function holidayCatalogue(): Holidays {
  catalogue ??= new Holidays();
  return catalogue;
}

/**
 * Countries date-holidays has data for, code → English name.
 *
 * @example
 * holidayCountries().JP; // 'Japan'
 */
export function holidayCountries(): Readonly<Record<string, string>> {
  return holidayCatalogue().getCountries('en');
}

/**
 * Subdivisions date-holidays knows for a country (`{}` when none), code → name.
 *
 * @example
 * holidayStates('DE').BY; // 'Bayern'
 */
export function holidayStates(country: string): Readonly<Record<string, string>> {
  return holidayCatalogue().getStates(country) ?? {};
}

/**
 * Regions inside a subdivision (`{}` when none), code → name.
 *
 * @example
 * holidayRegions('DE', 'BY').A; // 'Stadt Augsburg'
 */
export function holidayRegions(country: string, state: string): Readonly<Record<string, string>> {
  return holidayCatalogue().getRegions(country, state) ?? {};
}

/**
 * Splits a `HolidaySpec.region` into date-holidays' state and region: `"BY"`, `"DE-BY"` (ISO 3166-2) and
 * `"BY.A"` are understood.
 *
 * @example
 * parseHolidayRegion('DE', 'DE-BY.A'); // { state: 'BY', region: 'A' }
 */
export function parseHolidayRegion(country: string, region: string | null): ParsedRegion {
  if (region === null || region === '') return { state: null, region: null };
  const upper = region.toUpperCase();
  const withoutCountry = upper.startsWith(`${country.toUpperCase()}-`) ? upper.slice(country.length + 1) : upper;
  const [state, subRegion] = withoutCountry.split('.', 2);
  return { state: state === undefined || state === '' ? null : state, region: subRegion ?? null };
}

function instanceFor(country: string, parsed: ParsedRegion, language: string, corrected: boolean): Holidays {
  const key = `${country}|${parsed.state ?? ''}|${parsed.region ?? ''}|${language}|${corrected ? 1 : 0}`;
  let instance = instances.get(key);
  if (instance === undefined) {
    // English before the country's own language, so a missing translation falls back like our own names do.
    const languages = [...new Set([language, ...(LIBRARY_LANGUAGE_ALIASES[language] ?? []), 'en'])];
    const options: HolidaysTypes.Options = { types: ALL_TYPES, languages };
    if (parsed.state === null) instance = new Holidays(country, options);
    else if (parsed.region === null) instance = new Holidays(country, parsed.state, options);
    else instance = new Holidays(country, parsed.state, parsed.region, options);
    const fix = corrected ? BUILT_IN_HOLIDAY_FIXES.get(country) : undefined;
    for (const rule of fix?.setRules ?? []) {
      const holiday: HolidaysTypes.HolidayOptions = { name: { ...rule.name }, type: rule.type };
      if (rule.active !== undefined) holiday.active = rule.active.map((range) => ({ ...range }));
      instance.setHoliday(rule.rule, holiday);
    }
    instances.set(key, instance);
  }
  return instance;
}

const LIBRARY_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):\d{2}(?: ([+-])(\d{2})(\d{2}))?/;

/**
 * Local dates a library holiday closes. A date counts when the holiday covers its midday: Islamic and
 * Jewish holidays start at dusk the evening before (`-0600` in the library's date string), Turkey's
 * Bayram eves start at 13:00 and China's half-day observances at noon, and none of those closes the
 * evening's date; a daylight-saving hour cannot move midday across a boundary.
 */
function datesOfLibraryHoliday(holiday: HolidaysTypes.Holiday): string[] {
  const match = LIBRARY_DATE.exec(holiday.date);
  if (match === null) return [];
  const base = parseIsoDate(match[1]);
  if (base === null) return [];
  let startMinute = Number(match[2]) * 60 + Number(match[3]);
  if (match[4] !== undefined) {
    const offset = Number(match[5]) * 60 + Number(match[6]);
    startMinute += match[4] === '-' ? -offset : offset;
  }
  const endMinute = startMinute + (holiday.end.getTime() - holiday.start.getTime()) / 60_000;
  const dates: string[] = [];
  for (let day = Math.floor(startMinute / MINUTES_PER_DAY); day * MINUTES_PER_DAY + MIDDAY < endMinute; day++) {
    if (day * MINUTES_PER_DAY + MIDDAY >= startMinute) dates.push(formatIsoDate(base + day));
  }
  return dates;
}

function applyLibraryFixes(holidays: HolidaysTypes.Holiday[], year: number, fix: CountryHolidayFix | undefined): HolidayDay[] {
  const added = new Set((fix?.setRules ?? []).map((rule) => rule.rule));
  const days: HolidayDay[] = [];
  for (const holiday of holidays) {
    const dropped = fix?.dropRules?.some((drop) => drop.rule === holiday.rule && year >= (drop.fromYear ?? -Infinity));
    if (dropped === true) continue;
    const retyped = fix?.retypeRules?.find((retype) => retype.rule === holiday.rule);
    const shift = fix?.shiftRules?.find((candidate) => candidate.rule === holiday.rule);
    const source = added.has(holiday.rule) || retyped !== undefined || shift !== undefined ? 'borderless' : 'library';
    for (const date of datesOfLibraryHoliday(holiday)) {
      days.push({
        date: shift === undefined ? date : addDays(date, shift.days),
        name: holiday.name,
        type: retyped?.type ?? holiday.type,
        source,
      });
    }
  }
  return days;
}

function applyDatedFixes(days: HolidayDay[], year: number, language: string, fix: CountryHolidayFix): HolidayDay[] {
  const prefix = `${year}-`;
  let result = days;
  for (const extra of fix.extraDays ?? []) {
    if (extra.date.startsWith(prefix)) {
      result.push({ date: extra.date, name: localizedName(extra.name, language), type: extra.type, source: 'borderless' });
    }
  }
  const schedule = fix.schedules?.find((candidate) => candidate.year === year);
  if (schedule !== undefined) {
    result = result.filter((day) => day.type !== 'public' || !day.date.startsWith(prefix));
    for (const block of schedule.daysOff) {
      const from = parseIsoDate(block.from);
      const to = parseIsoDate(block.to);
      if (from === null || to === null) continue;
      for (const date of datesBetween(from, to)) {
        if (date.startsWith(prefix)) {
          result.push({ date, name: localizedName(block.name, language), type: 'public', source: 'borderless' });
        }
      }
    }
  }
  return result;
}

function rememberYear(key: string, days: readonly HolidayDay[]): void {
  // A crude bound is enough: a deployment has a few dozen markets and looks at a few years each.
  if (yearCache.size >= MAX_CACHED_YEARS) yearCache.clear();
  yearCache.set(key, days);
}

/** Options of holiday look-ups. */
export interface HolidayLookupOptions {
  /** Language of the names (default `en`; English where a translation is missing). */
  language?: string;
  /** Apply the corrections shipped with Borderless (default `true`); `false` shows the library as is. */
  corrections?: boolean;
}

/**
 * Holidays of one calendar year for a holiday spec, one entry per holiday and local date, sorted by
 * date. Built-in corrections (see `holiday-corrections.ts`) are applied unless turned off. Cached per
 * (country, region, types, year, language): the first call of a year costs a few milliseconds, the next
 * ones a map look-up. A multi-day holiday may spill into the next year; such dates are kept.
 *
 * @example
 * holidaysOfYear({ country: 'JP', region: null, types: ['public'] }, 2027)
 *   .filter((day) => day.date.startsWith('2027-05'));
 * // Constitution Day (05-03), Greenery Day (05-04), Children's Day (05-05)
 */
export function holidaysOfYear(spec: HolidaySpec, year: number, options: HolidayLookupOptions = {}): readonly HolidayDay[] {
  const country = spec.country.toUpperCase();
  const parsed = parseHolidayRegion(country, spec.region);
  const language = options.language ?? 'en';
  const corrected = options.corrections ?? true;
  const types = [...new Set(spec.types)].sort();
  const key = `${country}|${parsed.state ?? ''}|${parsed.region ?? ''}|${types.join(',')}|${year}|${language}|${corrected ? 1 : 0}`;
  const cached = yearCache.get(key);
  if (cached !== undefined) return cached;

  const fix = corrected ? BUILT_IN_HOLIDAY_FIXES.get(country) : undefined;
  const libraryLanguage = (language.split('-')[0] ?? 'en').toLowerCase();
  const instance = instanceFor(country, parsed, libraryLanguage, corrected);
  let days = applyLibraryFixes(instance.getHolidays(year, libraryLanguage), year, fix);
  if (fix !== undefined) days = applyDatedFixes(days, year, language, fix);
  const wanted = new Set<string>(types);
  const result = Object.freeze(
    days.filter((day) => wanted.has(day.type)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );
  rememberYear(key, result);
  return result;
}

/**
 * Make-up workdays (weekend days worked to bridge a holiday block) Borderless knows for a country and
 * year, from the announced schedules; `[]` when none were announced or shipped.
 *
 * @example
 * makeUpWorkdays('CN', 2026).map((day) => day.date);
 * // ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']
 */
export function makeUpWorkdays(country: string, year: number, language = 'en'): Array<{ date: string; name: string }> {
  const schedule = BUILT_IN_HOLIDAY_FIXES.get(country.toUpperCase())?.schedules?.find((candidate) => candidate.year === year);
  return (schedule?.workdays ?? []).map((day: MakeUpWorkday) => ({ date: day.date, name: localizedName(day.name, language) }));
}
