import { describe, expect, it } from 'vitest';
import { demoPassword, loadDemoIfEmpty } from '../../src/demo/load-demo.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`demo brand [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('loads into an empty database only, and its admin can sign in', async () => {
      const login = await loadDemoIfEmpty(t().runtime.ctx);
      expect(login).toEqual({ email: 'admin@demo.borderless.test', password: demoPassword });
      expect(await loadDemoIfEmpty(t().runtime.ctx)).toBeNull();
      const res = await t().request({ method: 'POST', url: '/api/v1/auth/login', token: null, body: login });
      expect(res.statusCode).toBe(200);
    });

    it('has the brand\'s markets, teams of every kind and at least 60 conversations in their own languages', async () => {
      const markets = (await t().request({ method: 'GET', url: '/api/v1/markets' })).json().items.map((m: { code: string }) => m.code);
      expect(markets).toEqual(expect.arrayContaining(['jp', 'us', 'fr', 'de', 'it', 'ro', 'br', 'cn']));
      const kinds = new Set((await t().request({ method: 'GET', url: '/api/v1/teams' })).json().items.map((team: { kind: string }) => team.kind));
      expect([...kinds].sort()).toEqual(['hq', 'hub', 'local', 'partner']);
      const all = (await t().request({ method: 'GET', url: '/api/v1/conversations?limit=200' })).json().items;
      expect(all.length).toBeGreaterThanOrEqual(60);
      const japanese = all.find((c: { market: string; channel: string }) => c.market === 'jp');
      const thread = (await t().request({ method: 'GET', url: `/api/v1/conversations/${japanese.id}` })).json();
      expect(thread.messages[0].text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      const outbox = await t().runtime.ctx.store.db.selectFrom('outbox').select('id').execute();
      expect(outbox).toHaveLength(0);
    });
  });
}
