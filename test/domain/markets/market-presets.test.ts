import { describe, expect, it } from 'vitest';
import { addOpenTime, compileCalendar, openTimeBetween } from '../../../src/domain/business-time/index.js';
import {
  getMarketPreset,
  marketPresets,
  presetToMarketDocument,
  toCalendarRules,
  validateMarketCalendar,
  validateTimeZone,
  type MarketPreset,
} from '../../../src/domain/markets/index.js';

const REQUIRED = 'JP CN KR TW HK SG IN ID TH AU NZ AE SA IL TR ZA US CA MX BR AR GB IE FR DE AT CH IT ES PT NL BE DK SE NO FI PL CZ RO HU GR'.split(' ');
const HOUR_MS = 3_600_000;

function presetOf(country: string): MarketPreset {
  const preset = getMarketPreset(country);
  if (preset === undefined) throw new Error(`no preset for ${country}`);
  return preset;
}

describe('market presets', () => {
  it('cover every required market, once each', () => {
    expect(marketPresets.length).toBeGreaterThanOrEqual(30);
    for (const country of REQUIRED) expect(getMarketPreset(country)?.country, country).toBe(country);
    expect(new Set(marketPresets.map((preset) => preset.code)).size).toBe(marketPresets.length);
  });

  it('are found by country code in any case', () => {
    expect(getMarketPreset('jp')).toBe(getMarketPreset('JP'));
    expect(getMarketPreset('XX')).toBeUndefined();
  });

  it.each(marketPresets.map((preset) => [preset.code, preset] as const))('%s produces a valid market document', (_code, preset) => {
    const doc = presetToMarketDocument(preset);
    expect(validateMarketCalendar(doc)).toEqual([]);
    expect(preset.otherTimeZones.flatMap((zone) => validateTimeZone(zone, '/otherTimeZones'))).toEqual([]);
    expect(doc).toMatchObject({ countries: [preset.country], closures: [], openings: [], culture: {} });
    expect(doc.holidays).toEqual({ country: preset.country, region: null, types: ['public'] });
    expect(preset.code).toBe(preset.country.toLowerCase());
    expect(preset.paymentMethods.length).toBeGreaterThan(0);
    expect(preset.channels.length).toBeGreaterThan(0);
  });

  it.each(marketPresets.map((preset) => [preset.code, preset] as const))('%s has open time on every channel in 2027', (_code, preset) => {
    const doc = presetToMarketDocument(preset);
    for (const channel of Object.keys(doc.hours)) {
      const calendar = compileCalendar(toCalendarRules(doc, channel, { from: 2027, to: 2027 }));
      // A quiet fortnight in June: at least 30 open hours whatever the holidays.
      const open = openTimeBetween(calendar, Date.parse('2027-06-07T00:00:00Z'), Date.parse('2027-06-21T00:00:00Z'));
      expect(open, channel).toBeGreaterThanOrEqual(30 * HOUR_MS);
    }
  });

  it('keep the weekend free of default hours', () => {
    for (const preset of marketPresets) {
      for (const day of preset.weekend) expect(preset.hours.default[day], `${preset.code} ${day}`).toBeUndefined();
    }
  });

  it('know the weekends that are not Saturday–Sunday', () => {
    expect(presetOf('SA').weekend).toEqual(['fri', 'sat']);
    expect(presetOf('IL').weekend).toEqual(['fri', 'sat']);
    expect(presetOf('IL').hours.default.sun).toBeDefined();
    expect(presetOf('AE').weekend).toEqual(['sat', 'sun']);
    expect(presetOf('AE').hours.default.fri).toBeDefined();
  });

  it('name the primary language first, in BCP 47', () => {
    expect(presetOf('CH').languages).toEqual(['de', 'fr', 'it']);
    expect(presetOf('BE').languages.slice(0, 2)).toEqual(['nl', 'fr']);
    expect(presetOf('CN').languages).toEqual(['zh']);
    expect(presetOf('TW').languages[0]).toBe('zh-Hant');
    expect(presetOf('HK').languages[0]).toBe('zh-Hant');
    expect(presetOf('NO').languages[0]).toBe('nb');
    expect(presetOf('IN').languages).toEqual(['en', 'hi']);
    expect(presetOf('BR').languages).toEqual(['pt-BR']);
  });

  it('list further time zones for countries spanning several offsets', () => {
    for (const country of ['US', 'CA', 'AU', 'BR', 'MX', 'ID', 'RU']) {
      expect(presetOf(country).otherTimeZones.length, country).toBeGreaterThan(0);
    }
    expect(presetOf('US').timeZone).toBe('America/New_York');
    expect(presetOf('US').otherTimeZones).toContain('America/Los_Angeles');
    expect(presetOf('JP').otherTimeZones).toEqual([]);
  });

  it('carry the local payment methods and channels', () => {
    expect(presetOf('JP').paymentMethods.join(' ')).toMatch(/konbini.*PayPay/);
    expect(presetOf('NL').paymentMethods[0]).toBe('iDEAL');
    expect(presetOf('BR').paymentMethods).toEqual(expect.arrayContaining(['Pix', 'boleto bancário']));
    expect(presetOf('CN').paymentMethods.slice(0, 2)).toEqual(['Alipay', 'WeChat Pay']);
    expect(presetOf('DE').paymentMethods.join(' ')).toMatch(/PayPal.*Rechnung.*SEPA direct debit/);
    expect(presetOf('JP').channels).toEqual(['email', 'line', 'phone']);
    expect(presetOf('BR').channels[0]).toBe('whatsapp');
    expect(presetOf('CN').channels[0]).toBe('wechat');
    expect(presetOf('KR').channels[0]).toBe('kakaotalk');
    expect(presetOf('US').channels).toEqual(['email', 'chat', 'phone']);
  });

  it('are immutable, and each document is a fresh copy', () => {
    const preset = presetOf('JP');
    expect(Object.isFrozen(preset.hours.default.mon)).toBe(true);
    const doc = presetToMarketDocument(preset);
    (doc.hours.default.mon as Array<readonly [string, string]>).push(['19:00', '20:00']);
    expect(preset.hours.default.mon).toEqual([['09:00', '18:00']]);
    expect(presetToMarketDocument(preset).hours.default.mon).toEqual([['09:00', '18:00']]);
  });

  it('give the deadline of API.md for the Japan preset across Golden Week', () => {
    const calendar = compileCalendar(toCalendarRules(presetToMarketDocument(presetOf('JP')), 'email', { from: 2027, to: 2027 }));
    const due = addOpenTime(calendar, Date.parse('2027-04-30T17:30:00+09:00'), 240 * 60_000);
    expect(due).toBe(Date.parse('2027-05-06T03:30:00.000Z'));
  });

  it('count a Chinese make-up Saturday as open time', () => {
    const calendar = compileCalendar(toCalendarRules(presetToMarketDocument(presetOf('CN')), 'email', { from: 2026, to: 2026 }));
    const saturday = openTimeBetween(calendar, Date.parse('2026-02-14T00:00:00+08:00'), Date.parse('2026-02-15T00:00:00+08:00'));
    expect(saturday).toBe(9 * HOUR_MS);
    const festival = openTimeBetween(calendar, Date.parse('2026-02-15T00:00:00+08:00'), Date.parse('2026-02-24T00:00:00+08:00'));
    expect(festival).toBe(0);
  });
});
