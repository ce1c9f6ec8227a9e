import { describe, expect, it } from 'vitest';
import {
  culturePresets, presetCulture, presetSources, resolveCultureProfile, validateCultureProfile,
} from '../../../src/domain/culture/index.js';
import { marketPresets } from '../../../src/domain/markets/index.js';

describe('culture presets', () => {
  it('exist for every preset market, valid, with sources and payment methods from the market preset', () => {
    expect(culturePresets.map((p) => p.country).sort()).toEqual(marketPresets.map((p) => p.country).sort());
    for (const market of marketPresets) {
      const profile = presetCulture(market.country)!;
      expect(validateCultureProfile(profile, ''), market.country).toEqual([]);
      expect(profile.paymentMethods).toEqual([...market.paymentMethods]);
      expect(profile.preferredChannels).toEqual([...market.channels]);
      for (const language of market.languages) expect(Object.keys(profile.register!), market.country).toContain(language);
      expect(presetSources(market.country).length).toBeGreaterThan(3);
    }
  });

  it('carry the conventions the markets are known for', () => {
    const jp = presetCulture('JP')!;
    expect(jp.register!.ja!.level).toBe('formal');
    expect(jp.names!.ja).toMatchObject({ order: 'family-given', honorifics: { neutral: '様', avoid: expect.arrayContaining(['さん', '先生']) } });
    expect(jp.sensitivities!.numbers).toEqual([4, 9]);
    expect(jp.crossSell).toBe('avoid');
    for (const country of ['SA', 'AE', 'ID']) expect(presetCulture(country)!.sensitivities!.topics).toEqual(expect.arrayContaining(['pork', 'alcohol']));
    for (const country of ['JP', 'CN', 'KR', 'TW']) expect(presetCulture(country)!.sensitivities!.numbers).toContain(4);
    expect(presetCulture('KR')!.names!.ko!.honorifics).toMatchObject({ neutral: '고객님', avoid: expect.arrayContaining(['씨']) });
    expect(presetCulture('HU')!.names!.hu!.order).toBe('family-given');
    expect(presetCulture('CN')!.names!.zh!.honorifics).toMatchObject({ male: '先生', female: '女士', position: 'after' });
    expect(presetCulture('DE')!.register!.de).toMatchObject({ level: 'formal', formal: 'Sie', informal: 'du' });
    expect(presetCulture('ES')!.register!.es!.formal).toBe('usted');
    expect(presetCulture('SE')!.register!.sv!.level).toBe('informal');
    expect(presetCulture('XX')).toBeUndefined();
  });

  it('resolves a stored profile over the preset, per field and per language', () => {
    const market = { countries: ['FR'], languages: ['fr'], culture: { register: { fr: { level: 'informal' } }, crossSell: 'acceptable', notes: ['Brand uses tu'] } };
    const profile = resolveCultureProfile(market);
    expect(profile.register.fr).toEqual({ level: 'informal', formal: 'vous', informal: 'tu' });
    expect(profile.crossSell).toBe('acceptable');
    expect(profile.notes).toEqual(['Brand uses tu']);
    expect(profile.greetingExpected.opening).toContain('messaging');
    expect(resolveCultureProfile(market)).toBe(profile);
    // A market outside the presets still gets the language defaults.
    const other = resolveCultureProfile({ countries: ['LU'], languages: ['fr', 'de'], culture: {} });
    expect(other.register.de!.level).toBe('formal');
    expect(other.crossSell).toBe('acceptable');
  });

  it('ignores the invalid fields of a profile stored before validation', () => {
    const profile = resolveCultureProfile({ countries: ['DE'], languages: ['de'], culture: { directness: 'extreme', empathy: 'high' } });
    expect(profile.directness).toBe('high');
    expect(profile.empathy).toBe('high');
  });
});

describe('validateCultureProfile', () => {
  it.each([
    [{ register: { fr: { level: 'polite' } } }, '/c/register/fr/level', 'must be one of: formal, informal, either'],
    [{ colour: 'blue' }, '/c/colour', 'is not a known field'],
    [{ names: { ja: { honorifics: { position: 'above' } } } }, '/c/names/ja/honorifics/position', 'must be one of: before, after'],
    [{ register: { fr_FR: { level: 'formal' } } }, '/c/register/fr_FR', 'must be keyed by a BCP 47 language tag'],
    [{ responseTime: { email: 'tomorrow' } }, '/c/responseTime/email', 'must be a positive ISO 8601 duration such as PT4H or P1D'],
    [{ sensitivities: { topics: ['weather'] } }, '/c/sensitivities/topics/0', 'must be one of: pork, alcohol, gambling, politics, beef'],
    [{ sensitivities: { dates: ['02-30'] } }, '/c/sensitivities/dates/0', 'is not a day of the year'],
    [{ crossSell: 'sometimes' }, '/c/crossSell', 'must be one of: acceptable, avoid'],
    [{ formats: { locale: 'de_CH' } }, '/c/formats/locale', 'must be a BCP 47 locale such as de-CH'],
  ])('rejects %j', (culture, path, message) => {
    expect(validateCultureProfile(culture, '/c')).toContainEqual({ path, message });
  });
  it('accepts a partial profile and rejects what is not an object', () => {
    expect(validateCultureProfile({ directness: 'low', names: { ja: { addressBy: 'family' } }, responseTime: { line: 'PT30M' } }, '')).toEqual([]);
    expect(validateCultureProfile([], '/c')).toEqual([{ path: '/c', message: 'must be an object' }]);
  });
});
