/**
 * Lookup structure over the customer-service lexicon: exact entries (single words and phrases of up to
 * three words) and an accent-folded twin for customers who type without diacritics, merged into one map
 * so that each token costs one lookup.
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
const MALAY_CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'];
const MIN_STEM = 3;

/** What one lookup key (a token, or up to three joined by spaces) finds in the lexicon. */
interface LexiconEntry {
  /** Languages listing the key as written. */
  exact: readonly number[] | null;
  /** Languages listing it once accents are folded away, for an ASCII key; not repeating `exact`. */
  folded: readonly number[] | null;
  /** The key counts as covered: listed as written, or (ASCII only) once folded, even if by the same languages. */
  matches: boolean;
  /** The key is the first word of a multi-word entry (exact or folded). */
  startsPhrase: boolean;
}

function add(map: Map<string, number[]>, key: string, language: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [language]);
  else if (!list.includes(language)) list.push(language);
}

const ASCII = /^[\x20-\x7e]*$/;

function buildIndex(): Map<string, LexiconEntry> {
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
  const index = new Map<string, LexiconEntry>();
  for (const key of new Set([...exact.keys(), ...folded.keys(), ...phraseStarts])) {
    const asWritten = exact.get(key) ?? null;
    // Only an ASCII key is looked up folded: accent-less typing is what the folded index is for.
    const foldedMatch = ASCII.test(key) && folded.has(key);
    const accentless = foldedMatch ? (folded.get(key) as number[]).filter((language) => !asWritten?.includes(language)) : [];
    index.set(key, {
      exact: asWritten,
      folded: accentless.length > 0 ? accentless : null,
      matches: asWritten !== null || foldedMatch,
      startsPhrase: phraseStarts.has(key),
    });
  }
  return index;
}

const INDEX = buildIndex();
const MALAY_LANGUAGES = new Set(['id', 'ms'].map((l) => LANGUAGE_INDEX.get(l) as number));

function addAll(languages: readonly number[], weight: number, hits: Float64Array): void {
  for (const language of languages) hits[language] = (hits[language] as number) + weight;
}

/** The token without a Malay/Indonesian clitic, if it ends in one after at least three letters. */
function cliticStem(token: string): string | undefined {
  // At most one clitic can end a token (their last two letters differ), so the first that fits is it.
  for (const clitic of MALAY_CLITICS) {
    if (token.length >= clitic.length + MIN_STEM && token.endsWith(clitic)) return token.slice(0, -clitic.length);
  }
  return undefined;
}

/** An unmatched token that is an Indonesian/Malay stem plus a clitic: the stem's id/ms entries at 0.8×. */
function addCliticStem(token: string, hits: Float64Array): boolean {
  const stem = cliticStem(token);
  const languages = stem === undefined ? undefined : INDEX.get(stem)?.exact;
  let matched = false;
  for (const language of languages ?? []) {
    if (MALAY_LANGUAGES.has(language)) {
      hits[language] = (hits[language] as number) + CLITIC_WEIGHT;
      matched = true;
    }
  }
  return matched;
}

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
    let key = tokens[i] as string;
    let entry = INDEX.get(key);
    const longest = entry?.startsPhrase === true ? MAX_PHRASE_WORDS : 1;
    for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
      if (n > 1) {
        key = `${key} ${tokens[i + n - 1] as string}`;
        entry = INDEX.get(key);
      }
      const weight = n === 1 ? 1 : n === 2 ? 1.5 : 2;
      let matched = false;
      if (entry !== undefined) {
        if (entry.exact !== null) addAll(entry.exact, weight, hits);
        if (entry.folded !== null) addAll(entry.folded, weight * FOLDED_WEIGHT, hits);
        matched = entry.matches;
      }
      if (!matched && n === 1) matched = addCliticStem(key, hits);
      if (matched && i + n > coveredUntil) {
        covered += i + n - Math.max(i, coveredUntil);
        coveredUntil = i + n;
      }
    }
  }
  return covered;
}
