import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';

// Not a store test: the log line does not depend on the dialect, so one in-memory SQLite database is enough.
describe('request log', () => {
  const lines: Array<Record<string, any>> = [];
  let runtime: Runtime;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({ BORDERLESS_DATABASE_URL: 'sqlite::memory:', BORDERLESS_SMTP_PORT: '0', BORDERLESS_BOOTSTRAP_TOKEN: 'bl_request_log_token_0123456789' });
    runtime = await createRuntime(config, { logger: pino({ level: 'info' }, sink) });
    await runtime.app.ready();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it('writes one line per request, when it is answered, with method, URL, status and time', async () => {
    lines.length = 0;
    const res = await runtime.app.inject({ method: 'GET', url: '/api/v1/conversations?limit=5', headers: { authorization: 'Bearer bl_request_log_token_0123456789' } });
    expect(res.statusCode).toBe(200);
    const about = lines.filter((l) => l.req?.url === '/api/v1/conversations?limit=5');
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/api/v1/conversations?limit=5' }, res: { statusCode: 200 } });
    expect(typeof about[0]!.responseTime).toBe('number');
    expect(lines.some((l) => l.msg === 'incoming request')).toBe(false);
  });

  it('keeps the rejection line of a refused request beside its one request line', async () => {
    lines.length = 0;
    const res = await runtime.app.inject({ method: 'GET', url: '/api/v1/conversations' });
    expect(res.statusCode).toBe(401);
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ req: { method: 'GET', url: '/api/v1/conversations' }, res: { statusCode: 401 } });
    expect(lines.some((l) => l.msg === 'request rejected' && l.reqId === completed[0]!.reqId)).toBe(true);
  });
});
