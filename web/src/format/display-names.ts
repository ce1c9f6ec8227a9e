// Names of languages and countries come from the browser's CLDR data in the interface language, so the catalogues
// never list them and every language tag a market uses gets a proper name.

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string, type: 'language' | 'region'): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (!cache.has(key)) {
    try {
      cache.set(key, new Intl.DisplayNames([locale], { type, fallback: 'code' }));
    } catch {
      cache.set(key, null);
    }
  }
  return cache.get(key) ?? null;
}

/**
 * The name of a language tag in `locale` ("Japanese", "japonais", "日本語"), or the tag itself when unknown.
 *
 * @example
 * languageName('fr', 'ja'); // 'japonais'
 */
export function languageName(locale: string, tag: string): string {
  try {
    return displayNames(locale, 'language')?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name in itself ("français", "العربية"), for the language switcher. */
export function endonym(tag: string): string {
  const name = languageName(tag, tag);
  // CLDR writes some names in lower case ("français"); in a menu of languages each starts a line.
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** A country's name in `locale`, or the code when unknown. */
export function countryName(locale: string, country: string): string {
  try {
    return displayNames(locale, 'region')?.of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/**
 * The flag of an ISO 3166-1 alpha-2 country as regional-indicator characters (decorative: always shown next to
 * the code, because some systems draw the two letters instead of a flag).
 *
 * @example
 * flagOf('JP'); // '🇯🇵'
 */
export function flagOf(country: string | null | undefined): string {
  if (!country || !/^[A-Za-z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * A list in the interface language's own way ("Japanese, English" / "japonais et anglais" are both CLDR's call).
 *
 * @example
 * formatList('en', ['JP', 'KR']); // 'JP, KR'
 */
export function formatList(locale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);
  } catch {
    return items.join(', ');
  }
}
