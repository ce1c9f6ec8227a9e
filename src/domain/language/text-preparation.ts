/**
 * Input guards and clean-up before detection: trim, cap the length, drop what carries no language (links,
 * e-mail addresses, order numbers, mentions), and split into lower-case word tokens for the lexicon.
 */

/** Characters of input looked at; the rest of a long message adds nothing but time. */
export const MAX_DETECTION_CHARS = 2000;
/** Tokens looked up in the lexicon. */
const MAX_TOKENS = 80;

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const MENTION = /(?:^|\s)[@#]\w+/gu;
// ASCII only, so a CJK run around an order number is not swallowed with it.
const CODE_WITH_DIGIT = /[A-Za-z0-9_#/-]*\d[A-Za-z0-9_#/-]*/g;
const APOSTROPHES = /[’‘ʼ`´]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const HAS_DIGIT = /\d/;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

export interface PreparedText {
  /** Text handed to the script analysis and the statistical model. */
  text: string;
  /** Lower-case word tokens, apostrophes normalised to `'`. */
  tokens: string[];
}

/** 1 for each BMP unit that is a letter or a combining mark (`[\p{L}\p{M}]`), from one regex pass. */
function buildWordUnits(): Uint8Array {
  const units = new Uint16Array(0x10000);
  // Surrogates become spaces so that no two units pair up into another code point.
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let all = '';
  for (let from = 0; from < units.length; from += 8192) all += String.fromCharCode(...units.subarray(from, from + 8192));
  const table = new Uint8Array(0x10000);
  for (const match of all.matchAll(/[\p{L}\p{M}]/gu)) table[match.index] = 1;
  return table;
}
const WORD_UNITS = buildWordUnits();
const WORD_CODE_POINT = /^[\p{L}\p{M}]$/u;

/** UTF-16 length of the letter or mark at `i` (2 for an astral one), or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return WORD_UNITS[c] as number;
  const low = text.charCodeAt(i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return WORD_CODE_POINT.test(text.slice(i, i + 2)) ? 2 : 0;
}

function skipWordChars(text: string, i: number): number {
  let step = wordCharAt(text, i);
  while (step > 0) {
    i += step;
    step = i < text.length ? wordCharAt(text, i) : 0;
  }
  return i;
}

/**
 * Tokens as `[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*` matches them, in one pass without match objects: runs of
 * letters and marks, joined by single apostrophes or hyphens. At most {@link MAX_TOKENS}.
 */
function tokenize(lower: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < lower.length && tokens.length < MAX_TOKENS) {
    if (wordCharAt(lower, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    i = skipWordChars(lower, i);
    for (;;) {
      const joiner = lower.charCodeAt(i);
      if ((joiner !== APOSTROPHE && joiner !== HYPHEN) || i + 1 >= lower.length || wordCharAt(lower, i + 1) === 0) break;
      i = skipWordChars(lower, i + 1);
    }
    tokens.push(lower.slice(start, i));
  }
  return tokens;
}

/**
 * The text detection looks at: trimmed, at most {@link MAX_DETECTION_CHARS} characters (never splitting a
 * surrogate pair), NFC, without links, e-mail addresses, mentions and codes containing digits. Non-strings
 * give empty text.
 *
 * @example
 * cleanText('  Where is order #A12345? https://shop.example/track  '); // 'Where is order ?'
 */
export function cleanText(input: unknown): string {
  if (typeof input !== 'string') return '';
  const start = input.search(/\S/u);
  if (start < 0) return '';
  let end = Math.min(input.length, start + MAX_DETECTION_CHARS);
  const last = input.charCodeAt(end - 1);
  if (end < input.length && last >= 0xd800 && last <= 0xdbff) end--;
  let text = input.slice(start, end);
  // Fast paths: most messages are short, have no link or digit, and are already NFC.
  if (!ASCII_ONLY.test(text)) text = text.normalize('NFC');
  if (text.includes('/') || text.includes('www.')) text = text.replace(URL, ' ');
  if (text.includes('@') || text.includes('#')) text = text.replace(EMAIL, ' ').replace(MENTION, ' ');
  if (HAS_DIGIT.test(text)) text = text.replace(CODE_WITH_DIGIT, ' ');
  return text.trim();
}

/**
 * Lower-case word tokens of cleaned text (see {@link cleanText}) for the lexicon, apostrophes normalised
 * to `'`; at most 80.
 *
 * @example
 * textTokens("Où est ma commande? C’est urgent"); // ['où', 'est', 'ma', 'commande', "c'est", 'urgent']
 */
export function textTokens(text: string): string[] {
  if (text.length === 0) return [];
  let lower = text.toLowerCase();
  if (!ASCII_ONLY.test(lower)) lower = lower.replace(APOSTROPHES, "'");
  return tokenize(lower);
}

/**
 * {@link cleanText} and its {@link textTokens} together.
 *
 * @example
 * prepareText('  Where is order #A12345? https://shop.example/track  ').tokens; // ['where', 'is', 'order']
 */
export function prepareText(input: unknown): PreparedText {
  const text = cleanText(input);
  return { text, tokens: textTokens(text) };
}

/**
 * Lower-case ASCII folding used for customers who type without accents ("dziekuje", "tesekkurler").
 *
 * @example
 * foldDiacritics('dziękuję'); // 'dziekuje'
 */
export function foldDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase();
}
