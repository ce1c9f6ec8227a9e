// Compares the compiled engine with a deliberately naive oracle that walks time minute by minute and
// asks luxon what the market's wall clock reads, on random rules, zones, closed days and instants.
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addOpenTime,
  availabilityAt,
  compileCalendar,
  openTimeBetween,
  type CalendarRules,
  type ClosedDay,
  type TimeRange,
  type Weekday,
  type WeeklyHours,
} from '../../../src/domain/business-time/index.js';

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
// The oracle gives up after this much stepping; the engine must then agree that nothing happens sooner.
const ORACLE_LIMIT = 21 * DAY;

const ZONES = [
  'America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Asia/Kolkata',
  'America/St_Johns', 'Pacific/Chatham', 'America/Santiago', 'America/Havana', 'Europe/Dublin', 'Asia/Tokyo',
  'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Adelaide', 'America/Sao_Paulo', 'UTC',
] as const;

// DST changes of 2027 in the zones above, so random instants often land next to one.
const TRANSITIONS = [
  '2027-03-14T07:00:00Z', '2027-11-07T06:00:00Z', '2027-03-28T01:00:00Z', '2027-10-31T01:00:00Z',
  '2027-04-03T15:00:00Z', '2027-10-02T15:30:00Z', '2027-04-03T14:00:00Z', '2027-09-25T14:00:00Z',
  '2027-04-04T03:00:00Z', '2027-09-05T04:00:00Z', '2027-03-14T05:00:00Z', '2027-11-07T05:00:00Z',
].map((text) => Date.parse(text));

const WEEKDAY_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const rangeArb: fc.Arbitrary<TimeRange> = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 95 }).map((q) => q * 15), fc.integer({ min: 0, max: 1439 })),
    fc.oneof(fc.integer({ min: 0, max: 95 }).map((q) => q * 15), fc.integer({ min: 0, max: 1439 }), fc.constant(1440)),
  )
  .filter(([start, end]) => start !== end && !(start === 0 && end === 0))
  .map(([start, end]): TimeRange => [hhmm(start), hhmm(end)]);

const weeklyArb: fc.Arbitrary<WeeklyHours> = fc
  .array(fc.option(fc.array(rangeArb, { minLength: 1, maxLength: 3 }), { nil: undefined }), { minLength: 7, maxLength: 7 })
  .map((days) => {
    const weekly: WeeklyHours = {};
    days.forEach((ranges, index) => {
      if (ranges !== undefined) weekly[WEEKDAY_KEYS[index] as Weekday] = ranges;
    });
    return weekly;
  });

const fromArb = fc.oneof(
  fc.integer({ min: Date.parse('2026-11-01T00:00:00Z') / MINUTE, max: Date.parse('2028-12-31T00:00:00Z') / MINUTE }).map((m) => m * MINUTE),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -4 * 1440, max: 2 * 1440 })).map(([t, m]) => t + m * MINUTE),
);

/** Days relative to `from`'s local date that are closed or have an opening. */
const exceptionsArb = fc.array(
  fc.record({
    dayOffset: fc.integer({ min: -2, max: 15 }),
    kind: fc.constantFrom('holiday', 'closure', 'opening', 'holiday+opening'),
    hours: fc.array(rangeArb, { minLength: 0, maxLength: 2 }),
  }),
  { maxLength: 5 },
);

interface Scenario {
  rules: CalendarRules;
  from: number;
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ zone: fc.constantFrom(...ZONES), weekly: weeklyArb, from: fromArb, exceptions: exceptionsArb })
  .map(({ zone, weekly, from, exceptions }) => {
    const closedDays = new Map<string, ClosedDay>();
    const openings = new Map<string, readonly TimeRange[]>();
    const localDate = DateTime.fromMillis(from, { zone }).startOf('day');
    for (const { dayOffset, kind, hours } of exceptions) {
      const date = localDate.plus({ days: dayOffset }).toISODate() as string;
      if (kind === 'holiday' || kind === 'holiday+opening') closedDays.set(date, { reason: 'holiday', name: `H ${date}` });
      if (kind === 'closure') closedDays.set(date, { reason: 'closure', name: `C ${date}` });
      if (kind === 'opening' || kind === 'holiday+opening') openings.set(date, hours);
    }
    return { rules: { timeZone: zone, weekly, closedDays, openings }, from };
  });

/** The naive reference: is the wall clock at minute `t` inside the hours of its date or of the previous date? */
class MinuteOracle {
  readonly #zone: IANAZone;
  readonly #dates = new Map<number, { iso: string; weekday: Weekday }>();

  constructor(private readonly rules: CalendarRules) {
    this.#zone = IANAZone.create(rules.timeZone);
  }

  #date(dayNumber: number): { iso: string; weekday: Weekday } {
    let date = this.#dates.get(dayNumber);
    if (date === undefined) {
      const midnight = DateTime.fromMillis(dayNumber * DAY, { zone: 'utc' });
      date = { iso: midnight.toISODate() as string, weekday: WEEKDAY_KEYS[midnight.weekday - 1] as Weekday };
      this.#dates.set(dayNumber, date);
    }
    return date;
  }

  #hours(dayNumber: number): readonly TimeRange[] {
    const { iso, weekday } = this.#date(dayNumber);
    const opening = this.rules.openings.get(iso);
    if (opening !== undefined) return opening;
    if (this.rules.closedDays.has(iso)) return [];
    return this.rules.weekly[weekday] ?? [];
  }

  static minutes(text: string): number {
    const [h, m] = text.split(':');
    return Number(h) * 60 + Number(m);
  }

  isOpen(t: number): boolean {
    const wall = t + this.#zone.offset(t) * MINUTE;
    const dayNumber = Math.floor(wall / DAY);
    const minute = Math.round((wall - dayNumber * DAY) / MINUTE);
    for (const [back, shift] of [[0, 0], [1, 1440]] as const) {
      for (const [startText, endText] of this.#hours(dayNumber - back)) {
        const start = MinuteOracle.minutes(startText);
        let end = MinuteOracle.minutes(endText);
        if (end < start) end += 1440;
        if (minute + shift >= start && minute + shift < end) return true;
      }
    }
    return false;
  }

  addOpenTime(from: number, duration: number): number | null {
    let remaining = duration;
    for (let t = from; t < from + ORACLE_LIMIT; t += MINUTE) {
      if (!this.isOpen(t)) continue;
      if (remaining === 0) return t;
      remaining -= MINUTE;
      if (remaining === 0) return t + MINUTE;
    }
    return null;
  }

  openTimeBetween(from: number, to: number): number {
    let total = 0;
    for (let t = from; t < to; t += MINUTE) if (this.isOpen(t)) total += MINUTE;
    return total;
  }

  firstWhere(from: number, open: boolean): number | null {
    for (let t = from; t < from + ORACLE_LIMIT; t += MINUTE) if (this.isOpen(t) === open) return t;
    return null;
  }

  reasonAt(t: number): { reason: 'holiday' | 'closure' | 'hours'; holidayName: string | null } {
    const date = DateTime.fromMillis(t, { zone: this.rules.timeZone }).toISODate() as string;
    const closed = this.rules.closedDays.get(date);
    if (closed === undefined || this.rules.openings.has(date)) return { reason: 'hours', holidayName: null };
    return { reason: closed.reason, holidayName: closed.name };
  }
}

/** The engine's answer must equal the oracle's, or both must find nothing within the oracle's reach. */
function expectSameWithinLimit(engine: number | null, oracle: number | null, from: number): void {
  if (oracle === null) {
    if (engine !== null) expect(engine).toBeGreaterThanOrEqual(from + ORACLE_LIMIT - MINUTE);
  } else {
    expect(engine === null ? null : new Date(engine).toISOString()).toBe(new Date(oracle).toISOString());
  }
}

describe('business time against a minute-stepping oracle', () => {
  it('addOpenTime matches', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 4 * 1440 }), ({ rules, from }, minutes) => {
        const oracle = new MinuteOracle(rules);
        const duration = minutes * MINUTE;
        expectSameWithinLimit(addOpenTime(compileCalendar(rules), from, duration), oracle.addOpenTime(from, duration), from);
      }),
      { numRuns: 120 },
    );
  });

  it('openTimeBetween matches', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: -60, max: 8 * 1440 }), ({ rules, from }, minutes) => {
        const oracle = new MinuteOracle(rules);
        const to = from + minutes * MINUTE;
        expect(openTimeBetween(compileCalendar(rules), from, to)).toBe(oracle.openTimeBetween(from, to));
      }),
      { numRuns: 120 },
    );
  });

  it('availabilityAt matches', () => {
    fc.assert(
      fc.property(scenarioArb, ({ rules, from }) => {
        const oracle = new MinuteOracle(rules);
        const actual = availabilityAt(compileCalendar(rules), from);
        const open = oracle.isOpen(from);
        expect(actual.open).toBe(open);
        if (open) {
          expect(actual).toMatchObject({ nextOpenAt: null, reason: null, holidayName: null });
          expectSameWithinLimit(actual.closesAt, oracle.firstWhere(from, false), from);
        } else {
          expect(actual.closesAt).toBeNull();
          expect({ reason: actual.reason, holidayName: actual.holidayName }).toEqual(oracle.reasonAt(from));
          expectSameWithinLimit(actual.nextOpenAt, oracle.firstWhere(from, true), from);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('one compiled calendar gives the same answers as fresh ones, in any order', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.tuple(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 5 * 1440 })), { minLength: 1, maxLength: 8 }), ({ rules, from }, queries) => {
        const shared = compileCalendar(rules);
        for (const [dayShift, minutes] of queries) {
          const start = from + dayShift * DAY;
          expect(addOpenTime(shared, start, minutes * MINUTE)).toBe(addOpenTime(compileCalendar(rules), start, minutes * MINUTE));
        }
      }),
      { numRuns: 40 },
    );
  });
});
