import { ConfigError, type Config } from '../config/index.js';
import { DeepLProvider } from './deepl-provider.js';
import { LibreTranslateProvider } from './libretranslate-provider.js';
import type { TranslationProvider } from './translation-provider.js';

/**
 * The engine the configuration names, or null for `none`. A named engine without what it needs (URL, key)
 * stops the start with a ConfigError naming the variable, rather than failing every translation later.
 *
 * @example
 * const provider = createTranslationProvider(loadConfig({ BORDERLESS_TRANSLATION_PROVIDER: 'deepl', BORDERLESS_DEEPL_API_KEY: 'k:fx' }));
 * provider?.name; // 'deepl'
 */
export function createTranslationProvider(config: Readonly<Config>): TranslationProvider | null {
  const timeoutMs = config.translationTimeoutMs;
  switch (config.translationProvider) {
    case 'libretranslate':
      if (!config.libreTranslateUrl) {
        throw new ConfigError('BORDERLESS_LIBRETRANSLATE_URL is required when BORDERLESS_TRANSLATION_PROVIDER=libretranslate');
      }
      return new LibreTranslateProvider({ url: config.libreTranslateUrl, apiKey: config.libreTranslateApiKey, timeoutMs });
    case 'deepl':
      if (!config.deeplApiKey) throw new ConfigError('BORDERLESS_DEEPL_API_KEY is required when BORDERLESS_TRANSLATION_PROVIDER=deepl');
      return new DeepLProvider({ apiKey: config.deeplApiKey, url: config.deeplUrl, timeoutMs });
    default:
      return null;
  }
}
