import { validateMarketCalendar } from '../domain/markets/index.js';
import type { FieldError } from '../errors/index.js';
import type { MarketInput } from '../store/market-store.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the settings Borderless itself reads: `settings.autoReply.closedHours` (boolean). Other keys are the
 * brand's own and are kept as given.
 *
 * @example
 * validateMarketSettings({ autoReply: { closedHours: 'yes' } });
 * // [{ path: '/settings/autoReply/closedHours', message: 'must be true or false' }]
 */
export function validateMarketSettings(settings: unknown, path = '/settings'): FieldError[] {
  if (!isPlainObject(settings)) return [{ path, message: 'must be an object' }];
  const autoReply = settings.autoReply;
  if (autoReply === undefined) return [];
  if (!isPlainObject(autoReply)) return [{ path: `${path}/autoReply`, message: 'must be an object such as { "closedHours": true }' }];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(autoReply)) {
    if (key !== 'closedHours') errors.push({ path: `${path}/autoReply/${key}`, message: 'is not a known auto-reply; use closedHours' });
    else if (typeof value !== 'boolean') errors.push({ path: `${path}/autoReply/closedHours`, message: 'must be true or false' });
  }
  return errors;
}

/**
 * JSON pointers of the strings (values or keys) that contain U+0000, which PostgreSQL text cannot store.
 *
 * @example
 * nulPaths({ name: 'Ger\u0000many' }, '/body'); // ['/body/name']
 */
export function nulPaths(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= 10) return found;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulPaths(item, `${path}/${index}`, found));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (key.includes('\u0000')) found.push(at);
      else nulPaths(item, at, found);
    }
  }
  return found;
}

/**
 * Every problem with a complete market as it is about to be stored: the name, then the domain's rules for
 * countries, languages, zone, currency, hours (malformed `HH:MM`, overlaps), holidays (unknown country, region or
 * type), closures, openings and overrides, then the settings. Paths are JSON pointers under `/body`.
 *
 * @example
 * validateMarketInput({ ...japan, timeZone: 'Asia/Tokio' });
 * // [{ path: '/body/timeZone', message: "unknown IANA time zone 'Asia/Tokio'" }]
 */
export function validateMarketInput(input: MarketInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.name || input.name.trim() === '') errors.push({ path: '/body/name', message: 'is required (or give a preset)' });
  for (const issue of validateMarketCalendar(input)) errors.push({ path: `/body${issue.path}`, message: issue.message });
  for (const issue of validateMarketSettings(input.settings)) errors.push({ path: `/body${issue.path}`, message: issue.message });
  for (const path of nulPaths(input, '/body')) errors.push({ path, message: 'must not contain the NUL character (U+0000)' });
  return errors;
}

/** True when the market asked for closed-hours auto-replies (`settings.autoReply.closedHours: true`). */
export function wantsClosedHoursAutoReply(settings: Record<string, unknown>): boolean {
  const autoReply = settings.autoReply;
  return isPlainObject(autoReply) && autoReply.closedHours === true;
}
