/**
 * The reply review: an agent's draft checked against the customer's language, the market's culture profile, the
 * brand's signature and plain safety (no card numbers, no secrets). Pure: every input is an argument, every
 * language-specific word comes from a rule table.
 */
import { detectLanguage, toDetectionLanguage, type LanguageDetector } from '../../language/index.js';
import { channelFamily, replyLanguageAllowed, type LanguagePolicy } from '../../translation/index.js';
import type { CultureProfile } from '../culture-types.js';
import { languageConvention, pickForLanguage } from '../language-conventions.js';
import { formatLocale, marketFormats } from '../market-formats.js';
import { formatCustomerName, type Gender } from '../name-format.js';
import { findPii } from '../pii-checks.js';
import { compilePatterns, findAll, matches, type Found, type Matcher } from '../rules/rule-compiler.js';
import { rulesFor } from '../rules/rule-tables.js';
import { formatFindings } from './format-check.js';
import { nameFindings } from './name-check.js';
import { finding, reviewCodes, type ReviewFinding } from './review-types.js';

/** Everything the review needs to know about one reply. */
export interface ReviewInput {
  text: string;
  /** The customer's language: what the reply is expected to be written in. */
  language: string;
  /** Channel kind (`email`, `chat`, `line`, `voice`…). */
  channel: string;
  /** The market's resolved culture profile (`resolveCultureProfile`). */
  profile: CultureProfile;
  /** The market's country (for date and number formats) and currency; null when the reply has no market. */
  market: { country: string | null; currency: string | null };
  languagePolicy?: LanguagePolicy | null;
  pivotLanguages?: readonly string[];
  /** The customer, when the reply is to a known one: the name is checked in the reply. */
  customer?: { name: string | null; gender: Gender | null } | null;
  /** The brand's sign-off in the customer's language, required at the end of an email. */
  signOff?: string | null;
  /**
   * True when an agent has already answered in this conversation: on chat and messaging apps a follow-up message
   * needs no new greeting or closing (email always does).
   */
  followUp?: boolean;
  /** Language detector (tests inject one); defaults to `detectLanguage`. */
  detector?: LanguageDetector;
}

// Below this, a detection is a guess, and a wrong LANGUAGE_MISMATCH costs more than a missed one.
const MIN_MISMATCH_CONFIDENCE = 0.8;
const DETECTION_SAMPLE = 160;
const CODE_ORDER = new Map(reviewCodes.map((code, i) => [code, i]));
const QUOTED_LINE = /^[ \t]*>.*$/gmu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const blank = (m: string) => ' '.repeat(m.length);
// A short quotation («…», „…“, “…”, "…", 「…」): a title or the customer's own words, not how the agent addresses them.
const QUOTATION = /«[^»\n]{1,60}»|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|"[^"\n]{1,60}"|「[^」\n]{1,60}」/gu;

/** The text with quoted lines, links and email addresses blanked out; same length, so offsets still hold. */
function maskText(text: string): string {
  // Each pass only when its tell-tale character is there: most replies have no quote, link or address.
  let masked = text.includes('>') ? text.replace(QUOTED_LINE, blank) : text;
  if (masked.includes('http') || masked.includes('www.')) masked = masked.replace(URL, blank);
  if (masked.includes('@')) masked = masked.replace(EMAIL, blank);
  return masked;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function nonEmptyLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    if (part.trim() !== '') {
      const lead = part.length - part.trimStart().length;
      const trail = part.length - part.trimEnd().length;
      lines.push({ start: start + lead, end: end - trail, text: part.trim() });
    }
    start = end + 1;
  }
  return lines;
}

/** A stretch of prose for detection: past a short salutation line, cut at a word end. */
function detectionSample(masked: string, lines: Line[]): string {
  const body = lines.length > 1 && lines[0]!.text.length < 40 ? lines.slice(1) : lines;
  const joined = body.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
  if (joined.length <= DETECTION_SAMPLE) return joined;
  const cut = joined.lastIndexOf(' ', DETECTION_SAMPLE);
  return joined.slice(0, cut > DETECTION_SAMPLE / 2 ? cut : DETECTION_SAMPLE);
}

function literalPatterns(phrases: readonly string[]): string[] {
  return phrases
    .map((p) => p.replace(/\{name\}/g, '').replace(/[,:!.，、。:：!！…]+$/u, '').trim())
    .filter((p) => p.length >= 2)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

const salutationCache = new Map<string, Matcher[]>();
function salutationPatterns(phrases: readonly string[]): Matcher[] {
  const key = phrases.join('\u0000');
  if (!salutationCache.has(key)) {
    if (salutationCache.size > 500) salutationCache.clear();
    // Phrases in spaced scripts match as whole words ("Beste" is not the start of "bestelling"); CJK and Thai
    // phrases match anywhere.
    const literals = literalPatterns(phrases);
    const unspaced = literals.filter((p) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(p));
    const spaced = literals.filter((p) => !unspaced.includes(p));
    salutationCache.set(key, [compilePatterns(spaced, 'words'), compilePatterns(unspaced, 'none')].filter((m): m is Matcher => m !== null));
  }
  return salutationCache.get(key)!;
}

const wordCache = new Map<string, Matcher | null>();
function wordsPattern(words: readonly string[]): Matcher | null {
  const key = words.join('\u0000');
  if (!wordCache.has(key)) {
    if (wordCache.size > 500) wordCache.clear();
    wordCache.set(key, compilePatterns(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'words'));
  }
  return wordCache.get(key)!;
}

/** An example greeting or closing: one without a name, else with the customer's name, else with the name left out. */
function salutationExample(phrases: readonly string[], name: string | null): string {
  for (const phrase of phrases) {
    if (!phrase.includes('{name}')) return phrase;
    if (name) return phrase.replaceAll('{name}', name);
  }
  return (phrases[0] ?? '').replace(/[,，、]?\s*\{name\}\s*/g, ' ').replace(/\s+([,.:!，。！])/g, '$1').replace(/^[\s,，、:]+/, '').trim();
}

function normalizeForSearch(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

function outside(found: Found[], exempt: Found[]): Found[] {
  if (exempt.length === 0) return found;
  return found.filter((f) => !exempt.some((e) => e.start <= f.start && e.end >= f.end));
}

/**
 * Reviews one reply. Findings come sorted by position; every span is a pair of UTF-16 offsets into `input.text`.
 * Checks: LANGUAGE_MISMATCH, REGISTER, NAME_FORM, CROSS_SELL, SENSITIVITY, FORMAT, GREETING, PII — see
 * docs/culture.md for what each looks at.
 *
 * @example
 * reviewReply({ text: 'Salut, tu peux renvoyer le colis ?', language: 'fr', channel: 'chat', profile: resolveCultureProfile(france), market: { country: 'FR', currency: 'EUR' } })
 *   .map((f) => f.code); // ['REGISTER', 'REGISTER']
 */
export function reviewReply(input: ReviewInput): ReviewFinding[] {
  const { text, profile } = input;
  const findings: ReviewFinding[] = [];
  const masked = maskText(text);
  const lines = nonEmptyLines(masked);
  const expected = input.language;

  // LANGUAGE_MISMATCH, and which language's rules apply to the rest.
  let replyLanguage = expected;
  const sample = detectionSample(masked, lines);
  if (sample.length >= 12) {
    const detected = (input.detector ?? detectLanguage)(sample, { marketLanguages: [expected] });
    const expectedCode = toDetectionLanguage(expected);
    if (detected.language !== null && detected.language !== expectedCode && detected.confidence >= MIN_MISMATCH_CONFIDENCE) {
      const verdict = replyLanguageAllowed(input.languagePolicy ?? null, input.channel, expected, detected.language, input.pivotLanguages ?? ['en']);
      if (!verdict.allowed) {
        findings.push(finding('LANGUAGE_MISMATCH', 0, text.length, 'languageMismatch', {
          replyLanguage: detected.language, customerLanguage: expected, channel: input.channel,
        }));
      }
      replyLanguage = detected.language;
    }
  }

  const rules = rulesFor(replyLanguage);
  const convention = languageConvention(replyLanguage);
  const register = pickForLanguage(profile.register, replyLanguage) ?? convention.register;

  // REGISTER
  if (rules) {
    const addressed = /[«„“"「]/u.test(masked) ? masked.replace(QUOTATION, blank) : masked;
    if (register.level === 'formal') {
      for (const f of findAll(rules.informal, addressed)) findings.push(finding('REGISTER', f.start, f.end, 'registerInformal', { found: f.text, expected: register.formal }));
    } else if (register.level === 'informal') {
      for (const f of findAll(rules.formal, addressed)) findings.push(finding('REGISTER', f.start, f.end, 'registerFormal', { found: f.text, expected: register.informal }));
    }
  }

  // NAME_FORM
  const names = pickForLanguage(profile.names, replyLanguage) ?? convention.names;
  findings.push(...nameFindings(masked, replyLanguage, names, input.customer));

  // CROSS_SELL
  if (rules && profile.crossSell === 'avoid') {
    for (const f of findAll(rules.crossSell, masked)) findings.push(finding('CROSS_SELL', f.start, f.end, 'crossSell', { found: f.text }));
  }

  // SENSITIVITY: topics, the market's own words, unlucky numbers (dates below, with the format scan).
  const { sensitivities } = profile;
  if (rules) {
    const exempt = findAll(rules.exemptions, masked);
    for (const topic of sensitivities.topics) {
      for (const f of outside(findAll(rules.topics.get(topic) ?? null, masked), exempt)) {
        findings.push(finding('SENSITIVITY', f.start, f.end, 'sensitiveTopic', { found: f.text, topic }));
      }
    }
    for (const n of sensitivities.numbers) {
      for (const f of findAll(rules.numberContext(n), masked)) findings.push(finding('SENSITIVITY', f.start, f.end, 'unluckyNumber', { found: f.text, number: n }));
    }
  }
  if (sensitivities.words.length > 0) {
    for (const f of findAll(wordsPattern(sensitivities.words), masked)) findings.push(finding('SENSITIVITY', f.start, f.end, 'sensitiveWord', { found: f.text }));
  }

  // FORMAT, in the customer's locale (a pivot-language reply is still read by this customer).
  if (input.market.currency) {
    const formats = marketFormats(formatLocale(profile.formats.locale, expected, input.market.country), input.market.currency);
    const scanned = formatFindings(masked, formats);
    findings.push(...scanned.findings);
    if (sensitivities.dates.length > 0) {
      const avoid = new Set(sensitivities.dates);
      for (const date of scanned.dates) {
        if (date.monthDay && avoid.has(date.monthDay)) findings.push(finding('SENSITIVITY', date.start, date.end, 'sensitiveDate', { found: date.text }));
      }
    }
  }

  // GREETING: the opening and closing the culture expects on this channel, and the brand's sign-off on email.
  const family = channelFamily(input.channel);
  const needsSalutation = family === 'email' || !input.followUp;
  const salutations = pickForLanguage(profile.salutations, replyLanguage) ?? convention.salutations;
  if (lines.length > 0) {
    const head = lines.slice(0, 2);
    const tail = lines.slice(-3);
    if (needsSalutation && profile.greetingExpected.opening.includes(family) && (rules || salutations.opening.length > 0)) {
      const headText = head.map((l) => l.text).join('\n');
      if (!matches(rules?.opening ?? null, headText) && !salutationPatterns(salutations.opening).some((m) => matches(m, headText))) {
        const customerName = input.customer?.name ? formatCustomerName(input.customer.name, replyLanguage, names, input.customer.gender)?.text ?? null : null;
        const example = salutationExample(salutations.opening, customerName);
        findings.push(finding('GREETING', lines[0]!.start, lines[0]!.end, 'missingOpening', { example }));
      }
    }
    if (needsSalutation && profile.greetingExpected.closing.includes(family) && (rules || salutations.closing.length > 0)) {
      const tailText = tail.map((l) => l.text).join('\n');
      if (!matches(rules?.closing ?? null, tailText) && !salutationPatterns(salutations.closing).some((m) => matches(m, tailText))) {
        const last = lines[lines.length - 1]!;
        findings.push(finding('GREETING', last.start, last.end, 'missingClosing', { example: salutationExample(salutations.closing, null) }));
      }
    }
    const signOff = input.signOff?.trim();
    if (family === 'email' && signOff && !normalizeForSearch(text).includes(normalizeForSearch(signOff))) {
      const last = lines[lines.length - 1]!;
      findings.push(finding('GREETING', last.start, last.end, 'missingSignOff', { signOff }));
    }
  }

  // PII: in the original text — a secret in a quoted line or a link is still a secret.
  for (const pii of findPii(text)) {
    const key = pii.kind === 'card' ? 'cardNumber' : pii.kind === 'iban' ? 'iban' : 'secret';
    findings.push(finding('PII', pii.start, pii.end, key, pii.kind === 'secret' ? { kind: pii.detail } : {}));
  }

  return findings.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!);
}
