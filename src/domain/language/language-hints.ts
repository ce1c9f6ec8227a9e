/**
 * What the caller knows besides the text — previous language, country, Accept-Language, market languages,
 * channel locale, an allowed-candidates list — turned into prior weights per language, and validated for
 * the HTTP layer.
 */
import { COUNTRY_LANGUAGES } from './country-languages.js';
import { LANGUAGE_INDEX, SUPPORTED_LANGUAGES } from './language-inventory.js';
import { isWellFormedLanguageTag, toDetectionLanguage } from './language-tags.js';
import { parseAcceptLanguage, parseAcceptLanguagePart } from './locale-negotiation.js';

export interface LanguageHints {
  /** ISO 3166-1 alpha-2 country of the customer (e.g. from the market, phone number or IP). */
  country?: string;
  /** Language of the customer's previous message in the conversation: the strongest hint. */
  previousLanguage?: string;
  /** Raw Accept-Language header of the customer's browser. */
  acceptLanguage?: string;
  /** Restricts the answer to these languages. */
  candidates?: string[];
  /** Languages the market serves. */
  marketLanguages?: string[];
  /** Locale the channel is configured for (e.g. a Japanese LINE account: `ja-JP`). */
  channelLocale?: string;
}

export interface HintIssue {
  /** JSON Pointer relative to the hints object, e.g. `/candidates/1`. */
  path: string;
  message: string;
}

const MAX_LIST = 50;
const MAX_HEADER = 4096;
const COUNTRY = /^[A-Za-z]{2}$/;

function checkTag(value: unknown, path: string, issues: HintIssue[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string') {
    issues.push({ path, message: 'must be a string BCP 47 language tag' });
    return;
  }
  if (!isWellFormedLanguageTag(value)) {
    issues.push({ path, message: `"${value.slice(0, 64)}" is not a well-formed BCP 47 language tag` });
  }
}

function checkTagList(value: unknown, path: string, issues: HintIssue[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    issues.push({ path, message: 'must be an array of BCP 47 language tags' });
    return;
  }
  if (value.length > MAX_LIST) issues.push({ path, message: `must have at most ${MAX_LIST} entries` });
  value.slice(0, MAX_LIST).forEach((tag: unknown, index: number) => checkTag(tag, `${path}/${index}`, issues));
}

/**
 * Reports every malformed hint: tags that are not well-formed BCP 47, a country that is not two letters,
 * an Accept-Language part that does not parse, lists that are not arrays. Paths are JSON Pointers relative
 * to the hints object. An empty array means the hints are usable as given.
 *
 * @example
 * validateLanguageHints({ previousLanguage: 'da', candidates: ['da', 'nb_NO'] });
 * // [{ path: '/candidates/1', message: '"nb_NO" is not a well-formed BCP 47 language tag' }]
 */
export function validateLanguageHints(hints: unknown): HintIssue[] {
  if (hints === undefined || hints === null) return [];
  if (typeof hints !== 'object' || Array.isArray(hints)) return [{ path: '', message: 'hints must be an object' }];
  const h = hints as Record<string, unknown>;
  const issues: HintIssue[] = [];
  if (h.country !== undefined && (typeof h.country !== 'string' || !COUNTRY.test(h.country))) {
    issues.push({ path: '/country', message: 'must be an ISO 3166-1 alpha-2 country code such as "DK"' });
  }
  checkTag(h.previousLanguage, '/previousLanguage', issues);
  checkTag(h.channelLocale, '/channelLocale', issues);
  checkTagList(h.candidates, '/candidates', issues);
  checkTagList(h.marketLanguages, '/marketLanguages', issues);
  if (h.acceptLanguage !== undefined) {
    if (typeof h.acceptLanguage !== 'string') {
      issues.push({ path: '/acceptLanguage', message: 'must be an Accept-Language header string' });
    } else if (h.acceptLanguage.length > MAX_HEADER) {
      issues.push({ path: '/acceptLanguage', message: `must be at most ${MAX_HEADER} characters` });
    } else if (h.acceptLanguage.trim() !== '') {
      const bad = h.acceptLanguage.split(',').filter((part) => parseAcceptLanguagePart(part) === null);
      if (bad.length > 0) {
        issues.push({ path: '/acceptLanguage', message: `malformed entries: ${bad.map((b) => `"${b.trim().slice(0, 40)}"`).join(', ')}` });
      }
    }
  }
  return issues;
}

// Multipliers on the prior odds of a language. Previous language is the strongest signal; a country says
// less (many countries write in two or three languages). Sized so that one unambiguous word still beats
// any single hint ("Gracias" after an English message is Spanish) while a hint settles words shared by
// several languages ("tak" from Denmark is Danish).
const PREVIOUS_LANGUAGE_BOOST = 99;
const COUNTRY_BOOST = 60;
const ACCEPT_LANGUAGE_BOOST = 20;
const CHANNEL_LOCALE_BOOST = 20;
const MARKET_LANGUAGE_BOOST = 8;

/** Prior weights derived from hints, in log space, indexed like SUPPORTED_LANGUAGES. */
export interface HintPrior {
  logPrior: Float64Array;
  /** True when at least one usable hint was given (so "no evidence" can still be answered). */
  informative: boolean;
  /** Allowed languages, or null when unrestricted. */
  allowed: Uint8Array | null;
}

// Tag → index memo (tags repeat across messages); bounded so hostile input cannot grow it without limit.
const TAG_INDEX_MEMO = new Map<string, number | null>();
const MAX_MEMO = 2048;

function languageIndexOf(tag: unknown): number | undefined {
  if (typeof tag !== 'string') return undefined;
  let index = TAG_INDEX_MEMO.get(tag);
  if (index === undefined) {
    const language = toDetectionLanguage(tag);
    index = (language === null ? undefined : LANGUAGE_INDEX.get(language)) ?? null;
    if (TAG_INDEX_MEMO.size >= MAX_MEMO) TAG_INDEX_MEMO.clear();
    TAG_INDEX_MEMO.set(tag, index);
  }
  return index ?? undefined;
}

const COUNTRY_PRIORS = new Map<string, Array<[number, number]>>(
  Object.entries(COUNTRY_LANGUAGES).map(([country, shares]) => [
    country,
    Object.entries(shares)
      .map(([language, share]) => [LANGUAGE_INDEX.get(language), share] as const)
      .filter((entry): entry is readonly [number, number] => entry[0] !== undefined)
      .map(([index, share]) => [index, share] as [number, number]),
  ]),
);

const ACCEPT_LANGUAGE_MEMO = new Map<string, Array<[number, number]>>();

/** Language index and quality of the first 8 distinct supported languages of an Accept-Language header. */
function acceptLanguageWeights(header: string): Array<[number, number]> {
  let weights = ACCEPT_LANGUAGE_MEMO.get(header);
  if (weights === undefined) {
    weights = [];
    const seen = new Set<number>();
    for (const { tag, q } of parseAcceptLanguage(header).slice(0, 8)) {
      const index = languageIndexOf(tag);
      if (index === undefined || seen.has(index)) continue;
      seen.add(index);
      weights.push([index, q]);
    }
    if (ACCEPT_LANGUAGE_MEMO.size >= MAX_MEMO) ACCEPT_LANGUAGE_MEMO.clear();
    ACCEPT_LANGUAGE_MEMO.set(header, weights);
  }
  return weights;
}

function boostIndex(multipliers: Float64Array, index: number, amount: number): void {
  multipliers[index] = (multipliers[index] as number) * (1 + amount);
}

function boost(multipliers: Float64Array, tag: unknown, amount: number): boolean {
  const index = languageIndexOf(tag);
  if (index === undefined) return false;
  boostIndex(multipliers, index, amount);
  return true;
}

const NO_HINTS: HintPrior = Object.freeze({
  logPrior: new Float64Array(SUPPORTED_LANGUAGES.length),
  informative: false,
  allowed: null,
});

/** Buffers {@link buildHintPrior} can fill instead of allocating; the prior it returns then shares them. */
export interface HintPriorBuffers {
  multipliers: Float64Array;
  logPrior: Float64Array;
  allowed: Uint8Array;
}

/** Fresh buffers for {@link buildHintPrior}, one per caller that reuses them. */
export function createHintPriorBuffers(): HintPriorBuffers {
  const n = SUPPORTED_LANGUAGES.length;
  return { multipliers: new Float64Array(n), logPrior: new Float64Array(n), allowed: new Uint8Array(n) };
}

function countryShares(country: string): Array<[number, number]> | undefined {
  // Codes usually arrive upper-case already; only the others pay for toUpperCase().
  return COUNTRY_PRIORS.get(country) ?? COUNTRY_PRIORS.get(country.toUpperCase());
}

/**
 * Turns hints into prior log-weights (the shared result for "no hints" must not be mutated). Malformed or
 * unknown values are ignored here (validation reports them); an empty `candidates` list restricts nothing,
 * one with no supported language allows nothing. With `buffers`, the result is written into them and is
 * valid until the next call with the same buffers.
 *
 * @example
 * buildHintPrior({ country: 'DK' }).informative; // true
 */
export function buildHintPrior(hints: LanguageHints | undefined, buffers?: HintPriorBuffers): HintPrior {
  if (hints === undefined || hints === null || typeof hints !== 'object') return NO_HINTS;
  const n = SUPPORTED_LANGUAGES.length;
  const into = buffers ?? createHintPriorBuffers();
  const multipliers = into.multipliers.fill(1);
  let informative = false;
  let allowed: Uint8Array | null = null;
  if (typeof hints.previousLanguage === 'string') {
    informative = boost(multipliers, hints.previousLanguage, PREVIOUS_LANGUAGE_BOOST) || informative;
  }
  if (typeof hints.country === 'string') {
    const shares = countryShares(hints.country);
    if (shares !== undefined && shares.length > 0) {
      for (const [index, share] of shares) boostIndex(multipliers, index, COUNTRY_BOOST * share);
      informative = true;
    }
  }
  if (typeof hints.acceptLanguage === 'string') {
    for (const [index, q] of acceptLanguageWeights(hints.acceptLanguage)) {
      boostIndex(multipliers, index, ACCEPT_LANGUAGE_BOOST * q);
      informative = true;
    }
  }
  if (typeof hints.channelLocale === 'string') {
    informative = boost(multipliers, hints.channelLocale, CHANNEL_LOCALE_BOOST) || informative;
  }
  if (Array.isArray(hints.marketLanguages)) {
    const seen = new Set<number>();
    for (const tag of hints.marketLanguages.slice(0, MAX_LIST)) {
      const index = languageIndexOf(tag);
      if (index === undefined || seen.has(index)) continue;
      seen.add(index);
      boostIndex(multipliers, index, MARKET_LANGUAGE_BOOST);
      informative = true;
    }
  }
  if (Array.isArray(hints.candidates) && hints.candidates.length > 0) {
    allowed = into.allowed.fill(0);
    for (const tag of hints.candidates.slice(0, MAX_LIST)) {
      const index = languageIndexOf(tag);
      if (index !== undefined) allowed[index] = 1;
    }
  }
  const logPrior = into.logPrior;
  for (let i = 0; i < n; i++) {
    const m = multipliers[i] as number;
    logPrior[i] = m !== 1 ? Math.log(m) : 0;
  }
  return { logPrior, informative, allowed };
}
