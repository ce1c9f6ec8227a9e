/**
 * How deeply a request body's JSON may nest. No body of the API comes near it (the deepest, a market with its hours,
 * is 5 levels); a deeper one is refused before it is parsed, so that nothing recursive — the parser's reviver, the
 * validators, serializers — meets a structure deep enough to exhaust the stack, where the outcome would depend on
 * how much stack happened to be left.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `text` nests arrays and objects more than `max` levels deep, read as JSON text: brackets inside strings do
 * not count. Linear in the text, no allocation.
 *
 * @example
 * jsonNestsDeeperThan('{"a":[[1]]}', 2); // true
 * jsonNestsDeeperThan('{"a":"[[["}', 1); // false
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}
