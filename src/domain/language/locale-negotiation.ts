/**
 * Locale negotiation: Accept-Language parsing, fallback chains (pt-BR → pt → en, zh-HK → zh-Hant → zh → en,
 * nb → no → en) and picking the best variant a brand actually has content in.
 */
import { canonicalizeLanguageTag, parseLanguageTag, toDetectionLanguage } from './language-tags.js';

export interface AcceptLanguageEntry {
  /** Canonically cased tag, or `*`. */
  tag: string;
  /** Quality 0 < q ≤ 1. */
  q: number;
}

const MAX_HEADER_LENGTH = 4096;
const MAX_ENTRIES = 32;
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an Accept-Language header (RFC 9110 §12.5.4) into entries sorted by quality, highest first, ties
 * in header order. Malformed entries and `q=0` are dropped; `*` is kept.
 *
 * @example
 * parseAcceptLanguage('da-DK,da;q=0.9,en;q=0.5');
 * // [{ tag: 'da-DK', q: 1 }, { tag: 'da', q: 0.9 }, { tag: 'en', q: 0.5 }]
 */
export function parseAcceptLanguage(header: unknown): AcceptLanguageEntry[] {
  if (typeof header !== 'string') return [];
  const entries: Array<AcceptLanguageEntry & { order: number }> = [];
  const parts = header.slice(0, MAX_HEADER_LENGTH).split(',');
  for (const [order, part] of parts.entries()) {
    if (entries.length >= MAX_ENTRIES) break;
    const entry = parseAcceptLanguagePart(part);
    if (entry !== null && entry.q > 0) entries.push({ ...entry, order });
  }
  return entries.sort((a, b) => b.q - a.q || a.order - b.order).map(({ tag, q }) => ({ tag, q }));
}

/**
 * Parses one comma-separated part of an Accept-Language header; `null` when malformed.
 *
 * @example
 * parseAcceptLanguagePart(' fr-CH ; q=0.8'); // { tag: 'fr-CH', q: 0.8 }
 */
export function parseAcceptLanguagePart(part: string): AcceptLanguageEntry | null {
  const [rawTag, ...params] = part.split(';').map((s) => s.trim());
  if (rawTag === undefined || rawTag === '') return null;
  let q = 1;
  for (const param of params) {
    const match = /^q\s*=\s*(.*)$/i.exec(param);
    if (match === null || !QVALUE.test(match[1] ?? '')) return null;
    q = Number(match[1]);
  }
  if (rawTag === '*') return { tag: '*', q };
  const tag = canonicalizeLanguageTag(rawTag);
  return tag === null ? null : { tag, q };
}

// Regions whose Chinese is written in Traditional characters.
const HANT_REGIONS = new Set(['TW', 'HK', 'MO']);
// Spanish-speaking regions of the Americas, which share the CLDR parent es-419.
const ES_419_REGIONS = new Set([
  'AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PR', 'PY', 'SV', 'US', 'UY',
  'VE', '419',
]);

/** Parents a truncation alone would not find, keyed by canonical tag. */
function specialParents(tag: string): string[] {
  const parts = parseLanguageTag(tag);
  if (parts === null) return [];
  const { language, script, region } = parts;
  if (language === 'zh') {
    const traditional = script === 'Hant' || (script === null && region !== null && HANT_REGIONS.has(region));
    if (traditional) return tag === 'zh-Hant' ? ['zh'] : ['zh-Hant', 'zh'];
    return tag === 'zh' ? [] : ['zh'];
  }
  if (language === 'nb') return ['no'];
  if (language === 'nn') return ['no', 'nb'];
  if (language === 'no') return ['nb'];
  if (language === 'es' && region !== null && region !== '419' && ES_419_REGIONS.has(region)) return ['es-419', 'es'];
  return [];
}

/** RFC 4647 §3.4 lookup truncation: drop the last subtag, and a singleton left dangling before it. */
function truncations(tag: string): string[] {
  const result: string[] = [];
  const parts = tag.split('-');
  while (parts.length > 1) {
    parts.pop();
    if (parts.length > 1 && (parts[parts.length - 1] ?? '').length === 1) parts.pop();
    result.push(parts.join('-'));
  }
  return result;
}

/** The tag itself, its truncations and its special parents, without any brand default. */
function ownChain(tag: string): string[] {
  const canonical = canonicalizeLanguageTag(tag);
  if (canonical === null) return [];
  const chain = [canonical];
  const push = (t: string): void => {
    if (!chain.includes(t)) chain.push(t);
  };
  const special = specialParents(canonical);
  for (const parent of truncations(canonical)) {
    // Special parents set the order (zh-Hant-TW → zh-Hant → zh, es-MX → es-419 → es).
    if (special.includes(parent)) continue;
    push(parent);
  }
  for (const parent of special) {
    push(parent);
    for (const further of specialParents(parent)) push(further);
  }
  return chain;
}

/**
 * Ordered list of locales to try for `tag`, ending with the brand default (and its own parents). Chinese
 * goes through its script (`zh-HK → zh-Hant → zh`), Norwegian through the macrolanguage (`nb → no`,
 * `nn → no → nb`), Latin American Spanish through `es-419`. A malformed tag yields the default's chain.
 *
 * @example
 * localeFallbackChain('pt-BR', 'en'); // ['pt-BR', 'pt', 'en']
 * localeFallbackChain('zh-HK', 'en'); // ['zh-HK', 'zh-Hant', 'zh', 'en']
 * localeFallbackChain('nn', 'en'); // ['nn', 'no', 'nb', 'en']
 */
export function localeFallbackChain(tag: string, brandDefault: string): string[] {
  const chain = ownChain(tag);
  for (const t of ownChain(brandDefault)) if (!chain.includes(t)) chain.push(t);
  return chain;
}

// zh is Simplified in this project, so a resource labelled zh-Hans is the same content as one labelled zh.
function sameLocale(a: string, b: string): boolean {
  const alias = (t: string): string => {
    const lower = t.toLowerCase();
    return lower === 'zh-hans' ? 'zh' : lower;
  };
  return alias(a) === alias(b);
}

/**
 * Picks the best of `available` for a customer who asked for `requested` (most preferred first): for each
 * requested tag in turn, the first element of its own fallback chain that is available; failing that, an
 * available variant of the same language (same Chinese script first), so a `de` reader gets `de-AT`
 * rather than the default; else the brand default. Returns the `available` entry as written.
 *
 * @example
 * negotiateLocale(['pt-BR', 'en'], ['en', 'pt', 'ja'], 'en'); // 'pt'
 * negotiateLocale(['zh-HK'], ['zh-Hant', 'zh-Hans', 'en'], 'en'); // 'zh-Hant'
 * negotiateLocale(['de'], ['de-AT', 'en'], 'en'); // 'de-AT'
 */
export function negotiateLocale(requested: readonly string[], available: readonly string[], brandDefault: string): string {
  const usable = available.filter((tag) => canonicalizeLanguageTag(tag) !== null);
  for (const want of requested) {
    for (const step of ownChain(want)) {
      const hit = usable.find((tag) => sameLocale(tag, step));
      if (hit !== undefined) return hit;
    }
    const chain = ownChain(want);
    if (chain.length === 0) continue;
    // Languages the reader accepts: nb also reads no; zh-TW also reads zh.
    const languages = new Set(chain.map((t) => parseLanguageTag(t)?.language));
    const family = toDetectionLanguage(want);
    const sameLanguage = usable.filter((tag) => languages.has(parseLanguageTag(tag)?.language));
    const sibling = sameLanguage.find((tag) => toDetectionLanguage(tag) === family) ?? sameLanguage[0];
    if (sibling !== undefined) return sibling;
  }
  return usable.find((tag) => sameLocale(tag, brandDefault)) ?? brandDefault;
}
