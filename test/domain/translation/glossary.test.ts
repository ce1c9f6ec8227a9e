import { describe, expect, it } from 'vitest';
import {
  escapeMarkup, protectGlossaryTerms, restoreGlossaryTerms, unescapeMarkup, validateGlossary, type Glossary,
} from '../../../src/domain/translation/index.js';

const glossary: Glossary = {
  doNotTranslate: [{ term: 'Kitsune Pan' }, { term: 'Kitsune' }, { term: 'Apple', caseSensitive: true }, { term: 'キツネ' }],
  forced: [
    { term: 'gift card', to: 'ja', translation: 'ギフトカード' },
    { term: 'gift card', to: 'pt', translation: 'vale-presente' },
    { term: 'gift card', to: 'pt-PT', translation: 'cartão-oferta' },
    { term: 'Kitsune Pan', to: 'ja', translation: 'キツネパン', from: 'en' },
  ],
};

describe('protectGlossaryTerms', () => {
  it.each([
    // [text, from, to, protected text, replacements]
    ['I love my Kitsune Pan', 'en', 'fr', 'I love my <x id="0"/>', ['Kitsune Pan']],
    ['kitsune pan is great', 'en', 'fr', '<x id="0"/> is great', ['kitsune pan']],
    ['Kitsunes are foxes', 'en', 'fr', 'Kitsunes are foxes', []],
    ['An apple from Apple', 'en', 'de', 'An apple from <x id="0"/>', ['Apple']],
    ['Buy a gift card & save <50%>', 'en', 'ja', 'Buy a <x id="0"/> &amp; save &lt;50%&gt;', ['ギフトカード']],
    ['Buy a gift card', 'en', 'pt-BR', 'Buy a <x id="0"/>', ['vale-presente']],
    ['Buy a gift card', 'en', 'pt-PT', 'Buy a <x id="0"/>', ['cartão-oferta']],
    ['Buy a gift card', 'en', 'fr', 'Buy a gift card', []],
    ['My Kitsune Pan broke', 'en', 'ja', 'My <x id="0"/> broke', ['キツネパン']],
    ['My Kitsune Pan broke', null, 'ja', 'My <x id="0"/> broke', ['Kitsune Pan']],
    ['Kitsuneのフライパンが壊れました', 'ja', 'en', '<x id="0"/>のフライパンが壊れました', ['Kitsune']],
    ['キツネのフライパン', 'ja', 'en', '<x id="0"/>のフライパン', ['キツネ']],
    ['Kitsune, Kitsune Pan and KITSUNE', 'en', 'es', '<x id="0"/>, <x id="1"/> and <x id="2"/>', ['Kitsune', 'Kitsune Pan', 'KITSUNE']],
    ['no terms here', 'en', 'es', 'no terms here', []],
  ])('%s (%s → %s)', (text, from, to, expected, replacements) => {
    const result = protectGlossaryTerms(text, glossary, { from, to });
    expect(result.text).toBe(expected);
    expect(result.spans.map((s) => s.replacement)).toEqual(replacements);
    expect(result.markup).toBe(replacements.length > 0);
  });
});

describe('restoreGlossaryTerms', () => {
  const pan = protectGlossaryTerms('I love my Kitsune Pan and a gift card', glossary, { from: 'en', to: 'pt-BR' });

  it.each([
    ['intact', 'Eu amo minha <x id="0"/> e um <x id="1"/>', 'Eu amo minha Kitsune Pan e um vale-presente'],
    ['upper-cased', 'Eu amo minha <X ID="0"/> e um <X Id="1" />', 'Eu amo minha Kitsune Pan e um vale-presente'],
    ['spaces inside', 'Eu amo minha < x  id = "0" / > e um <x id = 1/>', 'Eu amo minha Kitsune Pan e um vale-presente'],
    ['closing tag added', 'Eu amo minha <x id="0"></x> e um <x id="1"></x>', 'Eu amo minha Kitsune Pan e um vale-presente'],
    ['swallowed spaces', 'Eu amo minha<x id="0"/>e um<x id="1"/>.', 'Eu amo minha Kitsune Pan e um vale-presente.'],
    ['curly quotes', 'Eu amo minha <x id=“0”/> e um <x id=”1”/>', 'Eu amo minha Kitsune Pan e um vale-presente'],
    ['reordered', '<x id="1"/> e <x id="0"/>', 'vale-presente e Kitsune Pan'],
    ['escaped by the engine', 'Eu amo minha &lt;x id="0"/&gt; e um <x id="1"/>', 'Eu amo minha Kitsune Pan e um vale-presente'],
  ])('%s', (_name, engineOutput, expected) => {
    const restored = restoreGlossaryTerms(engineOutput, pan, 'pt-BR');
    expect(restored.text).toBe(expected);
    expect(restored.lost).toEqual([]);
  });

  it('restores full-width placeholders in Japanese output without adding spaces', () => {
    const p = protectGlossaryTerms('Please return the Kitsune Pan', glossary, { from: 'en', to: 'ja' });
    expect(restoreGlossaryTerms('＜x id＝"０"／＞を返品してください', p, 'ja').text).toBe('キツネパンを返品してください');
    expect(restoreGlossaryTerms('<x id="0"/>を返品してください', p, 'ja').text).toBe('キツネパンを返品してください');
  });

  it('reports a term the engine dropped and removes placeholders it invented', () => {
    const restored = restoreGlossaryTerms('Eu amo minha panela e um <x id="1"/> <x id="7"/>', pan, 'pt-BR');
    expect(restored.text).toBe('Eu amo minha panela e um vale-presente ');
    expect(restored.lost.map((s) => s.source)).toEqual(['Kitsune Pan']);
    expect(restored.unknown).toBe(1);
  });

  it('decodes markup escapes exactly once, and leaves replacement text alone', () => {
    const p = protectGlossaryTerms('A & B <tag> Apple', glossary, { from: 'en', to: 'fr' });
    expect(p.text).toBe('A &amp; B &lt;tag&gt; <x id="0"/>');
    expect(restoreGlossaryTerms('A &amp; B &lt;tag&gt; <x id="0"/> &amp;lt; &#233;&#x4E2D;', p, 'fr').text).toBe('A & B <tag> Apple &lt; é中');
  });

  it('does not touch text without placeholders', () => {
    const p = protectGlossaryTerms('plain text &amp;', glossary, { from: 'en', to: 'fr' });
    expect(restoreGlossaryTerms('texte &amp; <x id="0"/>', p, 'fr').text).toBe('texte &amp; <x id="0"/>');
  });
});

describe('markup escapes', () => {
  it.each([
    ['a < b & c > d', 'a &lt; b &amp; c &gt; d'],
    ['"quoted"', '"quoted"'],
  ])('%s round-trips', (text, escaped) => {
    expect(escapeMarkup(text)).toBe(escaped);
    expect(unescapeMarkup(escaped)).toBe(text);
  });
});

describe('validateGlossary', () => {
  it.each([
    [{ doNotTranslate: [{ term: 'Kitsune' }, { term: 'kitsune' }], forced: [] }, ['/doNotTranslate/1/term']],
    [{ doNotTranslate: [{ term: 'Kitsune', caseSensitive: true }, { term: 'kitsune', caseSensitive: true }], forced: [] }, []],
    [{ doNotTranslate: [{ term: '   ' }], forced: [] }, ['/doNotTranslate/0/term']],
    [{ doNotTranslate: [], forced: [{ term: 'x', to: 'ja', translation: ' ' }] }, ['/forced/0/translation']],
    [{ doNotTranslate: [], forced: [{ term: 'x', to: 'ja', translation: 'y' }, { term: 'X', to: 'JA', translation: 'z' }] }, ['/forced/1']],
    [{ doNotTranslate: [], forced: [{ term: 'x', to: 'ja', translation: 'y' }, { term: 'x', to: 'ja', translation: 'z', from: 'en' }] }, []],
    [{ doNotTranslate: [], forced: [{ term: 'x', to: 'not a tag', translation: 'y' }] }, ['/forced/0/to']],
  ] as Array<[Glossary, string[]]>)('%j', (input, paths) => {
    expect(validateGlossary(input).map((i) => i.path)).toEqual(paths);
  });
});
