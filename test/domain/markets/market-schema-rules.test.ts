import { describe, expect, it } from 'vitest';
import {
  getMarketPreset,
  presetToMarketDocument,
  validateClosures,
  validateCountries,
  validateCurrency,
  validateHolidayOverrides,
  validateHolidaySpec,
  validateLanguages,
  validateMarketCalendar,
  validateMarketHours,
  validateOpenings,
  validateTimeZone,
} from '../../../src/domain/markets/index.js';

function paths(issues: Array<{ path: string }>): string[] {
  return issues.map((issue) => issue.path);
}

describe('validateHolidaySpec', () => {
  it('accepts a known country, subdivision, region and types, and null', () => {
    expect(validateHolidaySpec({ country: 'JP', region: null, types: ['public'] })).toEqual([]);
    expect(validateHolidaySpec({ country: 'DE', region: 'BY', types: ['public', 'bank'] })).toEqual([]);
    expect(validateHolidaySpec({ country: 'DE', region: 'DE-BY', types: ['public'] })).toEqual([]);
    expect(validateHolidaySpec({ country: 'DE', region: 'BY.A', types: ['public'] })).toEqual([]);
    expect(validateHolidaySpec({ country: 'US', region: 'CA', types: ['public', 'bank', 'school', 'optional', 'observance'] })).toEqual([]);
    expect(validateHolidaySpec(null)).toEqual([]);
  });

  it('rejects an unknown or badly written country', () => {
    expect(paths(validateHolidaySpec({ country: 'ZZ', region: null, types: ['public'] }))).toEqual(['/holidays/country']);
    expect(validateHolidaySpec({ country: 'ZZ', region: null, types: ['public'] })[0]?.message).toContain("'ZZ'");
    expect(paths(validateHolidaySpec({ country: 'jp', region: null, types: ['public'] }))).toEqual(['/holidays/country']);
    expect(paths(validateHolidaySpec({ country: 'JPN', region: null, types: ['public'] }))).toEqual(['/holidays/country']);
  });

  it('rejects a region the country does not have', () => {
    const issues = validateHolidaySpec({ country: 'DE', region: 'XX', types: ['public'] });
    expect(paths(issues)).toEqual(['/holidays/region']);
    expect(issues[0]?.message).toContain('BY');
    expect(paths(validateHolidaySpec({ country: 'JP', region: '13', types: ['public'] }))).toEqual(['/holidays/region']);
    expect(paths(validateHolidaySpec({ country: 'DE', region: 'BY.ZZ', types: ['public'] }))).toEqual(['/holidays/region']);
    expect(paths(validateHolidaySpec({ country: 'DE', region: 7, types: ['public'] }))).toEqual(['/holidays/region']);
  });

  it('rejects unknown, repeated or missing types', () => {
    expect(paths(validateHolidaySpec({ country: 'JP', region: null, types: ['public', 'religious'] }))).toEqual(['/holidays/types/1']);
    expect(paths(validateHolidaySpec({ country: 'JP', region: null, types: ['public', 'public'] }))).toEqual(['/holidays/types/1']);
    expect(paths(validateHolidaySpec({ country: 'JP', region: null, types: [] }))).toEqual(['/holidays/types']);
    expect(paths(validateHolidaySpec({ country: 'JP', region: null }))).toEqual(['/holidays/types']);
  });

  it('rejects a non-object', () => {
    expect(paths(validateHolidaySpec('JP'))).toEqual(['/holidays']);
  });
});

describe('validateClosures', () => {
  it('accepts inclusive ranges, including one spanning a year end and a single day', () => {
    expect(validateClosures([
      { from: '2027-12-29', to: '2028-01-03', name: 'Year-end' },
      { from: '2027-08-13', to: '2027-08-13', name: 'Obon' },
    ])).toEqual([]);
  });

  it('rejects impossible dates, reversed ranges and missing names', () => {
    expect(paths(validateClosures([{ from: '2027-02-29', to: '2027-03-01', name: 'x' }]))).toEqual(['/closures/0/from']);
    expect(paths(validateClosures([{ from: '2028-01-03', to: '2027-12-29', name: 'x' }]))).toEqual(['/closures/0/to']);
    expect(paths(validateClosures([{ from: '2027-1-3', to: '2027-01-04', name: '' }]))).toEqual(['/closures/0/from', '/closures/0/name']);
    expect(paths(validateClosures([null]))).toEqual(['/closures/0']);
    expect(paths(validateClosures({}))).toEqual(['/closures']);
  });
});

describe('validateOpenings', () => {
  it('accepts a make-up workday and an overnight opening', () => {
    expect(validateOpenings([
      { date: '2027-02-06', hours: [['09:00', '18:00']], name: 'Make-up workday' },
      { date: '2027-12-31', hours: [['20:00', '02:00']], name: 'New Year hotline' },
    ])).toEqual([]);
  });

  it('rejects invalid dates, invalid hours and the same date twice', () => {
    expect(paths(validateOpenings([{ date: '2027-02-30', hours: [['09:00', '18:00']], name: 'x' }]))).toEqual(['/openings/0/date']);
    expect(paths(validateOpenings([{ date: '2027-02-06', hours: [['09:00', '25:00']], name: 'x' }]))).toEqual(['/openings/0/hours/0/1']);
    expect(paths(validateOpenings([
      { date: '2027-02-06', hours: [['09:00', '12:00']], name: 'a' },
      { date: '2027-02-06', hours: [['13:00', '18:00']], name: 'b' },
    ]))).toEqual(['/openings/1/date']);
  });
});

describe('validateHolidayOverrides', () => {
  it('accepts absence and well-formed overrides', () => {
    expect(validateHolidayOverrides(undefined)).toEqual([]);
    expect(validateHolidayOverrides({ add: [{ date: '2027-11-26', name: 'Black Friday off' }], remove: ['2027-10-11'] })).toEqual([]);
  });

  it('rejects bad dates and shapes', () => {
    expect(paths(validateHolidayOverrides({ add: [{ date: 'tomorrow', name: 'x' }], remove: ['2027-13-01'] }))).toEqual([
      '/holidayOverrides/add/0/date',
      '/holidayOverrides/remove/0',
    ]);
    expect(paths(validateHolidayOverrides({ add: 'x' }))).toEqual(['/holidayOverrides/add', '/holidayOverrides/remove']);
  });
});

describe('market field rules', () => {
  it('accepts canonical time zones and aliases, refuses unknown ones, offsets and wrong case', () => {
    for (const zone of ['Asia/Tokyo', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC', 'America/Argentina/Buenos_Aires', 'US/Pacific']) {
      expect(validateTimeZone(zone), zone).toEqual([]);
    }
    for (const zone of ['Asia/Tokio', '+09:00', 'JST9', '', 42]) expect(paths(validateTimeZone(zone)), String(zone)).toEqual(['/timeZone']);
    expect(validateTimeZone('asia/tokyo')[0]?.message).toContain('Asia/Tokyo');
  });

  it('accepts ISO 4217 currencies only', () => {
    expect(validateCurrency('JPY')).toEqual([]);
    expect(validateCurrency('EUR')).toEqual([]);
    for (const currency of ['YEN', 'jpy', 'EURO', null]) expect(paths(validateCurrency(currency)), String(currency)).toEqual(['/currency']);
  });

  it('accepts ISO 3166-1 alpha-2 countries only, each once', () => {
    expect(validateCountries(['JP'])).toEqual([]);
    expect(validateCountries(['DE', 'AT', 'CH', 'AQ', 'XK'])).toEqual([]);
    expect(paths(validateCountries(['JP', 'jp', 'ZZ', 'JP', 'UK']))).toEqual(['/countries/1', '/countries/2', '/countries/3', '/countries/4']);
    expect(validateCountries(['jp'])[0]?.message).toContain("'JP'");
    expect(paths(validateCountries([]))).toEqual(['/countries']);
  });

  it('accepts well-formed BCP 47 tags and refuses the rest', () => {
    expect(validateLanguages(['ja'])).toEqual([]);
    expect(validateLanguages(['zh-Hant', 'en', 'pt-BR', 'nb', 'es-419'])).toEqual([]);
    expect(paths(validateLanguages(['en_US', 'x', 'und', 'pt-br', 'pt-BR']))).toEqual([
      '/languages/0', '/languages/1', '/languages/2', '/languages/4',
    ]);
    expect(paths(validateLanguages('ja'))).toEqual(['/languages']);
  });

  it('checks hours per channel with the engine’s weekly-hours rules', () => {
    expect(validateMarketHours({ default: { mon: [['09:00', '18:00']] }, phone: { mon: [['10:00', '17:00']] } })).toEqual([]);
    expect(paths(validateMarketHours({ default: { mon: [['09:00', '25:00']] } }))).toEqual(['/hours/default/mon/0/1']);
    expect(paths(validateMarketHours({ phone: {} }))).toEqual(['/hours/default']);
    expect(paths(validateMarketHours({ default: {}, 'Phone Line': {} }))).toEqual(['/hours/Phone Line']);
    expect(paths(validateMarketHours({ default: { monday: [] } }))).toEqual(['/hours/default/monday']);
  });
});

describe('validateMarketCalendar', () => {
  it('accepts the document of API.md', () => {
    const doc = {
      name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY',
      hours: { default: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']] }, phone: { mon: [['10:00', '17:00']] } },
      holidays: { country: 'JP', region: null, types: ['public'] },
      closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }],
      openings: [{ date: '2027-02-06', hours: [['09:00', '18:00']], name: 'Make-up workday' }],
      culture: {},
    };
    expect(validateMarketCalendar(doc)).toEqual([]);
  });

  it('reports every problem with its path', () => {
    const doc = {
      ...presetToMarketDocument(getMarketPreset('JP')!),
      countries: ['JPN'], languages: ['ja_JP'], timeZone: 'Tokyo', currency: 'YEN',
      hours: { default: { sun: [['18:00', '09:00']], mon: [['08:00', '10:00']] } },
      holidays: { country: 'JP', region: 'Kanto', types: ['national'] },
      closures: [{ from: '2028-01-03', to: '2027-12-29', name: 'Year-end' }],
      openings: [{ date: '2027-02-29', hours: [], name: 'x' }],
      holidayOverrides: { add: [], remove: ['someday'] },
    };
    expect(paths(validateMarketCalendar(doc))).toEqual([
      '/countries/0', '/languages/0', '/timeZone', '/currency', '/hours/default/mon/0', '/holidays/region',
      '/holidays/types/0', '/closures/0/to', '/openings/0/date', '/holidayOverrides/remove/0',
    ]);
    expect(paths(validateMarketCalendar({ ...doc, holidays: undefined }))).toContain('/holidays');
    expect(paths(validateMarketCalendar([]))).toEqual(['']);
  });
});
