import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DeepLProvider, deeplSourceCode, deeplTargetCode, fromDeepLCode, TranslationEngineError } from '../../src/translation/index.js';
import { startFakeDeepL, type FakeEngine } from './fake-engines.js';

describe('DeepL adapter against a local DeepL-speaking server', () => {
  let engine: FakeEngine;
  let provider: DeepLProvider;
  let quota = false;
  beforeAll(async () => {
    engine = await startFakeDeepL({ apiKey: 'dl-key:fx', quotaExceeded: () => quota });
    provider = new DeepLProvider({ apiKey: 'dl-key:fx', url: engine.url, timeoutMs: 300 });
  });
  afterAll(() => engine.close());
  beforeEach(() => { engine.mode = 'ok'; engine.requests.length = 0; quota = false; });

  it('posts JSON to /v2/translate with the DeepL-Auth-Key header and reads detected_source_language', async () => {
    const results = await provider.translate(['Tak for hjælpen', 'Hvor er min pakke?'], null, 'ja', { format: 'text' });
    expect(results).toEqual([
      { text: '[JA] Tak for hjælpen', detectedSource: 'en' },
      { text: '[JA] Hvor er min pakke?', detectedSource: 'en' },
    ]);
    const request = engine.requests[0]!;
    expect(request).toMatchObject({ method: 'POST', path: '/v2/translate' });
    expect(request.headers.authorization).toBe('DeepL-Auth-Key dl-key:fx');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual({ text: ['Tak for hjælpen', 'Hvor er min pakke?'], target_lang: 'JA' });
  });

  it('names the source, uses DeepL target variants, and asks for XML tag handling in markup mode', async () => {
    await provider.translate(['Hi <x id="0"/>'], 'en-GB', 'pt-BR', { format: 'markup' });
    expect(engine.requests[0]!.body).toEqual({ text: ['Hi <x id="0"/>'], target_lang: 'PT-BR', source_lang: 'EN', tag_handling: 'xml' });
  });

  it('lists target languages in Borderless tags', async () => {
    expect((await provider.languages()).map((l) => l.code)).toEqual(['en-US', 'ja', 'zh', 'zh-Hant']);
  });

  it.each([
    ['slow', 'timeout'],
    ['error-500', 'engine-error'],
    ['not-json', 'bad-response'],
    ['wrong-shape', 'bad-response'],
  ] as const)('a %s answer is a TranslationEngineError (%s)', async (mode, reason) => {
    engine.mode = mode;
    await expect(provider.translate(['Hej'], 'da', 'en', { format: 'text' })).rejects.toMatchObject({ engine: 'deepl', reason });
  });

  it('quota exhaustion (456) and a wrong key (403) are named', async () => {
    quota = true;
    await expect(provider.translate(['Hej'], 'da', 'en', { format: 'text' })).rejects.toMatchObject({ reason: 'quota', httpStatus: 456, message: 'deepl answered HTTP 456: Quota exceeded' });
    const wrong = new DeepLProvider({ apiKey: 'other', url: engine.url, timeoutMs: 1000 });
    const error = await wrong.translate(['Hej'], 'da', 'en', { format: 'text' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationEngineError);
    expect(error).toMatchObject({ reason: 'auth', httpStatus: 403 });
  });

  it('picks the API host from the key when no URL is configured', () => {
    expect((new DeepLProvider({ apiKey: 'abc:fx', timeoutMs: 1 }) as unknown as { base: string }).base).toBe('https://api-free.deepl.com');
    expect((new DeepLProvider({ apiKey: 'abc', timeoutMs: 1 }) as unknown as { base: string }).base).toBe('https://api.deepl.com');
  });
});

describe('DeepL language codes', () => {
  it.each([
    ['en', 'EN-US'], ['en-US', 'EN-US'], ['en-GB', 'EN-GB'], ['pt', 'PT-PT'], ['pt-BR', 'PT-BR'], ['zh', 'ZH-HANS'], ['zh-Hans', 'ZH-HANS'],
    ['zh-Hant', 'ZH-HANT'], ['zh-TW', 'ZH-HANT'], ['nb', 'NB'], ['no', 'NB'], ['ja', 'JA'], ['de-AT', 'DE'],
  ])('target %s → %s', (tag, code) => expect(deeplTargetCode(tag)).toBe(code));

  it.each([['en-GB', 'EN'], ['zh-Hant', 'ZH'], ['nb', 'NB'], ['pt-BR', 'PT']])('source %s → %s', (tag, code) => expect(deeplSourceCode(tag)).toBe(code));

  it.each([['EN-US', 'en-US'], ['ZH-HANS', 'zh'], ['ZH-HANT', 'zh-Hant'], ['JA', 'ja'], ['PT-BR', 'pt-BR']])('%s ← %s', (code, tag) => {
    expect(fromDeepLCode(code)).toBe(tag);
  });
});
