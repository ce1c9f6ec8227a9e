import type { DomainEvent } from '../../src/pipeline/event-bus.js';
import { describe, expect, it } from 'vitest';
import { SlaTimerJob } from '../../src/jobs/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * SLA policies and clocks over HTTP (issue 4): the contract's ingest example, policy validation, the most
 * specific policy winning, the reply / customer-message cycle, pauses while pending, and the dueBefore and
 * breached filters.
 */

const HOUR = 3_600_000;
const T0 = Date.parse('2027-04-30T08:30:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

async function ingest(t: TestApp, body: Record<string, unknown>) {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', text: 'Hello', ...body } });
  expect([200, 201], res.body).toContain(res.statusCode);
  return res.json().conversation as { id: string; sla: Record<string, string | null>; firstRespondedAt: string | null; status: string };
}

async function conversation(t: TestApp, id: string) {
  return (await t.request({ method: 'GET', url: `/api/v1/conversations/${id}` })).json();
}

async function putPolicy(t: TestApp, id: string, body: Record<string, unknown>) {
  return t.request({ method: 'PUT', url: `/api/v1/sla-policies/${id}`, body });
}

async function listIds(t: TestApp, query: string): Promise<string[]> {
  const res = await t.request({ method: 'GET', url: `/api/v1/conversations?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.map((c: { id: string }) => c.id);
}

async function eventually(check: () => Promise<void>, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`SLA policies and clocks [${dialect}]`, () => {
    const t = useTestApp(dialect, T0);

    it('gives the contract\'s ingest example its first-response deadline', async () => {
      expect((await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } })).statusCode).toBe(201);
      const policy = await putPolicy(t(), 'jp-email', {
        market: 'jp', channel: 'email', priority: null, firstResponse: 'PT4H', nextResponse: 'PT8H', resolution: 'P3D', clock: 'business',
      });
      expect(policy.statusCode).toBe(201);
      expect(policy.json()).toMatchObject({ id: 'jp-email', market: 'jp', channel: 'email', priority: null, firstResponse: 'PT4H', clock: 'business', pauseWhilePending: false, warningAt: 0.75 });
      const res = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'email', externalId: '<golden-week@example.jp>',
        customer: { email: 'a@example.jp', phone: null, name: '田中 優希', country: 'JP', locale: null },
        market: 'jp', subject: '注文について', text: '注文した商品がまだ届いておりません。', receivedAt: '2027-04-30T17:30:00+09:00',
      } });
      expect(res.statusCode).toBe(201);
      expect(res.json().conversation.sla.firstResponseDueAt).toBe('2027-05-06T03:30:00.000Z');
      expect(res.json().conversation.sla.nextResponseDueAt).toBeNull();
      // P3D of business time is 72 open hours: 8 working days of 9 hours after Golden Week.
      expect(res.json().conversation.sla.resolutionDueAt).toBe('2027-05-17T08:30:00.000Z');
    });

    it('applies the built-in terms when no policy matches', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      const c = await ingest(t(), { channel: 'chat', externalId: 'fallback-1', customer: { handle: 'fallback-1' }, market: 'jp', receivedAt: '2027-04-30T17:30:00+09:00' });
      // Chat has no hours of its own in the JP preset: default hours, PT4H business as in the contract.
      expect(c.sla.firstResponseDueAt).toBe('2027-05-06T03:30:00.000Z');
      const list = (await t().request({ method: 'GET', url: '/api/v1/sla-policies' })).json();
      expect(list.fallback).toEqual({ firstResponse: 'PT4H', nextResponse: 'PT8H', resolution: 'P3D', clock: 'business', pauseWhilePending: false, warningAt: 0.75 });
    });

    it('validates policies, refuses a second policy for one scope, and reads and deletes them', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ market: 'jp', firstResponse: 'PT0S' }, '/body/firstResponse'],
        [{ market: 'jp', firstResponse: '-PT1H' }, '/body/firstResponse'],
        [{ market: 'jp', resolution: 'P400D' }, '/body/resolution'],
        [{ market: 'jp', resolution: 'P1Y' }, '/body/resolution'],
        [{ market: 'jp', nextResponse: 'soon' }, '/body/nextResponse'],
        [{ market: 'jp' }, '/body/firstResponse'],
        [{ market: 'atlantis', firstResponse: 'PT1H' }, '/body/market'],
        [{ market: 'jp', firstResponse: 'PT1H', warningAt: 1.5 }, '/body/warningAt'],
        [{ market: 'jp', firstResponse: 'PT1H', clock: 'lunar' }, '/body/clock'],
        [{ market: 'jp', firstResponse: 'PT1H', priority: 'critical' }, '/body/priority'],
      ];
      for (const [body, path] of cases) {
        const res = await putPolicy(t(), 'bad-policy', body);
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.json().code).toBe('BL_VALIDATION');
        expect(res.json().errors.map((e: { path: string }) => e.path), res.body).toContain(path);
      }
      expect((await t().request({ method: 'GET', url: '/api/v1/sla-policies/bad-policy' })).statusCode).toBe(404);
      const clash = await putPolicy(t(), 'jp-email-again', { market: 'jp', channel: 'email', firstResponse: 'PT1H' });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().code).toBe('BL_CONFLICT');
      const created = await putPolicy(t(), 'tmp', { market: 'jp', channel: 'line', firstResponse: 'PT1H', pauseWhilePending: true, warningAt: 0.5 });
      expect(created.statusCode).toBe(201);
      const replaced = await putPolicy(t(), 'tmp', { market: 'jp', channel: 'line', firstResponse: 'PT2H', clock: 'calendar' });
      expect(replaced.statusCode).toBe(200);
      expect(replaced.json()).toMatchObject({ firstResponse: 'PT2H', clock: 'calendar', pauseWhilePending: false, warningAt: 0.75 });
      expect((await t().request({ method: 'GET', url: '/api/v1/sla-policies/tmp' })).json().firstResponse).toBe('PT2H');
      expect((await t().request({ method: 'DELETE', url: '/api/v1/sla-policies/tmp' })).statusCode).toBe(204);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/sla-policies/tmp' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/sla-policies' })).json().items.map((p: { id: string }) => p.id)).toEqual(['jp-email']);
    });

    it('applies the most specific policy: market+channel+priority > market+channel > market+priority > market > channel > global', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/fr', body: { preset: 'FR' } });
      const calendar = { clock: 'calendar' };
      for (const [id, body] of [
        ['global', { market: null, firstResponse: 'PT10H' }],
        ['any-chat', { channel: 'chat', firstResponse: 'PT7H' }],
        ['fr', { market: 'fr', firstResponse: 'PT5H' }],
        ['fr-urgent', { market: 'fr', priority: 'urgent', firstResponse: 'PT3H' }],
        ['fr-chat', { market: 'fr', channel: 'chat', firstResponse: 'PT2H' }],
        ['fr-chat-urgent', { market: 'fr', channel: 'chat', priority: 'urgent', firstResponse: 'PT1H' }],
      ] as const) {
        expect((await putPolicy(t(), id, { ...body, ...calendar })).statusCode, id).toBe(201);
      }
      const at = '2027-04-30T08:30:00Z';
      const due = async (n: number, body: Record<string, unknown>) =>
        (await ingest(t(), { externalId: `spec-${n}`, customer: { handle: `spec-${n}` }, receivedAt: at, ...body })).sla.firstResponseDueAt;
      expect(await due(1, { market: 'fr', channel: 'chat', priority: 'urgent' })).toBe(iso(T0 + 1 * HOUR));
      expect(await due(2, { market: 'fr', channel: 'chat' })).toBe(iso(T0 + 2 * HOUR));
      expect(await due(3, { market: 'fr', channel: 'email', priority: 'urgent' })).toBe(iso(T0 + 3 * HOUR));
      expect(await due(4, { market: 'fr', channel: 'email' })).toBe(iso(T0 + 5 * HOUR));
      expect(await due(5, { market: 'jp', channel: 'chat' })).toBe(iso(T0 + 7 * HOUR));
      expect(await due(6, { market: 'jp', channel: 'whatsapp' })).toBe(iso(T0 + 10 * HOUR));
      for (const id of ['global', 'any-chat', 'fr-urgent', 'fr-chat', 'fr-chat-urgent']) {
        await t().request({ method: 'DELETE', url: `/api/v1/sla-policies/${id}` });
      }
    });

    it('stops the first-response clock on the first public reply and restarts next response on each customer turn', async () => {
      await putPolicy(t(), 'fr', { market: 'fr', firstResponse: 'PT5H', nextResponse: 'PT2H', resolution: 'P1D', clock: 'calendar', pauseWhilePending: true });
      t().clock.set(T0);
      const c = await ingest(t(), { externalId: 'cycle-1', customer: { email: 'cycle@example.fr' }, market: 'fr', receivedAt: iso(T0) });
      expect(c.sla).toEqual({ firstResponseDueAt: iso(T0 + 5 * HOUR), nextResponseDueAt: null, resolutionDueAt: iso(T0 + 24 * HOUR) });

      // A private note changes nothing.
      await t().request({ method: 'POST', url: `/api/v1/conversations/${c.id}/replies`, body: { text: 'Checking with the warehouse', private: true } });
      expect((await conversation(t(), c.id)).firstRespondedAt).toBeNull();

      // The reply (and later the customer's answer) move the clocks in their own transaction and say so on their
      // event, so the SLA feature's status handler does not apply the same status a second time.
      const updates: DomainEvent[] = [];
      const off = t().runtime.ctx.bus.on('conversation.updated', (event) => { if (event.type === 'conversation.updated' && event.conversationId === c.id) updates.push(event); });
      t().clock.set(T0 + 1 * HOUR);
      const reply = await t().request({ method: 'POST', url: `/api/v1/conversations/${c.id}/replies`, body: { text: 'Bonjour, nous vérifions.' } });
      expect(reply.statusCode).toBe(201);
      expect(updates.at(-1)).toMatchObject({ changes: expect.arrayContaining(['status']), clocksFollowed: true });
      let now = await conversation(t(), c.id);
      expect(now.status).toBe('pending');
      expect(now.firstRespondedAt).toBe(iso(T0 + HOUR));
      // Waiting on the customer with pauseWhilePending: the resolution clock stops (1 h used).
      expect(now.sla).toEqual({ firstResponseDueAt: iso(T0 + 5 * HOUR), nextResponseDueAt: null, resolutionDueAt: null });
      expect(await listIds(t(), `dueBefore=${encodeURIComponent(iso(T0 + 100 * HOUR))}`)).not.toContain(c.id);

      t().clock.set(T0 + 4 * HOUR);
      await ingest(t(), { externalId: 'cycle-2', customer: { email: 'cycle@example.fr' }, market: 'fr', receivedAt: iso(T0 + 4 * HOUR), text: 'Merci !' });
      now = await conversation(t(), c.id);
      expect(now.status).toBe('open');
      expect(updates.at(-1)).toMatchObject({ changes: expect.arrayContaining(['status']), clocksFollowed: true });
      expect(now.sla).toEqual({ firstResponseDueAt: iso(T0 + 5 * HOUR), nextResponseDueAt: iso(T0 + 6 * HOUR), resolutionDueAt: iso(T0 + 27 * HOUR) });
      expect(await listIds(t(), `dueBefore=${encodeURIComponent(iso(T0 + 6.5 * HOUR))}`)).toContain(c.id);

      // A second customer message before the answer does not move the deadline.
      t().clock.set(T0 + 4.5 * HOUR);
      await ingest(t(), { externalId: 'cycle-3', customer: { email: 'cycle@example.fr' }, market: 'fr', receivedAt: iso(T0 + 4.5 * HOUR), text: 'Vous êtes là ?' });
      expect((await conversation(t(), c.id)).sla.nextResponseDueAt).toBe(iso(T0 + 6 * HOUR));

      t().clock.set(T0 + 5 * HOUR);
      await t().request({ method: 'POST', url: `/api/v1/conversations/${c.id}/replies`, body: { text: 'Votre colis part demain.', status: 'open' } });
      now = await conversation(t(), c.id);
      expect(now.firstRespondedAt).toBe(iso(T0 + HOUR));
      expect(now.sla).toEqual({ firstResponseDueAt: iso(T0 + 5 * HOUR), nextResponseDueAt: null, resolutionDueAt: iso(T0 + 27 * HOUR) });
      expect(await listIds(t(), `dueBefore=${encodeURIComponent(iso(T0 + 26 * HOUR))}`)).not.toContain(c.id);
      expect(await listIds(t(), `dueBefore=${encodeURIComponent(iso(T0 + 28 * HOUR))}`)).toContain(c.id);

      t().clock.set(T0 + 6 * HOUR);
      await ingest(t(), { externalId: 'cycle-4', customer: { email: 'cycle@example.fr' }, market: 'fr', receivedAt: iso(T0 + 6 * HOUR), text: 'Parfait' });
      expect((await conversation(t(), c.id)).sla.nextResponseDueAt).toBe(iso(T0 + 8 * HOUR));

      // Status changes made elsewhere (PATCH) reach the clocks after commit.
      t().clock.set(T0 + 7 * HOUR);
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${c.id}`, body: { status: 'pending' } });
      expect(updates.at(-1)).toMatchObject({ changes: ['status'] });
      expect(updates.at(-1)).not.toHaveProperty('clocksFollowed');
      off();
      await eventually(async () => expect((await conversation(t(), c.id)).sla.resolutionDueAt).toBeNull());
      t().clock.set(T0 + 9 * HOUR);
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${c.id}`, body: { status: 'open' } });
      // Resolution time used before the pause at +7 h: 1 h, then +4 h…+7 h; 20 h are left from +9 h. The next
      // response clock had run 1 h of its 2 h.
      await eventually(async () => expect((await conversation(t(), c.id)).sla).toEqual({
        firstResponseDueAt: iso(T0 + 5 * HOUR), nextResponseDueAt: iso(T0 + 10 * HOUR), resolutionDueAt: iso(T0 + 29 * HOUR),
      }));
    });

    it('marks breaches for the breached filter and clears them when the target is met', async () => {
      await putPolicy(t(), 'fr', { market: 'fr', firstResponse: 'PT1H', nextResponse: 'PT1H', resolution: 'P2D', clock: 'calendar' });
      t().clock.set(T0);
      const late = await ingest(t(), { externalId: 'breach-1', customer: { email: 'late@example.fr' }, market: 'fr', receivedAt: iso(T0) });
      const fine = await ingest(t(), { externalId: 'breach-2', customer: { email: 'fine@example.fr' }, market: 'fr', receivedAt: iso(T0) });
      await t().request({ method: 'POST', url: `/api/v1/conversations/${fine.id}/replies`, body: { text: 'Bonjour !' } });
      const job = new SlaTimerJob(t().runtime.ctx.store, t().runtime.ctx.bus, t().clock);
      t().clock.set(T0 + 2 * HOUR);
      await job.tick();
      expect(await listIds(t(), 'breached=true')).toContain(late.id);
      expect(await listIds(t(), 'breached=true')).not.toContain(fine.id);
      expect(await listIds(t(), 'breached=false')).toContain(fine.id);
      expect(await listIds(t(), 'breached=false')).not.toContain(late.id);
      const combined = await listIds(t(), `breached=true&market=fr&dueBefore=${encodeURIComponent(iso(T0 + 2 * HOUR))}`);
      expect(combined).toContain(late.id);
      expect(combined).not.toContain(fine.id);
      await t().request({ method: 'POST', url: `/api/v1/conversations/${late.id}/replies`, body: { text: 'Désolés du retard.' } });
      expect(await listIds(t(), 'breached=true')).not.toContain(late.id);
      const bad = await t().request({ method: 'GET', url: '/api/v1/conversations?breached=maybe' });
      expect(bad.statusCode).toBe(400);
    });
  });
}
