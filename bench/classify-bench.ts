/**
 * Classification benchmark: category and intent accuracy per language on the labelled corpus
 * (bench/data/classify-corpus-*.ts, written separately from the phrase tables), the same with the message
 * language unknown (every table read), and throughput next to a baseline that only normalizes the text.
 *
 *   npx tsx bench/classify-bench.ts           test set (held out) and dev set
 *   npx tsx bench/classify-bench.ts --errors  also print every misclassified test message
 */
import { classifyMessage, normalizeForMatching, type Category } from '../src/domain/classification/index.js';
import { CORPUS_A } from './data/classify-corpus-a.js';
import { CORPUS_B } from './data/classify-corpus-b.js';
import { CORPUS_C } from './data/classify-corpus-c.js';
import { CORPUS_DEV } from './data/classify-corpus-dev.js';
import type { LabelledMessage } from './data/classify-corpus-format.js';

const SHOW_ERRORS = process.argv.includes('--errors');
const SHOW_DEV_ERRORS = process.argv.includes('--dev-errors');
const TEST = [...CORPUS_A, ...CORPUS_B, ...CORPUS_C];

interface Tally { n: number; category: number; intent: number; both: number; abstained: number }
const empty = (): Tally => ({ n: 0, category: 0, intent: 0, both: 0, abstained: 0 });
const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;

function evaluate(set: readonly LabelledMessage[], withLanguage: boolean, showErrors: boolean) {
  const perLanguage = new Map<string, Tally>();
  const total = empty();
  const confusion = new Map<string, number>();
  for (const item of set) {
    const result = classifyMessage({ text: item.text, language: withLanguage ? item.language : null });
    const tally = perLanguage.get(item.language) ?? empty();
    perLanguage.set(item.language, tally);
    const okCategory = result.category === item.category;
    const okIntent = result.intent === item.intent;
    for (const t of [tally, total]) {
      t.n++;
      if (okCategory) t.category++;
      if (okIntent) t.intent++;
      if (okCategory && okIntent) t.both++;
      if (result.category === null) t.abstained++;
    }
    if (!okCategory) {
      const key = `${item.category} → ${result.category ?? 'null'}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    if (showErrors && (!okCategory || !okIntent)) {
      console.log(`  ✗ [${item.language}] ${item.category}/${item.intent} → ${result.category}/${result.intent} (${result.confidence})  ${item.text}`);
      console.log(`      evidence: ${result.evidence.map((e) => e.phrase).join(', ')}`);
    }
  }
  return { perLanguage, total, confusion };
}

function report(title: string, set: readonly LabelledMessage[], withLanguage: boolean, showErrors = false) {
  console.log(`\n${title} — ${set.length} messages`);
  const { perLanguage, total, confusion } = evaluate(set, withLanguage, showErrors);
  console.log('  lang    n  category   intent     both   abstained');
  for (const [language, t] of [...perLanguage].sort()) {
    console.log(`  ${language.padEnd(4)} ${String(t.n).padStart(4)}  ${pct(t.category, t.n).padStart(7)}  ${pct(t.intent, t.n).padStart(7)}  ${pct(t.both, t.n).padStart(7)}  ${String(t.abstained).padStart(5)}`);
  }
  console.log(`  all  ${String(total.n).padStart(4)}  ${pct(total.category, total.n).padStart(7)}  ${pct(total.intent, total.n).padStart(7)}  ${pct(total.both, total.n).padStart(7)}  ${String(total.abstained).padStart(5)}`);
  const worst = [...confusion].sort((a, b) => b[1] - a[1]).slice(0, 6);
  if (worst.length) console.log(`  category confusions: ${worst.map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  return total;
}

const test = report('Held-out test set, language given', TEST, true, SHOW_ERRORS);
report('Held-out test set, language unknown (every table)', TEST, false);
report('Dev set (used to tune the tables), language given', CORPUS_DEV, true, SHOW_DEV_ERRORS);

// Throughput: classify vs. the normalization alone (the floor any table-based classifier pays).
const texts = TEST.map((m) => ({ text: m.text, language: m.language }));
function time(fn: () => void, rounds: number): number {
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / rounds / texts.length;
}
time(() => { for (const t of texts) classifyMessage(t); }, 3);
const perMessage = time(() => { for (const t of texts) classifyMessage(t); }, 30);
const baseline = time(() => { for (const t of texts) normalizeForMatching(t.text); }, 30);
console.log(`\nThroughput: ${(perMessage * 1000).toFixed(1)} µs per message (${Math.round(1000 / perMessage)}/s); ` +
  `normalization alone ${(baseline * 1000).toFixed(1)} µs (×${(perMessage / baseline).toFixed(1)})`);
const categories: Category[] = ['informational', 'transactional', 'advisory', 'diagnostic'];
console.log(`Test set labels: ${categories.map((c) => `${c} ${TEST.filter((m) => m.category === c).length}`).join(', ')}`);
console.log(`\nTarget ≥ 90% category accuracy across languages: ${pct(test.category, test.n)} ${test.category / test.n >= 0.9 ? 'MET' : 'NOT MET'}`);
