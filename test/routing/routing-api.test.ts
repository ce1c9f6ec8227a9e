import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/** Monday 10 May 2027, 10:12 in Tokyo, 04:12 in Bucharest. */
const mondayMorningTokyo = Date.parse('2027-05-10T01:12:00Z');
const weekdays = (from: string, to: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [[from, to]]]));

async function ok(t: TestApp, method: string, url: string, body?: unknown, token?: string) {
  const res = await t.request({ method, url, body, ...(token ? { token } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

let externalId = 0;
async function ingest(t: TestApp, body: { market: string; channel?: string; customer?: Record<string, unknown>; text: string }) {
  externalId++;
  return ok(t, 'POST', '/api/v1/messages', {
    channel: body.channel ?? 'chat', externalId: `routing-${externalId}`, market: body.market,
    customer: body.customer ?? { email: `customer-${externalId}@example.test` }, text: body.text,
  });
}

async function seed(t: TestApp) {
  for (const [code, market] of Object.entries({
    jp: { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' },
    br: { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' },
    de: { name: 'Germany', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR' },
  })) await ok(t, 'PUT', `/api/v1/markets/${code}`, market);
  await ok(t, 'PUT', '/api/v1/teams/tokyo', { name: 'Tokyo office', kind: 'local', timeZone: 'Asia/Tokyo', markets: ['jp'] });
  await ok(t, 'PUT', '/api/v1/teams/bucharest', { name: 'Bucharest hub', kind: 'hub', timeZone: 'Europe/Bucharest', markets: ['jp', 'de'] });
  await ok(t, 'PUT', '/api/v1/teams/atlantico', { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] });
  const agent = (id: string, body: Record<string, unknown>) => ok(t, 'PUT', `/api/v1/agents/${id}`, { name: id, email: `${id}@brand.example`, role: 'agent', presence: 'online', ...body });
  await agent('kenji', { teams: ['tokyo'], timeZone: 'Asia/Tokyo', languages: [{ language: 'ja', level: 'native' }], shifts: weekdays('09:00', '18:00'), capacity: { chat: 3, email: 20 } });
  await agent('yuki', { teams: ['tokyo'], timeZone: 'Asia/Tokyo', languages: [{ language: 'ja', level: 'native' }, { language: 'en', level: 'C1' }], shifts: weekdays('09:00', '18:00'), capacity: { chat: 3, email: 20 } });
  await agent('anna', {
    teams: ['bucharest'], timeZone: 'Europe/Bucharest', shifts: weekdays('09:00', '17:00'), capacity: { chat: 3, email: 20 },
    languages: [{ language: 'ro', level: 'native' }, { language: 'en', level: 'C2' }, { language: 'de', level: 'C1' }, { language: 'ja', level: 'B1' }],
  });
  await agent('joao', {
    teams: ['atlantico'], timeZone: 'America/Sao_Paulo', capacity: { chat: 3 },
    shifts: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
    languages: [{ language: 'pt-BR', level: 'native' }, { language: 'en', level: 'C1' }, { language: 'ja', level: 'native' }],
  });
  await t.runtime.app.inject({ method: 'GET', url: '/health' });
}

async function settle(t: TestApp) {
  return ok(t, 'POST', '/api/v1/routing/run', {});
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`routing API [${dialect}]`, () => {
    const t = useTestApp(dialect, mondayMorningTokyo);
    let partnerToken = '';
    const first: { customer?: string; conversation?: string; email?: string } = {};

    it('routes a chat to a native speaker on shift and shows the assignment in the ingest response', async () => {
      await seed(t());
      partnerToken = (await ok(t(), 'POST', '/api/v1/tokens', { name: 'joao', role: 'agent', userId: 'joao' })).token;
      first.email = `first-${dialect}@example.test`;
      const a = await ingest(t(), { market: 'jp', customer: { email: first.email }, text: '注文した商品がまだ届いていません。いつ届きますか？' });
      expect(a.conversation).toMatchObject({ assignee: 'kenji', category: 'informational', assignment: { agent: 'kenji', reason: 'native ja · on shift Tokyo 10:12 · 1/3 chats' } });
      first.customer = a.conversation.customer.id;
      first.conversation = a.conversation.id;
      const b = await ingest(t(), { market: 'jp', text: '返品したいのですが、どうすればいいですか？' });
      expect(b.conversation.assignment).toEqual({ agent: 'yuki', reason: 'native ja · on shift Tokyo 10:12 · 1/3 chats' });
      const c = await ingest(t(), { market: 'jp', text: 'サイズを交換できますか？' });
      expect(c.conversation.assignment).toEqual({ agent: 'kenji', reason: 'native ja · on shift Tokyo 10:12 · 2/3 chats' });
      const read = await ok(t(), 'GET', `/api/v1/conversations/${c.conversation.id}`);
      expect(read).toMatchObject({ assignee: 'kenji', assignment: { agent: 'kenji', reason: 'native ja · on shift Tokyo 10:12 · 2/3 chats' } });
    });

    it('explains a decision: every candidate considered and why each was or was not chosen', async () => {
      const why = await ok(t(), 'GET', `/api/v1/conversations/${first.conversation}/routing`);
      expect(why).toMatchObject({ state: 'assigned', assignment: { agent: 'kenji' }, latest: { outcome: 'assign', agent: 'kenji', trigger: 'ingest' } });
      const verdicts = Object.fromEntries(why.latest.candidates.map((c: { agent: string; chosen: boolean; rejection: string | null }) => [c.agent, [c.chosen, c.rejection]]));
      expect(verdicts).toMatchObject({ kenji: [true, null], yuki: [false, null] });
      expect(verdicts.joao).toBeUndefined();
      expect(why.classification).toMatchObject({ category: 'informational', intent: 'delivery', source: 'auto' });
      expect(why.classification.confidence).toBeGreaterThan(0.5);
    });

    it('keeps a customer with their previous agent', async () => {
      const again = await ingest(t(), { market: 'jp', channel: 'email', customer: { email: first.email }, text: '追跡番号を教えてください。' });
      expect(again.conversation.customer.id).toBe(first.customer);
      expect(again.conversation.assignment).toEqual({ agent: 'kenji', reason: 'native ja · on shift Tokyo 10:12 · 1/20 emails · previous agent' });
    });

    it('routes a partner market to the partner and never the other way', async () => {
      const br = await ingest(t(), { market: 'br', text: 'Olá, cadê meu pedido? Comprei faz dez dias.' });
      expect(br.conversation.assignment.agent).toBe('joao');
      expect(br.conversation.assignment.reason).toMatch(/^native pt · on shift Sao Paulo \d\d:\d\d · 1\/3 chats$/);
      const jp = await ingest(t(), { market: 'jp', text: 'クーポンが使えません。' });
      expect(jp.conversation.assignee).not.toBe('joao');
    });

    it('waits for capacity, and hands the conversation over when an agent frees up', async () => {
      await ok(t(), 'PUT', '/api/v1/agents/yuki', { name: 'yuki', email: 'yuki@brand.example', role: 'agent', teams: ['tokyo'], presence: 'away' });
      await settle(t());
      // Yuki is away and Anna off shift in Bucharest: Kenji takes chats up to his capacity of three, then they wait.
      let kenjiChats = (await ok(t(), 'GET', '/api/v1/conversations?assignee=kenji&channel=chat&status=open&limit=50')).items;
      for (let n = kenjiChats.length; n < 3; n++) {
        expect((await ingest(t(), { market: 'jp', text: '在庫はありますか？' })).conversation.assignee).toBe('kenji');
      }
      kenjiChats = (await ok(t(), 'GET', '/api/v1/conversations?assignee=kenji&channel=chat&status=open&limit=50')).items;
      expect(kenjiChats.length).toBe(3);
      const waiting = await ingest(t(), { market: 'jp', text: '注文の状況を教えてください。' });
      expect(waiting.conversation.assignee).toBeNull();
      const queue = await ok(t(), 'GET', '/api/v1/routing/queue');
      const item = queue.items.find((i: { conversationId: string }) => i.conversationId === waiting.conversation.id);
      expect(item).toMatchObject({ state: 'queued', market: 'jp', reason: 'waiting for capacity: 1 qualified agent on shift, all at capacity' });
      expect(queue.counts).toContainEqual(expect.objectContaining({ market: 'jp', state: 'queued' }));

      await ok(t(), 'PATCH', `/api/v1/conversations/${kenjiChats[0].id}`, { status: 'resolved' });
      await settle(t());
      const after = await ok(t(), 'GET', `/api/v1/conversations/${waiting.conversation.id}`);
      expect(after.assignment).toEqual({ agent: 'kenji', reason: 'native ja · on shift Tokyo 10:12 · 3/3 chats' });
      expect((await ok(t(), 'GET', '/api/v1/routing/queue')).items.map((i: { conversationId: string }) => i.conversationId)).not.toContain(waiting.conversation.id);
    });

    it('follows the sun: machine translation before a near deadline, a hold for the native team otherwise', async () => {
      await ok(t(), 'PUT', '/api/v1/sla-policies/jp-chat', { market: 'jp', channel: 'chat', firstResponse: 'PT4H', clock: 'calendar' });
      // 19:00 in Tokyo, 13:00 in Bucharest: the Tokyo office has gone home.
      t().clock.set(Date.parse('2027-05-10T10:00:00Z'));
      await settle(t());
      const urgent = await ingest(t(), { market: 'jp', text: 'アプリが起動しません。エラーが出ます。' });
      expect(urgent.conversation.category).toBe('diagnostic');
      expect(urgent.conversation.assignee).toBe('anna');
      expect(urgent.conversation.assignment.reason).toBe(
        'machine translation: no ja agent on shift before the deadline (next ja agent on shift Tokyo 09:00 (in 14 h), SLA due Tokyo 23:00) · works in en C2 · on shift Bucharest 13:00 · 1/3 chats');
      const explained = await ok(t(), 'GET', `/api/v1/conversations/${urgent.conversation.id}/routing`);
      expect(explained.latest).toMatchObject({ machineTranslation: true, requirement: { mode: 'native-required', customerLevel: 'C1' } });

      await ok(t(), 'PUT', '/api/v1/sla-policies/jp-chat', { market: 'jp', channel: 'chat', firstResponse: 'P2D', clock: 'calendar' });
      const patient = await ingest(t(), { market: 'jp', text: '画面が真っ暗なままで動きません。' });
      expect(patient.conversation.assignee).toBeNull();
      const held = (await ok(t(), 'GET', '/api/v1/routing/queue?state=held')).items[0];
      expect(held).toMatchObject({ conversationId: patient.conversation.id, state: 'held', holdUntil: '2027-05-11T00:00:00.000Z' });
      expect(held.reason).toMatch(/^holding for a native ja agent · next ja agent on shift Tokyo 09:00/);

      // Tuesday 09:05 in Tokyo: the native team is back (Yuki online again) and the held conversation goes to it.
      t().clock.set(Date.parse('2027-05-11T00:05:00Z'));
      await ok(t(), 'PUT', '/api/v1/agents/yuki', { name: 'yuki', email: 'yuki@brand.example', role: 'agent', teams: ['tokyo'], presence: 'online' });
      await settle(t());
      const now = await ok(t(), 'GET', `/api/v1/conversations/${patient.conversation.id}`);
      expect(now.assignee).toBe('yuki');
      expect(now.assignment.reason).toMatch(/^native ja · on shift Tokyo 09:05 · \d\/3 chats$/);
    });

    it('lets agents correct the classification, and routing follow it', async () => {
      const conversation = first.conversation!;
      const corrected = await ok(t(), 'PUT', `/api/v1/conversations/${conversation}/classification`, { category: 'diagnostic', intent: 'technical_problem' });
      expect(corrected).toMatchObject({ category: 'diagnostic', intent: 'technical_problem', source: 'agent', confidence: 1 });
      expect(await ok(t(), 'GET', `/api/v1/conversations/${conversation}`)).toMatchObject({ category: 'diagnostic', intent: 'technical_problem' });
      const stats = await ok(t(), 'GET', '/api/v1/classification/corrections');
      expect(stats.items).toContainEqual({ language: 'ja', from: 'informational', to: 'diagnostic', count: 1 });
      const tried = await ok(t(), 'POST', '/api/v1/classification/classify', { text: 'Je souhaite être remboursée, la robe est arrivée abîmée.', language: 'fr' });
      expect(tried).toMatchObject({ category: 'transactional', intent: 'refund' });
    });

    it('keeps a routing policy per market and refuses a malformed one', async () => {
      expect((await ok(t(), 'GET', '/api/v1/markets/jp/routing-policy')).effective).toMatchObject({ teamOrder: ['local', 'hub', 'hq', 'partner'], followTheSun: 'auto', holdMargin: 'PT30M' });
      const put = await ok(t(), 'PUT', '/api/v1/markets/de/routing-policy', { teamOrder: ['bucharest', 'hq'], followTheSun: 'hold', holdMargin: 'PT1H' });
      expect(put).toMatchObject({ market: 'de', stored: { teamOrder: ['bucharest', 'hq'] }, effective: { followTheSun: 'hold', holdMargin: 'PT1H', stickiness: true } });
      for (const body of [{ holdMargin: 'soon' }, { followTheSun: 'sometimes' }, { teamOrder: ['a', 'a'] }, { categories: { diagnostic: 'native' } }, { colour: 'red' }]) {
        const res = await t().request({ method: 'PUT', url: '/api/v1/markets/de/routing-policy', body });
        expect(res.statusCode, JSON.stringify(body)).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      expect((await ok(t(), 'GET', '/api/v1/markets/de/routing-policy')).stored).toEqual({ teamOrder: ['bucharest', 'hq'], followTheSun: 'hold', holdMargin: 'PT1H' });
    });

    it('shows agents\' schedules, availability and the pivot-language check', async () => {
      const joao = await ok(t(), 'GET', '/api/v1/agents/joao');
      expect(joao.pivot).toEqual({ pivotLanguages: ['en'], meets: false, best: { language: 'en', level: 'C1' }, levels: [{ language: 'en', level: 'C1' }] });
      const below = (await ok(t(), 'GET', '/api/v1/agents?belowPivot=true')).items.map((a: { id: string }) => a.id);
      expect(below).toEqual(expect.arrayContaining(['joao', 'kenji', 'yuki']));
      expect(below).not.toContain('anna');
      const leave = await ok(t(), 'PUT', '/api/v1/agents/anna', {
        name: 'anna', email: 'anna@brand.example', role: 'agent', teams: ['bucharest'], timeOff: [{ from: '2027-05-17', to: '2027-05-21', reason: 'holiday' }],
        exceptions: [{ date: '2027-05-12', hours: [['12:00', '20:00']] }],
      });
      expect(leave).toMatchObject({ timeOff: [{ from: '2027-05-17', to: '2027-05-21' }], exceptions: [{ date: '2027-05-12' }], shifts: weekdays('09:00', '17:00') });
      const onLeave = await ok(t(), 'GET', `/api/v1/agents/anna/availability?at=${encodeURIComponent('2027-05-18T08:00:00Z')}`);
      expect(onLeave).toMatchObject({ onShift: false, nextShiftAt: '2027-05-24T06:00:00.000Z', timeZone: 'Europe/Bucharest' });
      const late = await ok(t(), 'GET', `/api/v1/agents/anna/availability?at=${encodeURIComponent('2027-05-12T16:00:00Z')}`);
      expect(late).toMatchObject({ onShift: true, localTime: '19:00', shiftEndsAt: '2027-05-12T17:00:00.000Z' });
    });

    describe('bad input: 4xx problem+json, nothing changed', () => {
      const agentBody = { name: 'Mio', email: 'mio@brand.example', role: 'agent', teams: ['tokyo'] };
      it.each([
        ['overlapping shifts', { shifts: { mon: [['09:00', '13:00'], ['12:00', '18:00']] } }, '/body/shifts/mon/1'],
        ['an overnight shift running into the next day', { shifts: { mon: [['22:00', '07:00']], tue: [['06:00', '10:00']] } }, '/body/shifts/tue/0'],
        ['a malformed interval', { shifts: { mon: [['9am', '18:00']] } }, '/body/shifts/mon/0/0'],
        ['an unknown language', { languages: [{ language: 'xx', level: 'native' }] }, '/body/languages/0/language'],
        ['an unknown level', { languages: [{ language: 'ja', level: 'C3' }] }, '/body/languages/0/level'],
        ['a capacity below zero', { capacity: { chat: -1 } }, '/body/capacity/chat'],
        ['time off ending before it starts', { timeOff: [{ from: '2027-06-10', to: '2027-06-01' }] }, '/body/timeOff/0/to'],
        ['an exception inside time off', { timeOff: [{ from: '2027-06-01', to: '2027-06-10' }], exceptions: [{ date: '2027-06-05', hours: [] }] }, '/body/exceptions/0/date'],
      ])('%s', async (_, extra, path) => {
        const before = await t().request({ method: 'GET', url: '/api/v1/agents' });
        const res = await t().request({ method: 'PUT', url: '/api/v1/agents/mio', body: { ...agentBody, ...extra } });
        expect(res.statusCode, res.body).toBe(400);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
        expect((await t().request({ method: 'GET', url: '/api/v1/agents' })).body).toBe(before.body);
      });

      it('refuses assigning a conversation to an agent of a partner that does not serve its market', async () => {
        const jp = await ingest(t(), { market: 'jp', text: 'ありがとうございます' });
        const before = await ok(t(), 'GET', `/api/v1/conversations/${jp.conversation.id}`);
        for (const [url, body] of [
          [`/api/v1/conversations/${jp.conversation.id}/assignment`, { assignee: 'joao' }],
          [`/api/v1/conversations/${jp.conversation.id}/routing`, { agent: 'joao' }],
        ] as const) {
          const res = await t().request({ method: 'POST', url, body });
          expect(res.statusCode, res.body).toBe(422);
          expect(res.json()).toMatchObject({ code: 'BL_UNPROCESSABLE', errors: [{ message: 'the agent\'s partner team does not serve this market' }] });
        }
        const asPartner = await t().request({ method: 'POST', url: `/api/v1/conversations/${jp.conversation.id}/routing`, body: { agent: 'joao' }, token: partnerToken });
        expect(asPartner.statusCode).toBe(404);
        const after = await ok(t(), 'GET', `/api/v1/conversations/${jp.conversation.id}`);
        expect(after.assignee).toBe(before.assignee);
        expect(after.updatedAt).toBe(before.updatedAt);
      });

      it('lets an agent take a conversation only for themselves', async () => {
        const kenjiToken = (await ok(t(), 'POST', '/api/v1/tokens', { name: 'kenji', role: 'agent', userId: 'kenji' })).token;
        const jp = await ingest(t(), { market: 'jp', text: 'どうも' });
        const other = await t().request({ method: 'POST', url: `/api/v1/conversations/${jp.conversation.id}/routing`, body: { agent: 'yuki' }, token: kenjiToken });
        expect(other.statusCode).toBe(403);
        const mine = await t().request({ method: 'POST', url: `/api/v1/conversations/${jp.conversation.id}/routing`, body: { agent: 'kenji', reason: 'I know this customer' }, token: kenjiToken });
        expect(mine.statusCode, mine.body).toBe(200);
        expect(mine.json().conversation.assignment).toEqual({ agent: 'kenji', reason: 'I know this customer' });
      });
    });
  });
}
