import { DAY_MS, HOUR_MS, MINUTE_MS } from './wall-clock.js';

const WEEK_MS = 7 * DAY_MS;

// Years and months are absent on purpose: their length depends on the calendar, which an amount of
// open time cannot have. Only the last component may carry a fraction, as ISO 8601 says.
const DURATION = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const UNIT_MS = [WEEK_MS, DAY_MS, HOUR_MS, MINUTE_MS, 1000] as const;

/**
 * Milliseconds in an ISO 8601 duration made of weeks, days, hours, minutes and seconds (`PT4H`,
 * `PT240M`, `P2D`, `P1DT2H30M`, `P1W`, `PT0.5S`). A day is 24 h and a week 7 days, whether the clock is
 * business or calendar time. Returns `null` for anything else: years or months (`P1Y`, `P1M`, whose
 * length is ambiguous), negative durations, lowercase designators, a `T` with no time part, a fraction
 * anywhere but the last component, or more than millisecond precision.
 *
 * @example
 * parseIsoDuration('PT240M');    // 14_400_000
 * parseIsoDuration('P1DT2H30M'); // 95_400_000
 * parseIsoDuration('P1M');       // null
 */
export function parseIsoDuration(text: string): number | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const match = DURATION.exec(text);
  if (match === null || text === 'P' || text.endsWith('T')) return null;
  let total = 0;
  let fractionSeen = false;
  for (let unit = 0; unit < UNIT_MS.length; unit++) {
    const value = match[unit + 1];
    if (value === undefined) continue;
    if (fractionSeen) return null;
    const normalized = value.replace(',', '.');
    if (normalized.includes('.')) fractionSeen = true;
    total += Number(normalized) * (UNIT_MS[unit] as number);
  }
  if (!Number.isSafeInteger(Math.round(total)) || Math.abs(total - Math.round(total)) > 1e-6) return null;
  return Math.round(total);
}

/**
 * Canonical ISO 8601 text for a non-negative number of milliseconds, using days (never weeks, months
 * or years), hours, minutes and seconds with up to three decimals. Throws `RangeError` for negative or
 * non-integer input.
 *
 * @example
 * formatIsoDuration(14_400_000);  // 'PT4H'
 * formatIsoDuration(95_400_000);  // 'P1DT2H30M'
 * formatIsoDuration(0);           // 'PT0S'
 */
export function formatIsoDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError('duration must be a non-negative integer of milliseconds');
  const days = Math.floor(ms / DAY_MS);
  let rest = ms - days * DAY_MS;
  const hours = Math.floor(rest / HOUR_MS);
  rest -= hours * HOUR_MS;
  const minutes = Math.floor(rest / MINUTE_MS);
  rest -= minutes * MINUTE_MS;
  const seconds = rest / 1000;
  let time = '';
  if (hours > 0) time += `${hours}H`;
  if (minutes > 0) time += `${minutes}M`;
  if (rest > 0) time += `${seconds}S`;
  if (days === 0 && time === '') return 'PT0S';
  return `P${days > 0 ? `${days}D` : ''}${time === '' ? '' : `T${time}`}`;
}
