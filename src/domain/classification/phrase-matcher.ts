import type { Label, PhraseTable } from './classification-types.js';
import { normalizeForMatching } from './text-normalization.js';

/** A table compiled into one regular expression; phrases are tried longest first at each position. */
export interface CompiledTable {
  language: string;
  regex: RegExp;
  phrases: ReadonlyArray<{ phrase: string; weights: ReadonlyArray<readonly [Label, number]> }>;
}

const WORD = '[\\p{L}\\p{N}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordPattern(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  let pattern = '';
  words.forEach((word, i) => {
    if (word === '..') {
      // Up to three words in between ("change my delivery address").
      pattern += `(?:${WORD}+[^\\p{L}\\p{N}]+){0,3}`;
      return;
    }
    const prefix = word.endsWith('*');
    const core = prefix ? word.slice(0, -1) : word;
    // Inside a word, any run of separators (apostrophe, hyphen) matches any other run: "e-mail" ~ "e mail".
    pattern += core.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escape).join('[^\\p{L}\\p{N}]+');
    pattern += prefix ? `${WORD}*` : `(?!${WORD})`;
    if (i < words.length - 1) pattern += '[^\\p{L}\\p{N}]+';
  });
  return pattern;
}

function textPattern(phrase: string): string {
  return phrase.split(/\s+/).filter(Boolean).map((part) => (part === '..' ? '.{0,8}?' : escape(part.replace(/\*$/, '')))).join('\\s*');
}

/**
 * Compiles a table. Phrases are normalized like message text, so tables may be written with accents.
 *
 * @example
 * const fr = compileTable({ language: 'fr', matching: 'words', phrases: [['rembours*', { refund: 2 }]] });
 * matchTable(fr, 'Je veux être remboursé'); // [{ phrase: 'rembours*', weights: [['refund', 2]] }]
 */
export function compileTable(table: PhraseTable): CompiledTable {
  const entries = table.phrases.map(([phrase, weights]) => ({
    phrase,
    normalized: normalizeForMatching(phrase).trim(),
    weights: Object.entries(weights).filter(([, w]) => typeof w === 'number' && w !== 0) as Array<[Label, number]>,
  }));
  // Longest first, so "ne fonctionne pas" wins over "fonctionne" at the same position.
  entries.sort((a, b) => b.normalized.length - a.normalized.length);
  const alternatives = entries.map((e) => `(${table.matching === 'words' ? wordPattern(e.normalized) : textPattern(e.normalized)})`);
  return {
    language: table.language,
    // The word-start check is shared by every alternative, so most positions fail before any alternative runs.
    regex: new RegExp(table.matching === 'words' ? `(?<!${WORD})(?:${alternatives.join('|')})` : alternatives.join('|'), 'gu'),
    phrases: entries.map(({ phrase, weights }) => ({ phrase, weights })),
  };
}

/**
 * The phrases of a compiled table found in an already normalized text; each phrase counts once.
 *
 * @example
 * matchTable(fr, normalizeForMatching('Où est ma commande ?')).map((m) => m.phrase);
 */
export function matchTable(table: CompiledTable, normalizedText: string): CompiledTable['phrases'][number][] {
  const found = new Set<number>();
  table.regex.lastIndex = 0;
  for (const match of normalizedText.matchAll(table.regex)) {
    for (let g = 1; g < match.length; g++) {
      if (match[g] !== undefined) { found.add(g - 1); break; }
    }
  }
  return [...found].sort((a, b) => a - b).map((i) => table.phrases[i]!);
}
