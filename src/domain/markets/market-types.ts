import type { TimeRange, Weekday, WeeklyHours } from '../business-time/index.js';

/** Holiday categories of date-holidays, the data source behind `holidays.types`. */
export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** All holiday types, in the order the documentation lists them. */
export const HOLIDAY_TYPES: readonly HolidayType[] = ['public', 'bank', 'school', 'optional', 'observance'];

/**
 * Which holidays close a market. `region` is a subdivision code as date-holidays knows it (`"BY"` for
 * Bavaria, `"CA"` for California; the ISO 3166-2 form `"DE-BY"` is accepted too), optionally followed by
 * `.` and a date-holidays region inside it (`"BY.A"` for Augsburg).
 */
export interface HolidaySpec {
  country: string;
  region: string | null;
  types: readonly HolidayType[];
}

/** Inclusive range of local dates on which the market is closed. */
export interface Closure {
  from: string;
  to: string;
  name: string;
}

/** One local date whose hours replace the weekly hours (make-up workdays, late openings). */
export interface Opening {
  date: string;
  hours: readonly TimeRange[];
  name: string;
}

/** A holiday the market adds on top of the library's data. */
export interface HolidayOverrideDay {
  date: string;
  name: string;
}

/** Corrections of one market to its holiday data: `remove` lists dates that are not holidays after all. */
export interface HolidayOverrides {
  add: readonly HolidayOverrideDay[];
  remove: readonly string[];
}

/** Weekly hours per channel kind; `default` applies to channels without an entry. */
export interface MarketHours {
  default: WeeklyHours;
  [channel: string]: WeeklyHours;
}

/** The market document of `PUT /api/v1/markets/{code}` plus Borderless' `holidayOverrides`. */
export interface MarketDocument {
  name: string;
  countries: readonly string[];
  languages: readonly string[];
  timeZone: string;
  currency: string;
  hours: MarketHours;
  holidays: HolidaySpec | null;
  closures: readonly Closure[];
  openings: readonly Opening[];
  holidayOverrides?: HolidayOverrides;
  culture: Record<string, unknown>;
}

/** The part of a market document that decides when it is open. */
export interface MarketCalendarSource {
  timeZone: string;
  hours: MarketHours;
  holidays: HolidaySpec | null;
  closures?: readonly Closure[];
  openings?: readonly Opening[];
  holidayOverrides?: HolidayOverrides;
}

/** One problem found by a validator; `path` is a JSON Pointer into the market document. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Where a calendar entry comes from. */
export type CalendarEntrySource = 'library' | 'borderless' | 'override' | 'market';

/** One named day of a market's calendar, as listed for a calendar view. */
export interface CalendarEntry {
  date: string;
  name: string;
  /** `holiday` and `closure` close the day; `opening` replaces its hours. */
  kind: 'holiday' | 'closure' | 'opening';
  /** Holiday category for holidays, `null` otherwise. */
  type: HolidayType | null;
  /**
   * `library`: date-holidays; `borderless`: the corrections shipped with Borderless; `override`: the
   * market's `holidayOverrides`; `market`: the market's own closures and openings.
   */
  source: CalendarEntrySource;
  /** Hours of an opening; `null` for closed days. */
  hours: readonly TimeRange[] | null;
}

export type { TimeRange, Weekday, WeeklyHours };
