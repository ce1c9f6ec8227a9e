/**
 * How a market writes dates, numbers and amounts, read from `Intl` (CLDR data shipped with Node.js) rather
 * than kept in tables of our own.
 */

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** The formats of one locale and currency. */
export interface MarketFormats {
  locale: string;
  currency: string;
  /** Order of day, month and year in a numeric date. */
  dateOrder: DateOrder;
  /** A numeric date (26 May 2027) as the locale writes it: `2027/05/26`, `26.05.2027`, `05/26/2027`. */
  dateExample: string;
  /** The same date in words (`2027年5月26日`, `26 mai 2027`). */
  longDateExample: string;
  decimal: string;
  group: string;
  /** 1234.5 in the market currency: `€1,234.50`, `1.234,50 €`, `￥1,235`. */
  amountExample: string;
}

// A fixed, unambiguous sample day (day 26 > 12) for examples; never "today" (domain code has no clock).
const SAMPLE_DAY = Date.UTC(2027, 4, 26, 12);
const cache = new Map<string, MarketFormats>();

function supported(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The formats of a locale and currency. Results are cached per pair.
 *
 * @example
 * marketFormats('ja-JP', 'JPY').dateOrder; // 'ymd'
 * marketFormats('de-DE', 'EUR').decimal; // ','
 */
export function marketFormats(locale: string, currency: string): MarketFormats {
  const key = `${locale}\u0000${currency}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const tag = supported(locale);
  const dateParts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(SAMPLE_DAY);
  const order = dateParts.filter((p) => p.type === 'year' || p.type === 'month' || p.type === 'day').map((p) => p.type[0]).join('');
  const dateOrder: DateOrder = order === 'ymd' || order === 'dmy' || order === 'mdy' ? order : 'ymd';
  const numberParts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  let amountExample: string;
  try {
    amountExample = new Intl.NumberFormat(tag, { style: 'currency', currency }).format(1234.5);
  } catch {
    amountExample = `${new Intl.NumberFormat(tag).format(1234.5)} ${currency}`;
  }
  const formats: MarketFormats = {
    locale: tag,
    currency,
    dateOrder,
    // Bidirectional marks (Arabic, Hebrew) would make the example unreadable in a plain-text message.
    dateExample: dateParts.map((p) => p.value).join('').replace(/[\u200e\u200f\u061c]/g, ''),
    longDateExample: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(SAMPLE_DAY),
    decimal: numberParts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: numberParts.find((p) => p.type === 'group')?.value ?? ',',
    amountExample: amountExample.replace(/[\u200e\u200f\u061c]/g, ''),
  };
  if (cache.size > 500) cache.clear();
  cache.set(key, formats);
  return formats;
}

/**
 * The locale a market's dates and amounts are written in: the profile's `formats.locale` when set, else the
 * reply language with the market's country (`fr` + `CH` → `fr-CH`), else the language alone.
 *
 * @example
 * formatLocale(null, 'pt-BR', 'BR'); // 'pt-BR'
 * formatLocale(null, 'fr', 'CH'); // 'fr-CH'
 */
export function formatLocale(profileLocale: string | null | undefined, language: string, country: string | null | undefined): string {
  if (profileLocale) return profileLocale;
  const parts = language.split('-');
  const hasRegion = parts.slice(1).some((p) => p.length === 2 || /^\d{3}$/.test(p));
  if (hasRegion || !country) return language;
  return `${language}-${country.toUpperCase()}`;
}
