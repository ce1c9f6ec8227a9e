import { describe, expect, it } from 'vitest';
import {
  describeFinding, findPii, ibanValid, isCardNumber, luhnValid, marketFormats, reviewCatalogues, reviewLocale, reviewMessage, reviewMessageKeys,
  ruleTables, rulesFor, formatLocale,
} from '../../../src/domain/culture/index.js';

describe('PII checks', () => {
  it.each([
    ['4111111111111111', true], ['4111111111111112', false], ['5555555555554444', true], ['378282246310005', true],
    ['1234567812345670', false], ['3530111333300000', true], ['6011111111111117', true],
  ])('card %s → %s', (digits, expected) => {
    expect(isCardNumber(digits)).toBe(expected);
  });
  it('checks Luhn and IBAN checksums', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(ibanValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanValid('FR14 2004 1010 0505 0001 3M02 606')).toBe(true);
    expect(ibanValid('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(ibanValid('XX82 WEST 1234 5698 7654 32')).toBe(false);
  });
  it('finds secrets by shape and by label, once per stretch', () => {
    const found = findPii('token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c and AKIAIOSFODNN7EXAMPLE');
    expect(found.map((f) => f.detail)).toEqual(['jwt', 'aws-key']);
    expect(findPii('-----BEGIN RSA PRIVATE KEY-----')[0]?.detail).toBe('private-key');
    expect(findPii('Mot de passe : Soleil2027')[0]?.kind).toBe('secret');
    expect(findPii('Order 2027-0001-4411, call +81 3 1234 5678')).toEqual([]);
  });
});

describe('market formats', () => {
  it.each([
    ['ja-JP', 'JPY', 'ymd'], ['en-US', 'USD', 'mdy'], ['de-DE', 'EUR', 'dmy'], ['fr-FR', 'EUR', 'dmy'], ['hu-HU', 'HUF', 'ymd'], ['zh-CN', 'CNY', 'ymd'],
    ['ko-KR', 'KRW', 'ymd'], ['pt-BR', 'BRL', 'dmy'],
  ] as const)('%s writes dates %s', (locale, currency, order) => {
    expect(marketFormats(locale, currency).dateOrder).toBe(order);
  });
  it('derives the locale from language and country', () => {
    expect(formatLocale(null, 'fr', 'CH')).toBe('fr-CH');
    expect(formatLocale(null, 'pt-BR', 'BR')).toBe('pt-BR');
    expect(formatLocale('de-CH', 'de', 'DE')).toBe('de-CH');
    expect(marketFormats('de-DE', 'EUR')).toMatchObject({ decimal: ',', dateExample: '26.05.2027' });
  });
});

describe('rule tables', () => {
  it('compile for every language, and regional tags find their table', () => {
    expect(ruleTables.length).toBeGreaterThanOrEqual(15);
    for (const table of ruleTables) expect(rulesFor(table.language)?.language).toBe(table.language);
    expect(rulesFor('pt-BR')?.language).toBe('pt');
    expect(rulesFor('zh-Hant-TW')?.language).toBe('zh');
    expect(rulesFor('xx')).toBeNull();
  });
});

describe('review messages', () => {
  const params = { found: 'tu', expected: 'vous', suggestion: 'X', topic: 'pork', number: 4, currency: 'USD', example: 'e', signOff: 's', kind: 'jwt', replyLanguage: 'de', customerLanguage: 'fr', channel: 'email' };
  it('has every message in every catalogue (en, fr, de, ja, es, it, pt, ro, ar), and each compiles', () => {
    expect(Object.keys(reviewCatalogues).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'pt', 'ro']);
    for (const locale of Object.keys(reviewCatalogues)) {
      for (const key of reviewMessageKeys) expect(reviewMessage(locale, key, params), `${locale}.${key}`).not.toMatch(/\{|\}/);
    }
  });
  it('falls back through the locale to English, and names languages in the agent\'s language', () => {
    expect(reviewLocale('pt-BR')).toBe('pt');
    expect(reviewLocale('ko')).toBe('en');
    expect(reviewLocale(null)).toBe('en');
    const mismatch = { code: 'LANGUAGE_MISMATCH' as const, severity: 'warning' as const, span: [0, 5] as [number, number], key: 'languageMismatch' as const, params: { replyLanguage: 'de', customerLanguage: 'fr', channel: 'chat' } };
    expect(describeFinding(mismatch, 'fr').message).toContain('allemand');
    expect(describeFinding(mismatch, 'ja').message).toContain('ドイツ語');
    expect(describeFinding(mismatch, 'en').message).toContain('German');
  });
  // Quoted words and values are isolated (U+2068 … U+2069) so Latin or Japanese text keeps its place in the Arabic sentence.
  it('speaks Arabic to an Arabic agent, and says which language each message is in', () => {
    expect(reviewLocale('ar-EG')).toBe('ar');
    const informal = { code: 'REGISTER' as const, severity: 'warning' as const, span: [0, 2] as [number, number], key: 'registerInformal' as const, params: { found: 'tu', expected: 'vous' } };
    expect(describeFinding(informal, 'ar-EG')).toMatchObject({ locale: 'ar', message: '«\u2068tu\u2069» صيغة غير رسمية؛ يتوقع هذا السوق الأسلوب الرسمي (\u2068vous\u2069).' });
    const mismatch = { code: 'LANGUAGE_MISMATCH' as const, severity: 'warning' as const, span: [0, 5] as [number, number], key: 'languageMismatch' as const, params: { replyLanguage: 'en', customerLanguage: 'ja', channel: 'chat' } };
    expect(describeFinding(mismatch, 'ar').message).toContain('باللغة اليابانية');
    expect(describeFinding(informal, 'ko').locale).toBe('en');
    expect(describeFinding(informal, 'pt-BR').locale).toBe('pt');
  });
});
