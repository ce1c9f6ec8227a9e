/**
 * The labelled classification corpus: short inbound messages written for the benchmark, separate from the
 * phrase tables, each labelled by hand with a category and an intent following docs/routing.md. Lines are
 * `<category> <intent> | <text>` with the codes below.
 */
import type { Category, Intent } from '../../src/domain/classification/index.js';

export interface LabelledMessage {
  language: string;
  text: string;
  category: Category;
  intent: Intent;
}

const CATEGORY: Record<string, Category> = { i: 'informational', t: 'transactional', a: 'advisory', d: 'diagnostic' };
const INTENT: Record<string, Intent> = {
  os: 'order_status', dl: 'delivery', rt: 'return', rf: 'refund', pm: 'payment', pq: 'product_question',
  tp: 'technical_problem', cp: 'complaint', ac: 'account', pv: 'privacy_request',
};

/** Reads one language's block of `<category> <intent> | <text>` lines. */
export function corpus(language: string, source: string): LabelledMessage[] {
  return source.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((line) => {
    const m = /^([itad])\s+([a-z]{2})\s*\|\s*(.+)$/.exec(line);
    const category = m ? CATEGORY[m[1]!] : undefined;
    const intent = m ? INTENT[m[2]!] : undefined;
    if (!m || !category || !intent) throw new SyntaxError(`${language}: bad corpus line: ${line}`);
    return { language, text: m[3]!, category, intent };
  });
}
