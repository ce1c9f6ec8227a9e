/** The languages the console's own interface is translated into. */
export const uiLocales = ['en', 'fr', 'de', 'it', 'es', 'ja', 'ro', 'pt', 'ar'] as const;
export type UiLocale = (typeof uiLocales)[number];

const rightToLeft: ReadonlySet<string> = new Set<UiLocale>(['ar']);

/** True for scripts written right to left; the whole console mirrors for them. */
export function isRightToLeft(locale: UiLocale): boolean {
  return rightToLeft.has(locale);
}

/** True when `tag` is one of the console's interface languages. */
export function isUiLocale(tag: string | null | undefined): tag is UiLocale {
  return typeof tag === 'string' && (uiLocales as readonly string[]).includes(tag);
}

/**
 * Picks the first interface language that matches one of the candidates (exact tag, then its base language), in
 * the order given: typically the agent's own choice, their profile's locale, then the browser's languages.
 *
 * @example
 * negotiateLocale([null, 'pt-BR', 'en']); // 'pt'
 * negotiateLocale(['sv-SE']);             // 'en' (fallback)
 */
export function negotiateLocale(candidates: ReadonlyArray<string | null | undefined>): UiLocale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase();
    if (isUiLocale(tag)) return tag;
    const base = tag.split(/[-_]/)[0];
    if (isUiLocale(base)) return base;
  }
  return 'en';
}

const deviceKey = 'borderless.locale';
const userKey = (userId: string) => `borderless.locale.${userId}`;

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The language picked with the switcher: by this agent (userId given) or on this browser's sign-in page (null). */
export function storedLocaleChoice(userId: string | null): UiLocale | null {
  const value = readStorage(userId ? userKey(userId) : deviceKey);
  return isUiLocale(value) ? value : null;
}

/** Remembers a switcher choice: per agent when signed in (shared desks), and for the browser's sign-in page. */
export function storeLocaleChoice(userId: string | null, locale: UiLocale): void {
  try {
    if (userId) window.localStorage.setItem(userKey(userId), locale);
    else window.localStorage.setItem(deviceKey, locale);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
