import type { CalendarRules, ClosedDay, TimeRange, Weekday } from './business-time-types.js';
import { offsetAt, offsetSegments, type OffsetSegments } from './zone-offsets.js';
import { DAY_MS, MINUTE_MS, WEEKDAYS_FROM_SUNDAY, dayOfWeek, isoDateOfDay, rangeToMinutes } from './wall-clock.js';
import { isValidTimeZone } from './hours-validator.js';

/** Span of UTC time compiled at once; about four months keeps a window small and a year four windows. */
export const WINDOW_MS = 128 * DAY_MS;

// Enough for 45 years of windows; beyond that the oldest window is dropped and rebuilt on demand.
const MAX_CACHED_WINDOWS = 128;

/**
 * The merged open intervals of one UTC window `[start, end)`, with prefix sums so open time up to any
 * instant is a bisection away. Intervals touching the window edges are cut there.
 */
export interface OpenWindow {
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** `before[i]` = open ms in this window before interval `i`; `before[n]` = `total`. */
  readonly before: Float64Array;
  readonly total: number;
  readonly segments: OffsetSegments;
}

const NO_RANGES = new Int32Array(0);

function compileRanges(ranges: readonly TimeRange[] | undefined, where: string): Int32Array {
  if (ranges === undefined || ranges.length === 0) return NO_RANGES;
  const minutes: number[] = [];
  for (const range of ranges) {
    const parsed = rangeToMinutes(range);
    if (parsed === null) throw new RangeError(`Malformed time range ${JSON.stringify(range)} in ${where}`);
    if (parsed[1] > parsed[0]) minutes.push(parsed[0], parsed[1]);
  }
  return Int32Array.from(minutes);
}

/**
 * A calendar ready for fast queries: rules are parsed once and open intervals are built lazily per
 * {@link WINDOW_MS} window and kept, so one instance should be reused across calls.
 */
export class CompiledCalendar {
  readonly timeZone: string;
  /** True when some weekday or opening has hours at all; otherwise every query short-circuits. */
  readonly everOpen: boolean;
  readonly closedDays: ReadonlyMap<string, ClosedDay>;
  readonly #weekly: readonly Int32Array[];
  readonly #openings: ReadonlyMap<string, Int32Array>;
  readonly #windows = new Map<number, OpenWindow>();

  constructor(rules: CalendarRules) {
    if (!isValidTimeZone(rules.timeZone)) throw new RangeError(`Unknown time zone: ${rules.timeZone}`);
    this.timeZone = rules.timeZone;
    this.#weekly = WEEKDAYS_FROM_SUNDAY.map((day: Weekday) => compileRanges(rules.weekly[day], day));
    const openings = new Map<string, Int32Array>();
    for (const [date, ranges] of rules.openings) openings.set(date, compileRanges(ranges, date));
    this.#openings = openings;
    // Copies, so later changes to the caller's maps cannot desynchronise cached windows.
    this.closedDays = new Map(rules.closedDays);
    this.everOpen = this.#weekly.some((ranges) => ranges.length > 0) || [...openings.values()].some((r) => r.length > 0);
  }

  /** The compiled window with index `index` (covering `[index * WINDOW_MS, (index + 1) * WINDOW_MS)`). */
  window(index: number): OpenWindow {
    const cached = this.#windows.get(index);
    if (cached !== undefined) return cached;
    const built = this.#build(index);
    if (this.#windows.size >= MAX_CACHED_WINDOWS) {
      const oldest = this.#windows.keys().next();
      if (oldest.done !== true) this.#windows.delete(oldest.value);
    }
    this.#windows.set(index, built);
    return built;
  }

  /** Local date `YYYY-MM-DD` in the calendar's zone at an instant. */
  localDateAt(at: number): string {
    const offset = offsetAt(this.window(Math.floor(at / WINDOW_MS)).segments, at);
    return isoDateOfDay(Math.floor((at + offset) / DAY_MS));
  }

  /** Whether a local date `YYYY-MM-DD` has an opening replacing its weekly hours. */
  hasOpening(date: string): boolean {
    return this.#openings.has(date);
  }

  /** Hours that apply to a local date as minute pairs from its midnight: an opening, else none if closed, else weekly. */
  rangesOfDay(dayNumber: number): Int32Array {
    if (this.#openings.size === 0 && this.closedDays.size === 0) return this.#weekly[dayOfWeek(dayNumber)] as Int32Array;
    const date = isoDateOfDay(dayNumber);
    const opening = this.#openings.get(date);
    if (opening !== undefined) return opening;
    if (this.closedDays.has(date)) return NO_RANGES;
    return this.#weekly[dayOfWeek(dayNumber)] as Int32Array;
  }

  #build(index: number): OpenWindow {
    const start = index * WINDOW_MS;
    const end = start + WINDOW_MS;
    const segments = offsetSegments(this.timeZone, start, end);
    const pieces: number[] = [];
    if (this.everOpen) {
      // A date's hours span at most 48 wall hours and offsets stay within ±14 h, so these dates cover the window.
      const firstDay = Math.floor(start / DAY_MS) - 3;
      const lastDay = Math.floor(end / DAY_MS) + 1;
      const segmentStarts = segments.starts;
      const segmentOffsets = segments.offsets;
      const segmentCount = segmentStarts.length;
      for (let day = firstDay; day <= lastDay; day++) {
        const ranges = this.rangesOfDay(day);
        const midnight = day * DAY_MS;
        for (let r = 0; r < ranges.length; r += 2) {
          const wallStart = midnight + (ranges[r] as number) * MINUTE_MS;
          const wallEnd = midnight + (ranges[r + 1] as number) * MINUTE_MS;
          // Open = every instant whose wall clock reads inside the range: per constant-offset segment
          // that is the range shifted by the offset. This moves starts in a DST gap to the first
          // existing instant and lets a range across a fall-back overlap run its real elapsed time.
          for (let s = 0; s < segmentCount; s++) {
            const offset = segmentOffsets[s] as number;
            const segmentStart = segmentStarts[s] as number;
            const segmentEnd = s + 1 < segmentCount ? (segmentStarts[s + 1] as number) : end;
            const from = Math.max(wallStart - offset, segmentStart);
            const to = Math.min(wallEnd - offset, segmentEnd);
            if (to > from) pieces.push(from, to);
          }
        }
      }
    }
    return mergeIntoWindow(start, end, segments, pieces);
  }
}

function mergeIntoWindow(start: number, end: number, segments: OffsetSegments, pieces: number[]): OpenWindow {
  const count = pieces.length / 2;
  const order = Array.from({ length: count }, (_, i) => i);
  order.sort((a, b) => (pieces[2 * a] as number) - (pieces[2 * b] as number));
  const starts: number[] = [];
  const ends: number[] = [];
  for (const i of order) {
    const pieceStart = pieces[2 * i] as number;
    const pieceEnd = pieces[2 * i + 1] as number;
    const last = ends.length - 1;
    if (last >= 0 && pieceStart <= (ends[last] as number)) {
      if (pieceEnd > (ends[last] as number)) ends[last] = pieceEnd;
    } else {
      starts.push(pieceStart);
      ends.push(pieceEnd);
    }
  }
  const before = new Float64Array(starts.length + 1);
  for (let i = 0; i < starts.length; i++) {
    before[i + 1] = (before[i] as number) + (ends[i] as number) - (starts[i] as number);
  }
  return {
    start,
    end,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    before,
    total: before[starts.length] as number,
    segments,
  };
}

/**
 * Parses and checks calendar rules once, returning an object that computes open intervals lazily
 * (per ~128-day window, cached inside it). Reuse it across calls. Throws `RangeError` for an unknown
 * zone or a malformed `"HH:MM"`; overlapping ranges are merged, zero-length ones ignored.
 *
 * @example
 * const calendar = compileCalendar({
 *   timeZone: 'Asia/Tokyo',
 *   weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] },
 *   closedDays: new Map([['2027-05-03', { reason: 'holiday', name: 'Constitution Memorial Day' }]]),
 *   openings: new Map(),
 * });
 */
export function compileCalendar(rules: CalendarRules): CompiledCalendar {
  return new CompiledCalendar(rules);
}
