import { IANAZone } from 'luxon';
import { HOUR_MS } from './wall-clock.js';

/**
 * The UTC offset of a zone over a span, as constant-offset segments: segment `i` covers
 * `[starts[i], starts[i + 1])` (the last one runs to the span end) with wall time = UTC + `offsets[i]`.
 */
export interface OffsetSegments {
  readonly starts: Float64Array;
  readonly offsets: Float64Array;
}

// Every real zone keeps one offset for weeks at least, so a change between two samples is a single
// transition that a bisection can pin down.
const SAMPLE_STEP_MS = 24 * HOUR_MS;

// luxon asks Intl for each offset (~5 µs), so spans are remembered per zone; calendars sharing a zone
// (a market's channels) share the work. Bounded so a long-running process cannot grow it forever.
const MEMO_LIMIT = 1024;
const memo = new Map<string, OffsetSegments>();

function offsetMs(zone: IANAZone, at: number): number {
  return Math.round(zone.offset(at) * 60_000);
}

/**
 * Finds the offset segments of `timeZone` over `[from, to)` by sampling luxon's zone daily and
 * bisecting each change to the second. Results are memoised (bounded) since they never change.
 *
 * @example
 * const segments = offsetSegments('Europe/London', Date.UTC(2027, 2, 1), Date.UTC(2027, 4, 1));
 * segments.starts.length; // 2: GMT, then BST from 2027-03-28T01:00Z
 */
export function offsetSegments(timeZone: string, from: number, to: number): OffsetSegments {
  const key = `${timeZone} ${from} ${to}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const computed = computeSegments(timeZone, from, to);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value as string);
  memo.set(key, computed);
  return computed;
}

function computeSegments(timeZone: string, from: number, to: number): OffsetSegments {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const starts = [from];
  const offsets = [offsetMs(zone, from)];
  let previousAt = from;
  let previousOffset = offsets[0] as number;
  while (previousAt < to) {
    const at = Math.min(previousAt + SAMPLE_STEP_MS, to);
    const offset = offsetMs(zone, at);
    if (offset !== previousOffset) {
      // Transitions fall on whole seconds; bisect in seconds for the first instant with the new offset.
      let low = Math.floor(previousAt / 1000);
      let high = Math.ceil(at / 1000);
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetMs(zone, middle * 1000) === previousOffset) low = middle;
        else high = middle;
      }
      starts.push(high * 1000);
      offsets.push(offset);
      previousOffset = offset;
    }
    previousAt = at;
  }
  return { starts: Float64Array.from(starts), offsets: Float64Array.from(offsets) };
}

/**
 * Wall-clock offset at an instant, looked up in precomputed segments.
 *
 * @example
 * offsetAt(segments, Date.UTC(2027, 5, 1)); // 3_600_000 for London in summer
 */
export function offsetAt(segments: OffsetSegments, at: number): number {
  const { starts, offsets } = segments;
  let index = 0;
  // A window holds at most a handful of segments, so a linear scan beats a bisection.
  while (index + 1 < starts.length && (starts[index + 1] as number) <= at) index++;
  return offsets[index] as number;
}
