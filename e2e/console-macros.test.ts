// The macro picker's logic, checked without a browser: finding macros by name, shortcut or tag, reading which
// placeholders a render still needs, telling the agent which variant was used, and inserting at the caret.
import { describe, expect, it } from 'vitest';
import { ApiError, type Macro, type MacroVariant, type RenderedMacro } from '../web/src/api/index.js';
import {
  draftHoldsMacro, hasVariantIn, insertAtCaret, macroOutcome, missingValues, placeholdersToAsk, searchMacros,
} from '../web/src/conversation/macro-search.js';

function variant(locale: string, register: MacroVariant['register'] = 'any', placeholders: string[] = []): MacroVariant {
  return {
    locale, register, text: 'x', origin: 'human', needsReview: false, basedOnVersion: 1, outdated: false, engine: null, updatedBy: null,
    placeholders, createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z',
  };
}

function macro(id: string, name: string, tags: string[], locales: string[]): Macro {
  return {
    id, name, description: null, sourceLocale: locales[0]!, version: 1, tags, createdBy: null, variants: locales.map((l) => variant(l)), placeholders: [],
    missingLocales: [], outdatedLocales: [], needsReviewLocales: [], createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00Z',
  };
}

function rendered(partial: Partial<RenderedMacro>): RenderedMacro {
  return { text: 't', locale: 'ja', register: 'any', requestedLocale: 'ja', chain: ['ja', 'en'], fellBack: false, needsReview: false, outdated: false, issues: [], ...partial };
}

const macros = [
  macro('return-label', 'Return label sent', ['returns'], ['en']),
  macro('late-delivery', 'Delivery delayed', ['delivery', 'carrier'], ['en', 'ja']),
  macro('refund-done', 'Réponse : remboursement effectué', ['refund'], ['fr', 'pt-BR']),
  macro('courier-update', 'Carrier update', ['delivery'], ['en']),
];

describe('macro search', () => {
  it('finds by shortcut (with or without the slash), name, tag, ignoring case and accents', () => {
    expect(searchMacros(macros, '/late').map((m) => m.id)).toEqual(['late-delivery']);
    expect(searchMacros(macros, 'LATE').map((m) => m.id)).toEqual(['late-delivery']);
    expect(searchMacros(macros, 'carrier').map((m) => m.id)).toEqual(['courier-update', 'late-delivery']);
    expect(searchMacros(macros, 'reponse rembourse').map((m) => m.id)).toEqual(['refund-done']);
    expect(searchMacros(macros, 'nothing like this')).toEqual([]);
  });

  it('lists everything for an empty query, and puts prefix matches first', () => {
    expect(searchMacros(macros, '  ')).toHaveLength(4);
    // "Carrier update" sorts first by name, but only its tag matches; "Delivery delayed" starts with the query.
    expect(searchMacros(macros, 'deliv').map((m) => m.id)).toEqual(['late-delivery', 'courier-update']);
  });

  it('tells whether a macro has a variant in a language, whatever the region', () => {
    expect(hasVariantIn(macros[1]!, 'ja')).toBe(true);
    expect(hasVariantIn(macros[0]!, 'ja')).toBe(false);
    expect(hasVariantIn(macros[2]!, 'pt-PT')).toBe(true);
    expect(hasVariantIn(macros[2]!, null)).toBe(false);
  });
});

describe('macro render outcome', () => {
  it('reads the placeholders the server asked values for', () => {
    const error = new ApiError(422, 'BL_UNPROCESSABLE', 'The macro needs values for orderNumber, date', [
      { path: '/body/values/orderNumber', message: 'is required by the macro' },
      { path: '/body/values/date', message: 'is required by the macro' },
    ]);
    expect(missingValues(error)).toEqual(['orderNumber', 'date']);
    expect(missingValues(new ApiError(404, 'BL_NOT_FOUND', 'No macro'))).toEqual([]);
    expect(missingValues(new ApiError(422, 'BL_UNPROCESSABLE', 'could not be rendered'))).toEqual([]);
  });

  it('asks first for the placeholders of the variants in the customer\'s language, else of the source, leaving the name to the server', () => {
    const late: Macro = {
      ...macro('late-delivery', 'Delivery delayed', [], ['en']),
      variants: [
        variant('en', 'any', ['customerName', 'orderNumber', 'date']),
        variant('ja', 'formal', ['customerName', 'orderNumber', 'amount']),
        variant('ja', 'informal', ['orderNumber', 'date']),
      ],
    };
    expect(placeholdersToAsk(late, 'ja', true)).toEqual(['orderNumber', 'amount', 'date']);
    expect(placeholdersToAsk(late, 'ja-JP', false)).toEqual(['customerName', 'orderNumber', 'amount', 'date']);
    expect(placeholdersToAsk(late, 'de', true)).toEqual(['orderNumber', 'date']);
    expect(placeholdersToAsk(late, null, true)).toEqual(['orderNumber', 'date']);
    expect(placeholdersToAsk({ ...late, variants: [variant('en', 'any', ['customerName'])] }, 'en', true)).toEqual([]);
  });

  it('says whether the variant was the customer\'s locale, a fallback, another register or another language', () => {
    expect(macroOutcome(rendered({}))).toBe('exact');
    expect(macroOutcome(rendered({ locale: 'pt', requestedLocale: 'pt-BR', chain: ['pt-BR', 'pt', 'en'], fellBack: true }))).toBe('fallback');
    expect(macroOutcome(rendered({ locale: 'fr', requestedLocale: 'fr', fellBack: true, register: 'informal' }))).toBe('register');
    expect(macroOutcome(rendered({ locale: 'en', requestedLocale: 'ja', fellBack: true }))).toBe('other-language');
  });
});

describe('inserting a macro into the draft', () => {
  it('replaces an empty draft, goes in at the caret, and starts a new paragraph at the end of a draft', () => {
    expect(insertAtCaret('  ', 0, 'Macro')).toEqual({ text: 'Macro', caret: 5 });
    expect(insertAtCaret('Hello world', 6, 'dear ')).toEqual({ text: 'Hello dear world', caret: 11 });
    expect(insertAtCaret('Hello', 5, 'Macro')).toEqual({ text: 'Hello\n\nMacro', caret: 12 });
    expect(insertAtCaret('Hello\n', null, 'Macro')).toEqual({ text: 'Hello\nMacro', caret: 11 });
  });

  it('keeps the note about a macro while any of its lines is still in the draft', () => {
    const macroText = '山田 花子 様\nご注文（BL-20418）の配送が遅れております。';
    expect(draftHoldsMacro(`${macroText}\n追伸`, macroText)).toBe(true);
    expect(draftHoldsMacro('山田 花子 様\n別の文面です。', macroText)).toBe(true);
    expect(draftHoldsMacro('佐藤様\n返品用の送り状をお送りいたしました。', macroText)).toBe(false);
    expect(draftHoldsMacro('', macroText)).toBe(false);
  });
});
