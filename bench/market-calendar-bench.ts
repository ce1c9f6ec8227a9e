/**
 * How much the holiday cache saves. Baseline (same run): what a resolver without a cache would pay per
 * look-up — a fresh date-holidays instance plus `getHolidays(year)`. Run: `npx tsx bench/market-calendar-bench.ts`.
 */
import Holidays from 'date-holidays';
import {
  holidaysOfYear,
  marketPresets,
  presetToMarketDocument,
  resolveClosedDays,
  toCalendarRules,
} from '../src/domain/markets/index.js';

function timeIt(label: string, rounds: number, run: () => void): number {
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const perCall = (performance.now() - start) / rounds;
  console.log(`${label.padEnd(58)} ${perCall.toFixed(3).padStart(10)} ms/call`);
  return perCall;
}

const countries = ['JP', 'CN', 'KR', 'US', 'DE', 'BR', 'AE', 'IL'];
const years = [2026, 2027, 2028];

// Baseline: no cache at all, as a naive resolver would do per request.
const baseline = timeIt('baseline: new Holidays(country) + getHolidays(year)', 3, () => {
  for (const country of countries) {
    for (const year of years) new Holidays(country, { types: ['public'] }).getHolidays(year, 'en');
  }
}) / (countries.length * years.length);
console.log(`  (per country-year: ${baseline.toFixed(3)} ms)`);

const cold = timeIt('holidaysOfYear, first call per country-year (cold)', 1, () => {
  for (const country of countries) {
    for (const year of years) holidaysOfYear({ country, region: null, types: ['public'] }, year);
  }
}) / (countries.length * years.length);
console.log(`  (per country-year: ${cold.toFixed(3)} ms)`);

const warm = timeIt('holidaysOfYear, cached', 1000, () => {
  for (const country of countries) {
    for (const year of years) holidaysOfYear({ country, region: null, types: ['public'] }, year);
  }
}) / (countries.length * years.length);
console.log(`  (per country-year: ${warm.toFixed(4)} ms)`);

const docs = marketPresets.map((preset) => presetToMarketDocument(preset));
timeIt(`toCalendarRules, all ${docs.length} presets, 2026–2028, first time`, 1, () => {
  for (const doc of docs) toCalendarRules(doc, null, { from: 2026, to: 2028 });
});
const rulesWarm = timeIt(`toCalendarRules, all ${docs.length} presets, 2026–2028, cached`, 50, () => {
  for (const doc of docs) toCalendarRules(doc, null, { from: 2026, to: 2028 });
}) / docs.length;
console.log(`  (per market: ${rulesWarm.toFixed(3)} ms)`);

const closure = { ...docs[0]!, closures: [{ from: '2027-12-29', to: '2028-01-03', name: 'Year-end' }] };
timeIt('resolveClosedDays, JP + closure, 2027–2028, cached', 1000, () => {
  resolveClosedDays(closure, 2027, 2028);
});

console.log(`\nratio cached / uncached look-up: 1 : ${(baseline / warm).toFixed(0)}`);
console.log(`ratio cold (first) / uncached look-up: ${(cold / baseline).toFixed(2)}`);
