import type { SensitiveTopic } from '../culture-types.js';
import type { LanguageRuleTable } from './rule-table-types.js';

/** A rule table compiled into one regular expression per category. */
export interface CompiledRules {
  language: string;
  informal: RegExp | null;
  formal: RegExp | null;
  opening: RegExp | null;
  closing: RegExp | null;
  crossSell: RegExp | null;
  topics: ReadonlyMap<SensitiveTopic, RegExp>;
  exemptions: RegExp | null;
  /** The contexts in which `n` stands for itself, or null when the table has none. */
  numberContext(n: number): RegExp | null;
}

/** One match of a compiled pattern: UTF-16 offsets into the text and the matched text. */
export interface Found {
  start: number;
  end: number;
  text: string;
}

const LETTER = '[\\p{L}\\p{M}\\p{N}_]';
// Before: no letter. After: no letter — unless the match ended on an apostrophe (French t', l'), which joins words.
const BEFORE = `(?<!${LETTER})`;
const AFTER = `(?:(?<=['’])|(?!${LETTER}))`;

/**
 * One case-insensitive, Unicode, global regular expression for a list of pattern sources, longest first; word
 * boundaries around it when the table asks for them. Null for an empty list.
 *
 * @example
 * compilePatterns(['tu', 'toi'], 'words')!.test('Merci à toi'); // true
 */
export function compilePatterns(patterns: readonly string[] | undefined, boundaries: LanguageRuleTable['boundaries']): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  const alternatives = [...patterns].sort((a, b) => b.length - a.length).map((p) => `(?:${p})`).join('|');
  const source = boundaries === 'words' ? `${BEFORE}(?:${alternatives})${AFTER}` : `(?:${alternatives})`;
  return new RegExp(source, 'giu');
}

/**
 * Every non-overlapping match of a global expression in `text`.
 *
 * @example
 * findAll(/tu/giu, 'tu et tu'); // [{ start: 0, end: 2, text: 'tu' }, { start: 6, end: 8, text: 'tu' }]
 */
export function findAll(pattern: RegExp | null, text: string, from = 0, to = text.length): Found[] {
  if (!pattern) return [];
  const found: Found[] = [];
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match.index >= to) break;
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/** Whether a global expression matches anywhere in `text`. */
export function matches(pattern: RegExp | null, text: string): boolean {
  if (!pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
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
  const topics = new Map<SensitiveTopic, RegExp>();
  for (const [topic, words] of Object.entries(table.topics) as Array<[SensitiveTopic, string[] | undefined]>) {
    const compiled = compilePatterns(words, table.boundaries);
    if (compiled) topics.set(topic, compiled);
  }
  const numberCache = new Map<number, RegExp | null>();
  return {
    language: table.language,
    informal: compilePatterns(table.register.informal, table.boundaries),
    formal: compilePatterns(table.register.formal, table.boundaries),
    opening: compilePatterns(table.opening, table.boundaries),
    closing: compilePatterns(table.closing, table.boundaries),
    crossSell: compilePatterns(table.crossSell, table.boundaries),
    topics,
    exemptions: compilePatterns(table.topicExemptions, table.boundaries),
    numberContext(n: number): RegExp | null {
      if (numberCache.has(n)) return numberCache.get(n)!;
      let compiled: RegExp | null = null;
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
