/**
 * ICU MessageFormat helpers for macros: checking a text compiles, listing its arguments, and keeping arguments
 * intact through a machine translation engine.
 */
import { IntlMessageFormat } from 'intl-messageformat';

/** Why a macro text is not valid ICU MessageFormat, or null when it is. */
export function icuError(text: string, locale: string): string | null {
  try {
    new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

// intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural, 8 tag.
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]);

/**
 * The argument names a macro text uses (`{customerName}`, `{count, plural, …}`), in order of first use.
 *
 * @example
 * icuArguments('Hello {customerName}, order {orderNumber}', 'en'); // ['customerName', 'orderNumber']
 */
export function icuArguments(text: string, locale: string): string[] {
  const names: string[] = [];
  const walk = (elements: AstElement[]) => {
    for (const element of elements) {
      if (ARGUMENT_TYPES.has(element.type) && typeof element.value === 'string' && !names.includes(element.value)) names.push(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as unknown as AstElement[]);
  return names;
}

/**
 * Formats a macro text with values.
 *
 * @example
 * formatIcu('Hello {name}', 'en', { name: 'Ada' }); // 'Hello Ada'
 */
export function formatIcu(text: string, locale: string, values: Record<string, string | number>): string {
  return String(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).format(values));
}

const escapeMarkup = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const unescapeMarkup = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/**
 * A macro text prepared for a translation engine: every top-level `{…}` argument (with its plural or select
 * branches) becomes a placeholder tag `<x id="n"/>` the engine keeps, the rest is escaped markup.
 *
 * @example
 * protectArguments('Hello {name}!'); // { text: 'Hello <x id="0"/>!', pieces: ['{name}'] }
 */
export function protectArguments(text: string): { text: string; pieces: string[] } {
  const pieces: string[] = [];
  let out = '';
  let literal = '';
  let depth = 0;
  let piece = '';
  for (const char of text) {
    if (depth === 0) {
      if (char === '{') {
        out += escapeMarkup(literal);
        literal = '';
        depth = 1;
        piece = '{';
      } else {
        literal += char;
      }
      continue;
    }
    piece += char;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    if (depth === 0) {
      out += `<x id="${pieces.length}"/>`;
      pieces.push(piece);
    }
  }
  out += escapeMarkup(depth === 0 ? literal : literal + piece);
  return { text: out, pieces };
}

/**
 * Puts the arguments back into an engine's output; tags an engine mangled (case, spaces) are still recognised.
 * Answers the arguments it could not find.
 *
 * @example
 * restoreArguments('Bonjour <x id="0"/> !', ['{name}']); // { text: 'Bonjour {name} !', lost: [] }
 */
export function restoreArguments(translated: string, pieces: readonly string[]): { text: string; lost: string[] } {
  const seen = new Set<number>();
  const text = translated.replace(/<\s*x\s+id\s*=\s*"(\d+)"\s*\/?\s*>/gi, (whole, id: string) => {
    const index = Number(id);
    const original = pieces[index];
    if (original === undefined) return '';
    seen.add(index);
    return `\u0000${index}\u0000`;
  });
  const restored = unescapeMarkup(text).replace(/\u0000(\d+)\u0000/g, (_m, id: string) => pieces[Number(id)]!);
  return { text: restored, lost: pieces.filter((_p, i) => !seen.has(i)) };
}
