/**
 * Reply review benchmark: precision and recall per issue code and overall on the labelled corpus in
 * bench/data/review-corpus*.ts, and throughput (reviews per second) against a baseline measured in the same run —
 * language detection alone on the same texts, the review's single most expensive step.
 *
 *   npx tsx bench/review-bench.ts            # figures
 *   npx tsx bench/review-bench.ts --verbose  # and every disagreement with the labels
 */
import { detectLanguage } from '../src/domain/language/index.js';
import { resolveCultureProfile, reviewCodes, reviewReply, type ReviewCode, type ReviewInput } from '../src/domain/culture/index.js';
import { getMarketPreset } from '../src/domain/markets/index.js';
import { blindReplies, challengeReplies, reviewCorpus as mainReplies, type LabelledReply } from './data/review-corpus.js';

const reviewCorpus = [...mainReplies, ...challengeReplies, ...blindReplies];

const verbose = process.argv.includes('--verbose');
const TARGETS = { precision: 0.95, recall: 0.9, reviewsPerSecond: 5000 };

function inputOf(reply: LabelledReply): ReviewInput {
  const preset = getMarketPreset(reply.country);
  if (!preset) throw new Error(`no preset for ${reply.country}`);
  // One market object per country, as the market directory would hand out, so resolved profiles are reused.
  const market = markets.get(reply.country) ?? { countries: [reply.country], languages: [...preset.languages], culture: {} };
  markets.set(reply.country, market);
  return {
    text: reply.text, language: reply.language, channel: reply.channel, followUp: reply.followUp ?? false,
    profile: resolveCultureProfile(market, [reply.language]), market: { country: reply.country, currency: preset.currency },
    pivotLanguages: ['en'], customer: reply.customer ? { name: reply.customer.name, gender: reply.customer.gender ?? null } : null,
    signOff: reply.signOff ?? null,
  };
}
const markets = new Map<string, { countries: string[]; languages: string[]; culture: Record<string, unknown> }>();

const inputs = reviewCorpus.map(inputOf);
const counts = new Map<ReviewCode, { tp: number; fp: number; fn: number; labelled: number }>(reviewCodes.map((c) => [c, { tp: 0, fp: 0, fn: 0, labelled: 0 }]));
const disagreements: string[] = [];
const results = inputs.map((input) => reviewReply(input));
reviewCorpus.forEach((reply, i) => {
  const findings = results[i]!;
  const found = new Set(findings.map((f) => f.code));
  const expected = new Set(reply.expect);
  for (const code of reviewCodes) {
    const c = counts.get(code)!;
    if (expected.has(code)) c.labelled++;
    if (expected.has(code) && found.has(code)) c.tp++;
    else if (found.has(code)) {
      c.fp++;
      const spans = findings.filter((f) => f.code === code).map((f) => JSON.stringify(reply.text.slice(f.span[0], f.span[1]))).join(', ');
      disagreements.push(`FP ${code} #${i} ${reply.country}/${reply.language}/${reply.channel}: ${spans} in ${JSON.stringify(reply.text)}`);
    } else if (expected.has(code)) {
      c.fn++;
      disagreements.push(`FN ${code} #${i} ${reply.country}/${reply.language}/${reply.channel}: ${JSON.stringify(reply.text)}`);
    }
  }
});

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Micro-averaged precision and recall over a slice of the corpus. */
function score(from: number, to: number): { precision: number; recall: number } {
  let tp = 0, fp = 0, fn = 0;
  for (let i = from; i < to; i++) {
    const found = new Set(results[i]!.map((f) => f.code));
    const expected = new Set(reviewCorpus[i]!.expect);
    for (const code of reviewCodes) {
      if (expected.has(code) && found.has(code)) tp++;
      else if (found.has(code)) fp++;
      else if (expected.has(code)) fn++;
    }
  }
  return { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}
const languages = new Set(reviewCorpus.map((r) => r.language.split('-')[0]));
console.log(`Reply review — ${reviewCorpus.length} labelled replies, ${languages.size} languages, ${new Set(reviewCorpus.map((r) => r.country)).size} markets, `
  + `${reviewCorpus.filter((r) => r.expect.length === 0).length} clean\n`);
console.log('code               labelled   TP   FP   FN  precision  recall');
let tp = 0, fp = 0, fn = 0;
for (const code of reviewCodes) {
  const c = counts.get(code)!;
  tp += c.tp; fp += c.fp; fn += c.fn;
  console.log(`${code.padEnd(18)} ${String(c.labelled).padStart(8)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  `
    + `${ratio(c.tp, c.tp + c.fp).toFixed(3).padStart(9)}  ${ratio(c.tp, c.tp + c.fn).toFixed(3).padStart(6)}`);
}
const precision = ratio(tp, tp + fp);
const recall = ratio(tp, tp + fn);
console.log(`${'overall'.padEnd(18)} ${String(tp + fn).padStart(8)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}  `
  + `${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}`);
const main = score(0, mainReplies.length);
const challenge = score(mainReplies.length, mainReplies.length + challengeReplies.length);
const blind = score(mainReplies.length + challengeReplies.length, reviewCorpus.length);
console.log(`\nmain set (${mainReplies.length} replies): precision ${main.precision.toFixed(3)}, recall ${main.recall.toFixed(3)}`);
console.log(`challenge set (${challengeReplies.length} replies written after the rules, then used to improve them): precision ${challenge.precision.toFixed(3)}, recall ${challenge.recall.toFixed(3)}`);
console.log(`blind set (${blindReplies.length} replies written last, never used to change the rules): precision ${blind.precision.toFixed(3)}, recall ${blind.recall.toFixed(3)}`);
if (verbose) for (const line of disagreements) console.log(line);

function rate(work: () => void, minMs = 1500): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    work();
    n++;
  }
  return (n * reviewCorpus.length) / ((performance.now() - start) / 1000);
}
// Warm up both paths (regex compilation, detector tables, Intl caches) before timing.
rate(() => inputs.forEach((input) => reviewReply(input)), 300);
const baseline = rate(() => reviewCorpus.forEach((reply) => detectLanguage(reply.text, { marketLanguages: [reply.language] })));
const throughput = rate(() => inputs.forEach((input) => reviewReply(input)));
console.log(`\nthroughput: ${throughput.toFixed(0)} reviews/s (baseline, language detection alone on the same texts: ${baseline.toFixed(0)}/s; `
  + `review/baseline = ${(throughput / baseline).toFixed(2)})`);
const ok = precision >= TARGETS.precision && recall >= TARGETS.recall && throughput >= TARGETS.reviewsPerSecond;
console.log(`targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, ≥ ${TARGETS.reviewsPerSecond} reviews/s → ${ok ? 'met' : 'NOT met'}`);
