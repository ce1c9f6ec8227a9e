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
const TOKEN = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const HAS_DIGIT = /\d/;

export interface PreparedText {
  /** Text handed to the script analysis and the statistical model. */
  text: string;
  /** Lower-case word tokens, apostrophes normalised to `'`. */
  tokens: string[];
}

/**
 * Trims, keeps at most {@link MAX_DETECTION_CHARS} characters (never splitting a surrogate pair) and
 * removes links, e-mail addresses, mentions and codes containing digits. Non-strings give empty text.
 *
 * @example
 * prepareText('  Where is order #A12345? https://shop.example/track  ').tokens; // ['where', 'is', 'order']
 */
export function prepareText(input: unknown): PreparedText {
  if (typeof input !== 'string') return { text: '', tokens: [] };
  const start = input.search(/\S/u);
  if (start < 0) return { text: '', tokens: [] };
  let end = Math.min(input.length, start + MAX_DETECTION_CHARS);
  const last = input.charCodeAt(end - 1);
  if (end < input.length && last >= 0xd800 && last <= 0xdbff) end--;
  let text = input.slice(start, end);
  // Fast paths: most messages are short, have no link or digit, and are already NFC.
  if (!ASCII_ONLY.test(text)) text = text.normalize('NFC');
  if (text.includes('/') || text.includes('www.')) text = text.replace(URL, ' ');
  if (text.includes('@') || text.includes('#')) text = text.replace(EMAIL, ' ').replace(MENTION, ' ');
  if (HAS_DIGIT.test(text)) text = text.replace(CODE_WITH_DIGIT, ' ');
  text = text.trim();
  if (text.length === 0) return { text: '', tokens: [] };
  const tokens: string[] = [];
  let lower = text.toLowerCase();
  if (!ASCII_ONLY.test(lower)) lower = lower.replace(APOSTROPHES, "'");
  for (const match of lower.matchAll(TOKEN)) {
    tokens.push(match[0]);
    if (tokens.length >= MAX_TOKENS) break;
  }
  return { text, tokens };
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
