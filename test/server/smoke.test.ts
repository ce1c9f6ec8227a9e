import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`smoke [${dialect}]`, () => {
    const t = useTestApp(dialect);
    it('health', async () => {
      const res = await t().request({ method: 'GET', url: '/health', token: null });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', database: dialect });
    });
    it('ingest', async () => {
      const put = await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' } });
      expect(put.statusCode, put.body).toBe(201);
      const res = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'x1', customer: { email: 'a@example.jp', country: 'JP' }, subject: '注文', text: '注文した商品がまだ届きません。', receivedAt: '2027-04-30T17:30:00+09:00' } });
      expect(res.statusCode, res.body).toBe(201);
      console.log(res.json());
      const again = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'x1', customer: { email: 'a@example.jp', country: 'JP' }, text: 'dup' } });
      expect(again.statusCode).toBe(200);
      const bad = await t().request({ method: 'POST', url: '/api/v1/messages', payload: '{bad', headers: { 'content-type': 'application/json' } });
      console.log(bad.statusCode, bad.body);
      const bad2 = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'fax', externalId: 1, customer: { email: 'nope' }, text: 3 } });
      console.log(bad2.statusCode, bad2.body);
      const oa = await t().request({ method: 'GET', url: '/api/v1/openapi.json', token: null });
      expect(oa.statusCode, oa.body.slice(0, 500)).toBe(200);
    });
  });
}
