// The console's `pattern` attributes, checked without a browser: browsers compile them as `^(?:…)$` with the `v`
// flag, where a bare `-` in a character class is a syntax error — Chromium then logs an error and checks nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idPattern, localeTagPattern, macroIdPattern } from '../web/src/admin/input-patterns.js';

const webSrc = join(import.meta.dirname, '..', 'web', 'src');

/** What the browser does with a `pattern` attribute (HTML: compiled with the `v` flag, anchored). */
const asBrowser = (pattern: string) => new RegExp(`^(?:${pattern})$`, 'v');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

describe('input patterns', () => {
  it('compile as browsers compile them, and accept what the server accepts', () => {
    const id = asBrowser(idPattern);
    expect(['jp', 'tokyo-office', 'sla-jp-email', 'a'.repeat(40)].filter((v) => !id.test(v))).toEqual([]);
    expect(['j', 'JP', 'tokyo office', 'a'.repeat(41), 'é-x'].filter((v) => id.test(v))).toEqual([]);
    const macro = asBrowser(macroIdPattern);
    expect(macro.test('late-delivery')).toBe(true);
    expect(macro.test('a'.repeat(65))).toBe(false);
    const locale = asBrowser(localeTagPattern);
    expect(['pt-BR', 'zh-Hant', 'ja'].every((v) => locale.test(v))).toBe(true);
    expect(locale.test('pt_BR')).toBe(false);
  });

  it('no literal pattern attribute in the console is one a browser rejects', () => {
    const literals = sources(webSrc).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bpattern="([^"]*)"/g)].map((m) => ({ file, pattern: m[1]! })));
    const rejected = literals.filter(({ pattern }) => {
      try {
        asBrowser(pattern);
        return false;
      } catch {
        return true;
      }
    });
    expect(rejected).toEqual([]);
  });
});
