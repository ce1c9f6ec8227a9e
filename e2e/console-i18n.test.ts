// The console's catalogues, checked without a browser: every language has every message, each parses as ICU
// MessageFormat, takes exactly the English message's arguments, and uses plural categories its language has.
import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { negotiateLocale, uiLocales, type UiLocale } from '../web/src/i18n/locales.js';
import { en, type Catalogue } from '../web/src/i18n/messages-en.js';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

// intl-messageformat's AST element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
function shape(elements: Element[], into = { args: new Set<string>(), selects: new Map<string, Set<string>>(), plurals: new Map<string, Set<string>>() }) {
  for (const element of elements) {
    if (element.type >= 1 && element.type <= 6 && element.value) into.args.add(element.value);
    if (element.options && element.value) {
      const keys = new Set(Object.keys(element.options));
      (element.type === 5 ? into.selects : into.plurals).set(element.value, keys);
      for (const option of Object.values(element.options)) shape(option.value, into);
    }
  }
  return into;
}

async function catalogue(locale: UiLocale): Promise<Catalogue> {
  if (locale === 'en') return en;
  return ((await import(`../web/src/i18n/messages-${locale}.ts`)) as { default: Catalogue }).default;
}

const sample: Record<string, string | number> = {
  count: 3, name: 'Ana', time: '10:00', zone: 'Asia/Tokyo', hours: '9 h', language: 'x', title: 't', section: 's',
  flag: '', code: 'JP', tag: 'ja', level: 'C1', what: 'status', kind: 'hq', status: 'open', channel: 'email',
  priority: 'high', role: 'agent', presence: 'online', source: 'agent', more: 'yes', from: 'Mon', to: 'Fri',
  state: 'live', engine: 'deepl', machine: 'yes', reason: 'holiday', open: 'no', days: 2, date: '1 May', severity: 'warning',
  market: 'jp', clock: 'business', enabled: 'yes', codes: 'PII',
  id: 'chat-jp', field: 'botToken', group: 'smtp', rule: 'required',
  register: 'formal', requested: 'pt-BR', used: 'pt', chain: 'pt-BR → pt', currency: 'JPY', languages: 'German', variant: 'ja', version: 2,
};

describe('console catalogues', () => {
  for (const locale of uiLocales) {
    it(`${locale}: every message parses and matches the English arguments`, async () => {
      const messages = await catalogue(locale);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const key of Object.keys(en) as Array<keyof Catalogue>) {
        const reference = shape(new IntlMessageFormat(en[key], 'en').getAst() as Element[]);
        const format = new IntlMessageFormat(messages[key], locale);
        const translated = shape(format.getAst() as Element[]);
        expect([...translated.args].sort(), `${locale} ${key} arguments`).toEqual([...reference.args].sort());
        for (const [arg, keys] of reference.selects) {
          expect([...(translated.selects.get(arg) ?? [])].sort(), `${locale} ${key} select ${arg}`).toEqual([...keys].sort());
        }
        for (const [arg, keys] of translated.plurals) {
          expect(keys.has('other'), `${locale} ${key} plural ${arg} needs "other"`).toBe(true);
          for (const k of keys) {
            if (!k.startsWith('=')) expect(categories.has(k as Intl.LDMLPluralRule), `${locale} ${key} plural category ${k}`).toBe(true);
          }
        }
        expect(() => format.format(sample), `${locale} ${key} formats`).not.toThrow();
      }
    });
  }

  it('negotiates the interface language from profile and browser preferences', () => {
    expect(negotiateLocale([null, 'fr', 'en'])).toBe('fr');
    expect(negotiateLocale(['pt-BR'])).toBe('pt');
    expect(negotiateLocale([undefined, 'ar-EG', 'en'])).toBe('ar');
    expect(negotiateLocale(['sv-SE', 'nb'])).toBe('en');
    expect(negotiateLocale(['JA_jp'])).toBe('ja');
  });
});
