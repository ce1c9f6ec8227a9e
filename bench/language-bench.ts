/**
 * Language detection benchmark: accuracy on the customer-service corpus (no hints, country hints,
 * previous-language hints) for Borderless' detector next to eld (raw), franc, tinyld and cld3-asm;
 * per-language accuracy; the detector on each eld database, and on eld's own detect() as its n-gram
 * scorer (same answers, eld's speed); throughput; and memory after load, each detector measured in its
 * own process.
 *
 *   npx tsx bench/language-bench.ts            full run (~1 min)
 *   npx tsx bench/language-bench.ts --quick    fewer throughput rounds
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { LANGUAGE_CORPUS, LANGUAGE_HOLDOUT, LANGUAGE_HOLDOUT_CLOSE, type CorpusItem } from './data/language-corpus.js';

const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 5 : 20;
const SLICE_MS = 50;
const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------
// Memory probe: `--probe=<target>` loads one detector in a fresh process and prints heap/RSS deltas.
// ---------------------------------------------------------------------------------------------------
v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

function memory(): { heap: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

async function loadTarget(target: string): Promise<(text: string) => unknown> {
  switch (target) {
    case 'borderless': {
      const { detectLanguage } = await import('../src/domain/language/index.js');
      return (text) => detectLanguage(text);
    }
    case 'eld-extrasmall':
      return wrapEld((await import('eld/extrasmall')).eld);
    case 'eld-small':
      return wrapEld((await import('eld/small')).eld);
    case 'eld-medium':
      return wrapEld((await import('eld/medium')).eld);
    case 'eld-large':
      return wrapEld((await import('eld/large')).eld);
    case 'franc': {
      const { franc } = await import('franc');
      return (text) => franc(text, { minLength: 1 });
    }
    case 'tinyld': {
      const { detect } = await import('tinyld');
      return (text) => detect(text);
    }
    case 'cld3-asm': {
      const { loadModule } = await import('cld3-asm');
      const identifier = (await loadModule()).create(0, 1000);
      return (text) => identifier.findLanguage(text);
    }
    default:
      throw new Error(`unknown probe target ${target}`);
  }
}

function wrapEld(model: { detect(text: string): { language: string } }): (text: string) => unknown {
  return (text) => model.detect(text).language;
}

const probe = process.argv.find((a) => a.startsWith('--probe='))?.slice('--probe='.length);
if (probe !== undefined) {
  const before = memory();
  const detect = await loadTarget(probe);
  detect('warm-up message, where is my order?');
  const after = memory();
  process.stdout.write(JSON.stringify({ heap: after.heap - before.heap, rss: after.rss - before.rss }));
  process.exit(0);
}

function probeMemory(target: string): { heap: number; rss: number } | null {
  const run = spawnSync(process.execPath, ['--import', 'tsx', SELF, `--probe=${target}`], { encoding: 'utf8', timeout: 120_000 });
  try {
    return JSON.parse(run.stdout) as { heap: number; rss: number };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Detectors under comparison, all answering in the detector's codes (nb, zh, zh-Hant…) or null.
// ---------------------------------------------------------------------------------------------------
type Mode = 'none' | 'country' | 'previous';
type Detect = (item: CorpusItem, mode: Mode) => string | null;

const { detectLanguage, createLanguageDetector, createByteNgramScorer, createEldScorer, loadEldDatabase, COUNTRY_LANGUAGES } = await import(
  '../src/domain/language/index.js'
);
const { CUSTOMER_SERVICE_LEXICON } = await import('../src/domain/language/customer-service-lexicon.js');
const { prepareText } = await import('../src/domain/language/text-preparation.js');
const { eld: eldSmall } = await import('eld/small');
const { franc } = await import('franc');
const tinyld = await import('tinyld');
const { loadModule } = await import('cld3-asm');
const cld3 = (await loadModule()).create(0, 1000);

/** Languages a country plausibly writes in, plus English: the restriction baselines get as a "hint". */
function countryLanguages(country: string): Set<string> {
  return new Set([...Object.keys(COUNTRY_LANGUAGES[country] ?? {}), 'en']);
}

const ISO3: Readonly<Record<string, string>> = {
  cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', tha: 'th', ell: 'el', heb: 'he', rus: 'ru', ukr: 'uk', tur: 'tr',
  pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', fin: 'fi', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn',
  nld: 'nl', por: 'pt', spa: 'es', ita: 'it', fra: 'fr', deu: 'de', eng: 'en', ind: 'id', zlm: 'ms', zsm: 'ms',
  hrv: 'hr', srp: 'sr', bos: 'bs', glg: 'gl', cat: 'ca', slv: 'sl', bul: 'bg', mkd: 'mk', bel: 'be', pes: 'fa',
  urd: 'ur', hin: 'hi', vie: 'vi', tgl: 'tl', est: 'et', lvs: 'lv', lit: 'lt', azj: 'az', als: 'sq', eus: 'eu',
};
const FROM_ISO2: Readonly<Record<string, string>> = { no: 'nb', iw: 'he', fil: 'tl', in: 'id' };
const iso2 = (code: string): string | null => (code === '' || code === 'und' ? null : (FROM_ISO2[code] ?? code.split('-')[0] ?? null));

const eldRaw: Detect = (item, mode) => {
  if (mode !== 'country') return iso2(eldSmall.detect(item.text).language);
  const allowed = countryLanguages(item.country);
  const scores = Object.entries(eldSmall.detect(item.text).getScores());
  const best = scores.map(([code, s]) => [iso2(code), s] as const).find(([code]) => code !== null && (allowed.has(code) || (code === 'zh' && allowed.has('zh-Hant'))));
  return best?.[0] ?? null;
};
const francRaw: Detect = (item, mode) => {
  const only = mode === 'country' ? Object.entries(ISO3).filter(([, c]) => countryLanguages(item.country).has(c) || (c === 'zh' && countryLanguages(item.country).has('zh-Hant'))).map(([k]) => k) : undefined;
  const code = franc(item.text, only === undefined ? { minLength: 1 } : { minLength: 1, only });
  return code === 'und' ? null : (ISO3[code] ?? code);
};
const tinyldRaw: Detect = (item, mode) => {
  if (mode !== 'country') return iso2(tinyld.detect(item.text));
  const allowed = countryLanguages(item.country);
  const best = tinyld.detectAll(item.text).map((r) => iso2(r.lang)).find((code) => code !== null && (allowed.has(code) || (code === 'zh' && allowed.has('zh-Hant'))));
  return best ?? null;
};
const cld3Raw: Detect = (item) => iso2(cld3.findLanguage(item.text).language);
const borderless: Detect = (item, mode) => {
  const hints = mode === 'country' ? { country: item.country } : mode === 'previous' ? { previousLanguage: item.language } : undefined;
  return detectLanguage(item.text, hints).language;
};

interface Score {
  correct: number;
  nulls: number;
  total: number;
}

// The raw detectors cannot tell Simplified from Traditional; they are given credit for "zh" on zh-Hant.
function isCorrect(answer: string | null, expected: string, strictScript: boolean): boolean {
  if (answer === expected) return true;
  return !strictScript && expected === 'zh-Hant' && answer === 'zh';
}

function score(detect: Detect, items: readonly CorpusItem[], mode: Mode, strictScript: boolean, perLanguage?: Map<string, Score>): Score {
  const total: Score = { correct: 0, nulls: 0, total: 0 };
  for (const item of items) {
    const answer = detect(item, mode);
    const ok = isCorrect(answer, item.language, strictScript);
    total.total++;
    if (ok) total.correct++;
    else if (answer === null) total.nulls++;
    if (perLanguage !== undefined) {
      const row = perLanguage.get(item.language) ?? { correct: 0, nulls: 0, total: 0 };
      row.total++;
      if (ok) row.correct++;
      else if (answer === null) row.nulls++;
      perLanguage.set(item.language, row);
    }
  }
  return total;
}

const pct = (s: Score): string => `${((100 * s.correct) / s.total).toFixed(1)}%`;
const cell = (s: Score | null): string => (s === null ? 'n/a' : `${pct(s)} (${s.nulls} null)`);
const pad = (s: string, n: number): string => s.padEnd(n);

// ---------------------------------------------------------------------------------------------------
console.log(`Corpus: ${LANGUAGE_CORPUS.length} messages, ${new Set(LANGUAGE_CORPUS.map((i) => i.language)).size} languages; held-out: ${LANGUAGE_HOLDOUT.length}`);

// Keeping corpus and lexicon apart: how many corpus messages are themselves a lexicon entry.
const lexiconEntries = new Set(Object.values(CUSTOMER_SERVICE_LEXICON).flat().map((e) => prepareText(e).tokens.join(' ')));
const verbatim = LANGUAGE_CORPUS.filter((i) => lexiconEntries.has(prepareText(i.text).tokens.join(' '))).length;
const tokens = LANGUAGE_CORPUS.flatMap((i) => prepareText(i.text).tokens);
const covered = tokens.filter((t) => lexiconEntries.has(t)).length;
const labels = new Map<string, Set<string>>();
for (const item of LANGUAGE_CORPUS) labels.set(item.text, (labels.get(item.text) ?? new Set()).add(item.language));
const shared = [...labels.entries()].filter(([, langs]) => langs.size > 1);
console.log(`Texts listed under two languages (no detector can get both right): ${shared.length}${shared.map(([t, l]) => ` — ${JSON.stringify(t)} (${[...l].join('/')})`).join('')}`);
console.log(`Lexicon/corpus separation: ${verbatim} corpus messages are verbatim lexicon entries; ${((100 * covered) / tokens.length).toFixed(0)}% of corpus word tokens are single-word lexicon entries\n`);

console.log('Accuracy (null answers count as wrong; "n null" = how many of the misses were null)');
console.log(`${pad('detector', 24)}${pad('no hints', 20)}${pad('country hint', 20)}previous-language hint`);
const rows: Array<[string, Detect, boolean, boolean]> = [
  ['Borderless', borderless, true, true],
  ['eld small (raw)', eldRaw, false, false],
  ['franc (raw)', francRaw, false, false],
  ['tinyld (raw)', tinyldRaw, false, false],
  ['cld3-asm (raw)', cld3Raw, false, false],
];
for (const [name, detect, strict, usesPrevious] of rows) {
  const none = score(detect, LANGUAGE_CORPUS, 'none', strict);
  const country = name.startsWith('cld3') ? null : score(detect, LANGUAGE_CORPUS, 'country', strict);
  const previous = usesPrevious ? score(detect, LANGUAGE_CORPUS, 'previous', strict) : null;
  console.log(`${pad(name, 24)}${pad(cell(none), 20)}${pad(cell(country), 20)}${cell(previous)}`);
}
console.log('(baselines: "country hint" = answer restricted to the country\'s languages + en where the library allows;');
console.log(' they have no notion of a previous language; they get credit for "zh" on Traditional Chinese)\n');

const holdout = (['none', 'country', 'previous'] as const).map((m) => `${m}: ${cell(score(borderless, LANGUAGE_HOLDOUT, m, true))}`);
console.log(`Borderless on the held-out set: ${holdout.join(', ')}`);
const holdoutClose = (['none', 'country', 'previous'] as const).map((m) => `${m}: ${cell(score(borderless, LANGUAGE_HOLDOUT_CLOSE, m, true))}`);
console.log(`Borderless on the close-pair held-out set (${LANGUAGE_HOLDOUT_CLOSE.length}): ${holdoutClose.join(', ')}\n`);

console.log('Borderless per language (no hints / country / previous)');
const perNone = new Map<string, Score>();
const perCountry = new Map<string, Score>();
const perPrevious = new Map<string, Score>();
score(borderless, LANGUAGE_CORPUS, 'none', true, perNone);
score(borderless, LANGUAGE_CORPUS, 'country', true, perCountry);
score(borderless, LANGUAGE_CORPUS, 'previous', true, perPrevious);
const languages = [...perNone.keys()];
for (let i = 0; i < languages.length; i += 3) {
  console.log(
    languages
      .slice(i, i + 3)
      .map((l) => pad(`${pad(l, 8)}${pct(perNone.get(l)!)} / ${pct(perCountry.get(l)!)} / ${pct(perPrevious.get(l)!)}`, 40))
      .join(''),
  );
}

console.log('\nBorderless with each eld database, scored by our byte n-gram scorer (no hints / country hint)');
for (const size of ['extrasmall', 'small', 'medium', 'large'] as const) {
  const detect = createLanguageDetector({ ngramScorer: createByteNgramScorer(await loadEldDatabase(size)) });
  const run: Detect = (item, mode) => detect(item.text, mode === 'country' ? { country: item.country } : undefined).language;
  console.log(`  eld ${pad(size, 11)} ${pct(score(run, LANGUAGE_CORPUS, 'none', true))} / ${pct(score(run, LANGUAGE_CORPUS, 'country', true))}`);
}
// The same detector with eld's own detect().getScores() as the n-gram scorer: same answers, eld's speed.
const detectViaEld = createLanguageDetector({ ngramScorer: createEldScorer(eldSmall.newInstance()) });
const viaEld: Detect = (item, mode) => detectViaEld(item.text, mode === 'country' ? { country: item.country } : undefined).language;
console.log(`  eld small through eld's detect() ${pct(score(viaEld, LANGUAGE_CORPUS, 'none', true))} / ${pct(score(viaEld, LANGUAGE_CORPUS, 'country', true))}`);

console.log(`\nThroughput over the corpus texts (detections/s; ${ROUNDS} interleaved rounds of ${SLICE_MS} ms per detector, so all see the same machine load; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores)`);
const speeds: Array<[string, (t: string) => unknown]> = [
  ['Borderless (no hints)', (t) => detectLanguage(t)],
  ['Borderless (country+prev hints)', (t) => detectLanguage(t, { country: 'DK', previousLanguage: 'da', acceptLanguage: 'da-DK,da;q=0.9,en;q=0.5' })],
  ["Borderless via eld's detect()", (t) => detectViaEld(t)],
  ['eld small (raw)', (t) => eldSmall.detect(t).language],
  ['franc', (t) => franc(t, { minLength: 1 })],
  ['tinyld', (t) => tinyld.detect(t)],
  ['cld3-asm', (t) => cld3.findLanguage(t).language],
];
const texts = LANGUAGE_CORPUS.map((i) => i.text);
const counts = speeds.map(() => 0);
const elapsed = speeds.map(() => 0);
const cpu = speeds.map(() => 0);
for (const [, fn] of speeds) for (const t of texts) fn(t);
for (let round = 0; round < ROUNDS; round++) {
  speeds.forEach(([, fn], k) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let n = 0;
    while (performance.now() - start < SLICE_MS) {
      for (let i = 0; i < 50; i++) fn(texts[(n + i) % texts.length] as string);
      n += 50;
    }
    const used = process.cpuUsage(cpuStart);
    counts[k] = (counts[k] ?? 0) + n;
    elapsed[k] = (elapsed[k] ?? 0) + performance.now() - start;
    cpu[k] = (cpu[k] ?? 0) + (used.user + used.system) / 1000;
  });
}
const rate = (k: number): number => Math.round(((counts[k] ?? 0) * 1000) / (elapsed[k] ?? 1));
const cpuRate = (k: number): number => Math.round(((counts[k] ?? 0) * 1000) / (cpu[k] ?? 1));
const baselineRate = rate(3);
console.log(`  ${pad('', 34)}${'wall /s'.padStart(9)}   ${'per CPU-second'.padStart(14)}   ratio (wall)`);
speeds.forEach(([name], k) => {
  console.log(`  ${pad(name, 34)}${String(rate(k)).padStart(9)}   ${String(cpuRate(k)).padStart(14)}   ${(rate(k) / baselineRate).toFixed(2)}× eld small`);
});
const longText = 'Hej, jeg har ikke modtaget min pakke endnu. '.repeat(25_000);
const longStart = performance.now();
for (let i = 0; i < 20; i++) detectLanguage(longText);
console.log(`  1 MB message: ${((performance.now() - longStart) / 20).toFixed(2)} ms per detection (input capped at 2,000 chars)`);

console.log('\nMemory after load, each in a fresh process (heap / RSS delta)');
for (const target of ['borderless', 'eld-extrasmall', 'eld-small', 'eld-medium', 'eld-large', 'franc', 'tinyld', 'cld3-asm']) {
  const m = probeMemory(target);
  const mb = (b: number): string => `${(b / 1_048_576).toFixed(1)} MB`;
  console.log(`  ${pad(target, 16)}${m === null ? 'probe failed' : `${pad(mb(m.heap), 12)}${mb(m.rss)}`}`);
}
