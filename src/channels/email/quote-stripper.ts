import {
  attributionPatterns, headerFieldPattern, headerFromPattern, mobileSignaturePatterns, separatorPatterns,
} from './quote-patterns.js';

/** Why text was cut, for the message record and for tests. */
export type StripReason = 'attribution' | 'separator' | 'header-block' | 'quote-block' | 'signature' | 'mobile-signature';

export interface StrippedText {
  /** The new part of the message, for display and for language detection. */
  text: string;
  /** False when nothing was recognised (the text is returned as given). */
  stripped: boolean;
  reason: StripReason | null;
  /** The language of the pattern that matched (`*` for the language-neutral ones). */
  language: string | null;
}

function attributionAt(lines: string[], i: number): string | null {
  const first = lines[i]!.trim();
  if (first === '') return null;
  let joined = first;
  for (let extra = 0; extra < 3 && i + extra < lines.length; extra++) {
    if (extra > 0) {
      // A wrapped attribution continues on the next line; a finished sentence or a blank line is not one.
      const next = lines[i + extra]!.trim();
      if (next === '' || /[.!?。！？]$/u.test(first)) return null;
      joined = `${joined} ${next}`;
    }
    // Long lines are prose, not an attribution a client generated.
    if (joined.length > 400) return null;
    for (const { language, pattern } of attributionPatterns) if (pattern.test(joined)) return language;
  }
  return null;
}

function isHeaderBlock(lines: string[], i: number): boolean {
  if (!headerFromPattern.test(lines[i]!.trim())) return false;
  let fields = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) if (headerFieldPattern.test(lines[k]!.trim())) fields++;
  return fields >= 2;
}

function onlyQuotesFrom(lines: string[], i: number): boolean {
  for (let k = i; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (line !== '' && !line.startsWith('>')) return false;
  }
  return true;
}

/** True when nothing but blank lines, or the start of quoted history, follows line `from`. */
function endsHere(lines: string[], from: number): boolean {
  let j = from;
  while (j < lines.length && lines[j]!.trim() === '') j++;
  if (j >= lines.length) return true;
  const line = lines[j]!.trim();
  return attributionAt(lines, j) !== null || separatorPatterns.some((s) => s.pattern.test(line)) || isHeaderBlock(lines, j)
    || (line.startsWith('>') && onlyQuotesFrom(lines, j));
}

/**
 * Cuts quoted history and signatures off a plain-text email so agents and language detection see what the
 * customer just wrote. Table-driven (see quote-patterns.ts): attribution lines in en, fr, de, it, es, pt, nl,
 * ro, pl, sv, ru, ja, zh, ko and more, localized "Original Message" separators, quoted Outlook header blocks,
 * trailing `>` blocks, the `-- ` signature delimiter and "Sent from my …" lines. Never answers an empty text for
 * a non-empty one: a message that is all quote is kept whole. Pure.
 *
 * @example
 * stripQuotedText('Merci !\n\nLe 30 avr. 2027 à 10:00, Support <s@b.fr> a écrit :\n> Bonjour').text; // 'Merci !'
 */
export function stripQuotedText(input: string): StrippedText {
  const text = input.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let cut = -1;
  let reason: StripReason | null = null;
  let language: string | null = null;
  for (let i = 0; i < lines.length && cut < 0; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '') continue;
    const attribution = attributionAt(lines, i);
    if (attribution) { cut = i; reason = 'attribution'; language = attribution; break; }
    const separator = separatorPatterns.find((s) => s.pattern.test(line));
    if (separator) { cut = i; reason = 'separator'; language = separator.language; break; }
    if (isHeaderBlock(lines, i)) {
      // Outlook draws a rule of underscores above the block.
      cut = i > 0 && /^_{8,}$/.test(lines[i - 1]!.trim()) ? i - 1 : i;
      reason = 'header-block';
      break;
    }
    if (line.startsWith('>') && onlyQuotesFrom(lines, i)) { cut = i; reason = 'quote-block'; break; }
    if (raw === '-- ' || raw === '--') { cut = i; reason = 'signature'; break; }
    const mobile = mobileSignaturePatterns.find((s) => s.pattern.test(line));
    // Only as the last words before the end or the quote: "Sent via DHL on Monday…" in the middle is the customer's.
    if (mobile && endsHere(lines, i + 1)) { cut = i; reason = 'mobile-signature'; language = mobile.language; break; }
  }
  if (cut < 0) return { text: text.trim(), stripped: false, reason: null, language: null };
  const kept = lines.slice(0, cut).join('\n').trim();
  if (kept === '') return { text: text.trim(), stripped: false, reason: null, language: null };
  return { text: kept, stripped: true, reason, language };
}
