import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createRuntime } from '../../src/runtime.js';
import { createTestDatabase, type TestDialect } from '../helpers/dialects.js';
import { adminToken, type TestApp } from '../helpers/test-app.js';

/**
 * Like `useTestApp`, with extra environment variables read when the suite starts (so they can name a fake
 * engine's port, known only once it listens).
 *
 * @example
 * const t = useTranslationApp('sqlite', () => ({ BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: engine.url }));
 */
export function useTranslationApp(dialect: TestDialect, env: () => Record<string, string>, startMs = Date.parse('2027-04-30T08:30:00Z')): () => TestApp {
  let app: TestApp | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    dispose = database.dispose;
    const clock = fixedClock(startMs);
    const config = loadConfig({
      BORDERLESS_DATABASE_URL: database.url, BORDERLESS_BOOTSTRAP_TOKEN: adminToken, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent', ...env(),
    });
    const runtime = await createRuntime(config, { clock, logger: pino({ level: 'silent' }) });
    await runtime.app.ready();
    app = {
      runtime, clock, url: database.url,
      async request(o) {
        const headers: Record<string, string> = { ...(o.headers ?? {}) };
        const token = o.token === undefined ? adminToken : o.token;
        if (token) headers.authorization = `Bearer ${token}`;
        const res = await runtime.app.inject({
          method: o.method as 'GET', url: o.url, headers,
          ...(o.payload !== undefined ? { payload: o.payload } : o.body !== undefined ? { payload: o.body as object } : {}),
        });
        return { statusCode: res.statusCode, headers: res.headers, json: () => res.json(), body: res.body };
      },
    };
  });
  afterAll(async () => {
    await app?.runtime.close();
    await dispose?.();
  });
  return () => {
    if (!app) throw new Error('test app not ready');
    return app;
  };
}
