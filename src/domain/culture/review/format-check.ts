/**
 * Amounts, dates and numbers written for another market: a currency the market does not pay in, a numeric date
 * in an order the customer would misread, decimal and group separators swapped.
 */
import type { MarketFormats } from '../market-formats.js';
import { finding, type ReviewFinding } from './review-types.js';

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP'];
const KRONER = ['SEK', 'DKK', 'NOK', 'ISK'];

/**
 * Currency marks and the currencies each may stand for. `cjk` marks are written straight after the number with
 * the next word attached (5,000円です), so no word boundary is required after them.
 */
const CURRENCY_MARKS: ReadonlyArray<{ mark: string; currencies: readonly string[]; cjk?: boolean }> = [
  { mark: 'US\\$', currencies: ['USD'] }, { mark: 'U\\$S', currencies: ['USD'] }, { mark: 'AU?\\$', currencies: ['AUD'] },
  { mark: 'CA?\\$', currencies: ['CAD'] }, { mark: 'NZ\\$', currencies: ['NZD'] }, { mark: 'S\\$', currencies: ['SGD'] },
  { mark: 'HK\\$', currencies: ['HKD'] }, { mark: 'NT\\$', currencies: ['TWD'] }, { mark: 'R\\$', currencies: ['BRL'] },
  { mark: 'MX\\$', currencies: ['MXN'] }, { mark: 'AR\\$', currencies: ['ARS'] }, { mark: '\\$', currencies: DOLLARS },
  { mark: '€', currencies: ['EUR'] }, { mark: '£', currencies: ['GBP'] }, { mark: '[¥￥]', currencies: ['JPY', 'CNY'] },
  { mark: '円', currencies: ['JPY'], cjk: true }, { mark: '元', currencies: ['CNY', 'TWD', 'HKD'], cjk: true },
  { mark: '₩', currencies: ['KRW'] }, { mark: '원', currencies: ['KRW'], cjk: true }, { mark: '₹', currencies: ['INR'] },
  { mark: 'Rs\\.?', currencies: ['INR'] }, { mark: '₺', currencies: ['TRY'] }, { mark: '₽', currencies: ['RUB'] }, { mark: 'руб\\.?', currencies: ['RUB'] },
  { mark: '₪', currencies: ['ILS'] }, { mark: '฿', currencies: ['THB'] }, { mark: 'บาท', currencies: ['THB'], cjk: true },
  { mark: 'Rp\\.?', currencies: ['IDR'] }, { mark: 'RM', currencies: ['MYR'] }, { mark: 'zł', currencies: ['PLN'] }, { mark: 'Kč', currencies: ['CZK'] },
  { mark: 'Ft', currencies: ['HUF'] }, { mark: 'lei', currencies: ['RON'] }, { mark: 'kr\\.?', currencies: KRONER },
  { mark: 'SFr\\.|Fr\\.', currencies: ['CHF'] }, { mark: 'د\\.إ', currencies: ['AED'] }, { mark: 'ر\\.س', currencies: ['SAR'] },
  { mark: '[Dd]ollars?|[Dd]ólares|[Dd]ollari', currencies: DOLLARS }, { mark: '[Ee]uros?', currencies: ['EUR'] }, { mark: '[Yy]en', currencies: ['JPY'] },
  { mark: 'ドル', currencies: ['USD', 'AUD', 'CAD', 'SGD', 'HKD', 'NZD', 'TWD'], cjk: true }, { mark: 'ユーロ', currencies: ['EUR'], cjk: true },
  { mark: '美元', currencies: ['USD'], cjk: true }, { mark: '[欧歐]元', currencies: ['EUR'], cjk: true }, { mark: '日[元圓圆]', currencies: ['JPY'], cjk: true },
  { mark: '달러', currencies: ['USD'], cjk: true }, { mark: '유로', currencies: ['EUR'], cjk: true }, { mark: '엔', currencies: ['JPY'], cjk: true },
  ...['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'TWD', 'HKD', 'SGD', 'INR', 'IDR', 'THB', 'AUD', 'NZD', 'AED', 'SAR', 'ILS', 'TRY', 'ZAR',
    'CAD', 'MXN', 'BRL', 'ARS', 'CHF', 'DKK', 'SEK', 'NOK', 'PLN', 'CZK', 'RON', 'HUF', 'RUB', 'MYR', 'PHP', 'VND', 'CLP', 'COP']
    .map((code) => ({ mark: code, currencies: [code === 'RMB' ? 'CNY' : code] })),
];

const NUMBER = /\d(?:[\d.,'’]|[ \u00a0\u202f](?=\d{3}(?!\d)))*(?<=\d)/g;
const markSource = (cjk: boolean) => CURRENCY_MARKS.filter((m) => Boolean(m.cjk) === cjk).map((m) => m.mark).sort((a, b) => b.length - a.length).join('|');
// Around each number: a mark just before it ($20, € 5, US$ 20) or just after it (20 €, 5,000円, 100 dollars). Marks
// made of letters (USD, RM) must stand as words; symbols ($, €) may follow anything (返金額は$25).
const MARK_BEFORE = new RegExp(`(?:(?<=[^\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}]|^)(?=[\\p{Script=Latin}\\p{Script=Cyrillic}])|(?![\\p{Script=Latin}\\p{Script=Cyrillic}]))(?:${markSource(false)})[ \\u00a0]?$`, 'u');
const MARK_AFTER = new RegExp(`^[ \\u00a0]?(?:(?:${markSource(false)})(?![\\p{L}])|(?:${markSource(true)}))`, 'u');
const MARK_TESTS = CURRENCY_MARKS.map((m) => ({ test: new RegExp(`^(?:${m.mark})$`, 'u'), currencies: m.currencies }));

function currenciesOf(mark: string): readonly string[] {
  const bare = mark.trim();
  return MARK_TESTS.find((m) => m.test.test(bare))?.currencies ?? [];
}

// A numeric date with one separator throughout; year first (2027/05/26) or last (26.05.2027, 05/26/27).
const DATE = /(?<![\d/.\-])(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?![\d/]|[.\-]\d)/g;

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** Month and day as the market reads the date (`MM-DD`), or null when it cannot be read unambiguously. */
  monthDay: string | null;
}

/**
 * Amounts in a currency other than the market's, numeric dates in an order the market would misread, and
 * numbers with decimal and group separators swapped. Also answers the dates mentioned, for the sensitivity check.
 *
 * @example
 * formatFindings('Total: $25', marketFormats('ja-JP', 'JPY')).findings[0].key; // 'foreignCurrency'
 */
export function formatFindings(text: string, formats: MarketFormats): { findings: ReviewFinding[]; dates: DateMention[] } {
  const findings: ReviewFinding[] = [];
  const expected = `${formats.currency} (${formats.amountExample})`;
  // Nothing to check without a digit: most short replies have none.
  if (!/\d/.test(text)) return { findings, dates: [] };
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    const before = MARK_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    const after = before ? null : MARK_AFTER.exec(text.slice(end, end + 12));
    const mark = before?.[0] ?? after?.[0];
    if (mark === undefined) continue;
    const currencies = currenciesOf(mark);
    if (currencies.length > 0 && !currencies.includes(formats.currency)) {
      const from = before ? start - before[0].length : start;
      const to = after ? end + after[0].length : end;
      findings.push(finding('FORMAT', from, to, 'foreignCurrency', { found: text.slice(from, to), currency: currencies[0]!, expected }));
    }
  }

  const dates: DateMention[] = [];
  DATE.lastIndex = 0;
  // The date scan starts with a lookbehind, slow over long texts: only when a digit touches a date separator.
  const mayHaveDates = /\d[/.\-]\d/.test(text);
  while (mayHaveDates && (match = DATE.exec(text)) !== null) {
    const [whole, a, sep, b, c] = match as unknown as [string, string, string, string, string];
    const start = match.index;
    const end = start + whole.length;
    if (a.length === 4) {
      // Year first is read the same way everywhere.
      const month = Number(b);
      const day = Number(c);
      if (c.length <= 2 && month >= 1 && month <= 12 && day >= 1 && day <= 31) dates.push({ start, end, text: whole, monthDay: monthDay(month, day) });
      continue;
    }
    if (a.length > 2) continue;
    // A two-digit year only with slashes (05/06/27); with dots or hyphens it is too often a version or a code.
    if (!(c.length === 4 || (c.length === 2 && sep === '/'))) continue;
    const first = Number(a);
    const second = Number(b);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) continue;
    const readings = new Set<'dmy' | 'mdy'>();
    if (second <= 12) readings.add('dmy');
    if (first <= 12) readings.add('mdy');
    const order = formats.dateOrder;
    const misread = order === 'ymd' || !readings.has(order);
    if (misread) findings.push(finding('FORMAT', start, end, 'dateFormat', { found: whole, example: formats.dateExample }));
    const asRead = order === 'mdy' && readings.has('mdy') ? monthDay(first, second) : order === 'dmy' && readings.has('dmy') ? monthDay(second, first) : null;
    dates.push({ start, end, text: whole, monthDay: asRead });
  }

  const wrongSeparators = formats.decimal === ','
    ? /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{1,2}(?![\d.,]\d)/g
    : formats.decimal === '.' ? /(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,]\d)/g : null;
  if (wrongSeparators && /\d[.,]\d{3}[.,]\d/.test(text)) {
    const example = new Intl.NumberFormat(formats.locale, { minimumFractionDigits: 2 }).format(1234.5);
    while ((match = wrongSeparators.exec(text)) !== null) {
      findings.push(finding('FORMAT', match.index, match.index + match[0].length, 'numberFormat', { found: match[0], example }));
    }
  }
  return { findings, dates };
}

function monthDay(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
