import type { SensitiveTopic } from '../culture-types.js';
import type { LanguageRuleTable } from './rule-table-types.js';

/**
 * A compiled pattern list: one global regular expression, and whether a match must also start a word. The word
 * start is checked by hand rather than with a lookbehind at the head of the expression, which would stop the
 * engine from skipping ahead to the characters a match can start with — most of the cost of a scan.
 */
export interface Matcher {
  regex: RegExp;
  wordStart: boolean;
}

/** A rule table compiled into one matcher per category. */
export interface CompiledRules {
  language: string;
  informal: Matcher | null;
  formal: Matcher | null;
  opening: Matcher | null;
  closing: Matcher | null;
  crossSell: Matcher | null;
  topics: ReadonlyMap<SensitiveTopic, Matcher>;
  exemptions: Matcher | null;
  /** The contexts in which `n` stands for itself, or null when the table has none. */
  numberContext(n: number): Matcher | null;
}

/** One match of a compiled pattern: UTF-16 offsets into the text and the matched text. */
export interface Found {
  start: number;
  end: number;
  text: string;
}

const LETTER = '[\\p{L}\\p{M}\\p{N}_]';
const LETTER_CHAR = /[\p{L}\p{M}\p{N}_]/u;
// After: no letter — unless the match ended on an apostrophe (French t', l'), which joins words — and not a hyphen
// and digits: "Tu-144" and "du-3" are model names, not pronouns.
const AFTER = `(?:(?<=['’])|(?!${LETTER}|-\\d))`;

/**
 * One case-insensitive, Unicode, global matcher for a list of pattern sources, longest first; word boundaries
 * around it when the table asks for them. Null for an empty list.
 *
 * @example
 * matches(compilePatterns(['tu', 'toi'], 'words'), 'Merci à toi'); // true
 */
export function compilePatterns(patterns: readonly string[] | undefined, boundaries: LanguageRuleTable['boundaries']): Matcher | null {
  if (!patterns || patterns.length === 0) return null;
  const alternatives = [...patterns].sort((a, b) => b.length - a.length).map((p) => `(?:${p})`).join('|');
  const source = boundaries === 'words' ? `(?:${alternatives})${AFTER}` : `(?:${alternatives})`;
  return { regex: new RegExp(source, 'giu'), wordStart: boundaries === 'words' };
}

function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  let previous = text[index - 1]!;
  // A letter outside the Basic Multilingual Plane is a surrogate pair: test the whole of it.
  if (index >= 2 && /[\uDC00-\uDFFF]/.test(previous)) previous = text.slice(index - 2, index);
  return !LETTER_CHAR.test(previous);
}

/**
 * Every non-overlapping match of a matcher in `text`.
 *
 * @example
 * findAll(compilePatterns(['tu'], 'words'), 'tu et tu'); // [{ start: 0, end: 2, text: 'tu' }, { start: 6, end: 8, text: 'tu' }]
 */
export function findAll(matcher: Matcher | null, text: string): Found[] {
  if (!matcher) return [];
  const { regex, wordStart } = matcher;
  const found: Found[] = [];
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    if (match[0].length === 0 || (wordStart && !startsWord(text, match.index))) {
      // Not a word start (the "tu" of "statut"): look again from the next character.
      regex.lastIndex = match.index + 1;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** Whether a matcher matches anywhere in `text`. */
export function matches(matcher: Matcher | null, text: string): boolean {
  if (!matcher) return false;
  if (!matcher.wordStart) {
    matcher.regex.lastIndex = 0;
    return matcher.regex.test(text);
  }
  return findAll(matcher, text).length > 0;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a table once; the number contexts are compiled per number on first use.
 *
 * @example
 * const rules = compileRuleTable(frRules);
 * findAll(rules.informal, 'Tu peux nous écrire'); // [{ start: 0, end: 2, text: 'Tu' }]
 */
export function compileRuleTable(table: LanguageRuleTable): CompiledRules {
  const topics = new Map<SensitiveTopic, Matcher>();
  for (const [topic, words] of Object.entries(table.topics) as Array<[SensitiveTopic, string[] | undefined]>) {
    const compiled = compilePatterns(words, table.boundaries);
    if (compiled) topics.set(topic, compiled);
  }
  const numberCache = new Map<number, Matcher | null>();
  return {
    language: table.language,
    informal: compilePatterns(table.register.informal, table.boundaries),
    formal: compilePatterns(table.register.formal, table.boundaries),
    opening: compilePatterns(table.opening, table.boundaries),
    closing: compilePatterns(table.closing, table.boundaries),
    crossSell: compilePatterns(table.crossSell, table.boundaries),
    topics,
    exemptions: compilePatterns(table.topicExemptions, table.boundaries),
    numberContext(n: number): Matcher | null {
      if (numberCache.has(n)) return numberCache.get(n)!;
      let compiled: Matcher | null = null;
      if (table.numberContexts && table.numberContexts.length > 0) {
        const digits = String(n);
        const fullWidth = [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
        const forms = [digits, fullWidth, ...(table.numerals?.[n] ?? [])].map(escapeRegExp);
        // The number must stand alone: 4 is not 14 or 40.
        const number = `(?<![\\d０-９])(?:${forms.join('|')})(?![\\d０-９])`;
        compiled = compilePatterns(table.numberContexts.map((p) => p.replaceAll('{n}', number)), table.boundaries);
      }
      numberCache.set(n, compiled);
      return compiled;
    },
  };
}
