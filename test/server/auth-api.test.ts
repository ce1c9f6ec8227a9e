import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

function cookieOf(setCookie: unknown): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : String(setCookie);
  return header.split(';')[0]!;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`auth, roles and partner scope [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('signs a person in with a session cookie and demands the CSRF token on writes', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/de', body: { name: 'Germany', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR' } });
      const put = await t().request({ method: 'PUT', url: '/api/v1/agents/lena', body: { name: 'Lena Vogel', email: 'lena@example.com', role: 'supervisor', password: 'correct horse battery', languages: [{ language: 'de', level: 'native' }] } });
      expect(put.statusCode, put.body).toBe(201);
      const bad = await t().request({ method: 'POST', url: '/api/v1/auth/login', token: null, body: { email: 'lena@example.com', password: 'wrong password' } });
      expect(bad.statusCode).toBe(401);
      expect(bad.json().code).toBe('BL_BAD_CREDENTIALS');
      const login = await t().request({ method: 'POST', url: '/api/v1/auth/login', token: null, body: { email: 'LENA@example.com', password: 'correct horse battery' } });
      expect(login.statusCode).toBe(200);
      const setCookie = String(login.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const cookie = cookieOf(login.headers['set-cookie']);
      const csrf = login.json().csrfToken as string;

      const me = await t().request({ method: 'GET', url: '/api/v1/auth/me', token: null, headers: { cookie } });
      expect(me.json().user).toMatchObject({ id: 'lena', role: 'supervisor' });
      expect(me.json().csrfToken).toBe(csrf);

      const market = { name: 'Austria', countries: ['AT'], languages: ['de'], timeZone: 'Europe/Vienna', currency: 'EUR' };
      const noCsrf = await t().request({ method: 'PUT', url: '/api/v1/markets/at', token: null, headers: { cookie }, body: market });
      expect(noCsrf.statusCode).toBe(403);
      expect(noCsrf.json().code).toBe('BL_CSRF');
      const withCsrf = await t().request({ method: 'PUT', url: '/api/v1/markets/at', token: null, headers: { cookie, 'x-csrf-token': csrf }, body: market });
      expect(withCsrf.statusCode).toBe(201);

      const out = await t().request({ method: 'POST', url: '/api/v1/auth/logout', token: null, headers: { cookie } });
      expect(out.statusCode).toBe(204);
      const after = await t().request({ method: 'GET', url: '/api/v1/auth/me', token: null, headers: { cookie } });
      expect(after.statusCode).toBe(401);
    });

    it('enforces roles for tokens and never shows a token secret twice', async () => {
      const created = await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'helpdesk sync', role: 'agent' } });
      expect(created.statusCode).toBe(201);
      const secret = created.json().token as string;
      expect(secret).toMatch(/^bl_/);
      const list = await t().request({ method: 'GET', url: '/api/v1/tokens' });
      expect(JSON.stringify(list.json())).not.toContain(secret);
      expect(list.json().items.some((i: { prefix: string }) => secret.startsWith(i.prefix))).toBe(true);

      const forbidden = await t().request({ method: 'PUT', url: '/api/v1/markets/ch', token: secret, body: { name: 'Switzerland', countries: ['CH'], languages: ['de', 'fr', 'it'], timeZone: 'Europe/Zurich', currency: 'CHF' } });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().code).toBe('BL_FORBIDDEN');
      const allowed = await t().request({ method: 'GET', url: '/api/v1/conversations', token: secret });
      expect(allowed.statusCode).toBe(200);

      const revoke = await t().request({ method: 'DELETE', url: `/api/v1/tokens/${created.json().id}` });
      expect(revoke.statusCode).toBe(204);
      const revoked = await t().request({ method: 'GET', url: '/api/v1/conversations', token: secret });
      expect(revoked.statusCode).toBe(401);
    });

    it('rate-limits sign-in attempts', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push((await t().request({ method: 'POST', url: '/api/v1/auth/login', token: null, body: { email: 'mallory@example.com', password: `guess-${i}` } })).statusCode);
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    });

    it('shows partner agents only the markets their team serves', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/br', body: { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' } });
      const team = await t().request({ method: 'PUT', url: '/api/v1/teams/atlantico', body: { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] } });
      expect(team.statusCode, team.body).toBe(201);
      await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { name: 'João Silva', email: 'joao@example.com', role: 'agent', teams: ['atlantico'] } });
      const token = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'joao', role: 'agent', userId: 'joao' } })).json().token as string;
      const br = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'whatsapp', externalId: 'p-br', market: 'br', customer: { phone: '+5511911112222' }, text: 'Olá' } })).json();
      const de = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'p-de', market: 'de', customer: { email: 'k@example.de' }, text: 'Hallo' } })).json();
      const list = (await t().request({ method: 'GET', url: '/api/v1/conversations?limit=200', token })).json();
      expect(list.items.map((c: { market: string }) => c.market)).toEqual(['br']);
      expect((await t().request({ method: 'GET', url: `/api/v1/conversations/${de.conversation.id}`, token })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: `/api/v1/conversations/${br.conversation.id}`, token })).statusCode).toBe(200);
      expect((await t().request({ method: 'POST', url: `/api/v1/conversations/${de.conversation.id}/replies`, token, body: { text: 'Hallo' } })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: `/api/v1/customers/${de.conversation.customer.id}`, token })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/markets/de', token })).statusCode).toBe(404);
      const markets = (await t().request({ method: 'GET', url: '/api/v1/markets', token })).json();
      expect(markets.items.map((m: { code: string }) => m.code)).toEqual(['br']);
    });

    it('records who changed what in the audit log', async () => {
      const audit = (await t().request({ method: 'GET', url: '/api/v1/audit?entityType=market' })).json();
      expect(audit.items.length).toBeGreaterThan(0);
      expect(audit.items[0]).toMatchObject({ entityType: 'market', actor: { type: expect.any(String) } });
    });
  });
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`own preferences and expired sessions [${dialect}]`, () => {
    const t = useTestApp(dialect);
    it('lets a person change their language, zone and presence, and tells an expired session apart', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/agents/mina', body: { name: 'Mina Park', email: 'mina@example.com', role: 'agent', password: 'a long enough password' } });
      const login = await t().request({ method: 'POST', url: '/api/v1/auth/login', token: null, body: { email: 'mina@example.com', password: 'a long enough password' } });
      const cookie = cookieOf(login.headers['set-cookie']);
      const csrf = login.json().csrfToken as string;
      const patched = await t().request({ method: 'PATCH', url: '/api/v1/auth/me', token: null, headers: { cookie, 'x-csrf-token': csrf }, body: { locale: 'ko', timeZone: 'Asia/Seoul', presence: 'away' } });
      expect(patched.statusCode, patched.body).toBe(200);
      expect(patched.json().user).toMatchObject({ locale: 'ko', timeZone: 'Asia/Seoul', presence: 'away' });
      expect((await t().request({ method: 'GET', url: '/api/v1/agents/mina' })).json().presence).toBe('away');
      const badZone = await t().request({ method: 'PATCH', url: '/api/v1/auth/me', token: null, headers: { cookie, 'x-csrf-token': csrf }, body: { timeZone: 'Asia/Atlantis' } });
      expect(badZone.statusCode).toBe(400);
      t().clock.advance(13 * 60 * 60 * 1000);
      const expired = await t().request({ method: 'GET', url: '/api/v1/auth/me', token: null, headers: { cookie } });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('BL_SESSION_EXPIRED');
    });
  });
}
