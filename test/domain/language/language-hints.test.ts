import { describe, expect, it } from 'vitest';
import { buildHintPrior, validateLanguageHints } from '../../../src/domain/language/index.js';

describe('validateLanguageHints', () => {
  it('accepts well-formed hints and absent hints', () => {
    expect(validateLanguageHints(undefined)).toEqual([]);
    expect(validateLanguageHints({})).toEqual([]);
    expect(
      validateLanguageHints({
        country: 'dk',
        previousLanguage: 'da',
        acceptLanguage: 'da-DK,da;q=0.9,en;q=0.5,*;q=0.1',
        candidates: ['da', 'nb', 'sv', 'zh-Hant-TW'],
        marketLanguages: ['da', 'en'],
        channelLocale: 'da-DK',
      }),
    ).toEqual([]);
  });

  it('reports each malformed tag with a JSON Pointer path', () => {
    const issues = validateLanguageHints({ previousLanguage: 'en_US', candidates: ['da', 'nb_NO', 7], channelLocale: 'english!' });
    expect(issues.map((i) => i.path)).toEqual(['/previousLanguage', '/channelLocale', '/candidates/1', '/candidates/2']);
    expect(issues[0]?.message).toContain('en_US');
  });

  it('reports a country that is not ISO 3166-1 alpha-2', () => {
    expect(validateLanguageHints({ country: 'DNK' })).toEqual([{ path: '/country', message: expect.stringContaining('alpha-2') }]);
  });

  it('reports malformed Accept-Language entries', () => {
    const [issue] = validateLanguageHints({ acceptLanguage: 'da, en;q=2, fr;x=1' });
    expect(issue?.path).toBe('/acceptLanguage');
    expect(issue?.message).toContain('en;q=2');
    expect(issue?.message).toContain('fr;x=1');
  });

  it('reports lists that are not arrays, oversized lists and a non-object', () => {
    expect(validateLanguageHints({ marketLanguages: 'da' })[0]?.path).toBe('/marketLanguages');
    expect(validateLanguageHints({ candidates: Array.from({ length: 51 }, () => 'da') })[0]?.path).toBe('/candidates');
    expect(validateLanguageHints('da')).toEqual([{ path: '', message: 'hints must be an object' }]);
  });
});

describe('buildHintPrior', () => {
  it('is uninformative without hints and informative with a known country', () => {
    expect(buildHintPrior(undefined).informative).toBe(false);
    expect(buildHintPrior({ country: 'XX' }).informative).toBe(false);
    expect(buildHintPrior({ country: 'DK' }).informative).toBe(true);
  });
});
