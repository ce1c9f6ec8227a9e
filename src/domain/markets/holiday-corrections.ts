import type { HolidayType } from './market-types.js';

/** A name in several languages; `en` is always there and is the fallback. */
export type LocalizedName = Readonly<{ en: string } & Record<string, string>>;

/** A date-holidays rule Borderless adds, or replaces when the library already has that rule key. */
export interface RuleFix {
  /** Rule in date-holidays' grammar, e.g. `chinese 01-0-03` (3rd day of the 1st lunar month). */
  rule: string;
  name: LocalizedName;
  type: HolidayType;
  /** Inclusive `YYYY-MM-DD` bounds in which the rule applies; absent = always. */
  active?: ReadonlyArray<{ from?: string; to?: string }>;
}

/** A block of consecutive days off in an officially announced schedule. */
export interface ScheduleBlock {
  from: string;
  to: string;
  name: LocalizedName;
}

/** A weekend day declared a working day to balance a longer block off (China's 调休上班). */
export interface MakeUpWorkday {
  date: string;
  name: LocalizedName;
}

/**
 * One year's holiday schedule as the government announced it. It replaces the library's `public`
 * holidays of that year entirely, because announced blocks include bridge days no rule can derive.
 */
export interface AnnouncedSchedule {
  year: number;
  /** The announcement, so a reviewer can check the data. */
  source: string;
  daysOff: readonly ScheduleBlock[];
  workdays: readonly MakeUpWorkday[];
}

/** Everything Borderless corrects in date-holidays' data for one country. */
export interface CountryHolidayFix {
  country: string;
  /** Rules added to (or replacing rules of) the library instance, so lunar and Hijri maths stay in the library. */
  setRules?: readonly RuleFix[];
  /** Library rules dropped from the output from `fromYear` on (all years when absent). */
  dropRules?: ReadonlyArray<{ rule: string; fromYear?: number }>;
  /** Library rules kept but moved to another holiday type. */
  retypeRules?: ReadonlyArray<{ rule: string; type: HolidayType }>;
  /** Library rules whose days are all off by `days` (negative = earlier). */
  shiftRules?: ReadonlyArray<{ rule: string; days: number }>;
  /** Dated days off the library does not know (one-off holidays, election days). */
  extraDays?: ReadonlyArray<{ date: string; name: LocalizedName; type: HolidayType }>;
  /** Officially announced yearly schedules. */
  schedules?: readonly AnnouncedSchedule[];
}

const CN_NEW_YEAR: LocalizedName = { en: "New Year's Day", zh: '元旦' };
const CN_SPRING: LocalizedName = { en: 'Spring Festival', zh: '春节' };
const CN_QINGMING: LocalizedName = { en: 'Qingming Festival', zh: '清明节' };
const CN_LABOUR: LocalizedName = { en: 'Labour Day', zh: '劳动节' };
const CN_DRAGON_BOAT: LocalizedName = { en: 'Dragon Boat Festival', zh: '端午节' };
const CN_MID_AUTUMN: LocalizedName = { en: 'Mid-Autumn Festival', zh: '中秋节' };
const CN_NATIONAL: LocalizedName = { en: 'National Day', zh: '国庆节' };
const CN_NATIONAL_MID_AUTUMN: LocalizedName = { en: 'National Day / Mid-Autumn Festival', zh: '国庆节、中秋节' };

function cnWorkday(date: string, holiday: LocalizedName): MakeUpWorkday {
  return { date, name: { en: `Make-up workday (${holiday.en})`, zh: `${holiday.zh ?? holiday.en}调休上班` } };
}

/**
 * China. The 2024 revision of the national holiday regulation (全国年节及纪念日放假办法, in force
 * 2025-01-01) sets Spring Festival to New Year's Eve plus the 1st–3rd days of the first lunar month and
 * Labour Day to 1–2 May; the library still has the 2008–2013 rule (eve, 1st, 2nd) and one day in May. The
 * library also lists the part-of-the-population days (Women's Day, Youth Day, Children's Day, Army Day)
 * as `public`, which would close a whole market. Each year the State Council General Office announces the
 * actual blocks with make-up workdays; only the years announced so far are here.
 */
const CN_FIX: CountryHolidayFix = {
  country: 'CN',
  setRules: [
    { rule: 'chinese 01-0-00', name: CN_SPRING, type: 'public', active: [{ from: '2008-01-01', to: '2013-12-31' }, { from: '2025-01-01' }] },
    { rule: 'chinese 01-0-03', name: CN_SPRING, type: 'public', active: [{ to: '2007-12-31' }, { from: '2014-01-01' }] },
    { rule: '05-02', name: CN_LABOUR, type: 'public', active: [{ to: '2007-12-31' }, { from: '2025-01-01' }] },
  ],
  retypeRules: [
    { rule: '03-08 12:00', type: 'observance' },
    { rule: '05-04 12:00', type: 'observance' },
    { rule: '06-01', type: 'observance' },
    { rule: '08-01 12:00', type: 'observance' },
  ],
  schedules: [
    {
      year: 2025,
      source: 'State Council General Office notice on the 2025 holiday arrangements (国办发明电〔2024〕12号, 2024-11-12)',
      daysOff: [
        { from: '2025-01-01', to: '2025-01-01', name: CN_NEW_YEAR },
        { from: '2025-01-28', to: '2025-02-04', name: CN_SPRING },
        { from: '2025-04-04', to: '2025-04-06', name: CN_QINGMING },
        { from: '2025-05-01', to: '2025-05-05', name: CN_LABOUR },
        { from: '2025-05-31', to: '2025-06-02', name: CN_DRAGON_BOAT },
        { from: '2025-10-01', to: '2025-10-08', name: CN_NATIONAL_MID_AUTUMN },
      ],
      workdays: [
        cnWorkday('2025-01-26', CN_SPRING),
        cnWorkday('2025-02-08', CN_SPRING),
        cnWorkday('2025-04-27', CN_LABOUR),
        cnWorkday('2025-09-28', CN_NATIONAL_MID_AUTUMN),
        cnWorkday('2025-10-11', CN_NATIONAL_MID_AUTUMN),
      ],
    },
    {
      year: 2026,
      source: 'State Council General Office notice on the 2026 holiday arrangements (published 2025-11)',
      daysOff: [
        { from: '2026-01-01', to: '2026-01-03', name: CN_NEW_YEAR },
        { from: '2026-02-15', to: '2026-02-23', name: CN_SPRING },
        { from: '2026-04-04', to: '2026-04-06', name: CN_QINGMING },
        { from: '2026-05-01', to: '2026-05-05', name: CN_LABOUR },
        { from: '2026-06-19', to: '2026-06-21', name: CN_DRAGON_BOAT },
        { from: '2026-09-25', to: '2026-09-27', name: CN_MID_AUTUMN },
        { from: '2026-10-01', to: '2026-10-07', name: CN_NATIONAL },
      ],
      workdays: [
        cnWorkday('2026-01-04', CN_NEW_YEAR),
        cnWorkday('2026-02-14', CN_SPRING),
        cnWorkday('2026-02-28', CN_SPRING),
        cnWorkday('2026-05-09', CN_LABOUR),
        cnWorkday('2026-09-20', CN_NATIONAL),
        cnWorkday('2026-10-10', CN_NATIONAL),
      ],
    },
  ],
};

/**
 * South Korea. The library anchors the three Seollal days on the 1st lunar day instead of the day before
 * (its own data file says so), so every year it misses Seollal's eve and closes the day after the
 * holiday. Its substitute-day entries are already anchored on the right days. One-off days off declared
 * by the government, and election days (public holidays by the Public Official Election Act and the
 * holiday regulation), are dated.
 */
const KR_FIX: CountryHolidayFix = {
  country: 'KR',
  shiftRules: [{ rule: 'korean 01-0-01 P3D', days: -1 }],
  extraDays: [
    { date: '2025-01-27', name: { en: 'Temporary public holiday', ko: '임시공휴일' }, type: 'public' },
    { date: '2025-06-03', name: { en: 'Presidential election day', ko: '제21대 대통령 선거일' }, type: 'public' },
    { date: '2026-06-03', name: { en: 'Local elections day', ko: '제9회 전국동시지방선거일' }, type: 'public' },
  ],
};

/**
 * United Arab Emirates. Since the 2019 Cabinet resolution unifying public- and private-sector holidays,
 * Isra' and Mi'raj is no longer a holiday, and the first day of Ramadan never was one; Arafat Day and the
 * second National Day holiday (3 December) are missing from the library.
 */
const AE_FIX: CountryHolidayFix = {
  country: 'AE',
  dropRules: [{ rule: '27 Rajab', fromYear: 2019 }, { rule: '1 Ramadan' }],
  setRules: [
    { rule: '9 Dhu al-Hijjah', name: { en: 'Arafat Day', ar: 'يوم عرفة' }, type: 'public' },
    { rule: '12-03', name: { en: 'National Day', ar: 'اليوم الوطني' }, type: 'public' },
  ],
};

/** The corrections shipped with Borderless, by ISO country code. */
export const BUILT_IN_HOLIDAY_FIXES: ReadonlyMap<string, CountryHolidayFix> = new Map(
  [CN_FIX, KR_FIX, AE_FIX].map((fix) => [fix.country, fix]),
);

/**
 * The name in `language` (or its primary subtag), else English.
 *
 * @example
 * localizedName({ en: 'Spring Festival', zh: '春节' }, 'zh-Hans'); // '春节'
 */
export function localizedName(name: LocalizedName, language: string): string {
  return name[language] ?? name[language.split('-')[0] ?? ''] ?? name.en;
}

/**
 * Years for which Borderless ships an announced schedule for `country`, e.g. `[2025, 2026]` for CN.
 *
 * @example
 * announcedScheduleYears('CN'); // [2025, 2026]
 */
export function announcedScheduleYears(country: string): number[] {
  return (BUILT_IN_HOLIDAY_FIXES.get(country.toUpperCase())?.schedules ?? []).map((schedule) => schedule.year);
}
