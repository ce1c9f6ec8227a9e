// Business-time deadline benchmark: one million random deadlines over the built-in market presets (every preset,
// every hours entry: `default` plus the channels with their own hours, public holidays with Borderless' corrections
// and make-up workdays, 2026–2030), against a naive minute-stepping baseline measured in the same run, plus the
// product path (CalendarService: cache lookup + deadline). Run: npm run bench:time
import { IANAZone } from 'luxon';
import {
  addOpenTime,
  compileCalendar,
  openTimeBetween,
  type CalendarRules,
  type TimeRange,
  type Weekday,
} from '../src/domain/business-time/index.js';
import { marketPresets, presetToMarketDocument, toCalendarRules } from '../src/domain/markets/index.js';
import { CalendarService, type MarketCalendar } from '../src/markets/index.js';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const DEADLINES = Number(process.env.BENCH_DEADLINES ?? 1_000_000);
const BASELINE_DEADLINES = Number(process.env.BENCH_BASELINE_DEADLINES ?? 150);
const SERVICE_DEADLINES = Number(process.env.BENCH_SERVICE_DEADLINES ?? 200_000);
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

interface BenchCalendar {
  market: MarketCalendar;
  channel: string;
  rules: CalendarRules;
}

const rulesStart = process.hrtime.bigint();
const CALENDARS: BenchCalendar[] = marketPresets.flatMap((preset) => {
  const doc = presetToMarketDocument(preset);
  const market = { code: preset.code, ...doc } as unknown as MarketCalendar;
  return Object.keys(doc.hours).map((channel) => ({ market, channel, rules: toCalendarRules(doc, channel, { from: 2026, to: 2030 }) }));
});
const RULES: CalendarRules[] = CALENDARS.map((c) => c.rules);
const rulesMs = Number(process.hrtime.bigint() - rulesStart) / 1e6;
const MARKETS = marketPresets;

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

// Product path: the CalendarService the API and the SLA clocks use — find the market's compiled calendar in the
// cache (content fingerprint, memoised per market object), then the engine. Warmed like the engine above.
const service = new CalendarService();
for (const c of CALENDARS) {
  const warm = service.calendarFor(c.market, c.channel, FROM_START, FROM_START + FROM_SPAN + 3 * 366 * DAY);
  openTimeBetween(warm, FROM_START, FROM_START + FROM_SPAN + 120 * DAY);
}
const serviceSamples = new Float64Array(Math.floor(SERVICE_DEADLINES / BATCH));
let serviceMismatches = 0;
for (let b = 0; b < serviceSamples.length; b++) {
  const begin = process.hrtime.bigint();
  for (let i = b * BATCH, end = i + BATCH; i < end; i++) {
    const c = CALENDARS[calendarOf[i] as number]!;
    const due = service.deadline(c.market, c.channel, fromOf[i] as number, durationOf[i] as number);
    if ((due ?? Number.NaN) !== results[i] && !(due === null && Number.isNaN(results[i] as number))) serviceMismatches++;
  }
  serviceSamples[b] = Number(process.hrtime.bigint() - begin) / 1e3 / BATCH;
}
serviceSamples.sort();
const serviceMedian = percentile(serviceSamples, 0.5);
const serviceP99 = percentile(serviceSamples, 0.99);

const fmt = (n: number, digits = 2): string => n.toFixed(digits);
console.log(`business-time bench: ${RULES.length} calendars (${MARKETS.length} presets x their hours entries), node ${process.version}`);
console.log(`rules: ${fmt(rulesMs, 0)} ms to resolve holidays and openings 2026-2030 for every calendar`);
console.log(`compile: ${fmt(compileMs, 0)} ms for ~${windows} windows (${fmt(compileMs / windows)} ms per 128-day window)`);
console.log(`engine:   ${DEADLINES.toLocaleString('en')} deadlines in ${fmt(engineTotalMs, 0)} ms; per deadline median ${fmt(engineMedian, 3)} µs, p99 ${fmt(engineP99, 3)} µs (batches of ${BATCH}); ${nulls} null`);
console.log(`stepping: ${BASELINE_DEADLINES} deadlines; per deadline median ${fmt(baselineMedian, 0)} µs, p99 ${fmt(baselineP99, 0)} µs; ${mismatches} disagreements with the engine`);
console.log(`service:  ${SERVICE_DEADLINES.toLocaleString('en')} deadlines through CalendarService; per deadline median ${fmt(serviceMedian, 3)} µs, p99 ${fmt(serviceP99, 3)} µs; ${serviceMismatches} disagreements with the engine`);
console.log(`speed-up: ${fmt(baselineMedian / engineMedian, 0)}x at the median (target >= 1000x); median target < 5 µs: ${engineMedian < 5 ? 'met' : 'MISSED'}`);
