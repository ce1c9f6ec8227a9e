import type { TestDialect } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * Like `useTestApp`, with extra environment variables read when the suite starts (so they can name a fake
 * engine's port, known only once it listens).
 *
 * @example
 * const t = useTranslationApp('sqlite', () => ({ BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: engine.url }));
 */
export function useTranslationApp(dialect: TestDialect, env: () => Record<string, string>, startMs = Date.parse('2027-04-30T08:30:00Z')): () => TestApp {
  return useTestApp(dialect, startMs, env);
}
