import { describe, expect, it } from 'vitest';
import {
  formatIsoDuration,
  isValidTimeZone,
  parseIsoDuration,
  validateTimeRanges,
  validateWeeklyHours,
} from '../../../src/domain/business-time/index.js';

describe('validateWeeklyHours', () => {
  it('accepts lunch breaks, "24:00" ends, overnight ranges and missing days', () => {
    expect(
      validateWeeklyHours(
        {
          mon: [['09:00', '12:00'], ['13:00', '18:00']],
          fri: [['18:00', '24:00']],
          sat: [['00:00', '06:00'], ['22:00', '06:00']],
          sun: [['06:00', '10:00']],
        },
        '/hours/default',
      ),
    ).toEqual([]);
  });

  it('rejects malformed times with a JSON Pointer to the culprit', () => {
    expect(validateWeeklyHours({ mon: [['9:00', '18:00'], ['10:00', '24:01']] }, '/hours/default')).toEqual([
      { path: '/hours/default/mon/0/0', message: 'must be a time "HH:MM" from 00:00 to 23:59' },
      { path: '/hours/default/mon/1/1', message: 'must be a time "HH:MM" from 00:00 to 24:00' },
    ]);
  });

  it('allows "24:00" only as an end', () => {
    expect(validateWeeklyHours({ tue: [['24:00', '06:00']] }, '')).toEqual([
      { path: '/tue/0/0', message: '"24:00" is only allowed as an end' },
    ]);
  });

  it('rejects zero-length ranges, including 00:00–00:00', () => {
    expect(validateWeeklyHours({ wed: [['09:00', '09:00'], ['00:00', '00:00']] }, '/h')).toEqual([
      { path: '/h/wed/0', message: 'must not be zero-length (start equals end)' },
      { path: '/h/wed/1', message: 'must not be zero-length (start equals end)' },
    ]);
  });

  it('rejects overlaps within a day but not touching ranges', () => {
    expect(validateWeeklyHours({ thu: [['13:00', '18:00'], ['09:00', '13:30']] }, '/h')).toEqual([
      { path: '/h/thu/0', message: 'overlaps 09:00–13:30 on the same day' },
    ]);
    expect(validateWeeklyHours({ thu: [['09:00', '13:00'], ['13:00', '18:00']] }, '/h')).toEqual([]);
  });

  it('rejects an overnight range running into the next day, Sunday wrapping to Monday', () => {
    expect(validateWeeklyHours({ sun: [['22:00', '06:00']], mon: [['05:00', '09:00']] }, '/h')).toEqual([
      { path: '/h/mon/0', message: 'overlaps sun 22:00–06:00, which runs past midnight' },
    ]);
    expect(validateWeeklyHours({ sun: [['22:00', '06:00']], mon: [['06:00', '09:00']] }, '/h')).toEqual([]);
  });

  it('rejects unknown weekday keys and wrong shapes', () => {
    expect(validateWeeklyHours({ monday: [['09:00', '18:00']] }, '/h')).toEqual([
      { path: '/h/monday', message: 'unknown weekday; use mon, tue, wed, thu, fri, sat or sun' },
    ]);
    expect(validateWeeklyHours([], '/h')).toEqual([{ path: '/h', message: 'must be an object keyed by weekday (mon…sun)' }]);
    expect(validateWeeklyHours({ mon: 'nine to five' }, '/h')).toEqual([
      { path: '/h/mon', message: 'must be an array of ["HH:MM","HH:MM"] ranges' },
    ]);
    expect(validateWeeklyHours({ mon: [['09:00']] }, '/h')).toEqual([
      { path: '/h/mon/0', message: 'must be a ["HH:MM","HH:MM"] pair' },
    ]);
  });
});

describe('validateTimeRanges', () => {
  it('checks one date worth of ranges, such as an opening', () => {
    expect(validateTimeRanges([['09:00', '18:00']], '/openings/0/hours')).toEqual([]);
    expect(validateTimeRanges([['22:00', '06:00'], ['23:00', '23:30']], '/openings/0/hours')).toEqual([
      { path: '/openings/0/hours/1', message: 'overlaps 22:00–06:00 on the same day' },
    ]);
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses offsets and junk', () => {
    for (const zone of ['Asia/Tokyo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/Argentina/Buenos_Aires', 'UTC']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
    for (const zone of ['Mars/Olympus', '+09:00', '', 'Asia/Tokyo ', 42, null]) expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('ISO 8601 durations', () => {
  it('parses the contract forms', () => {
    expect(parseIsoDuration('PT4H')).toBe(4 * 3_600_000);
    expect(parseIsoDuration('PT240M')).toBe(4 * 3_600_000);
    expect(parseIsoDuration('P2D')).toBe(2 * 86_400_000);
    expect(parseIsoDuration('P1DT2H30M')).toBe(95_400_000);
    expect(parseIsoDuration('P1W')).toBe(7 * 86_400_000);
    expect(parseIsoDuration('PT0.5H')).toBe(1_800_000);
    expect(parseIsoDuration('PT1,5S')).toBe(1_500);
    expect(parseIsoDuration('PT0S')).toBe(0);
  });

  it('rejects years, months and anything malformed', () => {
    for (const text of ['P1Y', 'P1M', 'P1Y2M', 'P', 'PT', 'P1DT', '-PT1H', 'pt4h', 'PT4', '4H', 'PT1.5H30M', 'PT0.0001S', 'P1DT2H30M ', '']) {
      expect(parseIsoDuration(text)).toBeNull();
    }
  });

  it('formats canonically and round-trips', () => {
    expect(formatIsoDuration(0)).toBe('PT0S');
    expect(formatIsoDuration(14_400_000)).toBe('PT4H');
    expect(formatIsoDuration(95_400_000)).toBe('P1DT2H30M');
    expect(formatIsoDuration(3 * 86_400_000)).toBe('P3D');
    expect(formatIsoDuration(1_500)).toBe('PT1.5S');
    for (const ms of [0, 1, 999, 60_000, 90_061_001, 31_622_400_000]) expect(parseIsoDuration(formatIsoDuration(ms))).toBe(ms);
    expect(() => formatIsoDuration(-1)).toThrow(RangeError);
    expect(() => formatIsoDuration(0.5)).toThrow(RangeError);
  });
});
