import { describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../../src/domain/business-time/calendar-compiler.js';
import {
  addOpenTime,
  availabilityAt,
  compileCalendar,
  openIntervals,
  openTimeBetween,
  type CalendarRules,
  type ClosedDay,
  type TimeRange,
  type WeeklyHours,
} from '../../../src/domain/business-time/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (text: string): number => Date.parse(text);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function weekdays(...ranges: TimeRange[]): WeeklyHours {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges };
}

function everyDay(...ranges: TimeRange[]): WeeklyHours {
  return { ...weekdays(...ranges), sat: ranges, sun: ranges };
}

function calendar(
  timeZone: string,
  weekly: WeeklyHours,
  closed: Record<string, ClosedDay> = {},
  openings: Record<string, TimeRange[]> = {},
) {
  const rules: CalendarRules = {
    timeZone,
    weekly,
    closedDays: new Map(Object.entries(closed)),
    openings: new Map(Object.entries(openings)),
  };
  return compileCalendar(rules);
}

const holiday = (name: string): ClosedDay => ({ reason: 'holiday', name });
const closure = (name: string): ClosedDay => ({ reason: 'closure', name });

describe('Japan Golden Week (the contract example)', () => {
  const japan = calendar('Asia/Tokyo', weekdays(['09:00', '18:00']), {
    '2027-04-29': holiday('Showa Day'),
    '2027-05-03': holiday('Constitution Memorial Day'),
    '2027-05-04': holiday('Greenery Day'),
    '2027-05-05': holiday("Children's Day"),
  });

  it('puts PT240M from Friday 17:30 JST on the Thursday after the holidays', () => {
    expect(iso(addOpenTime(japan, at('2027-04-30T17:30:00+09:00'), 240 * MINUTE))).toBe('2027-05-06T03:30:00.000Z');
  });

  it('reports the holiday by name and when the market reopens', () => {
    expect(availabilityAt(japan, at('2027-05-04T10:00:00+09:00'))).toEqual({
      open: false,
      closesAt: null,
      nextOpenAt: at('2027-05-06T00:00:00Z'),
      reason: 'holiday',
      holidayName: 'Greenery Day',
    });
  });

  it('says "hours" on a weekend and gives closesAt when open', () => {
    expect(availabilityAt(japan, at('2027-05-01T10:00:00+09:00')).reason).toBe('hours');
    expect(availabilityAt(japan, at('2027-04-30T17:30:00+09:00'))).toEqual({
      open: true,
      closesAt: at('2027-04-30T09:00:00Z'),
      nextOpenAt: null,
      reason: null,
      holidayName: null,
    });
  });

  it('counts 30 minutes of open time over the whole break', () => {
    expect(openTimeBetween(japan, at('2027-04-30T17:30:00+09:00'), at('2027-05-06T09:00:00+09:00'))).toBe(30 * MINUTE);
  });
});

describe('America/New_York spring-forward (2027-03-14, 02:00 → 03:00)', () => {
  it('an interval 01:00–04:00 across the gap lasts 2 real hours', () => {
    const ny = calendar('America/New_York', { sun: [['01:00', '04:00']] });
    expect(openIntervals(ny, at('2027-03-14T00:00:00Z'), at('2027-03-15T00:00:00Z'))).toEqual([
      { start: at('2027-03-14T06:00:00Z'), end: at('2027-03-14T08:00:00Z') },
    ]);
    expect(iso(addOpenTime(ny, at('2027-03-14T01:00:00-05:00'), 90 * MINUTE))).toBe('2027-03-14T07:30:00.000Z');
  });

  it('a start inside the gap moves forward to 03:00 EDT', () => {
    const ny = calendar('America/New_York', { sun: [['02:30', '05:00']] });
    expect(openIntervals(ny, at('2027-03-14T00:00:00Z'), at('2027-03-15T00:00:00Z'))).toEqual([
      { start: at('2027-03-14T03:00:00-04:00'), end: at('2027-03-14T05:00:00-04:00') },
    ]);
    expect(availabilityAt(ny, at('2027-03-14T06:59:00Z')).nextOpenAt).toBe(at('2027-03-14T07:00:00Z'));
  });

  it('an end inside the gap closes at the first existing instant, 03:00 EDT', () => {
    const ny = calendar('America/New_York', { sun: [['00:00', '02:30']] });
    expect(openIntervals(ny, at('2027-03-14T00:00:00Z'), at('2027-03-15T00:00:00Z'))).toEqual([
      { start: at('2027-03-14T05:00:00Z'), end: at('2027-03-14T07:00:00Z') },
    ]);
  });

  it('weekday hours keep their local times the week after the change', () => {
    const ny = calendar('America/New_York', weekdays(['09:00', '17:00']));
    // Friday 16:00 EST + 2 h → 1 h on Friday, 1 h on Monday from 09:00 EDT (13:00Z).
    expect(iso(addOpenTime(ny, at('2027-03-12T16:00:00-05:00'), 2 * HOUR))).toBe('2027-03-15T14:00:00.000Z');
  });
});

describe('America/New_York fall-back (2027-11-07, 02:00 → 01:00)', () => {
  it('an interval 01:00–03:00 on the fall-back night is 3 real hours', () => {
    const ny = calendar('America/New_York', { sun: [['01:00', '03:00']] });
    expect(openIntervals(ny, at('2027-11-07T00:00:00Z'), at('2027-11-08T00:00:00Z'))).toEqual([
      { start: at('2027-11-07T01:00:00-04:00'), end: at('2027-11-07T03:00:00-05:00') },
    ]);
    expect(openTimeBetween(ny, at('2027-11-07T00:00:00Z'), at('2027-11-08T00:00:00Z'))).toBe(3 * HOUR);
  });

  it('an end inside the repeated hour keeps every instant whose wall clock reads inside the hours', () => {
    const ny = calendar('America/New_York', { sun: [['00:00', '01:30']] });
    expect(openIntervals(ny, at('2027-11-07T00:00:00Z'), at('2027-11-08T00:00:00Z'))).toEqual([
      { start: at('2027-11-07T00:00:00-04:00'), end: at('2027-11-07T01:30:00-04:00') },
      { start: at('2027-11-07T01:00:00-05:00'), end: at('2027-11-07T01:30:00-05:00') },
    ]);
  });
});

describe('Europe/London', () => {
  const london = calendar('Europe/London', weekdays(['09:00', '17:30']));

  it('moves from GMT to BST over a weekend (2027-03-28)', () => {
    expect(iso(addOpenTime(london, at('2027-03-26T16:00:00Z'), 4 * HOUR))).toBe('2027-03-29T10:30:00.000Z');
  });

  it('moves from BST to GMT over a weekend (2027-10-31)', () => {
    expect(iso(addOpenTime(london, at('2027-10-29T16:00:00+01:00'), 4 * HOUR))).toBe('2027-11-01T11:30:00.000Z');
  });
});

describe('overnight shift 22:00–06:00 every day in America/New_York', () => {
  const nights = calendar('America/New_York', everyDay(['22:00', '06:00']));

  it('the spring-forward night is 7 real hours', () => {
    expect(openTimeBetween(nights, at('2027-03-13T12:00:00-05:00'), at('2027-03-14T12:00:00-04:00'))).toBe(7 * HOUR);
    expect(iso(addOpenTime(nights, at('2027-03-13T22:00:00-05:00'), 8 * HOUR))).toBe('2027-03-15T03:00:00.000Z');
  });

  it('the fall-back night is 9 real hours', () => {
    expect(openTimeBetween(nights, at('2027-11-06T12:00:00-04:00'), at('2027-11-07T12:00:00-05:00'))).toBe(9 * HOUR);
    expect(availabilityAt(nights, at('2027-11-07T01:30:00-05:00')).closesAt).toBe(at('2027-11-07T06:00:00-05:00'));
  });

  it('a closed date removes the shift starting on it, not the one from the evening before', () => {
    const withHoliday = calendar('America/New_York', everyDay(['22:00', '06:00']), { '2027-03-14': holiday('Test day') });
    const morning = availabilityAt(withHoliday, at('2027-03-14T03:00:00-04:00'));
    expect(morning).toMatchObject({ open: true, closesAt: at('2027-03-14T06:00:00-04:00') });
    expect(availabilityAt(withHoliday, at('2027-03-14T23:00:00-04:00'))).toEqual({
      open: false,
      closesAt: null,
      nextOpenAt: at('2027-03-15T22:00:00-04:00'),
      reason: 'holiday',
      holidayName: 'Test day',
    });
  });

  it('an opening replaces only the shift starting on its date', () => {
    const shortNight = calendar('America/New_York', everyDay(['22:00', '06:00']), {}, { '2027-06-01': [['22:00', '02:00']] });
    expect(openIntervals(shortNight, at('2027-06-01T12:00:00-04:00'), at('2027-06-02T12:00:00-04:00'))).toEqual([
      { start: at('2027-06-01T22:00:00-04:00'), end: at('2027-06-02T02:00:00-04:00') },
    ]);
  });
});

describe('half- and quarter-hour zones', () => {
  it('Asia/Kolkata (+05:30)', () => {
    const india = calendar('Asia/Kolkata', weekdays(['09:30', '18:30']));
    expect(iso(addOpenTime(india, at('2027-01-08T18:00:00+05:30'), HOUR))).toBe('2027-01-11T04:30:00.000Z');
  });

  it('Asia/Kathmandu (+05:45) with a Sunday–Friday week', () => {
    const nepal = calendar('Asia/Kathmandu', { ...weekdays(['10:00', '17:00']), sun: [['10:00', '17:00']] });
    expect(iso(addOpenTime(nepal, at('2027-01-08T16:30:00+05:45'), HOUR))).toBe('2027-01-10T04:45:00.000Z');
    expect(availabilityAt(nepal, at('2027-01-08T12:00:00+05:45')).closesAt).toBe(at('2027-01-08T11:15:00Z'));
  });

  it('Australia/Lord_Howe: the 30-minute DST start (2027-10-03, 02:00 → 02:30)', () => {
    const lordHowe = calendar('Australia/Lord_Howe', everyDay(['00:00', '06:00']));
    expect(openTimeBetween(lordHowe, at('2027-10-02T12:00:00Z'), at('2027-10-03T00:00:00Z'))).toBe(5.5 * HOUR);
    const gap = calendar('Australia/Lord_Howe', { sun: [['02:10', '03:00']] });
    expect(openIntervals(gap, at('2027-10-02T00:00:00Z'), at('2027-10-04T00:00:00Z'))).toEqual([
      { start: at('2027-10-03T02:30:00+11:00'), end: at('2027-10-03T03:00:00+11:00') },
    ]);
  });

  it('Australia/Lord_Howe: the 30-minute DST end (2027-04-04, 02:00 → 01:30)', () => {
    const lordHowe = calendar('Australia/Lord_Howe', everyDay(['00:00', '06:00']));
    expect(openTimeBetween(lordHowe, at('2027-04-03T12:00:00Z'), at('2027-04-04T00:00:00Z'))).toBe(6.5 * HOUR);
  });
});

describe('closures, lunch breaks, 24:00 and openings', () => {
  it('a closure spanning the year end (2027-12-29..2028-01-03)', () => {
    const closedDays: Record<string, ClosedDay> = {};
    for (const date of ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-01', '2028-01-02', '2028-01-03']) {
      closedDays[date] = closure('Year-end');
    }
    const japan = calendar('Asia/Tokyo', weekdays(['09:00', '18:00']), closedDays);
    expect(iso(addOpenTime(japan, at('2027-12-28T17:00:00+09:00'), 2 * HOUR))).toBe('2028-01-04T01:00:00.000Z');
    expect(availabilityAt(japan, at('2028-01-03T10:00:00+09:00'))).toEqual({
      open: false,
      closesAt: null,
      nextOpenAt: at('2028-01-04T09:00:00+09:00'),
      reason: 'closure',
      holidayName: 'Year-end',
    });
  });

  it('lunch breaks pause the clock', () => {
    const china = calendar('Asia/Shanghai', weekdays(['09:00', '12:00'], ['13:30', '18:00']));
    expect(iso(addOpenTime(china, at('2027-06-01T11:00:00+08:00'), 2 * HOUR))).toBe('2027-06-01T06:30:00.000Z');
    expect(availabilityAt(china, at('2027-06-01T10:00:00+08:00')).closesAt).toBe(at('2027-06-01T12:00:00+08:00'));
    expect(availabilityAt(china, at('2027-06-01T12:30:00+08:00'))).toMatchObject({
      open: false,
      reason: 'hours',
      nextOpenAt: at('2027-06-01T13:30:00+08:00'),
    });
  });

  it('"24:00" ends join the next day into one open span', () => {
    const paris = calendar('Europe/Paris', { sat: [['18:00', '24:00']], sun: [['00:00', '06:00']] });
    expect(availabilityAt(paris, at('2027-06-05T20:00:00+02:00')).closesAt).toBe(at('2027-06-06T06:00:00+02:00'));
    expect(openIntervals(paris, at('2027-06-05T00:00:00Z'), at('2027-06-07T00:00:00Z'))).toEqual([
      { start: at('2027-06-05T18:00:00+02:00'), end: at('2027-06-06T06:00:00+02:00') },
    ]);
  });

  it('an opening on a closed date wins (China make-up workday, Saturday 2027-02-06)', () => {
    const china = calendar(
      'Asia/Shanghai',
      weekdays(['09:00', '18:00']),
      { '2027-02-06': holiday('Spring Festival (observed)') },
      { '2027-02-06': [['09:00', '18:00']] },
    );
    expect(iso(addOpenTime(china, at('2027-02-05T17:00:00+08:00'), 2 * HOUR))).toBe('2027-02-06T02:00:00.000Z');
    expect(availabilityAt(china, at('2027-02-06T08:00:00+08:00'))).toMatchObject({ open: false, reason: 'hours', holidayName: null });
  });
});

describe('weekends that are not Saturday–Sunday', () => {
  it('Asia/Riyadh: Sunday–Thursday, Friday–Saturday weekend', () => {
    const saudi = calendar('Asia/Riyadh', {
      sun: [['09:00', '17:00']], mon: [['09:00', '17:00']], tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']], thu: [['09:00', '17:00']],
    });
    expect(iso(addOpenTime(saudi, at('2027-01-07T16:00:00+03:00'), 2 * HOUR))).toBe('2027-01-10T07:00:00.000Z');
    expect(availabilityAt(saudi, at('2027-01-08T12:00:00+03:00')).nextOpenAt).toBe(at('2027-01-10T09:00:00+03:00'));
  });

  it('Asia/Dubai: Saturday–Sunday weekend with a short Friday', () => {
    const dubai = calendar('Asia/Dubai', { ...weekdays(['07:30', '15:30']), fri: [['07:30', '12:00']] });
    expect(iso(addOpenTime(dubai, at('2027-01-08T11:00:00+04:00'), 2 * HOUR))).toBe('2027-01-11T04:30:00.000Z');
  });
});

describe('edges', () => {
  it('a calendar that is never open answers null', () => {
    const never = calendar('Europe/Berlin', {});
    expect(addOpenTime(never, at('2027-01-01T00:00:00Z'), HOUR)).toBeNull();
    expect(openTimeBetween(never, at('2027-01-01T00:00:00Z'), at('2028-01-01T00:00:00Z'))).toBe(0);
    expect(availabilityAt(never, at('2027-01-01T00:00:00Z'))).toEqual({
      open: false, closesAt: null, nextOpenAt: null, reason: 'hours', holidayName: null,
    });
  });

  it('weekly hours all closed for more than 366 days answer null; an opening 300 days out is found', () => {
    const closedDays: Record<string, ClosedDay> = {};
    for (let day = 0; day < 400; day++) {
      closedDays[new Date(at('2027-01-01T00:00:00Z') + day * DAY).toISOString().slice(0, 10)] = closure('Renovation');
    }
    const shut = calendar('Europe/Berlin', weekdays(['09:00', '17:00']), closedDays);
    expect(addOpenTime(shut, at('2027-01-01T00:00:00Z'), HOUR)).toBeNull();
    expect(availabilityAt(shut, at('2027-01-01T12:00:00Z')).nextOpenAt).toBeNull();
    const oneDay = calendar('Europe/Berlin', {}, {}, { '2027-10-28': [['10:00', '12:00']] });
    expect(iso(addOpenTime(oneDay, at('2027-01-01T00:00:00Z'), HOUR))).toBe('2027-10-28T09:00:00.000Z');
  });

  it('a zero duration answers the next open instant; a duration ending at closing answers the closing', () => {
    const berlin = calendar('Europe/Berlin', weekdays(['09:00', '17:00']));
    expect(iso(addOpenTime(berlin, at('2027-06-05T12:00:00+02:00'), 0))).toBe('2027-06-07T07:00:00.000Z');
    expect(iso(addOpenTime(berlin, at('2027-06-07T12:00:00+02:00'), 0))).toBe('2027-06-07T10:00:00.000Z');
    expect(iso(addOpenTime(berlin, at('2027-06-07T12:00:00+02:00'), 5 * HOUR))).toBe('2027-06-07T15:00:00.000Z');
  });

  it('durations of calendar length cross the compiled windows (24/7 calendar, 200 days)', () => {
    const always = calendar('UTC', everyDay(['00:00', '24:00']));
    const from = at('2027-01-01T00:00:00Z');
    expect(addOpenTime(always, from, 200 * DAY)).toBe(from + 200 * DAY);
    expect(openTimeBetween(always, from, from + 300 * DAY)).toBe(300 * DAY);
    expect(openIntervals(always, from, from + 300 * DAY)).toEqual([{ start: from, end: from + 300 * DAY }]);
    expect(availabilityAt(always, from).closesAt).toBeNull();
  });

  it('overnight hours straddling an internal window edge are whole, in the most extreme offsets', () => {
    const edge = Math.ceil(at('2027-01-01T00:00:00Z') / WINDOW_MS) * WINDOW_MS;
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tokyo', 'America/New_York']) {
      const shifts = calendar(zone, everyDay(['20:00', '08:00']));
      const intervals = openIntervals(shifts, edge - 3 * DAY, edge + 3 * DAY);
      const inner = intervals.slice(1, -1);
      expect(inner.length).toBeGreaterThanOrEqual(4);
      for (const interval of inner) expect(interval.end - interval.start).toBe(12 * HOUR);
      expect(openTimeBetween(shifts, edge - 3 * DAY, edge + 3 * DAY)).toBe(3 * DAY);
      const start = inner[0]!.start;
      expect(addOpenTime(shifts, start, 36 * HOUR)).toBe(start + 60 * HOUR);
    }
  });

  it('P3D of business time on 9-hour weekdays spans 8 working days', () => {
    const japan = calendar('Asia/Tokyo', weekdays(['09:00', '18:00']));
    expect(iso(addOpenTime(japan, at('2027-06-07T09:00:00+09:00'), 3 * DAY))).toBe('2027-06-16T09:00:00.000Z');
  });

  it('rejects negative or longer-than-a-year durations and unknown zones', () => {
    const japan = calendar('Asia/Tokyo', weekdays(['09:00', '18:00']));
    expect(() => addOpenTime(japan, 0, -1)).toThrow(RangeError);
    expect(() => addOpenTime(japan, 0, 367 * DAY)).toThrow(RangeError);
    expect(() => calendar('Mars/Olympus', {})).toThrow(RangeError);
    expect(() => calendar('UTC', { mon: [['9:00', '17:00']] })).toThrow(RangeError);
  });
});
