import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { createTranslationProvider } from '../../src/translation/index.js';

describe('translation configuration', () => {
  it('defaults to no engine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ translationProvider: 'none', translationTimeoutMs: 10000, libreTranslateUrl: null, deeplApiKey: null });
    expect(createTranslationProvider(config)).toBeNull();
  });

  it.each([
    [{ BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: 'http://127.0.0.1:5000' }, 'libretranslate'],
    [{ BORDERLESS_TRANSLATION_PROVIDER: 'deepl', BORDERLESS_DEEPL_API_KEY: 'abc:fx' }, 'deepl'],
  ])('%j builds %s', (env, name) => {
    expect(createTranslationProvider(loadConfig(env))?.name).toBe(name);
  });

  it.each([
    [{ BORDERLESS_TRANSLATION_PROVIDER: 'google' }, /BORDERLESS_TRANSLATION_PROVIDER/],
    [{ BORDERLESS_LIBRETRANSLATE_URL: 'ftp://x' }, /BORDERLESS_LIBRETRANSLATE_URL/],
    [{ BORDERLESS_TRANSLATION_TIMEOUT_MS: '5' }, /BORDERLESS_TRANSLATION_TIMEOUT_MS/],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    [{ BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate' }, /BORDERLESS_LIBRETRANSLATE_URL is required/],
    [{ BORDERLESS_TRANSLATION_PROVIDER: 'deepl' }, /BORDERLESS_DEEPL_API_KEY is required/],
  ])('an engine without its URL or key stops the start: %j', (env, message) => {
    expect(() => createTranslationProvider(loadConfig(env))).toThrow(message);
  });
});
