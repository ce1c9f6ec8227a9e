import type { Weekday } from './business-time-types.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Weekday keys indexed like `dayOfWeek` (0 = Sunday). */
export const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Weekday keys in contract order. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight for `"HH:MM"`, or `null` when malformed. `"24:00"` is accepted only when
 * `allowEndOfDay` is set, because it only makes sense as an interval end.
 *
 * @example
 * parseWallTime('09:30', false); // 570
 * parseWallTime('24:00', true);  // 1440
 */
export function parseWallTime(text: unknown, allowEndOfDay: boolean): number | null {
  if (typeof text !== 'string') return null;
  if (text === '24:00') return allowEndOfDay ? 1440 : null;
  const match = HH_MM.exec(text);
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A range as minutes after the start of the local date it starts on; the end exceeds 1440 when the
 * range runs past midnight; equal ends give a zero-length range. `null` when either end is malformed.
 *
 * @example
 * rangeToMinutes(['22:00', '06:00']); // [1320, 1800]
 */
export function rangeToMinutes(range: unknown): [number, number] | null {
  if (!Array.isArray(range) || range.length !== 2) return null;
  const start = parseWallTime(range[0], false);
  const end = parseWallTime(range[1], true);
  if (start === null || end === null) return null;
  return [start, end < start ? end + 1440 : end];
}

/**
 * Day number (days since 1970-01-01) of a proleptic Gregorian date; pure arithmetic so domain code
 * never needs a `Date`.
 *
 * @example
 * daysFromCivil(1970, 1, 2); // 1
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * `YYYY-MM-DD` for a day number.
 *
 * @example
 * isoDateOfDay(0); // '1970-01-01'
 */
export function isoDateOfDay(dayNumber: number): string {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : String(year);
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Day of week of a day number, 0 = Sunday.
 *
 * @example
 * dayOfWeek(0); // 4 (1970-01-01 was a Thursday)
 */
export function dayOfWeek(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
