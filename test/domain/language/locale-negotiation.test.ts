import { describe, expect, it } from 'vitest';
import { localeFallbackChain, negotiateLocale, parseAcceptLanguage } from '../../../src/domain/language/index.js';

describe('localeFallbackChain', () => {
  it.each([
    ['pt-BR', 'en', ['pt-BR', 'pt', 'en']],
    ['zh-HK', 'en', ['zh-HK', 'zh-Hant', 'zh', 'en']],
    ['zh-TW', 'en', ['zh-TW', 'zh-Hant', 'zh', 'en']],
    ['zh-Hant-TW', 'en', ['zh-Hant-TW', 'zh-Hant', 'zh', 'en']],
    ['zh-CN', 'en', ['zh-CN', 'zh', 'en']],
    ['zh-Hans-SG', 'en', ['zh-Hans-SG', 'zh-Hans', 'zh', 'en']],
    ['nb', 'en', ['nb', 'no', 'en']],
    ['nb-NO', 'en', ['nb-NO', 'nb', 'no', 'en']],
    ['nn', 'en', ['nn', 'no', 'nb', 'en']],
    ['es-MX', 'en', ['es-MX', 'es-419', 'es', 'en']],
    ['de-CH', 'en-US', ['de-CH', 'de', 'en-US', 'en']],
    ['en-GB', 'en', ['en-GB', 'en']],
    ['sr-Latn-RS', 'en', ['sr-Latn-RS', 'sr-Latn', 'sr', 'en']],
  ])('%s (default %s) → %j', (tag, brandDefault, chain) => {
    expect(localeFallbackChain(tag, brandDefault)).toEqual(chain);
  });

  it('canonicalises case and falls back to the default for a malformed tag', () => {
    expect(localeFallbackChain('PT-br', 'en')).toEqual(['pt-BR', 'pt', 'en']);
    expect(localeFallbackChain('pt_BR', 'en')).toEqual(['en']);
  });
});

describe('negotiateLocale', () => {
  it('follows the requested order and each fallback chain', () => {
    expect(negotiateLocale(['pt-BR', 'en'], ['en', 'pt', 'ja'], 'en')).toBe('pt');
    expect(negotiateLocale(['ja-JP', 'en'], ['en', 'ja'], 'en')).toBe('ja');
  });

  it('prefers Traditional Chinese for Hong Kong and treats zh-Hans as zh', () => {
    expect(negotiateLocale(['zh-HK'], ['zh-Hans', 'zh-Hant', 'en'], 'en')).toBe('zh-Hant');
    expect(negotiateLocale(['zh-CN'], ['zh-Hans', 'zh-Hant', 'en'], 'en')).toBe('zh-Hans');
    expect(negotiateLocale(['zh-TW'], ['zh', 'en'], 'en')).toBe('zh');
  });

  it('serves Norwegian content to nb, nn and no readers', () => {
    expect(negotiateLocale(['nb'], ['no', 'en'], 'en')).toBe('no');
    expect(negotiateLocale(['nn'], ['nb', 'en'], 'en')).toBe('nb');
    expect(negotiateLocale(['no'], ['nb-NO', 'en'], 'en')).toBe('nb-NO');
  });

  it('prefers a regional variant of the same language over the brand default', () => {
    expect(negotiateLocale(['de'], ['de-AT', 'en'], 'en')).toBe('de-AT');
    expect(negotiateLocale(['fr-CA', 'en'], ['fr-FR', 'en'], 'en')).toBe('fr-FR');
  });

  it('returns the available entry as written and falls back to the brand default', () => {
    expect(negotiateLocale(['PT-br'], ['pt-br', 'en'], 'en')).toBe('pt-br');
    expect(negotiateLocale(['ko', 'th'], ['en', 'fr'], 'en')).toBe('en');
    expect(negotiateLocale([], ['en-US', 'fr'], 'en-us')).toBe('en-US');
    expect(negotiateLocale(['*', 'not a tag'], ['fr'], 'en')).toBe('en');
  });
});

describe('parseAcceptLanguage', () => {
  it('sorts by quality, keeps header order on ties and canonicalises tags', () => {
    expect(parseAcceptLanguage('da, en-gb;q=0.8, en;q=0.7, fr;q=0.8')).toEqual([
      { tag: 'da', q: 1 },
      { tag: 'en-GB', q: 0.8 },
      { tag: 'fr', q: 0.8 },
      { tag: 'en', q: 0.7 },
    ]);
  });

  it('drops q=0, malformed entries and keeps the wildcard', () => {
    expect(parseAcceptLanguage('de;q=0, xx_YY, fr;q=1.5, it;q=0.5, *;q=0.1')).toEqual([
      { tag: 'it', q: 0.5 },
      { tag: '*', q: 0.1 },
    ]);
  });

  it('returns nothing for an empty or non-string header', () => {
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});
