import { eld } from 'eld/small';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CORPUS, LANGUAGE_HOLDOUT, LANGUAGE_HOLDOUT_CLOSE } from '../../../bench/data/language-corpus.js';
import {
  createEldScorer,
  createLanguageDetector,
  defaultNgramScorer,
  detectLanguage,
  type NgramScorer,
} from '../../../src/domain/language/index.js';

// The reference: eld's own detect().getScores(), undone to the linear average score.
const reference = createEldScorer(eld.newInstance());
const corpusTexts = [...LANGUAGE_CORPUS, ...LANGUAGE_HOLDOUT, ...LANGUAGE_HOLDOUT_CLOSE].map((item) => item.text);

function scoresOf(scorer: NgramScorer, text: string): Float64Array {
  const out = new Float64Array(scorer.languages.length);
  scorer.score(text, out);
  return out;
}

/** Texts on which ours and eld's scores differ by more than float noise (relative 1e-9). */
function disagreements(texts: readonly string[]): string[] {
  const bad: string[] = [];
  for (const text of texts) {
    const ours = scoresOf(defaultNgramScorer, text);
    const theirs = scoresOf(reference, text);
    for (let i = 0; i < ours.length; i++) {
      const a = ours[i] as number;
      const b = theirs[i] as number;
      if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) {
        bad.push(`${JSON.stringify(text.slice(0, 60))}: ${defaultNgramScorer.languages[i]} ${a} vs eld ${b}`);
        break;
      }
    }
  }
  return bad;
}

/** Deterministic pseudo-random numbers in [0, 1), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

const POOLS = [
  'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  " \t\n,.;:!?'`’‘ʼ´-_/()12345",
  'åæøäöüõãñçßéèêëîïôûùœřůěľĺŕőűđğışəșțăâơưłąęśźżń',
  'ΣΑΒΓΔΕΟΥσςαβγδ İIıi ǅǈ ẞ', // capital sigma (context-dependent lower case), İ (lower case is two units)
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙіїєґўђћљњџјѓќѕ',
  'ابتثجحخدذرسشصضطظعغفقكلمنهويپچژگکیٹڈڑںےەێۆ',
  'हिन्दीमराठीकरें',
  '日本語のテキスト中文字這個请问한국어ภาษาไทย',
  '😀👍🏽🇩🇰𠀀𝐀𐐀', // astral: emoji, CJK extension B, mathematical and Deseret letters
  '\u0300\u0301\u0307\u200d\ufeff\ud800\udc00\udbff', // combining marks, joiners, lone surrogates
];

function randomTexts(count: number, maxLength: number, seed: number): string[] {
  const next = random(seed);
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) {
      const pool = POOLS[Math.floor(next() * POOLS.length)] as string;
      text += pool[Math.floor(next() * pool.length)] as string;
    }
    texts.push(text);
  }
  return texts;
}

function randomCodeUnits(count: number, maxLength: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () =>
    String.fromCharCode(...Array.from({ length: Math.floor(next() * maxLength) }, () => Math.floor(next() * 0x10000))),
  );
}

describe('byte n-gram scorer (ours) against eld small detect().getScores()', () => {
  it('scores the languages eld scores, in the detector codes', () => {
    expect(defaultNgramScorer.languages).toEqual(reference.languages);
    expect(defaultNgramScorer.languages).toContain('nb');
    expect(defaultNgramScorer.languages).toContain('ckb');
  });

  it('agrees on every corpus and held-out message', () => {
    expect(disagreements(corpusTexts)).toEqual([]);
  });

  it('agrees on corpus messages in upper case, with punctuation runs and apostrophes', () => {
    const variants = corpusTexts.flatMap((text) => [text.toUpperCase(), text.replace(/ /g, " '' , "), `'${text}’`]);
    expect(disagreements(variants)).toEqual([]);
  });

  it('agrees on random mixed-script text and on random UTF-16 code units', () => {
    expect(disagreements(randomTexts(3000, 160, 1))).toEqual([]);
    expect(disagreements(randomCodeUnits(600, 1200, 2))).toEqual([]);
  });

  it('agrees on edge cases: empty, blank, emoji, mixed scripts, very long words, the byte cut-offs, 1 MB', () => {
    const edges = [
      '',
      ' ',
      '\n\t ',
      '😀',
      '👍🏽👍🏽 🇩🇰',
      'ok',
      "'",
      "x '' y",
      'iPhone 15の注文 ist nicht angekommen, заказ',
      'ΟΔΥΣΣΕΥΣ ΣΑΣ ΕΥΧΑΡΙΣΤΩ Σ',
      'İSTANBUL İÇİN SİPARİŞ',
      'a'.repeat(69),
      'a'.repeat(70),
      'b'.repeat(71),
      'c'.repeat(200),
      `${'x'.repeat(100)} ${'x'.repeat(100)}`,
      'ø'.repeat(36),
      'ab '.repeat(200),
      'abcde '.repeat(80),
      'ąęł'.repeat(200),
      `${'word '.repeat(70)}tail`,
      // Words around eld's 70-byte limit, with n-grams that differ all along.
      ...[68, 69, 70, 71, 72, 73, 74].map((n) => 'bestellungsnummerlieferadresserechnungsanschriftkundenservicemitarbeiterin'.slice(0, n)),
      'Hej, jeg har ikke modtaget min pakke endnu. '.repeat(25_000),
    ];
    expect(disagreements(edges)).toEqual([]);
  });

  it('agrees where the 350- and 380-byte cut-offs fall on every position of a long message', () => {
    const latin = corpusTexts.filter((text) => /^[\p{Script=Latin}\P{L}]+$/u.test(text));
    const long = latin.slice(0, 40).join(' ');
    const shifted = Array.from({ length: 80 }, (_, pad) => `${'q'.repeat(pad)} ${long}`);
    const multibyte = Array.from({ length: 40 }, (_, pad) => `${'ø'.repeat(pad)} ${long}`);
    // A space just before byte 350, then a word that the 380-byte cut truncates at every length.
    const truncated = Array.from({ length: 50 }, (_, k) => `${'x'.repeat(300 + k)} bestellungsnummerlieferadresserechnungsanschrift`);
    expect(disagreements([...shifted, ...multibyte, ...truncated])).toEqual([]);
  });

  it('scores nothing for text without letters', () => {
    for (const text of ['', '123 456', '😀👍', '!!! ???']) expect(scoresOf(defaultNgramScorer, text).every((s) => s === 0)).toBe(true);
  });

  it('gives the detector the same answers as eld itself would, with and without hints', () => {
    const throughEld = createLanguageDetector({ ngramScorer: createEldScorer(eld.newInstance()) });
    const items = [...LANGUAGE_CORPUS, ...LANGUAGE_HOLDOUT, ...LANGUAGE_HOLDOUT_CLOSE];
    for (const item of items) {
      expect(detectLanguage(item.text)).toEqual(throughEld(item.text));
      expect(detectLanguage(item.text, { country: item.country })).toEqual(throughEld(item.text, { country: item.country }));
    }
  });
});
