/**
 * Lookup structures over the customer-service lexicon: exact entries (single words and phrases of up to
 * three words) and an accent-folded twin for customers who type without diacritics.
 */
import { CUSTOMER_SERVICE_LEXICON } from './customer-service-lexicon.js';
import { LANGUAGE_INDEX } from './language-inventory.js';
import { foldDiacritics, prepareText } from './text-preparation.js';

/** Longest entry, in words. */
export const MAX_PHRASE_WORDS = 3;
/** Weight of a match found only after folding accents away. */
const FOLDED_WEIGHT = 0.7;
/** Weight of an Indonesian/Malay stem found after removing a clitic (pesanannya → pesanan). */
const CLITIC_WEIGHT = 0.8;
// Enclitics written attached to the word in Indonesian and Malay; the stem is what the lexicon lists.
const MALAY_CLITICS = /^(.{3,}?)(nya|lah|kah|pun|ku|mu)$/;

interface LexiconIndex {
  exact: Map<string, number[]>;
  folded: Map<string, number[]>;
  /** First words of multi-word entries (exact and folded), so phrase keys are built only when useful. */
  phraseStarts: Set<string>;
}

function add(map: Map<string, number[]>, key: string, language: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [language]);
  else if (!list.includes(language)) list.push(language);
}

function buildIndex(): LexiconIndex {
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  const phraseStarts = new Set<string>();
  for (const [language, entries] of Object.entries(CUSTOMER_SERVICE_LEXICON)) {
    const index = LANGUAGE_INDEX.get(language);
    if (index === undefined) continue;
    for (const entry of entries) {
      // Entries go through the same tokenizer as messages, so "excusez-moi" and "s'il vous plaît" match.
      const tokens = prepareText(entry).tokens;
      if (tokens.length === 0 || tokens.length > MAX_PHRASE_WORDS) continue;
      const key = tokens.join(' ');
      add(exact, key, index);
      add(folded, foldDiacritics(key), index);
      if (tokens.length > 1) {
        phraseStarts.add(tokens[0] as string);
        phraseStarts.add(foldDiacritics(tokens[0] as string));
      }
    }
  }
  return { exact, folded, phraseStarts };
}

const INDEX = buildIndex();
const MALAY_LANGUAGES = new Set(['id', 'ms'].map((l) => LANGUAGE_INDEX.get(l) as number));
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Adds lexicon evidence for `tokens` into `hits` (indexed like SUPPORTED_LANGUAGES): 1 per single-word
 * match, 1.5 per two-word phrase, 2 per three-word phrase; 0.7× when only the accent-folded form matches,
 * 0.8× for an Indonesian/Malay stem once a clitic (-nya, -lah, -kah, -pun, -ku, -mu) is removed.
 * Returns the number of tokens covered by at least one entry.
 *
 * @example
 * const hits = new Float64Array(SUPPORTED_LANGUAGES.length);
 * addLexiconHits(['merci', 'beaucoup'], hits); // 2; fr gets 1 ("merci") + 1.5 ("merci beaucoup")
 */
export function addLexiconHits(tokens: readonly string[], hits: Float64Array): number {
  let covered = 0;
  let coveredUntil = 0;
  for (let i = 0; i < tokens.length; i++) {
    let key = '';
    const longest = INDEX.phraseStarts.has(tokens[i] as string) ? MAX_PHRASE_WORDS : 1;
    for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
      key = n === 1 ? (tokens[i] as string) : `${key} ${tokens[i + n - 1] as string}`;
      const weight = n === 1 ? 1 : n === 2 ? 1.5 : 2;
      const exact = INDEX.exact.get(key);
      let matched = false;
      if (exact !== undefined) {
        for (const language of exact) hits[language] = (hits[language] ?? 0) + weight;
        matched = true;
      }
      if (ASCII.test(key)) {
        const folded = INDEX.folded.get(key);
        if (folded !== undefined) {
          for (const language of folded) {
            if (exact === undefined || !exact.includes(language)) {
              hits[language] = (hits[language] ?? 0) + weight * FOLDED_WEIGHT;
            }
          }
          matched = true;
        }
      }
      if (!matched && n === 1) {
        const stem = MALAY_CLITICS.exec(key)?.[1];
        const stemmed = stem === undefined ? undefined : INDEX.exact.get(stem);
        if (stemmed !== undefined) {
          for (const language of stemmed) {
            if (MALAY_LANGUAGES.has(language)) {
              hits[language] = (hits[language] ?? 0) + CLITIC_WEIGHT;
              matched = true;
            }
          }
        }
      }
      if (matched && i + n > coveredUntil) {
        covered += i + n - Math.max(i, coveredUntil);
        coveredUntil = i + n;
      }
    }
  }
  return covered;
}
