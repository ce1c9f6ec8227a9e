import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fromLibreTranslateCode, libreTranslateCode, LibreTranslateProvider, TranslationEngineError } from '../../src/translation/index.js';
import { startFakeLibreTranslate, type FakeEngine } from './fake-engines.js';

describe('LibreTranslate adapter against a local LibreTranslate-speaking server', () => {
  let engine: FakeEngine;
  let provider: LibreTranslateProvider;
  beforeAll(async () => {
    engine = await startFakeLibreTranslate({ apiKey: 'lt-secret' });
    provider = new LibreTranslateProvider({ url: `${engine.url}/`, apiKey: 'lt-secret', timeoutMs: 300 });
  });
  afterAll(() => engine.close());
  beforeEach(() => { engine.mode = 'ok'; engine.requests.length = 0; });

  it('sends one text as a string with source "auto" and reads the detected language', async () => {
    const [result] = await provider.translate(['Bonjour, ma commande ?'], null, 'en-GB', { format: 'text' });
    expect(result).toEqual({ text: '[en] Bonjour, ma commande ?', detectedSource: 'fr' });
    const request = engine.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/translate');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body).toEqual({ q: 'Bonjour, ma commande ?', source: 'auto', target: 'en', format: 'text', api_key: 'lt-secret' });
  });

  it('sends several texts as an array, a known source, and html format in markup mode', async () => {
    const results = await provider.translate(['Hello <x id="0"/>', 'Bye'], 'en', 'zh-TW', { format: 'markup' });
    expect(results).toEqual([{ text: '[zh-Hant] Hello <x id="0"/>', detectedSource: null }, { text: '[zh-Hant] Bye', detectedSource: null }]);
    expect(engine.requests[0]!.body).toEqual({ q: ['Hello <x id="0"/>', 'Bye'], source: 'en', target: 'zh-Hant', format: 'html', api_key: 'lt-secret' });
  });

  it('lists languages in Borderless tags', async () => {
    expect(await provider.languages()).toEqual([{ code: 'en', name: 'English' }, { code: 'zh', name: 'Chinese' }, { code: 'zh-Hant', name: 'Chinese (traditional)' }]);
  });

  it.each([
    ['slow', 'timeout', /did not answer within 300 ms/],
    ['error-500', 'engine-error', /HTTP 500: Internal Server Error/],
    ['not-json', 'bad-response', /not JSON: "<html><body>502 Bad Gateway/],
    ['wrong-shape', 'bad-response', /without "translatedText"/],
  ] as const)('a %s answer is a TranslationEngineError (%s)', async (mode, reason, message) => {
    engine.mode = mode;
    const error = await provider.translate(['Hej'], 'da', 'en', { format: 'text' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranslationEngineError);
    expect(error).toMatchObject({ engine: 'libretranslate', reason });
    expect((error as Error).message).toMatch(message);
  });

  it('a wrong key is an auth failure that does not leak the key', async () => {
    const wrong = new LibreTranslateProvider({ url: engine.url, apiKey: 'nope-key', timeoutMs: 1000 });
    const error = await wrong.translate(['Hej'], 'da', 'en', { format: 'text' }).catch((e: unknown) => e) as TranslationEngineError;
    expect(error).toMatchObject({ reason: 'auth', httpStatus: 403 });
    expect(error.message).toBe('libretranslate answered HTTP 403: Invalid API key');
    expect(error.message).not.toContain('nope-key');
  });

  it('an unsupported language is a rejection with the engine\'s reason', async () => {
    const error = await provider.translate(['Hej'], 'da', 'xx', { format: 'text' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'rejected', message: 'libretranslate answered HTTP 400: xx is not supported' });
  });

  it('a server that is not there is unreachable', async () => {
    const gone = new LibreTranslateProvider({ url: 'http://127.0.0.1:9', timeoutMs: 1000 });
    await expect(gone.translate(['Hej'], 'da', 'en', { format: 'text' })).rejects.toMatchObject({ reason: 'unreachable' });
  });
});

describe('LibreTranslate language codes', () => {
  it.each([
    ['en', 'en'], ['en-GB', 'en'], ['ja', 'ja'], ['zh', 'zh-Hans'], ['zh-Hans', 'zh-Hans'], ['zh-Hant', 'zh-Hant'], ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'], ['pt', 'pt'], ['pt-BR', 'pt-BR'], ['pt-PT', 'pt'], ['nb', 'nb'], ['no', 'nb'], ['nb-NO', 'nb'],
  ])('%s → %s', (tag, code) => expect(libreTranslateCode(tag)).toBe(code));

  it.each([['zh-Hans', 'zh'], ['zh-Hant', 'zh-Hant'], ['zt', 'zh-Hant'], ['pt-BR', 'pt'], ['en', 'en']])('%s ← %s', (code, tag) => {
    expect(fromLibreTranslateCode(code)).toBe(tag);
  });
});
