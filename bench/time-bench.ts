// Business-time deadline benchmark: one million random deadlines on realistic market calendars,
// against a naive minute-stepping baseline measured in the same run. Run: npx tsx bench/time-bench.ts
import Holidays from 'date-holidays';
import { IANAZone } from 'luxon';
import {
  addOpenTime,
  compileCalendar,
  openTimeBetween,
  type CalendarRules,
  type ClosedDay,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from '../src/domain/business-time/index.js';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 1_000_000);
const BASELINE_DEADLINES = Number(process.env.BENCH_BASELINE_DEADLINES ?? 150);
const BATCH = 100;
const FROM_START = Date.parse('2027-01-01T00:00:00Z');
const FROM_SPAN = 2 * 365 * DAY;

// Seeded so two runs measure the same work.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Days = readonly Weekday[];
const MON_FRI: Days = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_SAT: Days = [...MON_FRI, 'sat'];
const SUN_THU: Days = ['sun', 'mon', 'tue', 'wed', 'thu'];
const ALL: Days = [...MON_SAT, 'sun'];

function hours(days: Days, ...ranges: TimeRange[]): WeeklyHours {
  const weekly: WeeklyHours = {};
  for (const day of days) weekly[day] = ranges;
  return weekly;
}

interface MarketSpec {
  country: string;
  timeZone: string;
  email: WeeklyHours;
  phone: WeeklyHours;
  chat: WeeklyHours;
  closures?: Array<[string, string, string]>;
  openings?: Array<[string, TimeRange[]]>;
}

const MARKETS: MarketSpec[] = [
  { country: 'JP', timeZone: 'Asia/Tokyo', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['10:00', '17:00']), chat: hours(MON_SAT, ['09:00', '21:00']),
    closures: [['2027-12-29', '2028-01-03', 'Year-end'], ['2028-12-29', '2029-01-03', 'Year-end']] },
  { country: 'CN', timeZone: 'Asia/Shanghai', email: hours(MON_FRI, ['09:00', '12:00'], ['13:30', '18:00']), phone: hours(MON_FRI, ['09:00', '12:00'], ['13:30', '17:30']), chat: hours(ALL, ['08:00', '22:00']),
    openings: [['2027-02-06', [['09:00', '12:00'], ['13:30', '18:00']]], ['2027-02-20', [['09:00', '12:00'], ['13:30', '18:00']]], ['2027-09-26', [['09:00', '12:00'], ['13:30', '18:00']]]] },
  { country: 'KR', timeZone: 'Asia/Seoul', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:00', '12:00'], ['13:00', '18:00']), chat: hours(ALL, ['09:00', '24:00']) },
  { country: 'TW', timeZone: 'Asia/Taipei', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:00', '12:30'], ['13:30', '18:00']), chat: hours(MON_SAT, ['09:00', '21:00']) },
  { country: 'HK', timeZone: 'Asia/Hong_Kong', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:30', '17:30']), chat: hours(ALL, ['09:00', '23:00']) },
  { country: 'SG', timeZone: 'Asia/Singapore', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:00', '17:00']), chat: hours(ALL, ['08:00', '22:00']) },
  { country: 'IN', timeZone: 'Asia/Kolkata', email: hours(MON_SAT, ['09:30', '18:30']), phone: hours(MON_SAT, ['10:00', '18:00']), chat: hours(ALL, ['08:00', '23:00']) },
  { country: 'AE', timeZone: 'Asia/Dubai', email: { ...hours(['mon', 'tue', 'wed', 'thu'], ['07:30', '15:30']), fri: [['07:30', '12:00']] }, phone: hours(['mon', 'tue', 'wed', 'thu', 'fri'], ['08:00', '12:00']), chat: hours(ALL, ['08:00', '22:00']) },
  { country: 'SA', timeZone: 'Asia/Riyadh', email: hours(SUN_THU, ['09:00', '17:00']), phone: hours(SUN_THU, ['09:00', '16:00']), chat: hours(ALL, ['10:00', '02:00']) },
  { country: 'IL', timeZone: 'Asia/Jerusalem', email: { ...hours(SUN_THU, ['09:00', '18:00']), fri: [['09:00', '13:00']] }, phone: hours(SUN_THU, ['09:00', '17:00']), chat: hours(SUN_THU, ['08:00', '20:00']) },
  { country: 'TR', timeZone: 'Europe/Istanbul', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:00', '12:30'], ['13:30', '18:00']), chat: hours(MON_SAT, ['09:00', '22:00']) },
  { country: 'DE', timeZone: 'Europe/Berlin', email: hours(MON_FRI, ['08:00', '17:00']), phone: hours(MON_FRI, ['09:00', '16:00']), chat: hours(MON_SAT, ['08:00', '20:00']) },
  { country: 'FR', timeZone: 'Europe/Paris', email: hours(MON_FRI, ['09:00', '12:30'], ['14:00', '18:00']), phone: hours(MON_FRI, ['09:00', '12:00'], ['14:00', '17:00']), chat: hours(MON_SAT, ['09:00', '19:00']) },
  { country: 'ES', timeZone: 'Europe/Madrid', email: hours(MON_FRI, ['09:00', '14:00'], ['16:00', '19:00']), phone: hours(MON_FRI, ['09:00', '14:00']), chat: hours(MON_SAT, ['09:00', '21:00']) },
  { country: 'IT', timeZone: 'Europe/Rome', email: hours(MON_FRI, ['09:00', '13:00'], ['14:00', '18:00']), phone: hours(MON_FRI, ['09:00', '13:00']), chat: hours(MON_SAT, ['09:00', '20:00']) },
  { country: 'GB', timeZone: 'Europe/London', email: hours(MON_FRI, ['09:00', '17:30']), phone: hours(MON_FRI, ['09:00', '17:00']), chat: hours(ALL, ['00:00', '24:00']) },
  { country: 'NL', timeZone: 'Europe/Amsterdam', email: hours(MON_FRI, ['08:30', '17:30']), phone: hours(MON_FRI, ['09:00', '17:00']), chat: hours(MON_SAT, ['08:00', '22:00']) },
  { country: 'SE', timeZone: 'Europe/Stockholm', email: hours(MON_FRI, ['08:00', '16:30']), phone: hours(MON_FRI, ['09:00', '15:00']), chat: hours(MON_FRI, ['08:00', '18:00']) },
  { country: 'PL', timeZone: 'Europe/Warsaw', email: hours(MON_FRI, ['08:00', '16:00']), phone: hours(MON_FRI, ['08:00', '16:00']), chat: hours(MON_SAT, ['08:00', '20:00']) },
  { country: 'US', timeZone: 'America/New_York', email: hours(MON_FRI, ['09:00', '17:00']), phone: hours(MON_FRI, ['08:00', '20:00']), chat: hours(ALL, ['00:00', '24:00']) },
  { country: 'US', timeZone: 'America/Los_Angeles', email: hours(MON_FRI, ['08:00', '17:00']), phone: hours(MON_FRI, ['07:00', '19:00']), chat: hours(ALL, ['22:00', '06:00']) },
  { country: 'CA', timeZone: 'America/St_Johns', email: hours(MON_FRI, ['08:30', '16:30']), phone: hours(MON_FRI, ['09:00', '16:00']), chat: hours(MON_SAT, ['08:00', '20:00']) },
  { country: 'MX', timeZone: 'America/Mexico_City', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_SAT, ['09:00', '14:00']), chat: hours(ALL, ['08:00', '22:00']) },
  { country: 'BR', timeZone: 'America/Sao_Paulo', email: hours(MON_FRI, ['08:00', '12:00'], ['13:00', '18:00']), phone: hours(MON_FRI, ['08:00', '18:00']), chat: hours(MON_SAT, ['08:00', '22:00']) },
  { country: 'AR', timeZone: 'America/Argentina/Buenos_Aires', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['10:00', '16:00']), chat: hours(MON_SAT, ['09:00', '21:00']) },
  { country: 'CL', timeZone: 'America/Santiago', email: hours(MON_FRI, ['09:00', '18:00']), phone: hours(MON_FRI, ['09:00', '14:00']), chat: hours(ALL, ['08:00', '24:00']) },
  { country: 'CO', timeZone: 'America/Bogota', email: hours(MON_FRI, ['08:00', '17:00']), phone: hours(MON_SAT, ['08:00', '13:00']), chat: hours(MON_SAT, ['07:00', '21:00']) },
  { country: 'AU', timeZone: 'Australia/Sydney', email: hours(MON_FRI, ['09:00', '17:00']), phone: hours(MON_FRI, ['09:00', '17:00']), chat: hours(ALL, ['08:00', '20:00']) },
  { country: 'NZ', timeZone: 'Pacific/Auckland', email: hours(MON_FRI, ['08:30', '17:00']), phone: hours(MON_FRI, ['09:00', '17:00']), chat: hours(MON_SAT, ['08:00', '20:00']) },
  { country: 'ZA', timeZone: 'Africa/Johannesburg', email: hours(MON_FRI, ['08:00', '17:00']), phone: hours(MON_FRI, ['08:00', '16:30']), chat: hours(MON_SAT, ['08:00', '18:00']) },
  { country: 'NG', timeZone: 'Africa/Lagos', email: hours(MON_FRI, ['08:00', '17:00']), phone: hours(MON_FRI, ['09:00', '16:00']), chat: hours(MON_SAT, ['08:00', '20:00']) },
  { country: 'EG', timeZone: 'Africa/Cairo', email: hours(SUN_THU, ['09:00', '17:00']), phone: hours(SUN_THU, ['10:00', '16:00']), chat: hours(ALL, ['10:00', '23:00']) },
];

function closedDaysOf(spec: MarketSpec): Map<string, ClosedDay> {
  const closed = new Map<string, ClosedDay>();
  const calendar = new Holidays(spec.country);
  for (let year = 2026; year <= 2030; year++) {
    for (const holiday of calendar.getHolidays(year)) {
      if (holiday.type === 'public') closed.set(holiday.date.slice(0, 10), { reason: 'holiday', name: holiday.name });
    }
  }
  for (const [from, to, name] of spec.closures ?? []) {
    for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += DAY) {
      closed.set(new Date(day).toISOString().slice(0, 10), { reason: 'closure', name });
    }
  }
  return closed;
}

const RULES: CalendarRules[] = MARKETS.flatMap((spec) => {
  const closedDays = closedDaysOf(spec);
  const openings = new Map<string, readonly TimeRange[]>(spec.openings ?? []);
  return [spec.email, spec.phone, spec.chat].map((weekly) => ({ timeZone: spec.timeZone, weekly, closedDays, openings }));
});

const SLA_TARGETS = [15, 30, 60, 120, 240, 480, 1440, 2 * 1440, 3 * 1440, 5 * 1440];
const random = mulberry32(20_270_430);
const calendarOf = new Uint16Array(DEADLINES);
const fromOf = new Float64Array(DEADLINES);
const durationOf = new Float64Array(DEADLINES);
for (let i = 0; i < DEADLINES; i++) {
  calendarOf[i] = Math.floor(random() * RULES.length);
  fromOf[i] = FROM_START + Math.floor((random() * FROM_SPAN) / MINUTE) * MINUTE;
  const minutes = random() < 0.5
    ? (SLA_TARGETS[Math.floor(random() * SLA_TARGETS.length)] as number)
    : 15 + Math.floor(random() * (5 * 1440 - 15));
  durationOf[i] = minutes * MINUTE;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

// Compile: the first query in each window builds it; measure that cost on its own.
let compileStart = process.hrtime.bigint();
const calendars = RULES.map((rules) => compileCalendar(rules));
let windows = 0;
for (const calendar of calendars) {
  // openTimeBetween over the whole span touches every window a deadline can reach.
  openTimeBetween(calendar, FROM_START, FROM_START + FROM_SPAN + 120 * DAY);
  windows += Math.ceil((FROM_SPAN + 120 * DAY) / (128 * DAY)) + 1;
}
const compileMs = Number(process.hrtime.bigint() - compileStart) / 1e6;

// Engine: batches of BATCH deadlines; the per-deadline figure of each batch is one sample.
const results = new Float64Array(DEADLINES);
const samples = new Float64Array(Math.floor(DEADLINES / BATCH));
let nulls = 0;
const engineStart = process.hrtime.bigint();
for (let b = 0; b < samples.length; b++) {
  const begin = process.hrtime.bigint();
  for (let i = b * BATCH, end = i + BATCH; i < end; i++) {
    const due = addOpenTime(calendars[calendarOf[i] as number]!, fromOf[i] as number, durationOf[i] as number);
    if (due === null) nulls++;
    results[i] = due ?? Number.NaN;
  }
  samples[b] = Number(process.hrtime.bigint() - begin) / 1e3 / BATCH;
}
const engineTotalMs = Number(process.hrtime.bigint() - engineStart) / 1e6;
samples.sort();
const engineMedian = percentile(samples, 0.5);
const engineP99 = percentile(samples, 0.99);

// Baseline: walk minute by minute, asking luxon for the wall clock each minute, as a naive engine would.
function weekdayOf(dayNumber: number): Weekday {
  return (['thu', 'fri', 'sat', 'sun', 'mon', 'tue', 'wed'] as const)[((dayNumber % 7) + 7) % 7] as Weekday;
}
function minutesOf(text: string): number {
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
function steppingDeadline(rules: CalendarRules, from: number, duration: number): number | null {
  const zone = IANAZone.create(rules.timeZone);
  const hoursOf = (dayNumber: number): readonly TimeRange[] => {
    const date = new Date(dayNumber * DAY).toISOString().slice(0, 10);
    return rules.openings.get(date) ?? (rules.closedDays.has(date) ? [] : rules.weekly[weekdayOf(dayNumber)] ?? []);
  };
  const isOpen = (t: number): boolean => {
    const wall = t + zone.offset(t) * MINUTE;
    const dayNumber = Math.floor(wall / DAY);
    const minute = Math.round((wall - dayNumber * DAY) / MINUTE);
    for (const [back, shift] of [[0, 0], [1, 1440]] as const) {
      for (const [start, endText] of hoursOf(dayNumber - back)) {
        const s = minutesOf(start);
        let e = minutesOf(endText);
        if (e < s) e += 1440;
        if (minute + shift >= s && minute + shift < e) return true;
      }
    }
    return false;
  };
  let remaining = duration;
  for (let t = from; t < from + 366 * DAY; t += MINUTE) {
    if (!isOpen(t)) continue;
    if (remaining === 0) return t;
    remaining -= MINUTE;
    if (remaining === 0) return t + MINUTE;
  }
  return null;
}

const baselineSamples = new Float64Array(BASELINE_DEADLINES);
let mismatches = 0;
for (let i = 0; i < BASELINE_DEADLINES; i++) {
  const begin = process.hrtime.bigint();
  const due = steppingDeadline(RULES[calendarOf[i] as number]!, fromOf[i] as number, durationOf[i] as number);
  baselineSamples[i] = Number(process.hrtime.bigint() - begin) / 1e3;
  const engine = results[i] as number;
  if ((due ?? Number.NaN) !== engine && !(due === null && Number.isNaN(engine))) mismatches++;
}
baselineSamples.sort();
const baselineMedian = percentile(baselineSamples, 0.5);
const baselineP99 = percentile(baselineSamples, 0.99);

const fmt = (n: number, digits = 2): string => n.toFixed(digits);
console.log(`business-time bench: ${RULES.length} calendars (${MARKETS.length} markets x email/phone/chat), node ${process.version}`);
console.log(`compile: ${fmt(compileMs, 0)} ms for ~${windows} windows (${fmt(compileMs / windows)} ms per 128-day window)`);
console.log(`engine:   ${DEADLINES.toLocaleString('en')} deadlines in ${fmt(engineTotalMs, 0)} ms; per deadline median ${fmt(engineMedian, 3)} µs, p99 ${fmt(engineP99, 3)} µs (batches of ${BATCH}); ${nulls} null`);
console.log(`stepping: ${BASELINE_DEADLINES} deadlines; per deadline median ${fmt(baselineMedian, 0)} µs, p99 ${fmt(baselineP99, 0)} µs; ${mismatches} disagreements with the engine`);
console.log(`speed-up: ${fmt(baselineMedian / engineMedian, 0)}x at the median (target >= 1000x); median target < 5 µs: ${engineMedian < 5 ? 'met' : 'MISSED'}`);
