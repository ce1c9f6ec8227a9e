import type { Label, PhraseTable } from './classification-types.js';
import { normalizeForMatching } from './text-normalization.js';

/** One step of a compiled phrase: a word (whole or as a prefix), or a gap of up to three words. */
type Step = { kind: 'word'; value: string; prefix: boolean } | { kind: 'gap' };

interface CompiledPhrase {
  phrase: string;
  weights: ReadonlyArray<readonly [Label, number]>;
  /** Word phrases: the steps after the first word. */
  steps: readonly Step[];
  /** Text phrases: the parts between spaces, which may be joined by any whitespace (or none). */
  parts: readonly string[];
  gapAfter: readonly boolean[];
  length: number;
}

/** A table compiled into look-up indexes: phrases are found by their first word (or first character). */
export interface CompiledTable {
  language: string;
  matching: PhraseTable['matching'];
  clitics: readonly string[];
  /** First word → phrases whose first word is exactly it. */
  exact: ReadonlyMap<string, readonly CompiledPhrase[]>;
  /** First three letters of a prefix first word → phrases (prefix words, and every word in `stems` matching). */
  prefixes: ReadonlyMap<string, ReadonlyArray<{ stem: string; phrase: CompiledPhrase }>>;
  /** Text matching: first character → phrases. */
  firstChar: ReadonlyMap<string, readonly CompiledPhrase[]>;
}

export interface PhraseMatch {
  phrase: string;
  weights: ReadonlyArray<readonly [Label, number]>;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const MAX_GAP = 3;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function wordsOf(normalized: string): string[] {
  return normalized.split(/\s+/).filter(Boolean);
}

/**
 * Compiles a table. Phrases are normalized like message text, so tables may be written with accents.
 *
 * @example
 * const fr = compileTable({ language: 'fr', matching: 'words', phrases: [['rembours*', { refund: 2 }]] });
 * matchTable(fr, normalizeForMatching('Je veux être remboursé')); // [{ phrase: 'rembours*', weights: [['refund', 2]] }]
 */
export function compileTable(table: PhraseTable): CompiledTable {
  const exact = new Map<string, CompiledPhrase[]>();
  const prefixes = new Map<string, Array<{ stem: string; phrase: CompiledPhrase }>>();
  const firstChar = new Map<string, CompiledPhrase[]>();
  const stems = table.matching === 'stems';
  for (const [phrase, weightMap] of table.phrases) {
    const weights = Object.entries(weightMap).filter(([, w]) => typeof w === 'number' && w !== 0) as Array<[Label, number]>;
    const normalized = normalizeForMatching(phrase).trim();
    if (table.matching === 'text') {
      const tokens = wordsOf(normalized);
      const parts: string[] = [];
      const gapAfter: boolean[] = [];
      for (const token of tokens) {
        if (token === '..') { if (gapAfter.length) gapAfter[gapAfter.length - 1] = true; continue; }
        parts.push(token.replace(/\*$/, ''));
        gapAfter.push(false);
      }
      if (parts.length === 0) continue;
      const compiled: CompiledPhrase = { phrase, weights, steps: [], parts, gapAfter, length: parts.join('').length };
      push(firstChar, parts[0]![0]!, compiled);
      continue;
    }
    const steps: Step[] = [];
    for (const token of wordsOf(normalized)) {
      if (token === '..') { steps.push({ kind: 'gap' }); continue; }
      const prefix = token.endsWith('*');
      // Text is split into words at apostrophes and hyphens too ("n'arrive" → n, arrive), so phrases are.
      const pieces = (prefix ? token.slice(0, -1) : token).match(WORD_RUN) ?? [];
      pieces.forEach((piece, i) => steps.push({ kind: 'word', value: piece, prefix: stems || (prefix && i === pieces.length - 1) }));
    }
    const first = steps[0];
    if (!first || first.kind !== 'word') continue;
    const compiled: CompiledPhrase = {
      phrase, weights, steps: steps.slice(1), parts: [], gapAfter: [],
      length: steps.reduce((n, s) => n + (s.kind === 'word' ? s.value.length + 1 : 0), 0),
    };
    if (first.prefix) push(prefixes, first.value.slice(0, 3), { stem: first.value, phrase: compiled });
    else push(exact, first.value, compiled);
  }
  const clitics = (table.clitics ?? []).map((c) => normalizeForMatching(c)).sort((a, b) => b.length - a.length);
  return { language: table.language, matching: table.matching, clitics, exact, prefixes, firstChar };
}

function wordMatches(step: Extract<Step, { kind: 'word' }>, word: string): boolean {
  return step.prefix ? word.startsWith(step.value) : word === step.value;
}

/** How many words the rest of a phrase covers from `at` (the word after its first), or -1. */
function matchRest(steps: readonly Step[], s: number, words: readonly string[], at: number): number {
  if (s === steps.length) return at;
  const step = steps[s]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= MAX_GAP && at + skip <= words.length; skip++) {
      const end = matchRest(steps, s + 1, words, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (at >= words.length || !wordMatches(step, words[at]!)) return -1;
  return matchRest(steps, s + 1, words, at + 1);
}

function firstWordForms(table: CompiledTable, word: string): string[] {
  const forms = [word];
  for (const clitic of table.clitics) {
    if (word.length > clitic.length + 1 && word.startsWith(clitic)) forms.push(word.slice(clitic.length));
  }
  return forms;
}

function matchWords(table: CompiledTable, text: string): PhraseMatch[] {
  const words = text.match(WORD_RUN) ?? [];
  const found = new Set<CompiledPhrase>();
  for (let i = 0; i < words.length;) {
    let best: CompiledPhrase | undefined;
    let bestEnd = -1;
    for (const form of firstWordForms(table, words[i]!)) {
      for (const phrase of table.exact.get(form) ?? []) {
        const end = matchRest(phrase.steps, 0, words, i + 1);
        if (end >= 0 && (best === undefined || phrase.length > best.length)) { best = phrase; bestEnd = end; }
      }
      for (const { stem, phrase } of table.prefixes.get(form.slice(0, 3)) ?? []) {
        if (!form.startsWith(stem)) continue;
        const end = matchRest(phrase.steps, 0, words, i + 1);
        if (end >= 0 && (best === undefined || phrase.length > best.length)) { best = phrase; bestEnd = end; }
      }
    }
    // Longest phrase at a position wins and its words are used up, so "je voudrais savoir" does not also count
    // as "je voudrais".
    if (best) { found.add(best); i = bestEnd; } else i++;
  }
  return [...found].map(({ phrase, weights }) => ({ phrase, weights }));
}

/** End of `parts` matched at `at` (parts joined by optional whitespace, or a short gap), or -1. */
function matchParts(phrase: CompiledPhrase, text: string, at: number): number {
  let pos = at;
  for (let p = 0; p < phrase.parts.length; p++) {
    const part = phrase.parts[p]!;
    if (p > 0) {
      if (phrase.gapAfter[p - 1]) {
        const limit = Math.min(text.length, pos + 8);
        let hit = -1;
        for (let k = pos; k <= limit; k++) if (text.startsWith(part, k)) { hit = k; break; }
        if (hit < 0) return -1;
        pos = hit;
      } else {
        while (pos < text.length && /\s/.test(text[pos]!)) pos++;
      }
    }
    if (!text.startsWith(part, pos)) return -1;
    pos += part.length;
  }
  return pos;
}

function matchText(table: CompiledTable, text: string): PhraseMatch[] {
  const found = new Set<CompiledPhrase>();
  for (let i = 0; i < text.length;) {
    let best: CompiledPhrase | undefined;
    let bestEnd = -1;
    for (const phrase of table.firstChar.get(text[i]!) ?? []) {
      const end = matchParts(phrase, text, i);
      if (end >= 0 && (best === undefined || phrase.length > best.length)) { best = phrase; bestEnd = end; }
    }
    if (best) { found.add(best); i = bestEnd; } else i++;
  }
  return [...found].map(({ phrase, weights }) => ({ phrase, weights }));
}

/**
 * The phrases of a compiled table found in an already normalized text; each phrase counts once, and where
 * phrases start at the same place the longest wins and uses up its words.
 *
 * @example
 * matchTable(fr, normalizeForMatching('Où est ma commande ?')).map((m) => m.phrase); // ['ou est ma commande']
 */
export function matchTable(table: CompiledTable, normalizedText: string): PhraseMatch[] {
  return table.matching === 'text' ? matchText(table, normalizedText) : matchWords(table, normalizedText);
}
