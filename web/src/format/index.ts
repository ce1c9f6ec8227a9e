export { browserTimeZone, formatInstant, isoInZone, isValidTimeZone, relativeTime, timeZones, zoneOffsetMinutes, type InstantStyle } from './time-format.js';
export { formatSpan, isoDurationMs } from './duration-format.js';
export { countryName, endonym, flagOf, formatList, languageName } from './display-names.js';
