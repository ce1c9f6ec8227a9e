import { DateTime } from 'luxon';
import {
  availabilityAt, compileCalendar, isValidTimeZone, validateTimeRanges, validateWeeklyHours, type ClosedDay,
  type CompiledCalendar, type HoursIssue, type TimeRange, type WeeklyHours,
} from '../business-time/index.js';
import type { AgentSchedule, ShiftState } from './routing-types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** Longest time off one entry may cover; longer absences are a disabled agent, not time off. */
export const MAX_TIME_OFF_DAYS = 366;

function dayNumber(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  // Luxon refuses 2027-02-30 instead of rolling it over to March.
  const date = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone: 'utc' });
  return date.isValid ? Math.round(date.toMillis() / DAY_MS) : null;
}

function isoDate(day: number): string {
  return DateTime.fromMillis(day * DAY_MS, { zone: 'utc' }).toISODate() ?? '';
}

/**
 * Checks an agent's schedule: a known time zone, weekly shifts without malformed or overlapping intervals
 * (an overnight shift may not run into the next day's first shift), exceptions on real dates (each date once,
 * valid hours), and time off as inclusive date ranges (`from` ≤ `to`, at most a year, not overlapping each
 * other, no exception inside time off). Paths are JSON Pointers under `path`.
 *
 * @example
 * validateAgentSchedule({ timeZone: 'Asia/Tokyo', shifts: { mon: [['09:00', '18:00'], ['17:00', '20:00']] }, exceptions: [], timeOff: [] }, '/body');
 * // [{ path: '/body/shifts/mon/1', message: 'overlaps 09:00–18:00 on the same day' }]
 */
export function validateAgentSchedule(schedule: {
  timeZone?: unknown; shifts?: unknown; exceptions?: unknown; timeOff?: unknown;
}, path = ''): HoursIssue[] {
  const issues: HoursIssue[] = [];
  if (schedule.timeZone !== undefined && schedule.timeZone !== null && !isValidTimeZone(schedule.timeZone)) {
    issues.push({ path: `${path}/timeZone`, message: `"${String(schedule.timeZone)}" is not an IANA time zone` });
  }
  if (schedule.shifts !== undefined) issues.push(...validateWeeklyHours(schedule.shifts, `${path}/shifts`));

  const exceptionDays = new Map<number, number>();
  if (schedule.exceptions !== undefined) {
    if (!Array.isArray(schedule.exceptions)) issues.push({ path: `${path}/exceptions`, message: 'must be an array' });
    else schedule.exceptions.forEach((e: unknown, i: number) => {
      const at = `${path}/exceptions/${i}`;
      if (typeof e !== 'object' || e === null) { issues.push({ path: at, message: 'must be { date, hours }' }); return; }
      const { date, hours } = e as { date?: unknown; hours?: unknown };
      const day = typeof date === 'string' ? dayNumber(date) : null;
      if (day === null) issues.push({ path: `${at}/date`, message: 'must be a real date YYYY-MM-DD' });
      else if (exceptionDays.has(day)) issues.push({ path: `${at}/date`, message: `${String(date)} is listed twice` });
      else exceptionDays.set(day, i);
      issues.push(...validateTimeRanges(hours, `${at}/hours`));
    });
  }

  if (schedule.timeOff !== undefined) {
    if (!Array.isArray(schedule.timeOff)) issues.push({ path: `${path}/timeOff`, message: 'must be an array' });
    else {
      const spans: Array<{ from: number; to: number; i: number }> = [];
      schedule.timeOff.forEach((t: unknown, i: number) => {
        const at = `${path}/timeOff/${i}`;
        if (typeof t !== 'object' || t === null) { issues.push({ path: at, message: 'must be { from, to }' }); return; }
        const { from, to } = t as { from?: unknown; to?: unknown };
        const a = typeof from === 'string' ? dayNumber(from) : null;
        const b = typeof to === 'string' ? dayNumber(to) : null;
        if (a === null) issues.push({ path: `${at}/from`, message: 'must be a real date YYYY-MM-DD' });
        if (b === null) issues.push({ path: `${at}/to`, message: 'must be a real date YYYY-MM-DD' });
        if (a === null || b === null) return;
        if (b < a) { issues.push({ path: `${at}/to`, message: 'must not be before from' }); return; }
        if (b - a + 1 > MAX_TIME_OFF_DAYS) { issues.push({ path: `${at}/to`, message: `time off may cover at most ${MAX_TIME_OFF_DAYS} days` }); return; }
        spans.push({ from: a, to: b, i });
      });
      spans.sort((x, y) => x.from - y.from);
      for (let k = 1; k < spans.length; k++) {
        if (spans[k]!.from <= spans[k - 1]!.to) {
          issues.push({ path: `${path}/timeOff/${spans[k]!.i}`, message: `overlaps ${isoDate(spans[k - 1]!.from)}…${isoDate(spans[k - 1]!.to)}` });
        }
      }
      for (const [day, i] of exceptionDays) {
        const inside = spans.find((s) => day >= s.from && day <= s.to);
        if (inside) issues.push({ path: `${path}/exceptions/${i}/date`, message: `falls inside time off ${isoDate(inside.from)}…${isoDate(inside.to)}` });
      }
    }
  }
  return issues;
}

/**
 * An agent's schedule compiled for fast "on shift?" questions: weekly shifts in the agent's zone, exceptions as
 * the hours of their date (an empty list is a day off), time off as closed dates. Built on the business-time
 * engine, so overnight shifts and DST behave like market hours do.
 *
 * @example
 * const calendar = compileAgentSchedule({ timeZone: 'Asia/Tokyo', shifts: { mon: [['22:00', '06:00']] }, exceptions: [], timeOff: [] });
 */
export function compileAgentSchedule(schedule: AgentSchedule): CompiledCalendar {
  const closedDays = new Map<string, ClosedDay>();
  for (const off of schedule.timeOff) {
    const a = dayNumber(off.from);
    const b = dayNumber(off.to);
    if (a === null || b === null) continue;
    for (let d = a; d <= b && d - a < MAX_TIME_OFF_DAYS; d++) closedDays.set(isoDate(d), { reason: 'closure', name: off.reason ?? 'time off' });
  }
  const openings = new Map<string, readonly TimeRange[]>();
  for (const e of schedule.exceptions) openings.set(e.date, e.hours);
  return compileCalendar({ timeZone: schedule.timeZone, weekly: schedule.shifts as WeeklyHours, closedDays, openings });
}

/**
 * Whether the agent is on shift at `atMs`, when that shift ends, or when the next one starts.
 *
 * @example
 * shiftStateAt(calendar, Date.parse('2027-05-03T14:00:00Z')); // { onShift: true, endsAt: …, nextStartAt: null }
 */
export function shiftStateAt(calendar: CompiledCalendar, atMs: number): ShiftState {
  const a = availabilityAt(calendar, atMs);
  return { onShift: a.open, endsAt: a.open ? a.closesAt : null, nextStartAt: a.open ? null : a.nextOpenAt };
}

/**
 * The wall-clock time `HH:MM` in a zone, and the zone's city ("Asia/Tokyo" → "Tokyo") for explanations.
 *
 * @example
 * localClock(Date.parse('2027-05-03T01:12:00Z'), 'Asia/Tokyo'); // { city: 'Tokyo', time: '10:12' }
 */
export function localClock(atMs: number, timeZone: string): { city: string; time: string } {
  let format = clockFormats.get(timeZone);
  if (!format) {
    // One formatter per zone: building one (or a Luxon zone) per call costs more than the whole routing decision.
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  const city = (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
  return { city, time: format.format(atMs) };
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();
