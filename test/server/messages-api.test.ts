import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Enrichers } from '../../src/pipeline/inbound-pipeline.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

const japan = { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' };
const france = { name: 'France', countries: ['FR', 'MC'], languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR' };
const brazil = { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' };

async function seedMarkets(t: TestApp): Promise<void> {
  for (const [code, body] of [['jp', japan], ['fr', france], ['br', brazil]] as const) {
    const res = await t.request({ method: 'PUT', url: `/api/v1/markets/${code}`, body });
    expect([200, 201]).toContain(res.statusCode);
  }
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`POST /api/v1/messages [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('stores a message, opens a conversation and answers with the contract shape', async () => {
      await seedMarkets(t());
      const res = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'email', externalId: '<order-1@example.jp>',
        customer: { email: 'a@example.jp', phone: null, name: '田中 優希', country: 'JP', locale: null },
        market: 'jp', subject: '注文について', text: '注文した商品がまだ届いておりません。', receivedAt: '2027-04-30T17:30:00+09:00',
      } });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body.message.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.conversation).toMatchObject({ market: 'jp', channel: 'email', status: 'open', assignee: null });
      expect(body.conversation).toHaveProperty('language');
      expect(body.conversation).toHaveProperty('category');
      expect(body.conversation.sla).toHaveProperty('firstResponseDueAt');
      const got = await t().request({ method: 'GET', url: `/api/v1/conversations/${body.conversation.id}` });
      expect(got.statusCode).toBe(200);
      expect(got.json().messages[0]).toMatchObject({ direction: 'in', text: '注文した商品がまだ届いておりません。', subject: '注文について' });
    });

    it('answers 200 with the same ids for a repeat and stores nothing twice', async () => {
      const body = { channel: 'whatsapp', externalId: 'wamid.HBgLNTUxMTk5', customer: { phone: '+55 11 99999-0000', country: 'BR' }, text: 'Oi, meu pedido não chegou' };
      const first = await t().request({ method: 'POST', url: '/api/v1/messages', body });
      const second = await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...body, text: 'a different text' } });
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(200);
      expect(second.json().message.id).toBe(first.json().message.id);
      const n = await t().runtime.ctx.store.db.selectFrom('messages').select('id').where('external_id', '=', 'wamid.HBgLNTUxMTk5').execute();
      expect(n).toHaveLength(1);
    });

    it('stores concurrent duplicates exactly once', async () => {
      const body = { channel: 'telegram', externalId: 'tg-778899', customer: { handle: '778899', name: 'Ioana' }, market: 'fr', text: 'Bonjour' };
      const results = await Promise.all(Array.from({ length: 12 }, () => t().request({ method: 'POST', url: '/api/v1/messages', body })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(results.map((r) => r.json().message.id)).size).toBe(1);
    });

    it('keeps one conversation per customer and channel until it is resolved', async () => {
      const base = { channel: 'chat', customer: { handle: 'visitor-42', country: 'FR' } };
      const a = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'c-1', text: 'Bonjour, ma commande ?' } })).json();
      const b = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'c-2', text: 'KT-2027-10442' } })).json();
      expect(b.conversation.id).toBe(a.conversation.id);
      expect(b.conversation.messageCount).toBe(2);
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${a.conversation.id}`, body: { status: 'resolved' } });
      const c = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'c-3', text: 'Encore moi' } })).json();
      expect(c.conversation.id).not.toBe(a.conversation.id);
    });

    it('resolves the market from the country, then the locale, then the brand default', async () => {
      const byCountry = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'm-1', customer: { email: 'x@example.mc', country: 'MC' }, text: 'Bonjour' } })).json();
      expect(byCountry.conversation.market).toBe('fr');
      const byLocale = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'm-2', customer: { email: 'y@example.pt', locale: 'pt-PT' }, text: 'Olá' } })).json();
      expect(byLocale.conversation.market).toBe('br');
      await t().request({ method: 'PUT', url: '/api/v1/brand', body: { name: 'Kettle & Tide', defaultLanguage: 'en', defaultMarket: 'jp', pivotLanguages: ['en'], signature: { signOff: {} } } });
      const byDefault = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'm-3', customer: { email: 'z@example.com' }, text: 'Hello' } })).json();
      expect(byDefault.conversation.market).toBe('jp');
    });

    it('rejects bad input with problem+json and stores nothing', async () => {
      const db = t().runtime.ctx.store.db;
      const count = async () => (await db.selectFrom('messages').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      const before = Number(await count());
      const cases: Array<[unknown, number, string]> = [
        [{ channel: 'fax', externalId: '1', customer: { email: 'a@example.com' }, text: 'x' }, 400, 'BL_VALIDATION'],
        [{ channel: 'email', externalId: '1', customer: { email: 'not-an-email' }, text: 'x' }, 400, 'BL_VALIDATION'],
        [{ channel: 'email', externalId: 2, customer: { email: 'a@example.com' }, text: 'x' }, 400, 'BL_VALIDATION'],
        [{ channel: 'email', externalId: '1', customer: {}, text: 'x' }, 422, 'BL_UNPROCESSABLE'],
        [{ channel: 'email', externalId: '1', customer: { email: 'a@example.com' }, text: '   ' }, 422, 'BL_UNPROCESSABLE'],
        [{ channel: 'email', externalId: '1', customer: { email: 'a@example.com' }, text: 'x', market: 'zz' }, 422, 'BL_UNPROCESSABLE'],
        [{ channel: 'email', externalId: '1', customer: { email: 'a@example.com' }, text: 'x', receivedAt: 'yesterday' }, 400, 'BL_VALIDATION'],
        [{ channel: 'email', externalId: '1', customer: { email: 'a@example.com', locale: 'not a tag' }, text: 'x' }, 400, 'BL_VALIDATION'],
        [{ channel: 'email', externalId: '1', customer: { email: 'a@example.com' }, text: 'x', surprise: true }, 400, 'BL_VALIDATION'],
      ];
      for (const [body, status, code] of cases) {
        const res = await t().request({ method: 'POST', url: '/api/v1/messages', body });
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.json()).toMatchObject({ status, code });
      }
      const malformed = await t().request({ method: 'POST', url: '/api/v1/messages', payload: '{"channel": "email",', headers: { 'content-type': 'application/json' } });
      expect(malformed.json()).toMatchObject({ status: 400, code: 'BL_MALFORMED_JSON' });
      const wrongType = await t().request({ method: 'POST', url: '/api/v1/messages', payload: 'channel=email', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(wrongType.json()).toMatchObject({ status: 415, code: 'BL_UNSUPPORTED_MEDIA_TYPE' });
      const huge = await t().request({ method: 'POST', url: '/api/v1/messages', payload: JSON.stringify({ channel: 'email', externalId: 'big', customer: { email: 'a@example.com' }, text: 'x'.repeat(2_000_000) }), headers: { 'content-type': 'application/json' } });
      expect(huge.json()).toMatchObject({ status: 413, code: 'BL_PAYLOAD_TOO_LARGE' });
      expect(Number(await count())).toBe(before);
    });

    it('answers with the preview and customer name a fresh read gives, also past 160 characters of astral text', async () => {
      // 150 ordinary characters, then emoji (two UTF-16 units each): the 160-character cut falls among them.
      const text = `${'あ'.repeat(150)}${'😀'.repeat(20)}`;
      const base = { channel: 'line', customer: { handle: 'U-preview', name: 'Preview Person', country: 'JP' } };
      const first = await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'pv-1', text: 'こんにちは' } });
      const second = await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'pv-2', text } });
      expect(second.json().conversation.id).toBe(first.json().conversation.id);
      const answered = second.json().conversation;
      expect([...answered.preview]).toHaveLength(160);
      expect(answered.preview.endsWith('😀')).toBe(true);
      const read = (await t().request({ method: 'GET', url: `/api/v1/conversations/${answered.id}` })).json();
      const { messages: _messages, ...readConversation } = read;
      expect(answered).toEqual(readConversation);
      expect(answered.customer.name).toBe('Preview Person');
    });

    it('classifies a conversation by its first message and does not classify follow-ups again', async () => {
      const { pipeline } = t().runtime.ctx;
      const classify = (pipeline as unknown as { enrichers: Enrichers }).enrichers.classify!;
      let calls = 0;
      pipeline.setEnrichers({ classify: (input) => { calls++; return classify(input); } });
      try {
        const base = { channel: 'email', customer: { email: 'refund@example.fr', country: 'FR' }, subject: 'Remboursement' };
        const first = await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'cl-1', text: 'Bonjour, je voudrais être remboursée pour ma commande KT-2027-1, le colis est arrivé abîmé.' } });
        expect(first.json().conversation.category).not.toBeNull();
        expect(calls).toBe(1);
        const second = await t().request({ method: 'POST', url: '/api/v1/messages', body: { ...base, externalId: 'cl-2', text: 'Pouvez-vous aussi me dire comment suivre mon colis ?' } });
        expect(second.json().conversation.id).toBe(first.json().conversation.id);
        expect(second.json().conversation.category).toBe(first.json().conversation.category);
        expect(calls).toBe(1);
      } finally {
        pipeline.setEnrichers({ classify });
      }
    });

    it('finds the open conversation through its index, without sorting', async () => {
      const { db } = t().runtime.ctx.store;
      if (dialect === 'sqlite') {
        const plan = await sql<{ detail: string }>`explain query plan select id from conversations
          where customer_id = ${'x'} and channel = ${'email'} and status != 'resolved' order by last_message_at desc limit 1`.execute(db);
        const details = plan.rows.map((r) => r.detail).join(' | ');
        expect(details).toContain('conversations_open_by_customer');
        expect(details).not.toContain('TEMP B-TREE');
      } else {
        const indexes = await sql<{ indexname: string }>`select indexname from pg_indexes where tablename = 'conversations'`.execute(db);
        expect(indexes.rows.map((r) => r.indexname)).toContain('conversations_open_by_customer');
      }
    });

    it('needs a token', async () => {
      const res = await t().request({ method: 'POST', url: '/api/v1/messages', token: null, body: {} });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('BL_UNAUTHORIZED');
      const wrong = await t().request({ method: 'GET', url: '/api/v1/conversations', token: 'bl_wrong_token_value' });
      expect(wrong.statusCode).toBe(401);
    });
  });
}
