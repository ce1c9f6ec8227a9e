import { IANAZone } from 'luxon';
import { validateWeeklyHours } from '../business-time/index.js';
import { holidayCountries } from './holiday-source.js';
import { validateClosures, validateHolidayOverrides, validateHolidaySpec, validateOpenings } from './market-calendar.js';
import type { ValidationIssue } from './market-types.js';

// ISO 3166-1 alpha-2 officially assigned codes (249). date-holidays adds a few user-assigned ones (XK).
const ISO_3166_ALPHA_2 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT
MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG
UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`
  .trim()
  .split(/\s+/);

const CHANNEL_KEY = /^[a-z][a-z0-9-]{0,39}$/;

let countryCodes: ReadonlySet<string> | null = null;
let timeZones: ReadonlySet<string> | null = null;
let currencies: ReadonlySet<string> | null = null;

/**
 * ISO 3166-1 alpha-2 codes accepted in `countries`: the standard's list plus the countries date-holidays
 * has data for.
 *
 * @example
 * knownCountryCodes().has('JP'); // true
 */
export function knownCountryCodes(): ReadonlySet<string> {
  countryCodes ??= new Set([...ISO_3166_ALPHA_2, ...Object.keys(holidayCountries())]);
  return countryCodes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks an IANA time zone name: one the runtime lists (`Intl.supportedValuesOf('timeZone')`) or an alias
 * it resolves (`Asia/Kolkata`, `US/Pacific`, `UTC` via luxon's `IANAZone.isValidZone`). Offsets like
 * `+09:00` are refused (no DST rules), and so is wrong letter case (`asia/tokyo`), which would be stored
 * as typed.
 *
 * @example
 * validateTimeZone('Asia/Tokio'); // [{ path: '/timeZone', message: "unknown time zone 'Asia/Tokio' …" }]
 */
export function validateTimeZone(zone: unknown, path = '/timeZone'): ValidationIssue[] {
  if (typeof zone !== 'string' || zone === '') return [{ path, message: 'must be an IANA time zone name, e.g. "Asia/Tokyo"' }];
  timeZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (timeZones.has(zone)) return [];
  if (IANAZone.isValidZone(zone)) {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    if (resolved.toLowerCase() === zone.toLowerCase() && resolved !== zone) {
      return [{ path, message: `write the time zone as '${resolved}'` }];
    }
    if (/^[A-Z]/.test(zone)) return [];
  }
  return [{ path, message: `unknown time zone '${zone}'; use an IANA name such as "Europe/Paris"` }];
}

/**
 * Checks an ISO 4217 currency code (upper case) against `Intl.supportedValuesOf('currency')`.
 *
 * @example
 * validateCurrency('YEN'); // [{ path: '/currency', message: "unknown currency 'YEN' …" }]
 */
export function validateCurrency(currency: unknown, path = '/currency'): ValidationIssue[] {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && currencies.has(currency)) return [];
  return [{ path, message: `unknown currency '${String(currency)}'; use an ISO 4217 code such as "EUR"` }];
}

/**
 * Checks `countries`: a non-empty array of distinct ISO 3166-1 alpha-2 codes in upper case.
 *
 * @example
 * validateCountries(['JP', 'jp', 'ZZ']);
 * // [{ path: '/countries/1', … }, { path: '/countries/2', … }]
 */
export function validateCountries(countries: unknown, path = '/countries'): ValidationIssue[] {
  if (!Array.isArray(countries) || countries.length === 0) {
    return [{ path, message: 'must be a non-empty array of ISO 3166-1 alpha-2 codes, e.g. ["JP"]' }];
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  countries.forEach((country: unknown, index: number) => {
    const at = `${path}/${index}`;
    if (typeof country !== 'string' || !knownCountryCodes().has(country)) {
      const hint = typeof country === 'string' && knownCountryCodes().has(country.toUpperCase()) ? ` (write '${country.toUpperCase()}')` : '';
      issues.push({ path: at, message: `not an ISO 3166-1 alpha-2 country code${hint}` });
    } else if (seen.has(country)) {
      issues.push({ path: at, message: `'${country}' is listed twice` });
    } else {
      seen.add(country);
    }
  });
  return issues;
}

/**
 * Checks `languages`: a non-empty array of distinct, well-formed BCP 47 tags (`ja`, `pt-BR`, `zh-Hant`),
 * primary language first. `und` (undetermined) is refused.
 *
 * @example
 * validateLanguages(['en_US']); // [{ path: '/languages/0', message: "'en_US' is not a BCP 47 language tag …" }]
 */
export function validateLanguages(languages: unknown, path = '/languages'): ValidationIssue[] {
  if (!Array.isArray(languages) || languages.length === 0) {
    return [{ path, message: 'must be a non-empty array of BCP 47 language tags, e.g. ["ja"]' }];
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  languages.forEach((language: unknown, index: number) => {
    const at = `${path}/${index}`;
    const canonical = typeof language === 'string' ? canonicalLanguageTag(language) : null;
    if (canonical === null) {
      issues.push({ path: at, message: `'${String(language)}' is not a BCP 47 language tag (e.g. "pt-BR")` });
    } else if (canonical === 'und' || canonical.startsWith('und-')) {
      issues.push({ path: at, message: 'must name a language, not "und"' });
    } else if (seen.has(canonical)) {
      issues.push({ path: at, message: `'${String(language)}' is listed twice` });
    } else {
      seen.add(canonical);
    }
  });
  return issues;
}

/**
 * The canonical form of a BCP 47 tag (`pt-br` → `pt-BR`), or `null` when it is not one.
 *
 * @example
 * canonicalLanguageTag('zh-hant'); // 'zh-Hant'
 */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Checks `hours`: an object with `default` and optional per-channel entries (lower-case channel kinds),
 * each valid weekly hours (see the business-time engine's `validateWeeklyHours`).
 *
 * @example
 * validateMarketHours({ default: { mon: [['09:00', '25:00']] } });
 * // [{ path: '/hours/default/mon/0/1', message: 'must be a time "HH:MM" from 00:00 to 24:00' }]
 */
export function validateMarketHours(hours: unknown, path = '/hours'): ValidationIssue[] {
  if (!isPlainObject(hours)) return [{ path, message: 'must be an object { default, <channel>… } of weekly hours' }];
  const issues: ValidationIssue[] = [];
  if (!Object.hasOwn(hours, 'default')) issues.push({ path: `${path}/default`, message: 'is required' });
  for (const [channel, weekly] of Object.entries(hours)) {
    if (!CHANNEL_KEY.test(channel)) {
      issues.push({ path: `${path}/${channel}`, message: 'channel keys are lower-case kinds such as "phone" or "chat"' });
      continue;
    }
    issues.push(...validateWeeklyHours(weekly, `${path}/${channel}`));
  }
  return issues;
}

/**
 * Validates the calendar part of a market document as the HTTP layer receives it (any JSON): countries,
 * languages, time zone, currency, hours, holidays, closures, openings and holidayOverrides. Returns every
 * problem found, `[]` when valid. Fields outside the calendar (name, culture) are the HTTP schema's job.
 *
 * @example
 * validateMarketCalendar(presetToMarketDocument(getMarketPreset('JP')!)); // []
 */
export function validateMarketCalendar(doc: unknown): ValidationIssue[] {
  if (!isPlainObject(doc)) return [{ path: '', message: 'must be a market object' }];
  return [
    ...validateCountries(doc.countries),
    ...validateLanguages(doc.languages),
    ...validateTimeZone(doc.timeZone),
    ...validateCurrency(doc.currency),
    ...validateMarketHours(doc.hours),
    ...(doc.holidays === undefined ? [{ path: '/holidays', message: 'is required (null for no holidays)' }] : validateHolidaySpec(doc.holidays)),
    ...validateClosures(doc.closures ?? []),
    ...validateOpenings(doc.openings ?? []),
    ...validateHolidayOverrides(doc.holidayOverrides),
  ];
}
