import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '../../src/server/json-depth.js';

const nested = (depth: number, shape: 'array' | 'object') => {
  let text = '1';
  for (let i = 0; i < depth; i++) text = shape === 'array' ? `[${text}]` : `{"a":${text}}`;
  return text;
};

describe('jsonNestsDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonNestsDeeperThan('{"a":[[1]]}', 2)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":"[[[{{{"}', 1)).toBe(false);
    expect(jsonNestsDeeperThan('{"a":"\\"[[[[", "b":[1]}', 2)).toBe(false);
    expect(jsonNestsDeeperThan('[[], [], [[]]]', 2)).toBe(true);
    expect(jsonNestsDeeperThan('', 0)).toBe(false);
  });

  it('agrees with a direct count on generated bodies at the limit', () => {
    for (const shape of ['array', 'object'] as const) {
      expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH, shape), MAX_JSON_DEPTH)).toBe(false);
      expect(jsonNestsDeeperThan(nested(MAX_JSON_DEPTH + 1, shape), MAX_JSON_DEPTH)).toBe(true);
    }
  });
});

// Not a store test: the parser does not depend on the dialect, so one in-memory SQLite database is enough.
describe('request bodies nested too deeply', () => {
  let runtime: Runtime;
  const token = 'bl_json_depth_token_0123456789';
  const putJapan = (settings: string) => runtime.app.inject({
    method: 'PUT', url: '/api/v1/markets/jp', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload: `{"name":"Japan","countries":["JP"],"languages":["ja"],"timeZone":"Asia/Tokyo","currency":"JPY","settings":{"note":${settings}}}`,
  });

  beforeAll(async () => {
    runtime = await createRuntime(loadConfig({ BORDERLESS_DATABASE_URL: 'sqlite::memory:', BORDERLESS_SMTP_PORT: '0', BORDERLESS_BOOTSTRAP_TOKEN: token }), { logger: pino({ level: 'silent' }) });
    await runtime.app.ready();
  });
  afterAll(async () => {
    await runtime.close();
  });

  it('refuses one level past the limit with a 400 problem and stores nothing; takes a body at the limit', async () => {
    // The body's own object and `settings` are two levels; the note brings it to the limit, then one past.
    for (const depth of [MAX_JSON_DEPTH - 1, 4000]) {
      const refused = await putJapan(nested(depth, 'array'));
      expect(refused.statusCode).toBe(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ code: 'BL_VALIDATION', detail: `The request body nests more than ${MAX_JSON_DEPTH} levels deep` });
    }
    expect((await runtime.app.inject({ method: 'GET', url: '/api/v1/markets/jp', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(404);
    expect((await putJapan(nested(MAX_JSON_DEPTH - 2, 'object'))).statusCode).toBe(201);
  });
});
