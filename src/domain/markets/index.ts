export type {
  CalendarEntry,
  CalendarEntrySource,
  Closure,
  HolidayOverrideDay,
  HolidayOverrides,
  HolidaySpec,
  HolidayType,
  MarketCalendarSource,
  MarketDocument,
  MarketHours,
  Opening,
  ValidationIssue,
} from './market-types.js';
export { HOLIDAY_TYPES } from './market-types.js';
export {
  listHolidays,
  resolveClosedDays,
  toCalendarRules,
  validateClosures,
  validateHolidayOverrides,
  validateHolidaySpec,
  validateOpenings,
  type ListHolidaysOptions,
  type MarketCalendarOptions,
} from './market-calendar.js';
export { getMarketPreset, marketPresets, presetToMarketDocument, type MarketPreset } from './market-presets.js';
export {
  canonicalLanguageTag,
  knownCountryCodes,
  validateCountries,
  validateCurrency,
  validateLanguages,
  validateMarketCalendar,
  validateMarketHours,
  validateTimeZone,
} from './market-schema-rules.js';
export { holidayCountries, holidayRegions, holidayStates, holidaysOfYear, makeUpWorkdays, type HolidayDay } from './holiday-source.js';
export { BUILT_IN_HOLIDAY_FIXES, announcedScheduleYears, type CountryHolidayFix } from './holiday-corrections.js';
