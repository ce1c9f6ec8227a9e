import { IANAZone } from 'luxon';
import type { HoursIssue, Weekday } from './business-time-types.js';
import { WEEKDAYS, parseWallTime } from './wall-clock.js';

interface CheckedRange {
  index: number;
  start: number;
  /** Minutes from the start of the day the range starts on; above 1440 for overnight ranges. */
  end: number;
  text: string;
}

/** Checks shape and syntax of a list of ranges, returning the well-formed ones for overlap checks. */
function checkRanges(ranges: unknown, path: string, issues: HoursIssue[]): CheckedRange[] {
  if (!Array.isArray(ranges)) {
    issues.push({ path, message: 'must be an array of ["HH:MM","HH:MM"] ranges' });
    return [];
  }
  const checked: CheckedRange[] = [];
  ranges.forEach((range: unknown, index: number) => {
    const rangePath = `${path}/${index}`;
    if (!Array.isArray(range) || range.length !== 2) {
      issues.push({ path: rangePath, message: 'must be a ["HH:MM","HH:MM"] pair' });
      return;
    }
    const start = parseWallTime(range[0], false);
    const end = parseWallTime(range[1], true);
    if (start === null) {
      const why = range[0] === '24:00' ? '"24:00" is only allowed as an end' : 'must be a time "HH:MM" from 00:00 to 23:59';
      issues.push({ path: `${rangePath}/0`, message: why });
    }
    if (end === null) issues.push({ path: `${rangePath}/1`, message: 'must be a time "HH:MM" from 00:00 to 24:00' });
    if (start === null || end === null) return;
    if (end === start) {
      issues.push({ path: rangePath, message: 'must not be zero-length (start equals end)' });
      return;
    }
    checked.push({ index, start, end: end < start ? end + 1440 : end, text: `${String(range[0])}–${String(range[1])}` });
  });
  return checked;
}

/** Reports ranges of one day that overlap each other (touching is fine). */
function checkOverlaps(ranges: CheckedRange[], path: string, issues: HoursIssue[]): void {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const current = sorted[i] as CheckedRange;
    for (let j = 0; j < i; j++) {
      const earlier = sorted[j] as CheckedRange;
      if (current.start < earlier.end) {
        issues.push({ path: `${path}/${current.index}`, message: `overlaps ${earlier.text} on the same day` });
        break;
      }
    }
  }
}

/**
 * Validates one day's list of ranges (e.g. an opening's `hours`): `"HH:MM"` syntax (00:00–23:59, and
 * `"24:00"` as an end only), no zero-length range, no two ranges overlapping. Paths are JSON Pointers
 * under `path`.
 *
 * @example
 * validateTimeRanges([['09:00', '12:00'], ['11:00', '18:00']], '/openings/0/hours');
 * // → [{ path: '/openings/0/hours/1', message: 'overlaps 09:00–12:00 on the same day' }]
 */
export function validateTimeRanges(ranges: unknown, path: string): HoursIssue[] {
  const issues: HoursIssue[] = [];
  checkOverlaps(checkRanges(ranges, path, issues), path, issues);
  return issues;
}

/**
 * Validates weekly hours: an object keyed by `mon`…`sun` only, each a valid list of ranges (see
 * {@link validateTimeRanges}). An overnight range may not run into the next day's first ranges
 * (`sun` wraps to `mon`): the merged result would silently hide a typo.
 *
 * @example
 * validateWeeklyHours({ mon: [['22:00', '06:00']], tue: [['05:00', '09:00']] }, '/hours/default');
 * // → [{ path: '/hours/default/tue/0', message: 'overlaps mon 22:00–06:00, which runs past midnight' }]
 */
export function validateWeeklyHours(hours: unknown, path: string): HoursIssue[] {
  const issues: HoursIssue[] = [];
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    issues.push({ path, message: 'must be an object keyed by weekday (mon…sun)' });
    return issues;
  }
  const byDay = new Map<Weekday, CheckedRange[]>();
  for (const [key, ranges] of Object.entries(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      issues.push({ path: `${path}/${key}`, message: 'unknown weekday; use mon, tue, wed, thu, fri, sat or sun' });
      continue;
    }
    const dayPath = `${path}/${key}`;
    const checked = checkRanges(ranges, dayPath, issues);
    checkOverlaps(checked, dayPath, issues);
    byDay.set(key as Weekday, checked);
  }
  WEEKDAYS.forEach((day, dayIndex) => {
    const nextDay = WEEKDAYS[(dayIndex + 1) % 7] as Weekday;
    const next = byDay.get(nextDay) ?? [];
    for (const overnight of byDay.get(day) ?? []) {
      if (overnight.end <= 1440) continue;
      const spill = overnight.end - 1440;
      for (const range of next) {
        if (range.start < spill) {
          issues.push({
            path: `${path}/${nextDay}/${range.index}`,
            message: `overlaps ${day} ${overnight.text}, which runs past midnight`,
          });
        }
      }
    }
  });
  return issues;
}

/**
 * Whether `zone` is an IANA time zone name the runtime knows (`Asia/Tokyo`, `UTC`); offsets such as
 * `+09:00` are refused because they have no DST rules.
 *
 * @example
 * isValidTimeZone('Asia/Kathmandu'); // true
 * isValidTimeZone('Mars/Olympus');   // false
 */
export function isValidTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && /^[A-Za-z]/.test(zone) && IANAZone.isValidZone(zone);
}
