// Pure helpers behind the macro picker: finding macros by name or shortcut, telling which placeholders to ask for
// and which the server still needs, and describing which variant a render used. No React, so they are tested
// without a browser.
import type { ApiError, Macro, RenderedMacro } from '../api/index.js';

/** Lower case without accents, so "reponse" finds "Réponse" and "LATE" finds "late-delivery". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The base language of a BCP 47 tag (`pt-BR` → `pt`). */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The macros whose name, shortcut (id) or tags contain every word of `query`, best first: a shortcut or name that
 * starts with the query, then the rest, each group in name order. A leading `/` is ignored, as in `/late`.
 *
 * @example
 * searchMacros(macros, '/late').map((m) => m.id); // ['late-delivery']
 */
export function searchMacros(macros: readonly Macro[], query: string): Macro[] {
  const words = fold(query.trim().replace(/^\//, '')).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...macros];
  const scored: Array<{ macro: Macro; rank: number }> = [];
  for (const macro of macros) {
    const haystack = fold([macro.name, macro.id, ...macro.tags].join(' '));
    if (!words.every((word) => haystack.includes(word))) continue;
    const first = words[0]!;
    const prefix = fold(macro.id).startsWith(first) || fold(macro.name).startsWith(first);
    scored.push({ macro, rank: prefix ? 0 : 1 });
  }
  return scored.sort((a, b) => a.rank - b.rank || a.macro.name.localeCompare(b.macro.name)).map((s) => s.macro);
}

/** Whether a macro has any variant in the language of `tag` (any region, any register). */
export function hasVariantIn(macro: Macro, tag: string | null): boolean {
  if (!tag) return false;
  const language = baseLanguage(tag);
  return macro.variants.some((v) => baseLanguage(v.locale) === language);
}

/**
 * The placeholder names a failed render asked values for (`/body/values/orderNumber` → `orderNumber`), in the
 * server's order; empty when the failure was about something else.
 *
 * @example
 * missingValues(new ApiError(422, 'BL_UNPROCESSABLE', '…', [{ path: '/body/values/date', message: 'is required by the macro' }])); // ['date']
 */
export function missingValues(error: ApiError): string[] {
  if (error.status !== 422 && error.status !== 400) return [];
  const names: string[] = [];
  for (const field of error.fieldErrors) {
    const match = /^\/body\/values\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(field.path);
    if (match && !names.includes(match[1]!)) names.push(match[1]!);
  }
  return names;
}

/**
 * The values to ask the agent for before the first render: the placeholders of the variants the server is likely to
 * pick (those in the customer's language, else those in the macro's source locale), without `customerName` when the
 * customer's record has a name (the server writes it in the culture's form). The server has the last word: a 422
 * that names more adds their fields.
 *
 * @example
 * placeholdersToAsk(lateDelivery, 'ja', true); // ['orderNumber', 'date']
 */
export function placeholdersToAsk(macro: Macro, customerLanguage: string | null, customerHasName: boolean): string[] {
  const language = customerLanguage ? baseLanguage(customerLanguage) : null;
  const inLanguage = macro.variants.filter((v) => baseLanguage(v.locale) === language);
  const source = macro.variants.filter((v) => v.locale.toLowerCase() === macro.sourceLocale.toLowerCase());
  const names = [...new Set((inLanguage.length > 0 ? inLanguage : source).flatMap((v) => v.placeholders))];
  return customerHasName ? names.filter((name) => name !== 'customerName') : names;
}

/**
 * How the rendered variant relates to the customer's language: `exact` (their locale), `fallback` (same language
 * through the fallback chain, `pt-BR` → `pt`), `register` (their locale but not the register the market expects) or
 * `other-language` (no variant in their language: the brand's or the source language instead).
 */
export type MacroOutcome = 'exact' | 'fallback' | 'register' | 'other-language';

export function macroOutcome(rendered: RenderedMacro): MacroOutcome {
  if (baseLanguage(rendered.locale) !== baseLanguage(rendered.requestedLocale)) return 'other-language';
  if (rendered.locale.toLowerCase() !== rendered.requestedLocale.toLowerCase()) return 'fallback';
  return rendered.fellBack ? 'register' : 'exact';
}

/**
 * Whether the draft still holds any line of an inserted macro: while it does, what the composer said about the
 * macro (its variant, a fallback) still applies; once the agent has replaced it, the note would mislead.
 *
 * @example
 * draftHoldsMacro('Dear Ana,\nSee you', 'Dear Ana,\nYour parcel left.'); // true
 */
export function draftHoldsMacro(draft: string, macroText: string): boolean {
  return macroText.split('\n').some((line) => line.trim() !== '' && draft.includes(line.trim()));
}

/**
 * Puts `insert` into `draft` at the caret: an empty draft becomes the macro; text after the caret stays after it;
 * a macro added at the end of a draft starts on a new paragraph. Answers the new text and where the caret goes.
 *
 * @example
 * insertAtCaret('Hello', 5, 'Thanks'); // { text: 'Hello\n\nThanks', caret: 13 }
 */
export function insertAtCaret(draft: string, caret: number | null, insert: string): { text: string; caret: number } {
  if (!draft.trim()) return { text: insert, caret: insert.length };
  const at = caret === null || caret < 0 || caret > draft.length ? draft.length : caret;
  const before = draft.slice(0, at);
  const after = draft.slice(at);
  const separator = after === '' && !/\n\s*$/.test(before) ? '\n\n' : '';
  const text = before + separator + insert + after;
  return { text, caret: (before + separator + insert).length };
}
