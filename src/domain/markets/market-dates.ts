import type { Weekday } from '../business-time/index.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Day number (days since 1970-01-01) of a real calendar date written `YYYY-MM-DD`, or `null` for
 * anything else (`2027-02-30`, `27-2-3`, a number). Years 1000–9999 only: `Date.UTC` maps years below
 * 100 into the 1900s, and no market calendar needs them.
 *
 * @example
 * parseIsoDate('1970-01-02'); // 1
 * parseIsoDate('2027-02-29'); // null
 */
export function parseIsoDate(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dayNumber = daysFromCivil(year, month, day);
  // The arithmetic rolls 02-30 over into March: a round trip exposes dates that do not exist.
  return formatIsoDate(dayNumber) === text ? dayNumber : null;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * `YYYY-MM-DD` of a day number.
 *
 * @example
 * formatIsoDate(0); // '1970-01-01'
 */
export function formatIsoDate(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar year of a day number.
 *
 * @example
 * yearOfDay(0); // 1970
 */
export function yearOfDay(dayNumber: number): number {
  return Number(formatIsoDate(dayNumber).slice(0, 4));
}

/**
 * The date `days` after (or before, when negative) an ISO date.
 *
 * @example
 * addDays('2027-12-31', 1); // '2028-01-01'
 */
export function addDays(isoDate: string, days: number): string {
  const dayNumber = parseIsoDate(isoDate);
  if (dayNumber === null) throw new RangeError(`not a date: ${isoDate}`);
  return formatIsoDate(dayNumber + days);
}

/**
 * Weekday key of a day number.
 *
 * @example
 * weekdayOfDay(0); // 'thu' (1970-01-01)
 */
export function weekdayOfDay(dayNumber: number): Weekday {
  return WEEKDAYS_FROM_SUNDAY[(((dayNumber + 4) % 7) + 7) % 7] as Weekday;
}

/**
 * Every ISO date from `from` to `to` inclusive, clipped to `[clipFrom, clipTo]` day numbers.
 *
 * @example
 * [...datesBetween(parseIsoDate('2027-12-30')!, parseIsoDate('2028-01-01')!)];
 * // ['2027-12-30', '2027-12-31', '2028-01-01']
 */
export function* datesBetween(from: number, to: number, clipFrom = -Infinity, clipTo = Infinity): Generator<string> {
  const start = Math.max(from, clipFrom);
  const end = Math.min(to, clipTo);
  for (let day = start; day <= end; day++) yield formatIsoDate(day);
}
