import type { Availability, OpenInterval } from './business-time-types.js';
import { WINDOW_MS, type CompiledCalendar, type OpenWindow } from './calendar-compiler.js';
import { DAY_MS } from './wall-clock.js';

/** How far ahead "nothing opens" is searched before answering `null`. */
export const HORIZON_MS = 366 * DAY_MS;

/** Longest duration `addOpenTime` accepts: one (leap) year of open time. */
export const MAX_DURATION_MS = 366 * DAY_MS;

/** Longest span `openTimeBetween` and `openIntervals` accept, so a typo cannot compile centuries. */
export const MAX_SPAN_MS = 100 * 366 * DAY_MS;

/** First interval index whose end is after `at` (`n` when none). */
function firstEndingAfter(ends: Float64Array, at: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] as number) > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Open ms in the window before `at`. */
function openBefore(window: OpenWindow, at: number): number {
  const i = firstEndingAfter(window.ends, at);
  if (i === window.starts.length) return window.total;
  const start = window.starts[i] as number;
  return (window.before[i] as number) + (at > start ? at - start : 0);
}

function checkInstant(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite epoch-ms number`);
}

/**
 * The first open instant at or after `from`, or `null` when nothing opens before `from + HORIZON_MS`.
 * @internal
 */
function nextOpenAtOrAfter(calendar: CompiledCalendar, from: number): number | null {
  if (!calendar.everOpen) return null;
  const limit = from + HORIZON_MS;
  for (let index = Math.floor(from / WINDOW_MS); index * WINDOW_MS < limit; index++) {
    const window = calendar.window(index);
    const i = firstEndingAfter(window.ends, from);
    if (i < window.starts.length) {
      const opensAt = Math.max(window.starts[i] as number, from);
      return opensAt < limit ? opensAt : null;
    }
  }
  return null;
}

/**
 * The instant when `durationMs` of open time has elapsed after `fromMs`. Time before an opening counts
 * from the opening; inside an interval it counts from `fromMs`; a duration that runs out exactly at a
 * closing answers the closing instant. `null` when a stretch of 366 days without open time is met
 * (never open, closed for a year) or the answer lies more than 50 years ahead. A zero duration
 * answers the next open instant. Throws `RangeError` for a negative duration or one over a year.
 *
 * @example
 * // Golden Week: Friday 17:30 JST + 240 minutes of 09:00–18:00 weekday hours
 * addOpenTime(japan, Date.parse('2027-04-30T17:30:00+09:00'), 240 * 60_000);
 * // → Date.parse('2027-05-06T03:30:00.000Z')
 */
export function addOpenTime(calendar: CompiledCalendar, fromMs: number, durationMs: number): number | null {
  checkInstant('fromMs', fromMs);
  if (!(durationMs >= 0 && durationMs <= MAX_DURATION_MS)) {
    throw new RangeError(`durationMs must be between 0 and ${MAX_DURATION_MS}`);
  }
  if (!calendar.everOpen) return null;
  const giveUpAt = fromMs + 50 * 366 * DAY_MS;
  let remaining = durationMs;
  let cursor = fromMs;
  // Open time must show up before this instant; it moves on each time some is found.
  let openBy = fromMs + HORIZON_MS;
  for (let index = Math.floor(fromMs / WINDOW_MS); ; index++) {
    const window = calendar.window(index);
    if (window.start >= openBy || window.start >= giveUpAt) return null;
    const ends = window.ends;
    const count = ends.length;
    const i = firstEndingAfter(ends, cursor);
    if (i < count) {
      const starts = window.starts;
      const before = window.before;
      const firstStart = starts[i] as number;
      if (firstStart >= openBy) return null;
      const consumed = (before[i] as number) + (cursor > firstStart ? cursor - firstStart : 0);
      const target = consumed + remaining;
      if (target <= window.total) {
        // Smallest j ≥ i whose interval end reaches the target amount of open time.
        let low = i;
        let high = count - 1;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if ((before[middle + 1] as number) >= target) high = middle;
          else low = middle + 1;
        }
        return (starts[low] as number) + (target - (before[low] as number));
      }
      remaining = target - window.total;
      openBy = (ends[count - 1] as number) + HORIZON_MS;
    }
    cursor = window.end;
  }
}

/**
 * Open milliseconds in `[fromMs, toMs)`; 0 when `toMs <= fromMs`. Throws `RangeError` for spans over
 * 100 years.
 *
 * @example
 * openTimeBetween(japan, Date.parse('2027-05-06T00:00:00Z'), Date.parse('2027-05-07T00:00:00Z')); // 9 h in ms
 */
export function openTimeBetween(calendar: CompiledCalendar, fromMs: number, toMs: number): number {
  checkInstant('fromMs', fromMs);
  checkInstant('toMs', toMs);
  if (toMs <= fromMs || !calendar.everOpen) return 0;
  if (toMs - fromMs > MAX_SPAN_MS) throw new RangeError('openTimeBetween spans more than 100 years');
  const firstIndex = Math.floor(fromMs / WINDOW_MS);
  const lastIndex = Math.floor(toMs / WINDOW_MS);
  const first = calendar.window(firstIndex);
  if (firstIndex === lastIndex) return openBefore(first, toMs) - openBefore(first, fromMs);
  let total = first.total - openBefore(first, fromMs);
  for (let index = firstIndex + 1; index < lastIndex; index++) total += calendar.window(index).total;
  return total + openBefore(calendar.window(lastIndex), toMs);
}

/**
 * Open intervals intersecting `[fromMs, toMs)`, clipped to it, sorted and merged (touching intervals
 * become one). Throws `RangeError` for spans over 100 years.
 *
 * @example
 * openIntervals(japan, Date.parse('2027-05-06T00:00:00Z'), Date.parse('2027-05-07T00:00:00Z'));
 * // → [{ start: Date.parse('2027-05-06T00:00:00Z'), end: Date.parse('2027-05-06T09:00:00Z') }]
 */
export function openIntervals(calendar: CompiledCalendar, fromMs: number, toMs: number): OpenInterval[] {
  checkInstant('fromMs', fromMs);
  checkInstant('toMs', toMs);
  const result: OpenInterval[] = [];
  if (toMs <= fromMs || !calendar.everOpen) return result;
  if (toMs - fromMs > MAX_SPAN_MS) throw new RangeError('openIntervals spans more than 100 years');
  const lastIndex = Math.floor(toMs / WINDOW_MS);
  for (let index = Math.floor(fromMs / WINDOW_MS); index <= lastIndex; index++) {
    const { starts, ends } = calendar.window(index);
    for (let i = firstEndingAfter(ends, fromMs); i < starts.length; i++) {
      const start = Math.max(starts[i] as number, fromMs);
      if (start >= toMs) break;
      const end = Math.min(ends[i] as number, toMs);
      const previous = result[result.length - 1];
      // Windows cut intervals at their edges; glue the halves back together.
      if (previous !== undefined && previous.end === start) previous.end = end;
      else result.push({ start, end });
    }
  }
  return result;
}

/** End of the contiguous open span containing interval `i` of window `index`, or `null` past the horizon. */
function closingAfter(calendar: CompiledCalendar, index: number, i: number, at: number): number | null {
  let window = calendar.window(index);
  let end = window.ends[i] as number;
  while (end === window.end && i === window.ends.length - 1) {
    if (end - at >= HORIZON_MS) return null;
    index++;
    window = calendar.window(index);
    if (window.starts.length === 0 || window.starts[0] !== end) return end;
    i = 0;
    end = window.ends[0] as number;
  }
  return end;
}

/**
 * Whether the calendar is open at `atMs`, with when it closes or next opens, and why it is closed
 * (the local date's holiday or closure, else `hours`). A date with an opening is never reported as a
 * holiday. An overnight interval from the previous evening keeps the calendar open on a closed date.
 *
 * @example
 * availabilityAt(japan, Date.parse('2027-05-03T03:00:00Z'));
 * // → { open: false, closesAt: null, nextOpenAt: Date.parse('2027-05-06T00:00:00Z'),
 * //     reason: 'holiday', holidayName: 'Constitution Memorial Day' }
 */
export function availabilityAt(calendar: CompiledCalendar, atMs: number): Availability {
  checkInstant('atMs', atMs);
  const index = Math.floor(atMs / WINDOW_MS);
  const window = calendar.window(index);
  const i = firstEndingAfter(window.ends, atMs);
  if (i < window.starts.length && (window.starts[i] as number) <= atMs) {
    return { open: true, closesAt: closingAfter(calendar, index, i, atMs), nextOpenAt: null, reason: null, holidayName: null };
  }
  const date = calendar.closedDays.size === 0 ? null : calendar.localDateAt(atMs);
  const closed = date === null ? undefined : calendar.closedDays.get(date);
  const overridden = date !== null && calendar.hasOpening(date);
  const nextOpenAt = nextOpenAtOrAfter(calendar, atMs);
  if (closed === undefined || overridden) {
    return { open: false, closesAt: null, nextOpenAt, reason: 'hours', holidayName: null };
  }
  return { open: false, closesAt: null, nextOpenAt, reason: closed.reason, holidayName: closed.name };
}
