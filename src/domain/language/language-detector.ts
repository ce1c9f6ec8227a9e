/**
 * Language detection for short customer messages. Evidence from the writing system, eld's n-gram model,
 * the customer-service lexicon and marker letters is added up as log-likelihoods per language, multiplied
 * by priors from the hints, and normalised; below a confidence floor the answer is `null`, not a guess.
 */
import { MARKER_RULES } from './orthography-markers.js';
import { buildHintPrior, createHintPriorBuffers, type HintPrior, type LanguageHints } from './language-hints.js';
import { LANGUAGE_INDEX, SCRIPT_LANGUAGES, SUPPORTED_LANGUAGES } from './language-inventory.js';
import { addLexiconHits } from './lexicon-index.js';
import { applySpellingCues } from './spelling-cues.js';
import { defaultNgramScorer, type NgramScorer } from './ngram-model.js';
import { analyzeScripts, type ScriptCode, type ScriptProfile } from './script-profile.js';
import { cleanText, textTokens } from './text-preparation.js';

export interface DetectionCandidate {
  language: string;
  /** Posterior probability, 0..1, rounded to 3 decimals. */
  score: number;
}

export interface DetectionResult {
  /** BCP 47 tag (`ja`, `zh`, `zh-Hant`, `nb`, `pt`…), or `null` when the text does not tell. */
  language: string | null;
  /** Probability of `language`; 0 when `language` is null. */
  confidence: number;
  /** Up to five most probable languages, highest first. */
  candidates: DetectionCandidate[];
}

export type LanguageDetector = (text: string, hints?: LanguageHints) => DetectionResult;

export interface LanguageDetectorOptions {
  /** Statistical model; defaults to eld's `small` database. */
  ngramScorer?: NgramScorer;
  /** The top probability must exceed this, or the answer is `null` (so a two-way tie is `null`). Default 0.5. */
  minConfidence?: number;
}

const N = SUPPORTED_LANGUAGES.length;
const MAX_CANDIDATES = 5;
// With a `candidates` restriction, the best allowed language must not be this many nats (~20,000×)
// less likely than the best language overall; otherwise none of the candidates is what was written.
const CANDIDATE_MAX_DEFICIT = 10;
// Without linguistic evidence the answer rests on hints alone; this much prior mass (in units of an
// unhinted language) stays with "some other language", so a country alone (Switzerland, Belgium) does
// not settle it but a previous language or a one-language country does. No residual when the caller
// closed the set with `candidates`.
const NO_EVIDENCE_RESIDUAL = 40;
const DEFAULT_MIN_CONFIDENCE = 0.5;

// CJK characters carry about as much information as a short Latin word; count them for more when
// deciding which script a mixed message ("iPhone 15の注文") is written in.
const CJK_LETTER_WEIGHT = 3;

// eld's weight grows with the letters it sees: one short word is noise to an n-gram model, a sentence is not.
const ELD_WEIGHT_PER_LETTER = 1;
const ELD_MAX_WEIGHT = 30;
const ELD_IGNORED_LETTERS = 3;

// One lexicon hit makes a language ~400× likelier than one without; further hits add less each.
const LEXICON_FIRST_HIT = 6;
const LEXICON_FURTHER_HIT = 2.5;
const LEXICON_MAX_HITS = 20;

// Languages eld does not model borrow a sibling's score, slightly discounted so that the sibling wins
// when nothing (lexicon, marker letters, hints) speaks for the borrower.
const BORROWED: Readonly<Record<string, { from: readonly string[]; penalty: number }>> = {
  id: { from: ['ms'], penalty: 0 },
  gl: { from: ['pt', 'es'], penalty: 1.5 },
  bs: { from: ['hr'], penalty: 1 },
  mk: { from: ['bg', 'sr'], penalty: 1 },
};
const SERBIAN_LATIN = { from: ['hr'], penalty: 1 } as const;
// Indonesian and Malay share most everyday sentences and eld does not tell them apart. When nothing
// (word, spelling, hint) separates them, Indonesian is the likelier writer, about 3:1 at least
// (≈200 M Indonesian writers vs ≈30 M Malaysian/Bruneian Malay), the same lean as zh over zh-Hant on
// script-neutral Han. Any Malay-only word (−2.5) or a MY/BN hint outweighs it. See docs/language.md.
const INDONESIAN_BASE_RATE = Math.log(3);

// Scratch buffers reused across calls: detection is synchronous, so no two calls overlap.
const SCRATCH_LL = new Float64Array(N);
const SCRATCH_POSTERIOR = new Float64Array(N);
const SCRATCH_HITS = new Float64Array(N);
const SCRATCH_RAW = new Float64Array(N);
const STATISTICAL_SCRIPTS = new Set<ScriptCode>(['Latn', 'Cyrl', 'Arab', 'Deva']);

const SCRIPT_INDEXES = Object.fromEntries(
  Object.entries(SCRIPT_LANGUAGES).map(([script, languages]) => [
    script,
    languages.map((language) => LANGUAGE_INDEX.get(language) as number),
  ]),
) as Record<ScriptCode, number[]>;

interface ScriptMember {
  index: number;
  /** Codes whose n-gram score this language takes: its own, or the siblings it borrows from. */
  from: readonly string[];
  penalty: number;
}
// Per script, resolved once: which n-gram scores each language reads and what a borrower pays.
const SCRIPT_MEMBERS = Object.fromEntries(
  Object.entries(SCRIPT_LANGUAGES).map(([script, languages]) => [
    script,
    languages.map((language): ScriptMember => {
      const borrowed = language === 'sr' && script === 'Latn' ? SERBIAN_LATIN : BORROWED[language];
      return {
        index: LANGUAGE_INDEX.get(language) as number,
        from: borrowed?.from ?? [language],
        penalty: borrowed?.penalty ?? 0,
      };
    }),
  ]),
) as Record<ScriptCode, ScriptMember[]>;

/** A script's members with their sources resolved to positions in one scorer's output. */
interface ScoredMember extends ScriptMember {
  /** Positions in the scorer's `languages` of the codes in `from` that it scores. */
  sources: readonly number[];
}

interface BoundScorer {
  scorer: NgramScorer;
  /** Reused output buffer of `scorer`. */
  scores: Float64Array;
  members: Readonly<Record<ScriptCode, readonly ScoredMember[]>>;
}

function bindScorer(scorer: NgramScorer): BoundScorer {
  const position = new Map(scorer.languages.map((language, i) => [language, i]));
  const members = Object.fromEntries(
    Object.entries(SCRIPT_MEMBERS).map(([script, list]) => [
      script,
      list.map((member): ScoredMember => ({
        ...member,
        sources: member.from.map((code) => position.get(code)).filter((i): i is number => i !== undefined),
      })),
    ]),
  ) as Record<ScriptCode, ScoredMember[]>;
  return { scorer, scores: new Float64Array(scorer.languages.length), members };
}

function indexOf(language: string): number {
  return LANGUAGE_INDEX.get(language) as number;
}
const ZH = indexOf('zh');
const ZH_HANT = indexOf('zh-Hant');
const JA = indexOf('ja');
const ID = indexOf('id');

interface MarkerRuleIndexed {
  favour: Array<[number, number]>;
  disfavour: Array<[number, number]>;
}
const MARKERS: MarkerRuleIndexed[] = MARKER_RULES.map((rule) => ({
  favour: Object.entries(rule.favour).map(([l, v]) => [indexOf(l), v] as [number, number]),
  disfavour: Object.entries(rule.disfavour).map(([l, v]) => [indexOf(l), v] as [number, number]),
}));
// Marker letter → the positions in MARKERS of the rules it fires, so a message visits only its own rules.
const MARKER_RULES_OF = new Map<string, number[]>();
MARKER_RULES.forEach((rule, position) => {
  for (const letter of rule.letters) MARKER_RULES_OF.set(letter, [...(MARKER_RULES_OF.get(letter) ?? []), position]);
});
const SCRATCH_FIRED = new Uint8Array(MARKERS.length);

/** The script the message is mostly written in; Han with enough kana counts as Japanese (`Kana`). */
function dominantScript(profile: ScriptProfile): ScriptCode | null {
  let best: ScriptCode | null = null;
  let bestWeight = 0;
  for (const key in profile.letters) {
    const script = key as ScriptCode;
    if (script === 'Hani' || script === 'Kana') continue;
    const count = profile.letters[script] as number;
    const weight = script === 'Hang' ? count * CJK_LETTER_WEIGHT : count;
    if (weight > bestWeight) {
      best = script;
      bestWeight = weight;
    }
  }
  const kana = profile.letters.Kana ?? 0;
  const han = profile.letters.Hani ?? 0;
  if ((kana + han) * CJK_LETTER_WEIGHT > bestWeight) {
    return kana >= 2 || (kana >= 1 && kana * 4 >= han) ? 'Kana' : 'Hani';
  }
  return best;
}

function lexiconScore(hits: number): number {
  if (hits <= 0) return 0;
  return LEXICON_FIRST_HIT * Math.min(hits, 1) + LEXICON_FURTHER_HIT * (Math.min(hits, LEXICON_MAX_HITS) - Math.min(hits, 1));
}

/** Han without kana: Simplified vs Traditional by the variant table, Japanese only on Japanese-only kanji. */
function scoreHan(profile: ScriptProfile, ll: Float64Array): void {
  const s = Math.min(profile.simplifiedHan, 4);
  const t = Math.min(profile.traditionalHan, 4);
  const kana = Math.min(profile.letters.Kana ?? 0, 2);
  // Simplified is the default reading of script-neutral Han (far more writers), ~3:1.
  ll[ZH] = 1.1 + 2.5 * s - 3 * t;
  ll[ZH_HANT] = 2.5 * t - 3 * s;
  ll[JA] = -3 + 3 * Math.min(profile.japaneseOnlyKanji, 3) + 3 * kana;
}

/**
 * Applies each orthography rule one of `markers` fires, once, in the rules' order. Returns false when none
 * fires (ü, ğ, ă… are collected as markers but settle nothing on their own).
 */
function applyMarkerRules(markers: ReadonlySet<string>, ll: Float64Array): boolean {
  const fired = SCRATCH_FIRED;
  fired.fill(0);
  let any = false;
  for (const letter of markers) {
    for (const position of MARKER_RULES_OF.get(letter) ?? []) {
      fired[position] = 1;
      any = true;
    }
  }
  for (let position = 0; position < MARKERS.length; position++) {
    if (fired[position] === 0) continue;
    const rule = MARKERS[position] as MarkerRuleIndexed;
    for (const [index, value] of rule.favour) ll[index] = (ll[index] as number) + value;
    for (const [index, value] of rule.disfavour) ll[index] = (ll[index] as number) - value;
  }
  return any;
}

/**
 * Adds n-gram, lexicon and marker evidence for the languages of a shared script. Returns false when the
 * text carried none of them (e.g. "ok", "lol"), so the caller can treat it like text without letters.
 */
function scoreStatistical(
  script: ScriptCode,
  text: string,
  profile: ScriptProfile,
  ngram: BoundScorer,
  ll: Float64Array,
): boolean {
  let evidence = false;
  const group = SCRIPT_INDEXES[script];
  const members = ngram.members[script];
  const letters = profile.letters[script] ?? 0;
  const eldWeight = Math.min(ELD_MAX_WEIGHT, Math.max(0, letters - ELD_IGNORED_LETTERS) * ELD_WEIGHT_PER_LETTER);
  if (eldWeight > 0) {
    const scores = ngram.scores;
    ngram.scorer.score(text, scores);
    let max = 0;
    for (const member of members) {
      let value = 0;
      for (const source of member.sources) {
        const score = scores[source] as number;
        if (score > value) value = score;
      }
      SCRATCH_RAW[member.index] = value;
      if (value > max) max = value;
    }
    if (max > 0) {
      evidence = true;
      for (const member of members) ll[member.index] = (ll[member.index] as number) + eldWeight * ((SCRATCH_RAW[member.index] as number) / max - 1);
    }
  }
  for (const member of members) if (member.penalty !== 0) ll[member.index] = (ll[member.index] as number) - member.penalty;
  const tokens = textTokens(text);
  if (tokens.length > 0) {
    const hits = SCRATCH_HITS;
    hits.fill(0);
    if (addLexiconHits(tokens, hits) > 0) evidence = true;
    for (const index of group) ll[index] = (ll[index] ?? 0) + lexiconScore(hits[index] ?? 0);
  }
  if (script === 'Latn') {
    if (tokens.length > 0 && applySpellingCues(tokens, text, ll)) evidence = true;
    ll[ID] = (ll[ID] as number) + INDONESIAN_BASE_RATE;
  }
  if (profile.markers.size > 0 && applyMarkerRules(profile.markers, ll)) evidence = true;
  return evidence;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const NO_ANSWER: DetectionResult = Object.freeze({ language: null, confidence: 0, candidates: [] });

const ALL_LANGUAGES: readonly number[] = SUPPORTED_LANGUAGES.map((_, i) => i);
// Per script, its languages in ascending order. With evidence from the script every other language has
// ll = -Infinity, so the posterior need only visit these; ascending keeps every sum in the same order.
const SCRIPT_ACTIVE = Object.fromEntries(
  Object.entries(SCRIPT_INDEXES).map(([script, indexes]) => [script, [...indexes].sort((a, b) => a - b)]),
) as Record<ScriptCode, number[]>;

/**
 * Adds the log prior to `ll` for the `active` languages (the rest are -Infinity), normalises with a
 * softmax (plus `residual` for "some other language") and picks the answer.
 */
function answer(ll: Float64Array, prior: HintPrior, active: readonly number[], residual: number, minConfidence: number): DetectionResult {
  const posterior = SCRATCH_POSTERIOR;
  let maxLog = -Infinity;
  let maxUnrestricted = -Infinity;
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const value = (ll[i] as number) + (prior.logPrior[i] as number);
    if (value > maxUnrestricted) maxUnrestricted = value;
    const allowed = prior.allowed === null || prior.allowed[i] === 1 ? value : -Infinity;
    posterior[i] = allowed;
    if (allowed > maxLog) maxLog = allowed;
  }
  if (maxLog === -Infinity || maxLog < maxUnrestricted - CANDIDATE_MAX_DEFICIT) return { ...NO_ANSWER, candidates: [] };
  let total = residual * Math.exp(-maxLog);
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    const value = posterior[i] as number;
    const p = value === -Infinity ? 0 : Math.exp(value - maxLog);
    posterior[i] = p;
    total += p;
  }
  const order: number[] = [];
  for (let k = 0; k < active.length; k++) {
    const i = active[k] as number;
    if ((posterior[i] as number) / total >= 0.0005) order.push(i);
  }
  order.sort((a, b) => (posterior[b] as number) - (posterior[a] as number));
  const candidates = order.slice(0, MAX_CANDIDATES).map((i) => ({
    language: SUPPORTED_LANGUAGES[i] as string,
    score: round3((posterior[i] as number) / total),
  }));
  const top = candidates[0];
  if (top === undefined || top.score <= minConfidence) return { language: null, confidence: 0, candidates };
  return { language: top.language, confidence: top.score, candidates };
}

/**
 * Builds a detector around a statistical model (eld `small` by default). Useful to compare eld database
 * sizes or to plug a different n-gram model in; {@link detectLanguage} is the ready-made instance.
 *
 * @example
 * const detect = createLanguageDetector({ minConfidence: 0.6 });
 * detect('Tak for hjælpen').language; // 'da'
 */
export function createLanguageDetector(options: LanguageDetectorOptions = {}): LanguageDetector {
  const ngram = bindScorer(options.ngramScorer ?? defaultNgramScorer);
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const priorBuffers = createHintPriorBuffers();

  return function detect(text: string, hints?: LanguageHints): DetectionResult {
    const cleaned = cleanText(text);
    const prior = buildHintPrior(hints, priorBuffers);
    const profile = analyzeScripts(cleaned);
    const ll = SCRATCH_LL;
    const script = profile.totalLetters > 0 ? dominantScript(profile) : null;
    let evidence = script !== null;
    if (script !== null) {
      ll.fill(-Infinity);
      for (const index of SCRIPT_INDEXES[script]) ll[index] = 0;
      if (script === 'Hani') scoreHan(profile, ll);
      else if (STATISTICAL_SCRIPTS.has(script)) {
        evidence = scoreStatistical(script, cleaned, profile, ngram, ll);
      }
    }
    if (!evidence) {
      // Nothing linguistic (empty, digits, emoji, a link, or a bare "ok"/"lol" that every language
      // borrows): the script proves nothing either, so only hints can answer.
      if (!prior.informative) return { ...NO_ANSWER, candidates: [] };
      for (let i = 0; i < N; i++) ll[i] = (prior.logPrior[i] ?? 0) > 0 || prior.allowed?.[i] === 1 ? 0 : -Infinity;
    }
    const residual = !evidence && prior.allowed === null ? NO_EVIDENCE_RESIDUAL : 0;
    const active = evidence ? SCRIPT_ACTIVE[script as ScriptCode] : ALL_LANGUAGES;
    return answer(ll, prior, active, residual, minConfidence);
  };
}

/**
 * Detects the language of a customer message, using hints as priors. Pure: no I/O at call time.
 * Returns `language: null` when the text is too thin to tell (e.g. "ok", "123", an emoji, a link) and the
 * hints do not settle it.
 *
 * @example
 * detectLanguage('ありがとうございます').language; // 'ja'
 * detectLanguage('tak').language; // null — Danish "thanks" or Polish "yes"
 * detectLanguage('tak', { country: 'DK' }).language; // 'da'
 */
export const detectLanguage: LanguageDetector = createLanguageDetector();
