/**
 * The brand glossary: terms machine translation must leave alone (brand and product names) and terms it must
 * translate one fixed way per target language. Applied around the engine: matched terms become placeholders
 * the engines carry through untouched (`<x id="0"/>` in markup mode), and are put back afterwards.
 */
import { localeFallbackChain, toDetectionLanguage } from '../language/index.js';

/** A term no engine may translate (a brand or product name). */
export interface KeepTerm {
  term: string;
  /** Match only this exact casing (`Apple` the brand, not `apple` the fruit). Default false. */
  caseSensitive?: boolean;
}

/** A term that must be translated one way into one target language (and the languages that fall back to it). */
export interface ForcedTranslation {
  term: string;
  /** Target language: applies to it and to every tag whose fallback chain reaches it (`pt` covers `pt-BR`). */
  to: string;
  translation: string;
  /** Only when translating from this language; null or absent for any source. */
  from?: string | null;
  caseSensitive?: boolean;
}

export interface Glossary {
  doNotTranslate: KeepTerm[];
  forced: ForcedTranslation[];
}

/** A problem with glossary input, as a JSON pointer and a message. */
export interface GlossaryIssue {
  path: string;
  message: string;
}

export const emptyGlossary: Glossary = Object.freeze({ doNotTranslate: [], forced: [] }) as Glossary;

export const MAX_GLOSSARY_ENTRIES = 2000;
export const MAX_TERM_LENGTH = 200;

/**
 * Checks a glossary for what a schema cannot see: blank terms, duplicates, and forced translations that
 * would loop back to the term itself.
 *
 * @example
 * validateGlossary({ doNotTranslate: [{ term: 'Kitsune' }, { term: 'kitsune' }], forced: [] });
 * // [{ path: '/doNotTranslate/1/term', message: 'duplicates /doNotTranslate/0' }]
 */
export function validateGlossary(glossary: Glossary): GlossaryIssue[] {
  const issues: GlossaryIssue[] = [];
  const total = glossary.doNotTranslate.length + glossary.forced.length;
  if (total > MAX_GLOSSARY_ENTRIES) issues.push({ path: '', message: `at most ${MAX_GLOSSARY_ENTRIES} entries in all (got ${total})` });
  const keepSeen = new Map<string, number>();
  glossary.doNotTranslate.forEach((entry, i) => {
    const term = entry.term.normalize('NFC').trim();
    if (term === '') { issues.push({ path: `/doNotTranslate/${i}/term`, message: 'must not be blank' }); return; }
    const key = entry.caseSensitive ? term : term.toLowerCase();
    const first = keepSeen.get(key);
    if (first !== undefined) issues.push({ path: `/doNotTranslate/${i}/term`, message: `duplicates /doNotTranslate/${first}` });
    else keepSeen.set(key, i);
  });
  const forcedSeen = new Map<string, number>();
  glossary.forced.forEach((entry, i) => {
    const term = entry.term.normalize('NFC').trim();
    if (term === '') issues.push({ path: `/forced/${i}/term`, message: 'must not be blank' });
    if (entry.translation.trim() === '') issues.push({ path: `/forced/${i}/translation`, message: 'must not be blank' });
    const to = toDetectionLanguage(entry.to);
    if (to === null) issues.push({ path: `/forced/${i}/to`, message: 'must be a BCP 47 language tag' });
    if (entry.from !== undefined && entry.from !== null && toDetectionLanguage(entry.from) === null) {
      issues.push({ path: `/forced/${i}/from`, message: 'must be a BCP 47 language tag' });
    }
    const key = [entry.caseSensitive ? term : term.toLowerCase(), entry.to.toLowerCase(), (entry.from ?? '').toLowerCase()].join('\u0000');
    const first = forcedSeen.get(key);
    if (first !== undefined) issues.push({ path: `/forced/${i}`, message: `duplicates /forced/${first} (same term, to and from)` });
    else forcedSeen.set(key, i);
  });
  return issues;
}

/** One glossary term found in the text and replaced by a placeholder. */
export interface ProtectedSpan {
  id: number;
  kind: 'keep' | 'forced';
  /** The text as it appeared in the source. */
  source: string;
  /** What goes back in its place: the source text itself (keep) or the forced translation. */
  replacement: string;
  /** Whether whitespace surrounded it in the source, so a space an engine swallowed can be put back. */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** A text ready for the engine: placeholders in, the rest escaped when `markup` is true. */
export interface ProtectedText {
  text: string;
  /** True when placeholders are present: the engine must run in markup mode (HTML/XML) so it keeps the tags. */
  markup: boolean;
  spans: ProtectedSpan[];
}

interface Candidate {
  term: string;
  kind: 'keep' | 'forced';
  caseSensitive: boolean;
  translation: string | null;
  /** Lower is more specific: forced entries for the exact target beat those for a fallback parent. */
  rank: number;
}

// Scripts written without spaces between words: a match next to one of these characters is at a boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;
const WORDISH = /[\p{L}\p{N}\p{M}_]/u;
const UNSPACED_LANGUAGES = new Set(['ja', 'zh', 'zh-Hant', 'th', 'lo', 'km', 'my']);

function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return text[index - 1];
}

function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}

function lastChar(text: string): string {
  return charBefore(text, text.length) ?? '';
}

function isBoundary(outside: string | undefined, edge: string): boolean {
  if (outside === undefined || !WORDISH.test(outside)) return true;
  // "Kitsuneを" or "키츠네팬을": no spaces in these scripts, so the neighbour does not make it part of a longer word.
  return UNSPACED.test(outside) || UNSPACED.test(edge);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Escapes text for the engines' markup modes (LibreTranslate `format: html`, DeepL `tag_handling: xml`). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an engine may answer with in markup mode, in one pass (so `&amp;lt;` stays `&lt;`). */
export function unescapeMarkup(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? whole;
    const point = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

function placeholder(id: number): string {
  return `<x id="${id}"/>`;
}

function applicableCandidates(glossary: Glossary, from: string | null, to: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const entry of glossary.doNotTranslate) {
    const term = entry.term.normalize('NFC').trim();
    if (term) candidates.push({ term, kind: 'keep', caseSensitive: entry.caseSensitive ?? false, translation: null, rank: 100 });
  }
  const chain = localeFallbackChain(to, to).map((t) => t.toLowerCase());
  const source = from === null ? null : toDetectionLanguage(from);
  for (const entry of glossary.forced) {
    const term = entry.term.normalize('NFC').trim();
    if (!term) continue;
    const target = entry.to.toLowerCase() === 'zh-hans' ? 'zh' : entry.to.toLowerCase();
    const rank = chain.indexOf(target);
    if (rank < 0) continue;
    if (entry.from !== undefined && entry.from !== null && toDetectionLanguage(entry.from) !== source) continue;
    candidates.push({ term, kind: 'forced', caseSensitive: entry.caseSensitive ?? false, translation: entry.translation, rank });
  }
  return candidates;
}

/**
 * Replaces the glossary terms found in `text` by placeholders for the language pair. Longest match wins; at
 * the same place a forced translation beats a do-not-translate term, and a forced translation for the exact
 * target beats one for a fallback parent. When nothing matches the text is returned as is (`markup: false`).
 *
 * @example
 * protectGlossaryTerms('I love my Kitsune Pan', { doNotTranslate: [{ term: 'Kitsune Pan' }], forced: [] }, { from: 'en', to: 'ja' });
 * // { text: 'I love my <x id="0"/>', markup: true, spans: [{ id: 0, kind: 'keep', source: 'Kitsune Pan', … }] }
 */
export function protectGlossaryTerms(text: string, glossary: Glossary, pair: { from: string | null; to: string }): ProtectedText {
  const source = text.normalize('NFC');
  const candidates = applicableCandidates(glossary, pair.from, pair.to);
  if (candidates.length === 0) return { text: source, markup: false, spans: [] };

  const matches: Array<{ start: number; end: number; candidate: Candidate }> = [];
  const lower = source.toLowerCase();
  for (const candidate of candidates) {
    // Most terms are absent from most messages: a plain search first spares building their patterns.
    if (!(candidate.caseSensitive ? source.includes(candidate.term) : lower.includes(candidate.term.toLowerCase()))) continue;
    const pattern = new RegExp(escapeRegExp(candidate.term), candidate.caseSensitive ? 'gu' : 'giu');
    for (const m of source.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isBoundary(charBefore(source, start), charAt(source, start) ?? '')) continue;
      if (!isBoundary(charAt(source, end), charBefore(source, end) ?? '')) continue;
      matches.push({ start, end, candidate });
    }
  }
  if (matches.length === 0) return { text: source, markup: false, spans: [] };
  const kindOrder = (c: Candidate) => (c.kind === 'forced' ? 0 : 1);
  matches.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start)
    || kindOrder(a.candidate) - kindOrder(b.candidate) || a.candidate.rank - b.candidate.rank);

  const spans: ProtectedSpan[] = [];
  let out = '';
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor) continue;
    const found = source.slice(match.start, match.end);
    const id = spans.length;
    spans.push({
      id, kind: match.candidate.kind, source: found, replacement: match.candidate.translation ?? found,
      spaceBefore: /\s/u.test(charBefore(source, match.start) ?? ''), spaceAfter: /\s/u.test(charAt(source, match.end) ?? ''),
    });
    out += escapeMarkup(source.slice(cursor, match.start)) + placeholder(id);
    cursor = match.end;
  }
  out += escapeMarkup(source.slice(cursor));
  return { text: out, markup: true, spans };
}

/** What restoring placeholders found. */
export interface RestoredText {
  text: string;
  /** Spans whose placeholder the engine dropped: the term is missing from the translation. */
  lost: ProtectedSpan[];
  /** Placeholders with ids we never sent (removed). */
  unknown: number;
}

// Tolerant of what engines do to a tag: case (<X ID="0"/>), spaces (< x id = "0" / >), full-width forms in
// CJK output (＜x id＝"０"／＞), curly quotes, no quotes, and an added closing tag (<x id="0"></x>).
const PLACEHOLDER_TAG = new RegExp(
  String.raw`[<＜][\s\u3000]*[xXｘＸ](?=[\s\u3000/／>＞])[\s\u3000]*` +
  String.raw`(?:[iIｉＩ][dDｄＤ][\s\u3000]*[=＝][\s\u3000]*["'“”„«»＂]?[\s\u3000]*([0-9０-９]{1,4})[\s\u3000]*["'“”„«»＂]?[\s\u3000]*)?` +
  String.raw`[/／]?[\s\u3000]*[>＞]` +
  String.raw`|[<＜][\s\u3000]*[/／][\s\u3000]*[xXｘＸ][\s\u3000]*[>＞]`,
  'g',
);

function placeholderId(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  return Number(digits.normalize('NFKC'));
}

/**
 * Puts the glossary terms back into an engine's output and decodes markup escapes. Every placeholder is
 * replaced wherever it appears (engines may reorder or repeat them); a swallowed space around a term is put
 * back for languages written with spaces; placeholders the engine escaped (`&lt;x id="0"/&gt;`) are still
 * found. What could not be restored is reported, never silently dropped.
 *
 * @example
 * const p = protectGlossaryTerms('Ship my Kitsune Pan', glossary, { from: 'en', to: 'fr' });
 * restoreGlossaryTerms('Expédiez ma< X ID = "0" / >', p, 'fr').text; // 'Expédiez ma Kitsune Pan'
 */
export function restoreGlossaryTerms(translated: string, protectedText: ProtectedText, to: string): RestoredText {
  if (!protectedText.markup) return { text: translated, lost: [], unknown: 0 };
  const spaced = !UNSPACED_LANGUAGES.has(toDetectionLanguage(to) ?? '');
  const byId = new Map(protectedText.spans.map((s) => [s.id, s]));
  const seen = new Set<number>();
  let unknown = 0;

  const substitute = (input: string, decode: boolean, onlyMissing: boolean): string => {
    let out = '';
    let cursor = 0;
    for (const m of input.matchAll(PLACEHOLDER_TAG)) {
      const id = placeholderId(m[1]);
      const span = id === null ? undefined : byId.get(id);
      if (onlyMissing && (span === undefined || seen.has(span.id))) continue;
      const between = input.slice(cursor, m.index);
      out += decode ? unescapeMarkup(between) : between;
      cursor = m.index + m[0].length;
      if (m[0].replace(/[\s\u3000]/g, '').match(/^[<＜][/／]/)) continue;
      if (span === undefined) { unknown += 1; continue; }
      seen.add(span.id);
      let piece = span.replacement;
      if (spaced && span.spaceBefore && WORDISH.test(lastChar(out))) piece = ` ${piece}`;
      const next = charAt(input, cursor);
      if (spaced && span.spaceAfter && next !== undefined && WORDISH.test(next)) piece = `${piece} `;
      out += piece;
    }
    const rest = input.slice(cursor);
    return out + (decode ? unescapeMarkup(rest) : rest);
  };

  let text = substitute(translated, true, false);
  if (seen.size < protectedText.spans.length && /[<＜]/.test(text)) text = substitute(text, false, true);
  return { text, lost: protectedText.spans.filter((s) => !seen.has(s.id)), unknown };
}
