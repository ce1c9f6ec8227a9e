import { describe, expect, it } from 'vitest';
import { batchTexts, memoryKey, splitForTranslation } from '../../../src/domain/translation/index.js';

describe('splitForTranslation', () => {
  it.each([
    ['Hello.', [['Hello.', true]]],
    ['  Hello.\n\nThanks!  ', [['  ', false], ['Hello.', true], ['\n\n', false], ['Thanks!', true], ['  ', false]]],
    ['line one\nline two', [['line one\nline two', true]]],
    ['a\n \n\n  b', [['a', true], ['\n \n\n  ', false], ['b', true]]],
    ['   ', [['   ', false]]],
    ['', []],
  ] as Array<[string, Array<[string, boolean]>]>)('%j', (text, expected) => {
    const pieces = splitForTranslation(text, 100);
    expect(pieces.map((p) => [p.text, p.translate])).toEqual(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('cuts a long paragraph at sentence ends, and joins back exactly', () => {
    const text = 'This is one sentence. '.repeat(30).trim();
    const pieces = splitForTranslation(text, 100);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces.filter((x) => x.translate)) {
      expect(p.text.length).toBeLessThanOrEqual(100);
      expect(p.text.endsWith('.')).toBe(true);
    }
  });

  it('never cuts inside a placeholder tag or a surrogate pair', () => {
    const text = `${'word <x id="12"/> '.repeat(20)}${'😀'.repeat(60)}`;
    const pieces = splitForTranslation(text, 37);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const p of pieces.filter((x) => x.translate)) {
      expect(p.text.length).toBeLessThanOrEqual(37);
      expect((p.text.match(/</g) ?? []).length).toBe((p.text.match(/>/g) ?? []).length);
      expect(p.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
  });

  it('cuts unspaced Japanese after 。', () => {
    const text = 'ご注文ありがとうございます。'.repeat(10);
    const pieces = splitForTranslation(text, 40);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.translate).every((p) => p.text.endsWith('。'))).toBe(true);
  });
});

describe('batchTexts', () => {
  it.each([
    [['a', 'bb', 'ccc'], 2, 100, [[0, 1], [2]]],
    [['aaaa', 'bbbb', 'c'], 50, 5, [[0], [1, 2]]],
    [['x'.repeat(10), 'y'], 50, 5, [[0], [1]]],
    [[], 50, 5, []],
  ] as Array<[string[], number, number, number[][]]>)('%j', (texts, maxCount, maxChars, expected) => {
    expect(batchTexts(texts, { maxCount, maxChars })).toEqual(expected);
  });
});

describe('memoryKey', () => {
  it.each([
    ['  Thank you\n for waiting! ', 'thank you for waiting!'],
    ['THANK YOU FOR WAITING!', 'thank you for waiting!'],
    ['Cafe\u0301', 'café'],
  ])('%j', (text, key) => expect(memoryKey(text)).toBe(key));
});
