import { IntlMessageFormat } from 'intl-messageformat';
import { conventionKeys } from '../language-conventions.js';
import type { ReviewCatalogue, ReviewMessageKey } from './review-message-keys.js';
import { reviewMessagesAr } from './review-messages-ar.js';
import { reviewMessagesDe } from './review-messages-de.js';
import { reviewMessagesEn } from './review-messages-en.js';
import { reviewMessagesEs } from './review-messages-es.js';
import { reviewMessagesFr } from './review-messages-fr.js';
import { reviewMessagesIt } from './review-messages-it.js';
import { reviewMessagesJa } from './review-messages-ja.js';
import { reviewMessagesPt } from './review-messages-pt.js';
import { reviewMessagesRo } from './review-messages-ro.js';

/** The review's message catalogues by locale. */
export const reviewCatalogues: Readonly<Record<string, ReviewCatalogue>> = {
  en: reviewMessagesEn, fr: reviewMessagesFr, de: reviewMessagesDe, ja: reviewMessagesJa, es: reviewMessagesEs, it: reviewMessagesIt,
  pt: reviewMessagesPt, ro: reviewMessagesRo, ar: reviewMessagesAr,
};

/**
 * The catalogue locale for a caller's locale: the first of its fallback keys that has a catalogue (`pt-BR` → `pt`),
 * else English.
 *
 * @example
 * reviewLocale('de-AT'); // 'de'
 * reviewLocale('ko'); // 'en'
 */
export function reviewLocale(locale: string | null | undefined): string {
  if (locale) {
    for (const key of conventionKeys(locale)) if (Object.hasOwn(reviewCatalogues, key)) return key;
  }
  return 'en';
}

const compiled = new Map<string, IntlMessageFormat>();

/**
 * One review message in a caller's locale, from the ICU catalogues. Parameters are plain values; language names,
 * currency names and examples are localized by the caller before they get here.
 *
 * @example
 * reviewMessage('fr', 'registerInformal', { found: 'tu', expected: 'vous' }); // '« tu » est familier ; …'
 */
export function reviewMessage(locale: string | null | undefined, key: ReviewMessageKey, params: Record<string, string | number>): string {
  const catalogueLocale = reviewLocale(locale);
  const cacheKey = `${catalogueLocale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(reviewCatalogues[catalogueLocale]![key], catalogueLocale);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}
