import type { UiLocale } from './locales.js';
import { en, type Catalogue } from './messages-en.js';

// English ships in the main bundle (it is the fallback for any message a catalogue lacks); the others are separate
// chunks fetched when chosen, so each agent downloads one extra language at most.
const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./messages-fr.js'),
  de: () => import('./messages-de.js'),
  it: () => import('./messages-it.js'),
  es: () => import('./messages-es.js'),
  ja: () => import('./messages-ja.js'),
  ro: () => import('./messages-ro.js'),
  pt: () => import('./messages-pt.js'),
  ar: () => import('./messages-ar.js'),
};

const loaded = new Map<UiLocale, Catalogue>([['en', en]]);

/** The catalogue for `locale`, from memory when already fetched. */
export function cachedCatalogue(locale: UiLocale): Catalogue | undefined {
  return loaded.get(locale);
}

/**
 * Fetches the catalogue for `locale` (English is always at hand).
 *
 * @example
 * const fr = await loadCatalogue('fr');
 */
export async function loadCatalogue(locale: UiLocale): Promise<Catalogue> {
  const known = loaded.get(locale);
  if (known) return known;
  const module = await loaders[locale as Exclude<UiLocale, 'en'>]();
  loaded.set(locale, module.default);
  return module.default;
}
