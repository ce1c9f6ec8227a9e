export type {
  Availability,
  CalendarRules,
  ClosedDay,
  HoursIssue,
  OpenInterval,
  TimeRange,
  Weekday,
  WeeklyHours,
} from './business-time-types.js';
export { compileCalendar, type CompiledCalendar } from './calendar-compiler.js';
export {
  HORIZON_MS,
  MAX_DURATION_MS,
  addOpenTime,
  availabilityAt,
  openIntervals,
  openTimeBetween,
} from './open-time.js';
export { isValidTimeZone, validateTimeRanges, validateWeeklyHours } from './hours-validator.js';
export { formatIsoDuration, parseIsoDuration } from './iso-duration.js';
