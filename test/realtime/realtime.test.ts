import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/index.js';
import { SlaTimerJob } from '../../src/jobs/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { createTestDatabase, postgresAvailable, testDialects } from '../helpers/dialects.js';

const token = 'bl_realtime_admin_token_123456';

async function listen(runtime: Runtime): Promise<string> {
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const address = runtime.app.server.address() as { port: number };
  return `127.0.0.1:${address.port}`;
}

interface LiveEvent { type: string; market?: string; conversationId?: string; target?: string }

function collect(url: string, bearer: string): Promise<{ events: LiveEvent[]; socket: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers: { authorization: `Bearer ${bearer}` } });
    const events: LiveEvent[] = [];
    socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as { type: string };
      if (event.type === 'hello') resolve({ events, socket });
      else events.push(event);
    });
    socket.on('error', reject);
    socket.on('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting for events');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function api(host: string, method: string, path: string, body: unknown, bearer = token) {
  const res = await fetch(`http://${host}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as any };
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`live events over WebSocket [${dialect}]`, () => {
    const runtimes: Runtime[] = [];
    let dispose: (() => Promise<void>) | undefined;
    let hostA = '';
    let hostB = '';
    beforeAll(async () => {
      const database = await createTestDatabase(dialect);
      dispose = database.dispose;
      const config = loadConfig({ BORDERLESS_DATABASE_URL: database.url, BORDERLESS_BOOTSTRAP_TOKEN: token, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent' });
      runtimes.push(await createRuntime(config, { logger: pino({ level: 'silent' }) }));
      hostA = await listen(runtimes[0]!);
      if (dialect === 'postgres') {
        // A second process on the same database: events must cross between them.
        runtimes.push(await createRuntime(config, { logger: pino({ level: 'silent' }) }));
        hostB = await listen(runtimes[1]!);
      }
    });
    afterAll(async () => {
      for (const r of runtimes) await r.close();
      await dispose?.();
    });

    it('refuses a connection without credentials', async () => {
      await expect(collect(`ws://${hostA}/api/v1/events`, 'bl_not_a_token_at_all')).rejects.toThrow(/401/);
    });

    it('pushes new messages and status changes, and keeps partner agents to their markets', async () => {
      await api(hostA, 'PUT', '/api/v1/markets/br', { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' });
      await api(hostA, 'PUT', '/api/v1/markets/de', { name: 'Germany', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR' });
      await api(hostA, 'PUT', '/api/v1/teams/atlantico', { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] });
      await api(hostA, 'PUT', '/api/v1/agents/joao', { name: 'João', email: 'joao@example.com', role: 'agent', teams: ['atlantico'] });
      const partnerToken = (await api(hostA, 'POST', '/api/v1/tokens', { name: 'joao', role: 'agent', userId: 'joao' })).json.token as string;

      const admin = await collect(`ws://${hostA}/api/v1/events`, token);
      const partner = await collect(`ws://${hostA}/api/v1/events`, partnerToken);
      const br = await api(hostA, 'POST', '/api/v1/messages', { channel: 'whatsapp', externalId: 'rt-br', market: 'br', customer: { phone: '+5511988887777' }, text: 'Olá, cadê meu pedido?' });
      await api(hostA, 'POST', '/api/v1/messages', { channel: 'email', externalId: 'rt-de', market: 'de', customer: { email: 'k@example.de' }, text: 'Wo ist mein Paket?' });
      const replied = await api(hostA, 'POST', `/api/v1/conversations/${br.json.conversation.id}/replies`, { text: 'Olá! Estamos verificando o seu pedido.' });
      expect(replied.status).toBe(201);
      await api(hostA, 'PATCH', `/api/v1/conversations/${br.json.conversation.id}`, { status: 'open' });
      await until(() => admin.events.filter((e) => e.type === 'message.received').length >= 2 && admin.events.filter((e) => e.type === 'conversation.updated').length >= 2);
      await until(() => partner.events.filter((e) => e.type === 'conversation.updated').length >= 2);
      expect(partner.events.every((e) => e.market === 'br')).toBe(true);
      // The reply's event tells the server's SLA handler the clocks already followed it; clients never see that.
      expect(admin.events.some((e) => 'clocksFollowed' in e)).toBe(false);
      expect(admin.events.some((e) => e.market === 'de')).toBe(true);
      admin.socket.close();
      partner.socket.close();
    });

    it('pushes SLA breaches like any event, to partner agents of that market only', async () => {
      await api(hostA, 'PUT', '/api/v1/teams/rheinland', { name: 'Rheinland Service', kind: 'partner', timeZone: 'Europe/Berlin', markets: ['de'] });
      await api(hostA, 'PUT', '/api/v1/agents/lena', { name: 'Lena', email: 'lena@example.com', role: 'agent', teams: ['rheinland'] });
      const brToken = (await api(hostA, 'POST', '/api/v1/tokens', { name: 'joao-sla', role: 'agent', userId: 'joao' })).json.token as string;
      const deToken = (await api(hostA, 'POST', '/api/v1/tokens', { name: 'lena', role: 'agent', userId: 'lena' })).json.token as string;
      for (const market of ['br', 'de']) {
        const policy = await api(hostA, 'PUT', `/api/v1/sla-policies/rt-${market}`, { market, firstResponse: 'PT1H', clock: 'calendar' });
        expect(policy.status).toBeLessThan(300);
      }
      const br = (await api(hostA, 'POST', '/api/v1/messages', { channel: 'whatsapp', externalId: 'rt-sla-br', market: 'br', customer: { phone: '+5511977776666' }, text: 'Olá, meu pedido atrasou.' })).json.conversation.id as string;
      const de = (await api(hostA, 'POST', '/api/v1/messages', { channel: 'email', externalId: 'rt-sla-de', market: 'de', customer: { email: 'sla@example.de' }, text: 'Mein Paket ist verspätet.' })).json.conversation.id as string;

      const admin = await collect(`ws://${hostA}/api/v1/events`, token);
      const brPartner = await collect(`ws://${hostA}/api/v1/events`, brToken);
      const dePartner = await collect(`ws://${hostA}/api/v1/events`, deToken);
      const later = fixedClock(Date.now() + 2 * 86_400_000);
      await new SlaTimerJob(runtimes[0]!.ctx.store, runtimes[0]!.ctx.bus, later).tick();
      const breachOf = (events: LiveEvent[], id: string) => events.find((e) => e.type === 'sla.breached' && e.conversationId === id);
      await until(() => [br, de].every((id) => breachOf(admin.events, id)) && Boolean(breachOf(brPartner.events, br)) && Boolean(breachOf(dePartner.events, de)));
      expect(breachOf(admin.events, br)).toMatchObject({ market: 'br', target: 'firstResponse' });
      expect(brPartner.events.filter((e) => e.type.startsWith('sla.')).every((e) => e.market === 'br')).toBe(true);
      expect(dePartner.events.filter((e) => e.type.startsWith('sla.')).every((e) => e.market === 'de')).toBe(true);
      expect(breachOf(dePartner.events, br)).toBeUndefined();
      expect(breachOf(brPartner.events, de)).toBeUndefined();
      for (const client of [admin, brPartner, dePartner]) client.socket.close();
    });

    it.skipIf(dialect !== 'postgres')('relays events between two processes on one PostgreSQL database', async () => {
      const onB = await collect(`ws://${hostB}/api/v1/events`, token);
      await api(hostA, 'POST', '/api/v1/messages', { channel: 'email', externalId: 'rt-cross', market: 'de', customer: { email: 'cross@example.de' }, text: 'Hallo aus Prozess A' });
      await until(() => onB.events.some((e) => e.type === 'message.received'));
      onB.socket.close();
    });
  });
}
