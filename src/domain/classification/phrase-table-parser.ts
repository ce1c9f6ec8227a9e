import type { Label, PhraseEntry, PhraseTable } from './classification-types.js';

/** Short label codes used in the table sources. */
export const LABEL_CODES: Readonly<Record<string, Label>> = {
  i: 'informational', t: 'transactional', a: 'advisory', d: 'diagnostic',
  os: 'order_status', dl: 'delivery', rt: 'return', rf: 'refund', pm: 'payment', pq: 'product_question',
  tp: 'technical_problem', cp: 'complaint', ac: 'account', pv: 'privacy_request',
};

/**
 * Reads a table written one phrase per line as `phrase | code weight code weight…` (codes in
 * {@link LABEL_CODES}, e.g. `where is my order | os3 i1.5`). Blank lines and lines starting with `#` are
 * skipped. Throws on a malformed line, so a typo in a table fails at start-up and in tests, not silently.
 *
 * @example
 * parsePhraseTable('en', 'words', 'where is my order | os3 i1.5').phrases;
 * // [['where is my order', { order_status: 3, informational: 1.5 }]]
 */
export function parsePhraseTable(
  language: string, matching: PhraseTable['matching'], source: string, options: { clitics?: readonly string[] } = {},
): PhraseTable {
  const phrases: PhraseEntry[] = [];
  source.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const bar = trimmed.lastIndexOf('|');
    if (bar <= 0) throw new SyntaxError(`${language} table line ${index + 1}: expected "phrase | codes": ${trimmed}`);
    const phrase = trimmed.slice(0, bar).trim();
    const weights: Partial<Record<Label, number>> = {};
    for (const token of trimmed.slice(bar + 1).trim().split(/\s+/)) {
      const m = /^([a-z]{1,2})(-?\d+(?:\.\d+)?)$/.exec(token);
      const label = m ? LABEL_CODES[m[1]!] : undefined;
      if (!m || !label) throw new SyntaxError(`${language} table line ${index + 1}: bad weight "${token}"`);
      weights[label] = (weights[label] ?? 0) + Number(m[2]);
    }
    if (phrase === '' || Object.keys(weights).length === 0) throw new SyntaxError(`${language} table line ${index + 1}: empty phrase or weights`);
    phrases.push([phrase, weights]);
  });
  return { language, matching, phrases, ...(options.clitics ? { clitics: options.clitics } : {}) };
}
