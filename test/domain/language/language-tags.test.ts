import { describe, expect, it } from 'vitest';
import { canonicalizeLanguageTag, isWellFormedLanguageTag, toDetectionLanguage } from '../../../src/domain/language/index.js';

describe('language tags', () => {
  it.each(['en', 'pt-BR', 'zh-Hant-TW', 'es-419', 'sr-Latn-RS', 'de-CH-1996', 'en-US-x-twain', 'x-private', 'i-klingon', 'zh-yue-HK'])(
    '%s is well-formed',
    (tag) => expect(isWellFormedLanguageTag(tag)).toBe(true),
  );

  it.each(['', 'en_US', 'englishman', 'e', 'en-', '-en', 'en--US', 'de-a-foo-a-bar', 'toolongtag1', 42, null])('%j is not well-formed', (tag) => {
    expect(isWellFormedLanguageTag(tag)).toBe(false);
  });

  it('canonicalises case', () => {
    expect(canonicalizeLanguageTag('ZH-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalizeLanguageTag('en-us-x-TWAIN')).toBe('en-US-x-twain');
    expect(canonicalizeLanguageTag('pt_BR')).toBeNull();
  });

  it.each([
    ['pt-BR', 'pt'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hans-HK', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hant', 'zh-Hant'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['iw', 'he'],
    ['in', 'id'],
    ['fil', 'tl'],
    ['sr-Latn', 'sr'],
  ])('toDetectionLanguage(%s) → %s', (tag, expected) => {
    expect(toDetectionLanguage(tag)).toBe(expected);
  });
});
