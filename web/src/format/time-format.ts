// Times are stored as UTC instants and shown in the viewer's zone or the customer's zone; these helpers do the
// showing. Intl formatters are costly to build and the inbox formats hundreds of times, so they are cached.

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** True when the runtime knows `zone` as an IANA time zone. */
export function isValidTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone the browser runs in, the fallback when an agent has none in their profile. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * Minutes `zone` is ahead of UTC at instant `at` (DST-aware).
 *
 * @example
 * zoneOffsetMinutes('Asia/Tokyo', Date.parse('2027-01-01T00:00:00Z')); // 540
 */
export function zoneOffsetMinutes(zone: string, at: number): number {
  const parts = dateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant as ISO 8601 local time with the zone's offset, for `<time dateTime>` and tests.
 *
 * @example
 * isoInZone(Date.parse('2027-04-30T08:30:00Z'), 'Asia/Tokyo'); // '2027-04-30T17:30+09:00'
 */
export function isoInZone(at: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, at);
  const local = new Date(at + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export type InstantStyle = 'time' | 'date' | 'dateTime' | 'weekdayTime' | 'shortWeekdayTime' | 'weekdayDate' | 'full';

const styles: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  date: { dateStyle: 'medium' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  weekdayTime: { weekday: 'long', hour: 'numeric', minute: '2-digit' },
  shortWeekdayTime: { weekday: 'short', hour: 'numeric', minute: '2-digit' },
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  full: { dateStyle: 'full', timeStyle: 'long' },
};

/** Formats an instant for people, in `locale`, as seen in `zone`. */
export function formatInstant(locale: string, at: number | string, zone: string, style: InstantStyle): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at;
  return dateTimeFormat(locale, { ...styles[style], timeZone: zone }).format(new Date(ms));
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/**
 * "3 minutes ago" / "il y a 3 minutes" / "٣ دقائق" for recent instants; older ones get a short date.
 *
 * @example
 * relativeTime('en', Date.parse('2027-01-01T10:00:00Z'), Date.parse('2027-01-01T10:05:00Z'), 'UTC'); // '5 minutes ago'
 */
export function relativeTime(locale: string, at: number | string, now: number, zone: string): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at;
  let format = relativeFormatters.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
    relativeFormatters.set(locale, format);
  }
  const seconds = Math.round((ms - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return format.format(0, 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  if (abs < 6 * 86400) return format.format(Math.round(seconds / 86400), 'day');
  return formatInstant(locale, ms, zone, 'date');
}

let zones: string[] | undefined;

/** Every IANA time zone the browser knows, for the zone inputs' suggestions. */
export function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones;
}
