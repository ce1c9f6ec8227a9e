import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  closedHoursLocale, closedHoursMessages, closedHoursText, customerTimeZone, dateLocale, formatOpensAt, localeFallbackChain,
} from '../../src/markets/index.js';

describe('closed-hours auto-reply texts', () => {
  it('has every required locale, each a valid ICU message with the opening time', () => {
    for (const locale of ['en', 'ja', 'fr', 'de', 'it', 'es', 'pt', 'ro', 'zh', 'ko', 'ar']) expect(Object.keys(closedHoursMessages)).toContain(locale);
    for (const [locale, entry] of Object.entries(closedHoursMessages)) {
      expect(new IntlMessageFormat(entry.nextOpen, locale).format({ opensAt: '§' })).toContain('§');
      expect(String(new IntlMessageFormat(entry.noNextOpen, locale).format())).not.toContain('{');
    }
  });

  it('falls back pt-BR → pt → en, reaches zh-Hant from zh-TW, and ends in English', () => {
    expect(localeFallbackChain('pt-BR')).toEqual(['pt-BR', 'pt-Latn', 'pt', 'en']);
    expect(closedHoursLocale(['pt-BR'])).toBe('pt');
    expect(closedHoursLocale(['pt-PT'])).toBe('pt-PT');
    expect(closedHoursLocale(['zh-TW'])).toBe('zh-Hant');
    expect(closedHoursLocale(['zh-CN'])).toBe('zh');
    expect(closedHoursLocale(['nl-BE'])).toBe('en');
    // Conversation language first, then the customer's locale, then the market's first language.
    expect(closedHoursLocale([null, 'ko-KR', 'ja'])).toBe('ko');
    expect(closedHoursLocale([null, null, 'ja'])).toBe('ja');
    expect(closedHoursLocale([null, 'not a tag!', 'de'])).toBe('de');
    expect(closedHoursLocale([])).toBe('en');
  });

  it('writes the next opening in the customer\'s zone and regional date format', () => {
    const at = Date.parse('2027-05-06T00:00:00Z');
    expect(dateLocale('en', null, 'GB')).toBe('en-GB');
    expect(dateLocale('pt', 'pt-BR', 'PT')).toBe('pt-BR');
    expect(dateLocale('ja', null, null)).toBe('ja');
    expect(formatOpensAt(at, 'en-US', 'America/New_York')).toBe('Wednesday, May 5, 2027 at 8:00 PM EDT');
    expect(closedHoursText('en', formatOpensAt(at, 'en-GB', 'Europe/London'))).toBe(
      'Thank you for your message. Our team is away at the moment and will reply as soon as we are back. We reopen on Thursday, 6 May 2027 at 01:00 BST.');
    expect(closedHoursText('de', null)).toBe('Vielen Dank für Ihre Nachricht. Unser Team ist gerade nicht im Dienst und antwortet Ihnen, sobald wir wieder da sind.');
  });

  it('finds the customer\'s own zone', () => {
    const japan = { timeZone: 'Asia/Tokyo', countries: ['JP'] };
    const us = { timeZone: 'America/New_York', countries: ['US'] };
    expect(customerTimeZone({ attributes: { timeZone: 'America/Chicago' }, country: 'US' }, us)).toBe('America/Chicago');
    expect(customerTimeZone({ attributes: { timeZone: 'Mars/Olympus' }, country: 'US' }, us)).toBe('America/New_York');
    expect(customerTimeZone({ attributes: {}, country: 'FR' }, japan)).toBe('Europe/Paris');
    expect(customerTimeZone({ attributes: {}, country: 'JP' }, japan)).toBe('Asia/Tokyo');
    expect(customerTimeZone({ attributes: {}, country: null }, japan)).toBe('Asia/Tokyo');
  });
});
