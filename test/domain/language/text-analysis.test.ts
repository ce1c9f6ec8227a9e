import { describe, expect, it } from 'vitest';
import { LANGUAGE_CORPUS, LANGUAGE_HOLDOUT, LANGUAGE_HOLDOUT_CLOSE } from '../../../bench/data/language-corpus.js';
import { analyzeScripts, cleanText, prepareText, textTokens } from '../../../src/domain/language/index.js';

// The token definition the char-code tokenizer implements, applied the way it is documented.
const TOKEN = /[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*/gu;
function referenceTokens(text: string): string[] {
  let lower = text.toLowerCase();
  if (!/^[\x00-\x7f]*$/.test(lower)) lower = lower.replace(/[’‘ʼ`´]/g, "'");
  return Array.from(lower.matchAll(TOKEN), (match) => match[0]).slice(0, 80);
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

describe('textTokens', () => {
  it('matches the documented token pattern on every corpus message', () => {
    for (const item of [...LANGUAGE_CORPUS, ...LANGUAGE_HOLDOUT, ...LANGUAGE_HOLDOUT_CLOSE]) {
      const text = cleanText(item.text);
      expect(textTokens(text)).toEqual(referenceTokens(text));
    }
  });

  it('matches it on random text with joiners, marks, astral letters and lone surrogates', () => {
    const pool = "abcÅÉİΣσяж日本한ก '-’ʼ`´-'\u0301\u0307𝐀𠀀😀\ud800\udc00 ,.-''--";
    const next = random(7);
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => pool[Math.floor(next() * pool.length)]).join('');
      expect(textTokens(text)).toEqual(referenceTokens(text));
    }
  });

  it('joins words over single apostrophes and hyphens, and stops at 80 tokens', () => {
    expect(textTokens("C’est l'e-mail d'aujourd'hui -- vraiment'")).toEqual(["c'est", "l'e-mail", "d'aujourd'hui", 'vraiment']);
    expect(textTokens('ja '.repeat(100))).toHaveLength(80);
    expect(prepareText('  Where is order #A12345? https://shop.example/track  ').tokens).toEqual(['where', 'is', 'order']);
  });
});

describe('analyzeScripts', () => {
  it('counts letters per script in the order the scripts first appear', () => {
    const profile = analyzeScripts('iPhone 15の注文');
    expect(Object.entries(profile.letters)).toEqual([['Latn', 6], ['Kana', 1], ['Hani', 2]]);
    expect(profile.totalLetters).toBe(9);
    expect(analyzeScripts('Де моє замовлення?').letters).toEqual({ Cyrl: 15 });
  });

  it('collects marker letters from capitals too, and ¿ for either inverted mark', () => {
    expect([...analyzeScripts('ÅR ØL').markers].sort()).toEqual(['å', 'ø']);
    expect([...analyzeScripts('¡Hola!').markers]).toEqual(['¿']);
    expect(analyzeScripts('Hello there').markers.size).toBe(0);
  });

  it('tells Simplified, Traditional and Japanese-only Han apart, also beyond the BMP', () => {
    const profile = analyzeScripts('这个這個気𠀀');
    expect(profile.letters.Hani).toBe(6);
    expect(profile.simplifiedHan).toBeGreaterThan(0);
    expect(profile.traditionalHan).toBeGreaterThan(0);
    expect(profile.japaneseOnlyKanji).toBe(1);
  });
});
