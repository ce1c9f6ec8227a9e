import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { createTestDatabase, type TestDialect } from './dialects.js';

export const adminToken = 'bl_test_admin_token_0123456789';

export interface TestApp {
  runtime: Runtime;
  clock: ReturnType<typeof fixedClock>;
  url: string;
  /** `app.inject` with the admin bearer token unless headers say otherwise. */
  request(options: { method: string; url: string; body?: unknown; headers?: Record<string, string>; token?: string | null; payload?: string }): Promise<{
    statusCode: number; headers: Record<string, unknown>; json<T = any>(): T; body: string;
  }>;
}

/**
 * A full Borderless runtime on a fresh database of one dialect, with a fixed clock and an admin token; one per
 * suite (created in beforeAll, closed in afterAll).
 *
 * @example
 * const t = useTestApp('sqlite');
 * it('answers', async () => expect((await t().request({ method: 'GET', url: '/health' })).statusCode).toBe(200));
 */
export function useTestApp(
  dialect: TestDialect, startMs = Date.parse('2027-04-30T08:30:00Z'),
  /** Extra environment read when the suite starts (e.g. the port of a fake engine that only listens by then). */
  env: () => Record<string, string> = () => ({}),
): () => TestApp {
  let app: TestApp | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(dialect);
    dispose = database.dispose;
    const clock = fixedClock(startMs);
    const config = loadConfig({ BORDERLESS_DATABASE_URL: database.url, BORDERLESS_BOOTSTRAP_TOKEN: adminToken, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent', ...env() });
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
