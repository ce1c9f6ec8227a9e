/**
 * Cutting a text into the pieces an engine translates, and grouping pieces into requests. Paragraphs go one
 * per piece (the blank lines between them, and the text's outer whitespace, are kept out of the engine so the
 * layout survives); a paragraph longer than the limit is cut at sentence ends, then at spaces, never inside a
 * placeholder tag or a surrogate pair.
 */

/** One piece of a text: sent to the engine (`translate`) or kept verbatim (layout). */
export interface TextPiece {
  text: string;
  translate: boolean;
}

const PARAGRAPH_BREAK = /(\s*\n[ \t\u00a0\u3000]*\n\s*)/u;
const SENTENCE_END = /[.!?。！？…؟।]["'”’»)\]]*$/u;

/**
 * Splits a text into pieces whose `translate` ones are at most `maxChars` long; joining every piece's text
 * gives the input back exactly.
 *
 * @example
 * splitForTranslation('  Hello.\n\nThanks!  ', 100);
 * // [{ text: '  ', translate: false }, { text: 'Hello.', translate: true }, { text: '\n\n', translate: false },
 * //  { text: 'Thanks!', translate: true }, { text: '  ', translate: false }]
 */
export function splitForTranslation(text: string, maxChars: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  const keep = (t: string) => { if (t) pieces.push({ text: t, translate: false }); };
  const parts = text.split(PARAGRAPH_BREAK);
  parts.forEach((part, index) => {
    if (index % 2 === 1) { keep(part); return; }
    const lead = /^\s*/u.exec(part)?.[0] ?? '';
    const trail = part.length > lead.length ? (/\s*$/u.exec(part)?.[0] ?? '') : '';
    const body = part.slice(lead.length, part.length - trail.length);
    keep(lead);
    if (body) for (const piece of cutParagraph(body, maxChars)) pieces.push(piece);
    keep(trail);
  });
  return pieces;
}

function cutParagraph(body: string, maxChars: number): TextPiece[] {
  if (body.length <= maxChars) return [{ text: body, translate: true }];
  const out: TextPiece[] = [];
  let rest = body;
  while (rest.length > maxChars) {
    const cut = bestCut(rest, maxChars);
    const head = rest.slice(0, cut);
    const trimmedHead = head.replace(/\s+$/u, '');
    out.push({ text: trimmedHead, translate: true });
    let next = rest.slice(cut);
    const gap = head.slice(trimmedHead.length) + (/^\s*/u.exec(next)?.[0] ?? '');
    next = next.replace(/^\s*/u, '');
    if (gap) out.push({ text: gap, translate: false });
    rest = next;
  }
  if (rest) out.push({ text: rest, translate: true });
  return out;
}

/** Where to cut `text` so the head is at most `max` long: after a sentence end, else at a space, else anywhere safe. */
function bestCut(text: string, max: number): number {
  let insideTag = false;
  let lastSentence = -1;
  let lastSpace = -1;
  let lastSafe = -1;
  for (let i = 0; i < max && i < text.length; i++) {
    const c = text[i]!;
    if (c === '<') insideTag = true;
    if (!insideTag) {
      const code = text.charCodeAt(i);
      const highSurrogate = code >= 0xd800 && code <= 0xdbff;
      if (!highSurrogate) lastSafe = i + 1;
      if (/\s/u.test(c) && i > 0) {
        lastSpace = i + 1;
        if (SENTENCE_END.test(text.slice(Math.max(0, i - 4), i))) lastSentence = i + 1;
      } else if ('。！？'.includes(c)) {
        lastSentence = i + 1;
      }
    }
    if (c === '>') insideTag = false;
  }
  const floor = Math.floor(max / 3);
  if (lastSentence > floor) return lastSentence;
  if (lastSpace > floor) return lastSpace;
  return lastSafe > 0 ? lastSafe : Math.min(max, text.length);
}

/**
 * Groups texts into requests of at most `maxCount` texts and `maxChars` characters (DeepL takes 50 texts and
 * 128 KiB per request); a text longer than `maxChars` goes alone. Answers index lists into `texts`.
 *
 * @example
 * batchTexts(['a', 'bb', 'ccc'], { maxCount: 2, maxChars: 100 }); // [[0, 1], [2]]
 */
export function batchTexts(texts: readonly string[], limits: { maxCount: number; maxChars: number }): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let chars = 0;
  texts.forEach((text, index) => {
    if (current.length > 0 && (current.length >= limits.maxCount || chars + text.length > limits.maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(index);
    chars += text.length;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * The key a translation memory entry is found by: Unicode NFC, whitespace collapsed, trimmed, lower-cased —
 * so an approved translation is reused for the same words however they were spaced or capitalised.
 *
 * @example
 * memoryKey('  Thank you\n for waiting! '); // 'thank you for waiting!'
 */
export function memoryKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
