/**
 * BCP 47 tag syntax (RFC 5646), canonical casing, and the mapping from any tag a caller may send to the
 * small set of codes the detector speaks (`nb` for Norwegian, `zh` / `zh-Hant` for the two Chinese scripts).
 */

// RFC 5646 §2.1 "langtag" without the registry: syntax only, so unknown-but-well-formed tags stay usable.
const LANGTAG =
  /^(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?$/i;
const PRIVATE_USE = /^x(?:-[a-z\d]{1,8})+$/i;
const GRANDFATHERED = new Set([
  'en-gb-oed', 'i-ami', 'i-bnn', 'i-default', 'i-enochian', 'i-hak', 'i-klingon', 'i-lux', 'i-mingo', 'i-navajo',
  'i-pwn', 'i-tao', 'i-tay', 'i-tsu', 'sgn-be-fr', 'sgn-be-nl', 'sgn-ch-de', 'art-lojban', 'cel-gaulish', 'no-bok',
  'no-nyn', 'zh-guoyu', 'zh-hakka', 'zh-min', 'zh-min-nan', 'zh-xiang',
]);
const MAX_TAG_LENGTH = 64;

/**
 * Whether `tag` is a well-formed BCP 47 language tag (syntax of RFC 5646, not registry membership).
 *
 * @example
 * isWellFormedLanguageTag('pt-BR'); // true
 * isWellFormedLanguageTag('zh-Hant-TW'); // true
 * isWellFormedLanguageTag('en_US'); // false
 */
export function isWellFormedLanguageTag(tag: unknown): boolean {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > MAX_TAG_LENGTH) return false;
  if (GRANDFATHERED.has(tag.toLowerCase())) return true;
  if (PRIVATE_USE.test(tag)) return true;
  if (!LANGTAG.test(tag)) return false;
  // A singleton may appear only once (RFC 5646 §2.2.6).
  const seen = new Set<string>();
  for (const part of tag.toLowerCase().split('-').slice(1)) {
    if (part.length !== 1) continue;
    if (part === 'x') break;
    if (seen.has(part)) return false;
    seen.add(part);
  }
  return true;
}

/**
 * Canonical casing of a well-formed tag: language lower-case, script title-case, region upper-case
 * (RFC 5646 §2.1.1). Returns `null` for a malformed tag.
 *
 * @example
 * canonicalizeLanguageTag('ZH-hant-tw'); // 'zh-Hant-TW'
 * canonicalizeLanguageTag('pt_BR'); // null
 */
export function canonicalizeLanguageTag(tag: unknown): string | null {
  if (typeof tag !== 'string' || !isWellFormedLanguageTag(tag)) return null;
  const parts = tag.toLowerCase().split('-');
  let afterSingleton = false;
  return parts
    .map((part, index) => {
      if (index === 0 || afterSingleton) return part;
      if (part.length === 1) {
        afterSingleton = true;
        return part;
      }
      if (part.length === 4 && /^[a-z]{4}$/.test(part)) return part[0]!.toUpperCase() + part.slice(1);
      if (part.length === 2) return part.toUpperCase();
      return part;
    })
    .join('-');
}

/** Parsed pieces of a tag, lower-cased language, title-cased script, upper-cased region. */
export interface LanguageTagParts {
  language: string;
  script: string | null;
  region: string | null;
}

/**
 * Splits a well-formed tag into language, script and region (extlang, variants and extensions dropped).
 *
 * @example
 * parseLanguageTag('zh-Hant-HK'); // { language: 'zh', script: 'Hant', region: 'HK' }
 */
export function parseLanguageTag(tag: string): LanguageTagParts | null {
  const canonical = canonicalizeLanguageTag(tag);
  if (canonical === null) return null;
  const parts = canonical.split('-');
  const language = parts[0] ?? '';
  let script: string | null = null;
  let region: string | null = null;
  for (const part of parts.slice(1)) {
    if (part.length === 1) break;
    if (/^[A-Z][a-z]{3}$/.test(part) && script === null && region === null) script = part;
    else if (/^(?:[A-Z]{2}|\d{3})$/.test(part) && region === null) region = part;
  }
  return { language, script, region };
}

// Deprecated or macro codes a client may still send, mapped to what the detector reports.
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  no: 'nb', nn: 'nb', in: 'id', iw: 'he', ji: 'yi', fil: 'tl', zsm: 'ms', cmn: 'zh', yue: 'zh-Hant',
  arb: 'ar', pes: 'fa', prs: 'fa', sh: 'hr', mo: 'ro', jw: 'jv',
};
const TRADITIONAL_CHINESE_REGIONS = new Set(['TW', 'HK', 'MO']);

/**
 * Maps any well-formed tag to the detector's code: region dropped, Chinese by script (`zh` Simplified,
 * `zh-Hant` Traditional), Norwegian as `nb`, deprecated codes to their successors. `null` if malformed.
 *
 * @example
 * toDetectionLanguage('pt-BR'); // 'pt'
 * toDetectionLanguage('zh-TW'); // 'zh-Hant'
 * toDetectionLanguage('no'); // 'nb'
 */
export function toDetectionLanguage(tag: unknown): string | null {
  if (typeof tag !== 'string') return null;
  const parts = parseLanguageTag(tag);
  if (parts === null) return null;
  const language = LANGUAGE_ALIASES[parts.language] ?? parts.language;
  if (language === 'zh' || language === 'zh-Hant') {
    if (parts.script === 'Hant') return 'zh-Hant';
    if (parts.script === 'Hans') return 'zh';
    if (parts.region !== null && TRADITIONAL_CHINESE_REGIONS.has(parts.region)) return 'zh-Hant';
    return language;
  }
  return language;
}
