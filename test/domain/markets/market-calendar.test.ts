import { describe, expect, it } from 'vitest';
import {
  getMarketPreset,
  holidaysOfYear,
  listHolidays,
  makeUpWorkdays,
  presetToMarketDocument,
  resolveClosedDays,
  toCalendarRules,
  type MarketCalendarSource,
  type MarketDocument,
} from '../../../src/domain/markets/index.js';

function market(country: string): MarketDocument {
  const preset = getMarketPreset(country);
  if (preset === undefined) throw new Error(`no preset for ${country}`);
  return presetToMarketDocument(preset);
}

function closedIn(closed: ReadonlyMap<string, unknown>, prefix: string): string[] {
  return [...closed.keys()].filter((date) => date.startsWith(prefix));
}

describe('Japan', () => {
  it('closes Golden Week 2027 (Showa Day, Constitution Day, Greenery Day, Children’s Day) and keeps 30 April open', () => {
    const closed = resolveClosedDays(market('JP'), 2027, 2027);
    expect(closed.get('2027-04-29')).toEqual({ reason: 'holiday', name: 'Showa Day' });
    expect(closed.get('2027-05-03')).toEqual({ reason: 'holiday', name: 'Constitution Day' });
    expect(closed.get('2027-05-04')).toEqual({ reason: 'holiday', name: 'Greenery Day' });
    expect(closed.get('2027-05-05')).toEqual({ reason: 'holiday', name: "Children's Day" });
    expect(closed.has('2027-04-30')).toBe(false);
    expect(closed.has('2027-05-06')).toBe(false);
  });

  it('lists the 2027 public holidays of the Cabinet Office calendar, substitute days included', () => {
    const closed = resolveClosedDays(market('JP'), 2027, 2027);
    expect([...closed.keys()]).toEqual([
      '2027-01-01', '2027-01-11', '2027-02-11', '2027-02-23', '2027-03-21', '2027-03-22', '2027-04-29',
      '2027-05-03', '2027-05-04', '2027-05-05', '2027-07-19', '2027-08-11', '2027-09-20', '2027-09-23',
      '2027-10-11', '2027-11-03', '2027-11-23',
    ]);
  });

  it('gives holiday names in Japanese when asked, and English where a language has no translation', () => {
    expect(resolveClosedDays(market('JP'), 2027, 2027, { language: 'ja' }).get('2027-05-03')?.name).toBe('憲法記念日');
    expect(resolveClosedDays(market('JP'), 2027, 2027).get('2027-05-03')?.name).toBe('Constitution Day');
    expect(resolveClosedDays(market('JP'), 2027, 2027, { language: 'fr' }).get('2027-01-11')?.name).toBe('Coming of Age Day');
  });
});

describe('China', () => {
  it('closes the whole announced Spring Festival 2026 block, 15–23 February', () => {
    const closed = resolveClosedDays(market('CN'), 2026, 2026);
    expect(closedIn(closed, '2026-02')).toEqual([
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    ]);
    expect(closed.get('2026-02-17')).toEqual({ reason: 'holiday', name: 'Spring Festival' });
  });

  it('opens the 2026 make-up workdays (Saturdays 14 and 28 February) with weekday hours', () => {
    const rules = toCalendarRules(market('CN'), 'email', { from: 2026, to: 2026 });
    expect(rules.openings.get('2026-02-14')).toEqual([['09:00', '18:00']]);
    expect(rules.openings.get('2026-02-28')).toEqual([['09:00', '18:00']]);
    expect([...rules.openings.keys()]).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(rules.closedDays.has('2026-02-14')).toBe(false);
  });

  it('gives make-up workdays the hours of the channel asked for', () => {
    const rules = toCalendarRules(market('CN'), 'wechat', { from: 2026, to: 2026 });
    expect(rules.openings.get('2026-02-14')).toEqual([['09:00', '21:00']]);
  });

  it('does not close for the half-day and part-of-the-population days (Women’s, Youth, Children’s, Army Day)', () => {
    for (const year of [2026, 2027]) {
      const closed = resolveClosedDays(market('CN'), year, year);
      for (const date of [`${year}-03-08`, `${year}-05-04`, `${year}-06-01`, `${year}-08-01`]) {
        if (date === '2026-05-04') continue; // inside the announced Labour Day block
        expect(closed.has(date), date).toBe(false);
      }
    }
  });

  it('closes the statutory days of the 2024 regulation in a year not yet announced (2027), without make-up workdays', () => {
    const doc = market('CN');
    const closed = resolveClosedDays(doc, 2027, 2027);
    // Spring Festival: lunar New Year's Eve (5 Feb) and the 1st–3rd days (6–8 Feb); Labour Day: 1–2 May.
    expect(closedIn(closed, '2027-02')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(closedIn(closed, '2027-05')).toEqual(['2027-05-01', '2027-05-02']);
    expect(toCalendarRules(doc, null, { from: 2027, to: 2027 }).openings.size).toBe(0);
    expect(makeUpWorkdays('CN', 2027)).toEqual([]);
  });

  it('shows the library’s own gaps when built-in corrections are off', () => {
    const raw = resolveClosedDays(market('CN'), 2026, 2026, { builtInCorrections: false });
    expect(closedIn(raw, '2026-02')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18']);
    expect(raw.get('2026-03-08')?.name).toBe("International Women's Day");
    expect(toCalendarRules(market('CN'), null, { from: 2026, to: 2026 }, { builtInCorrections: false }).openings.size).toBe(0);
  });

  it('keeps a market’s own closure on a make-up workday closed', () => {
    const doc: MarketDocument = { ...market('CN'), closures: [{ from: '2026-02-14', to: '2026-02-14', name: 'Office move' }] };
    const rules = toCalendarRules(doc, null, { from: 2026, to: 2026 });
    expect(rules.openings.has('2026-02-14')).toBe(false);
    expect(rules.closedDays.get('2026-02-14')).toEqual({ reason: 'closure', name: 'Office move' });
    expect(rules.openings.has('2026-02-28')).toBe(true);
  });
});

describe('South Korea', () => {
  it('closes Seollal’s eve, day and day after (the library is one day late)', () => {
    const doc = market('KR');
    expect(closedIn(resolveClosedDays(doc, 2026, 2026), '2026-02')).toEqual(['2026-02-16', '2026-02-17', '2026-02-18']);
    expect(closedIn(resolveClosedDays(doc, 2026, 2026, { builtInCorrections: false }), '2026-02')).toEqual([
      '2026-02-17', '2026-02-18', '2026-02-19',
    ]);
    // 2027: Seollal falls on Sunday 7 February, so Tuesday 9 February is the substitute day.
    expect(closedIn(resolveClosedDays(doc, 2027, 2027), '2027-02')).toEqual(['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
  });

  it('closes Chuseok 2025 with its substitute day, the January 2025 temporary holiday and election days', () => {
    const closed = resolveClosedDays(market('KR'), 2025, 2026);
    for (const date of ['2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']) expect(closed.has(date), date).toBe(true);
    expect(closed.get('2025-01-27')?.name).toBe('Temporary public holiday');
    expect(closed.get('2025-06-03')?.name).toBe('Presidential election day');
    expect(closed.get('2026-06-03')?.name).toBe('Local elections day');
  });

  it('joins the names of two holidays on one date', () => {
    expect(resolveClosedDays(market('KR'), 2025, 2025).get('2025-05-05')?.name).toBe("Children's Day / Buddha's Birthday");
  });
});

describe('United States', () => {
  it('closes the 2027 federal holidays with their observed days', () => {
    const closed = resolveClosedDays(market('US'), 2027, 2027);
    expect([...closed.keys()]).toEqual([
      '2027-01-01', '2027-01-18', '2027-02-15', '2027-05-31', '2027-06-18', '2027-06-19', '2027-07-04', '2027-07-05',
      '2027-09-06', '2027-10-11', '2027-11-11', '2027-11-25', '2027-12-24', '2027-12-25', '2027-12-31',
    ]);
    expect(closed.get('2027-11-25')).toEqual({ reason: 'holiday', name: 'Thanksgiving Day' });
    // New Year's Day 2028 is a Saturday: it is observed on Friday 31 December 2027.
    expect(closed.get('2027-12-31')?.name).toBe("New Year's Day (substitute day)");
  });

  it('uses a state’s holidays when a region is given, in either code form', () => {
    const base: MarketCalendarSource = { timeZone: 'America/Los_Angeles', hours: { default: {} }, holidays: null };
    for (const region of ['CA', 'US-CA']) {
      const closed = resolveClosedDays({ ...base, holidays: { country: 'US', region, types: ['public'] } }, 2027, 2027);
      expect(closed.get('2027-03-31')?.name, region).toBe('César Chávez Day');
    }
  });
});

describe('moon-based holidays', () => {
  it('closes the three days of Ramazan Bayramı in Türkiye, not the afternoon of its eve nor a fourth day', () => {
    const closed = resolveClosedDays(market('TR'), 2027, 2027);
    expect(closedIn(closed, '2027-03')).toEqual(['2027-03-09', '2027-03-10', '2027-03-11']);
  });

  it('closes Yom Kippur on its day in Israel, not on the evening it starts', () => {
    const closed = resolveClosedDays(market('IL'), 2027, 2027);
    expect(closed.has('2027-10-11')).toBe(true);
    expect(closed.has('2027-10-10')).toBe(false);
  });

  it('follows the UAE’s unified holiday list: Arafat Day and 3 December, no Isra’ and Mi’raj or first of Ramadan', () => {
    const doc = market('AE');
    const closed = resolveClosedDays(doc, 2027, 2027);
    expect(closed.get('2027-05-15')?.name).toBe('Arafat Day');
    expect(closed.has('2027-12-03')).toBe(true);
    expect([...closed.values()].map((day) => day.name)).not.toContain("Laylat al-Mi'raj");
    expect([...closed.values()].map((day) => day.name)).not.toContain('First day of Ramadan');
    const raw = resolveClosedDays(doc, 2027, 2027, { builtInCorrections: false });
    expect(raw.get('2027-01-05')?.name).toBe("Laylat al-Mi'raj");
  });
});

describe('closures and overrides', () => {
  const yearEnd: MarketDocument = {
    ...market('JP'),
    closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }],
  };

  it('closes every date of a closure spanning a year end, with holidays taking precedence', () => {
    const closed = resolveClosedDays(yearEnd, 2027, 2028);
    for (const date of ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-02', '2028-01-03']) {
      expect(closed.get(date), date).toEqual({ reason: 'closure', name: 'Year-end' });
    }
    expect(closed.get('2028-01-01')).toEqual({ reason: 'holiday', name: "New Year's Day" });
    expect(closed.has('2028-01-04')).toBe(false);
  });

  it('clips a closure to the years asked for', () => {
    expect(closedIn(resolveClosedDays(yearEnd, 2028, 2028), '2027')).toEqual([]);
    expect(resolveClosedDays(yearEnd, 2028, 2028).get('2028-01-03')?.reason).toBe('closure');
    expect(closedIn(resolveClosedDays(yearEnd, 2027, 2027), '2028')).toEqual([]);
  });

  it('adds and removes holidays with holidayOverrides', () => {
    const doc: MarketDocument = {
      ...market('US'),
      holidayOverrides: { add: [{ date: '2027-11-26', name: 'Day after Thanksgiving' }], remove: ['2027-10-11', '2027-11-11'] },
    };
    const closed = resolveClosedDays(doc, 2027, 2027);
    expect(closed.get('2027-11-26')).toEqual({ reason: 'holiday', name: 'Day after Thanksgiving' });
    expect(closed.has('2027-10-11')).toBe(false);
    expect(closed.has('2027-11-11')).toBe(false);
    expect(closed.has('2027-11-25')).toBe(true);
  });

  it('adds holidays to a market without holiday data, and a removed holiday inside a closure stays closed', () => {
    const doc: MarketCalendarSource = {
      timeZone: 'Asia/Tokyo',
      hours: { default: {} },
      holidays: { country: 'JP', region: null, types: ['public'] },
      closures: [{ from: '2027-05-01', to: '2027-05-06', name: 'Company holiday' }],
      holidayOverrides: { add: [], remove: ['2027-05-04'] },
    };
    expect(resolveClosedDays(doc, 2027, 2027).get('2027-05-04')).toEqual({ reason: 'closure', name: 'Company holiday' });
    const none: MarketCalendarSource = { ...doc, holidays: null, closures: [], holidayOverrides: { add: [{ date: '2027-08-13', name: 'Obon' }], remove: [] } };
    expect([...resolveClosedDays(none, 2027, 2027)]).toEqual([['2027-08-13', { reason: 'holiday', name: 'Obon' }]]);
  });

  it('passes the market’s own openings through, winning over built-in make-up days', () => {
    const doc: MarketDocument = {
      ...market('CN'),
      openings: [
        { date: '2026-02-14', hours: [['10:00', '15:00']], name: 'Short make-up day' },
        { date: '2026-02-17', hours: [['10:00', '12:00']], name: 'Hotline on New Year' },
      ],
    };
    const rules = toCalendarRules(doc, null, { from: 2026, to: 2026 });
    expect(rules.openings.get('2026-02-14')).toEqual([['10:00', '15:00']]);
    expect(rules.openings.get('2026-02-17')).toEqual([['10:00', '12:00']]);
  });
});

describe('toCalendarRules', () => {
  it('uses the channel’s hours when it has an entry and hours.default otherwise', () => {
    const doc = market('JP');
    expect(toCalendarRules(doc, 'phone', { from: 2027, to: 2027 }).weekly.mon).toEqual([['10:00', '17:00']]);
    expect(toCalendarRules(doc, 'email', { from: 2027, to: 2027 }).weekly.mon).toEqual([['09:00', '18:00']]);
    expect(toCalendarRules(doc, null, { from: 2027, to: 2027 }).weekly.mon).toEqual([['09:00', '18:00']]);
    expect(toCalendarRules(doc, 'constructor', { from: 2027, to: 2027 }).weekly).toBe(doc.hours.default);
    expect(toCalendarRules(doc, null, { from: 2027, to: 2027 }).timeZone).toBe('Asia/Tokyo');
  });

  it('refuses reversed or absurd year ranges', () => {
    expect(() => resolveClosedDays(market('JP'), 2028, 2027)).toThrow(RangeError);
    expect(() => resolveClosedDays(market('JP'), 2027.5, 2028)).toThrow(RangeError);
    expect(() => resolveClosedDays(market('JP'), 1000, 9999)).toThrow(RangeError);
  });
});

describe('listHolidays', () => {
  it('lists holidays and closure days in a range, one entry per holiday, sorted by date', () => {
    const doc: MarketDocument = { ...market('JP'), closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }] };
    const entries = listHolidays(doc, '2027-12-30', '2028-01-02');
    expect(entries.map((entry) => [entry.date, entry.kind, entry.name])).toEqual([
      ['2027-12-30', 'closure', 'Year-end'],
      ['2027-12-31', 'closure', 'Year-end'],
      ['2028-01-01', 'holiday', "New Year's Day"],
      ['2028-01-01', 'closure', 'Year-end'],
      ['2028-01-02', 'closure', 'Year-end'],
    ]);
    expect(entries[2]).toMatchObject({ type: 'public', source: 'library', hours: null });
  });

  it('marks where each entry comes from, and lists openings when asked', () => {
    const doc: MarketDocument = {
      ...market('CN'),
      holidayOverrides: { add: [{ date: '2026-02-13', name: 'Company New Year party' }], remove: [] },
    };
    const entries = listHolidays(doc, '2026-02-13', '2026-02-15', { includeOpenings: true, language: 'zh' });
    expect(entries).toEqual([
      { date: '2026-02-13', name: 'Company New Year party', kind: 'holiday', type: 'public', source: 'override', hours: null },
      { date: '2026-02-14', name: '春节调休上班', kind: 'opening', type: null, source: 'borderless', hours: [['09:00', '18:00']] },
      { date: '2026-02-15', name: '春节', kind: 'holiday', type: 'public', source: 'borderless', hours: null },
    ]);
    expect(listHolidays(doc, '2026-02-14', '2026-02-14')).toEqual([]);
  });

  it('refuses invalid ranges', () => {
    expect(() => listHolidays(market('JP'), '2027-02-30', '2027-03-01')).toThrow(RangeError);
    expect(() => listHolidays(market('JP'), '2027-03-01', '2027-02-01')).toThrow(RangeError);
  });
});

describe('holiday look-ups', () => {
  it('returns the same cached, frozen list for the same spec and year', () => {
    const spec = { country: 'DE', region: 'BY', types: ['public'] } as const;
    const first = holidaysOfYear(spec, 2027);
    expect(holidaysOfYear({ ...spec, types: ['public'] }, 2027)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.map((day) => day.date)).toContain('2027-05-27'); // Corpus Christi, Bavaria only
  });

  it('filters by holiday type', () => {
    const spec = { country: 'JP', region: null, types: ['bank'] } as const;
    expect(holidaysOfYear(spec, 2027).map((day) => day.date)).toEqual(['2027-01-02', '2027-01-03', '2027-12-31']);
  });
});
