import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { channelsFeatureOf } from '../../src/channels/index.js';
import { catalogues } from '../../web/widget/src/widget-i18n.js';
import { TypingGate, WIDGET_LOCALES, textDirection, widgetLocale } from '../../src/channels/chat/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { adminToken, useTestApp } from '../helpers/test-app.js';
import { delivery, identitiesOf, putChannel, putTestMarket } from './messaging-setup.js';

describe('widget language', () => {
  it('is the browser\'s language among the market\'s, else the market\'s first; right-to-left for Arabic and Hebrew', () => {
    expect(widgetLocale(['fr-CH', 'en'], ['de', 'fr', 'it'])).toBe('fr');
    expect(widgetLocale(['en-US'], ['ja'])).toBe('ja');
    expect(widgetLocale(['ar-AE', 'en'], ['ar', 'en'])).toBe('ar');
    expect(widgetLocale(['pt-BR'], ['pt-BR'])).toBe('pt');
    expect(widgetLocale([], ['nl'])).toBe('en');
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he-IL')).toBe('rtl');
    expect(textDirection('ja')).toBe('ltr');
  });

  it('has every string in every catalogue', () => {
    const keys = Object.keys(catalogues.en!).sort();
    for (const locale of WIDGET_LOCALES) {
      expect(Object.keys(catalogues[locale]!).sort(), locale).toEqual(keys);
      for (const [key, text] of Object.entries(catalogues[locale]!)) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        const english = (catalogues.en as Record<string, string>)[key]!;
        expect(text.match(/\{\w+\}/g) ?? [], `${locale}.${key} placeholders`).toEqual(english.match(/\{\w+\}/g) ?? []);
      }
    }
  });
});

describe('typing gate', () => {
  it('passes the first "typing", one refresh per interval while typing goes on, and one "stopped"', () => {
    const gate = new TypingGate(2_000);
    expect(gate.stop()).toBe(false);
    expect([0, 100, 1_999].map((ms) => gate.start(ms))).toEqual([true, false, false]);
    expect(gate.start(2_000)).toBe(true);
    expect(gate.start(3_000)).toBe(false);
    expect(gate.stop()).toBe(true);
    expect(gate.stop()).toBe(false);
    // Typing again right after stopping is news for the agents at once.
    expect(gate.start(3_100)).toBe(true);
  });
});

interface Socket {
  frames: Array<Record<string, any>>;
  next(type: string, where?: (frame: Record<string, any>) => boolean): Promise<Record<string, any>>;
  send(frame: object): void;
  close(): Promise<number>;
}

function openSocket(url: string, headers: Record<string, string> = {}): Promise<Socket> {
  const ws = new WebSocket(url, { headers });
  const frames: Array<Record<string, any>> = [];
  const waiters: Array<{ type: string; where: (f: Record<string, any>) => boolean; resolve(f: Record<string, any>): void }> = [];
  let seen = 0;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as Record<string, any>;
    frames.push(frame);
    for (const waiter of [...waiters]) {
      if (frame.type === waiter.type && waiter.where(frame)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    }
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () => resolve({
      frames,
      next(type, where = () => true) {
        const found = frames.slice(seen).find((f) => f.type === type && where(f));
        if (found) { seen = frames.indexOf(found) + 1; return Promise.resolve(found); }
        return new Promise((res, rej) => {
          const timer = setTimeout(() => rej(new Error(`no "${type}" frame within 5 s; got ${JSON.stringify(frames)}`)), 5000);
          waiters.push({ type, where, resolve: (f) => { clearTimeout(timer); seen = frames.indexOf(f) + 1; res(f); } });
        });
      },
      send: (frame) => ws.send(JSON.stringify(frame)),
      close: () => { ws.close(); return closed; },
    }));
  });
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`chat widget [${dialect}]`, () => {
    // Friday 30 April 2027, 11:00 in Tokyo: chat is open.
    const t = useTestApp(dialect, Date.parse('2027-04-30T02:00:00Z'));
    let base = '';
    const session = (body: Record<string, unknown>, origin = 'http://shop.example') => t().request({
      method: 'POST', url: '/api/v1/widget/sessions', body, token: null, headers: { origin },
    });

    beforeAll(async () => {
      await putTestMarket(t(), 'jp');
      await putTestMarket(t(), 'ae');
      await putChannel(t(), 'chat-jp', { kind: 'chat', market: 'jp', title: 'ブランド サポート', attachmentMaxBytes: 4096 });
      await putChannel(t(), 'chat-ae', { kind: 'chat', market: 'ae', allowedOrigins: ['https://shop.brand.ae'], preChat: { name: 'optional', email: 'off' } });
      await t().runtime.app.listen({ port: 0, host: '127.0.0.1' });
      base = `127.0.0.1:${(t().runtime.app.server.address() as AddressInfo).port}`;
    });

    it('serves the embeddable script', async () => {
      const res = await t().request({ method: 'GET', url: '/widget.js', token: null });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/javascript');
      expect(res.body).toContain('/api/v1/widget/sessions');
      expect((await t().request({ method: 'GET', url: '/widget.js', token: null, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode).toBe(304);
    });

    it('starts sessions: language, direction, availability, CORS, origins; keeps the visitor with the token', async () => {
      const preflight = await t().request({ method: 'OPTIONS', url: '/api/v1/widget/sessions', token: null, headers: { origin: 'http://shop.example', 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('http://shop.example');

      const first = await session({ market: 'jp', languages: ['en-US', 'ja'], timeZone: 'Europe/Paris' });
      expect(first.statusCode).toBe(200);
      expect(first.headers['access-control-allow-origin']).toBe('http://shop.example');
      expect(first.json()).toMatchObject({
        channelId: 'chat-jp', market: 'jp', locale: 'ja', direction: 'ltr', title: 'ブランド サポート', marketTimeZone: 'Asia/Tokyo',
        availability: { open: true, nextOpenAt: null, closesAt: '2027-04-30T09:00:00.000Z' }, preChat: { name: 'required', email: 'optional', done: false },
        history: [], attachmentMaxBytes: 4096, emailFallback: true,
      });
      const again = await session({ market: 'jp', token: first.json().token });
      expect(again.json().visitorId).toBe(first.json().visitorId);
      const forged = `${first.json().token.split('.')[0]}.AAAA`;
      expect((await session({ market: 'jp', token: forged })).json().visitorId).not.toBe(first.json().visitorId);

      const arabic = await session({ market: 'ae', languages: ['ar-AE', 'en'] }, 'https://shop.brand.ae');
      expect(arabic.json()).toMatchObject({ locale: 'ar', direction: 'rtl', preChat: { name: 'optional', email: 'off' } });
      expect((await session({ market: 'ae' }, 'https://elsewhere.example')).statusCode).toBe(403);
      expect((await session({ market: 'xx' })).statusCode).toBe(404);
      expect((await session({ market: 'jp', languages: 'ja' })).statusCode).toBe(400);
    });

    it('carries a conversation live: visitor message, agent typing and reply, receipts, visitor typing to agents', async () => {
      const { token, visitorId } = (await session({ market: 'jp', languages: ['ja'] })).json();
      const visitor = await openSocket(`ws://${base}/api/v1/widget/socket?token=${encodeURIComponent(token)}`);
      expect((await visitor.next('ready')).history).toEqual([]);
      visitor.send({ type: 'hello', locale: 'ja', timeZone: 'Asia/Tokyo', name: '山田 花子', email: 'hanako.yamada@example.jp' });
      visitor.send({ type: 'message', clientId: 'c0ffee00-0000-4000-8000-000000000001', text: '注文した靴のサイズを交換したいです。' });
      const ack = await visitor.next('ack');
      expect(ack.message).toMatchObject({ direction: 'in', text: '注文した靴のサイズを交換したいです。' });
      // The widget resends unacknowledged messages after a reconnect: stored once.
      visitor.send({ type: 'message', clientId: 'c0ffee00-0000-4000-8000-000000000001', text: '注文した靴のサイズを交換したいです。' });
      expect((await visitor.next('ack')).message.id).toBe(ack.message.id);

      const db = t().runtime.ctx.store.db;
      const row = await db.selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
        .select(['conversations.id', 'conversations.thread_key', 'conversations.market', 'conversations.channel_id', 'conversations.customer_id'])
        .where('messages.id', '=', ack.message.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ thread_key: visitorId, market: 'jp', channel_id: 'chat-jp' });
      expect(await identitiesOf(t(), row.customer_id)).toEqual([`chat:${visitorId}`, 'email:hanako.yamada@example.jp']);
      const customer = (await t().request({ method: 'GET', url: `/api/v1/customers/${row.customer_id}` })).json();
      expect(customer).toMatchObject({ name: '山田 花子', email: 'hanako.yamada@example.jp' });

      const agents = await openSocket(`ws://${base}/api/v1/chat/events`, { authorization: `Bearer ${adminToken}` });
      await agents.next('hello');
      visitor.send({ type: 'typing', typing: true });
      expect(await agents.next('visitor.typing')).toMatchObject({ conversationId: row.id, market: 'jp', typing: true });
      visitor.send({ type: 'typing', typing: false });
      expect(await agents.next('visitor.typing', (f) => f.typing === false)).toMatchObject({ conversationId: row.id });

      expect((await t().request({ method: 'POST', url: `/api/v1/chat/conversations/${row.id}/typing`, body: { typing: true } })).statusCode).toBe(204);
      expect(await visitor.next('typing')).toMatchObject({ typing: true });
      const reply = await t().request({ method: 'POST', url: `/api/v1/conversations/${row.id}/replies`, body: { text: 'かしこまりました。ご希望のサイズをお知らせください。' } });
      const replyId = reply.json().message.id as string;
      const live = await visitor.next('message', (f) => f.message.direction === 'out');
      expect(live.message).toMatchObject({ id: replyId, text: 'かしこまりました。ご希望のサイズをお知らせください。' });
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      expect((await delivery(t(), replyId)).delivery_status).toBe('sent');
      visitor.send({ type: 'ack', ids: [replyId] });
      visitor.send({ type: 'read', ids: [replyId, ack.message.id] });
      visitor.send({ type: 'ping' });
      await visitor.next('pong');
      expect((await delivery(t(), replyId)).delivery_status).toBe('read');
      // The visitor's own message is not an answer: a read frame cannot touch it.
      expect((await delivery(t(), ack.message.id)).delivery_status).toBe('received');

      await agents.close();
      await visitor.close();
    });

    it('relays typing live only: throttled, to agents of the conversation\'s market, never stored', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/teams/gulf-partner', body: { name: 'Gulf partner', kind: 'partner', timeZone: 'Asia/Dubai', markets: ['ae'] } });
      await t().request({ method: 'PUT', url: '/api/v1/agents/omar', body: { name: 'Omar', email: 'omar@partner.example', role: 'agent', teams: ['gulf-partner'] } });
      const partnerToken = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'omar', role: 'agent', userId: 'omar' } })).json().token as string;
      const { token } = (await session({ market: 'jp', languages: ['ja'] })).json();
      const visitor = await openSocket(`ws://${base}/api/v1/widget/socket?token=${encodeURIComponent(token)}`);
      await visitor.next('ready');
      visitor.send({ type: 'message', clientId: 'c0ffee00-0000-4000-8000-00000000000a', text: '配送先を変更できますか？' });
      const ack = await visitor.next('ack');
      const db = t().runtime.ctx.store.db;
      const conversationId = (await db.selectFrom('messages').select('conversation_id').where('id', '=', ack.message.id).executeTakeFirstOrThrow()).conversation_id;
      const stored = async () => (await db.selectFrom('messages').select('id').where('conversation_id', '=', conversationId).execute()).length;
      const before = await stored();

      const agents = await openSocket(`ws://${base}/api/v1/chat/events`, { authorization: `Bearer ${adminToken}` });
      const partner = await openSocket(`ws://${base}/api/v1/chat/events`, { authorization: `Bearer ${partnerToken}` });
      await agents.next('hello');
      await partner.next('hello');
      // A burst of keystrokes: the frames are handled in order, so the pong means all of them were.
      for (let i = 0; i < 12; i++) visitor.send({ type: 'typing', typing: true });
      visitor.send({ type: 'ping' });
      await visitor.next('pong');
      expect(await agents.next('visitor.typing')).toMatchObject({ conversationId, market: 'jp', typing: true });
      visitor.send({ type: 'typing', typing: false });
      await agents.next('visitor.typing', (f) => f.typing === false);
      expect(agents.frames.filter((f) => f.type === 'visitor.typing').map((f) => f.typing)).toEqual([true, false]);
      // A second "stopped" is not news.
      visitor.send({ type: 'typing', typing: false });
      visitor.send({ type: 'ping' });
      await visitor.next('pong');
      expect(agents.frames.filter((f) => f.type === 'visitor.typing')).toHaveLength(2);
      // Japan is not the partner's market: nothing reaches them, and they cannot type into the conversation.
      expect(partner.frames.filter((f) => f.type !== 'hello')).toEqual([]);
      const partnerTyping = await t().request({ method: 'POST', url: `/api/v1/chat/conversations/${conversationId}/typing`, body: { typing: true }, token: partnerToken });
      expect(partnerTyping.statusCode).toBe(404);
      expect(await stored()).toBe(before);

      const email = (await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'email', externalId: 'typing-not-chat', market: 'jp', customer: { email: 'typing@example.jp' }, text: 'メールです。',
      } })).json().conversation.id as string;
      const notChat = await t().request({ method: 'POST', url: `/api/v1/chat/conversations/${email}/typing`, body: { typing: true } });
      expect(notChat.statusCode).toBe(422);
      expect(notChat.headers['content-type']).toContain('application/problem+json');
      await partner.close();
      await agents.close();
      await visitor.close();
    });

    it('keeps replies for an offline visitor and shows them as history on the next visit; private notes never', async () => {
      const { token } = (await session({ market: 'jp' })).json();
      let visitor = await openSocket(`ws://${base}/api/v1/widget/socket?token=${encodeURIComponent(token)}`);
      await visitor.next('ready');
      visitor.send({ type: 'message', clientId: 'c0ffee00-0000-4000-8000-000000000002', text: '領収書をお願いします。' });
      const ack = await visitor.next('ack');
      await visitor.close();
      const conversationId = (await t().runtime.ctx.store.db.selectFrom('messages').select('conversation_id').where('id', '=', ack.message.id).executeTakeFirstOrThrow()).conversation_id;
      await t().request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text: '内部メモ：経理に確認', private: true } });
      const reply = (await t().request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text: '領収書をお送りしました。' } })).json().message.id as string;
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      expect((await delivery(t(), reply)).delivery_status).toBe('sent');

      const resumed = (await session({ market: 'jp', token })).json();
      expect(resumed.history.map((m: { direction: string; text: string }) => `${m.direction}:${m.text}`)).toEqual(['in:領収書をお願いします。', 'out:領収書をお送りしました。']);
      visitor = await openSocket(`ws://${base}/api/v1/widget/socket?token=${encodeURIComponent(resumed.token)}`);
      expect((await visitor.next('ready')).history.at(-1)).toMatchObject({ id: reply, direction: 'out', status: 'sent' });
      await visitor.close();
    });

    it('takes attachments up to the channel\'s limit', async () => {
      const { token } = (await session({ market: 'jp' })).json();
      const upload = (body: Buffer, headers: Record<string, string>) => t().request({
        method: 'POST', url: '/api/v1/widget/attachments?filename=receipt.png&clientId=c0ffee00-0000-4000-8000-000000000003', payload: body as unknown as string, token: null,
        headers: { 'content-type': 'image/png', origin: 'http://shop.example', ...headers },
      });
      const ok = await upload(Buffer.alloc(2000, 7), { 'x-widget-token': token });
      expect(ok.statusCode).toBe(201);
      expect(ok.headers['access-control-allow-origin']).toBe('http://shop.example');
      const [file] = ok.json().message.attachments;
      expect(file).toEqual({ filename: 'receipt.png', contentType: 'image/png', size: 2000, url: expect.stringMatching(/^\/api\/v1\/widget\/attachments\/[0-9a-f]{32}$/) });
      // The visitor's own file comes back to their widget with their token, and to nobody without it.
      const own = await t().request({ method: 'GET', url: `${file.url}?token=${encodeURIComponent(token)}`, token: null });
      expect([own.statusCode, own.headers['content-type'], own.body.length]).toEqual([200, 'image/png', 2000]);
      expect((await t().request({ method: 'GET', url: `${file.url}?token=nope`, token: null })).statusCode).toBe(401);
      expect((await upload(Buffer.alloc(5000, 7), { 'x-widget-token': token })).statusCode).toBe(413);
      expect((await upload(Buffer.alloc(10, 7), { 'x-widget-token': 'nope' })).statusCode).toBe(401);
      expect((await upload(Buffer.alloc(10, 7), {})).statusCode).toBe(401);
    });

    it('when chat is closed: the next opening, and continuing by email creates the email identity and an email conversation', async () => {
      await putChannel(t(), 'email-jp', { kind: 'email', market: 'jp', addresses: ['support@brand.example.jp'] });
      t().clock.set(Date.parse('2027-05-01T03:00:00Z')); // Saturday noon in Tokyo
      const closed = (await session({ market: 'jp', languages: ['fr-FR'] })).json();
      expect(closed.availability).toMatchObject({ open: false, nextOpenAt: '2027-05-03T00:00:00.000Z', reason: 'hours' });
      const visitor = await openSocket(`ws://${base}/api/v1/widget/socket?token=${encodeURIComponent(closed.token)}`);
      expect((await visitor.next('ready')).availability.open).toBe(false);
      visitor.send({ type: 'hello', locale: 'ja', timeZone: 'Europe/Paris' });
      visitor.send({ type: 'email', clientId: 'c0ffee00-0000-4000-8000-000000000004', email: 'Ken.Sato@Example.jp', text: '返品の方法を教えてください。' });
      expect(await visitor.next('email-ok')).toMatchObject({ email: 'Ken.Sato@Example.jp', via: 'email' });
      visitor.send({ type: 'email', clientId: 'c0ffee00-0000-4000-8000-000000000005', email: 'not an address', text: 'x' });
      expect(await visitor.next('error')).toMatchObject({ code: 'BL_VALIDATION' });
      await visitor.close();

      const db = t().runtime.ctx.store.db;
      const visitorCustomer = await db.selectFrom('customer_identities').select('customer_id').where('kind', '=', 'chat').where('value', '=', closed.visitorId).executeTakeFirstOrThrow();
      expect(await identitiesOf(t(), visitorCustomer.customer_id)).toEqual([`chat:${closed.visitorId}`, 'email:ken.sato@example.jp']);
      const conversation = await db.selectFrom('conversations').innerJoin('messages', 'messages.conversation_id', 'conversations.id')
        .select(['conversations.channel', 'conversations.channel_id', 'conversations.customer_id', 'messages.text'])
        .where('messages.text', '=', '返品の方法を教えてください。').executeTakeFirstOrThrow();
      expect(conversation).toMatchObject({ channel: 'email', channel_id: 'email-jp', customer_id: visitorCustomer.customer_id });
      const attributes = await db.selectFrom('customers').select('attributes').where('id', '=', visitorCustomer.customer_id).executeTakeFirstOrThrow();
      expect(JSON.parse(attributes.attributes)).toMatchObject({ timeZone: 'Europe/Paris' });
    });

    it('refuses sockets without a valid token, and rate-limits new sessions', async () => {
      const socket = await openSocket(`ws://${base}/api/v1/widget/socket?token=garbage`);
      expect(await socket.next('error')).toMatchObject({ code: 'BL_UNAUTHORIZED' });
      expect(await socket.close()).toBe(4401);
      let limited = 0;
      for (let i = 0; i < 32; i++) if ((await session({ market: 'jp' })).statusCode === 429) limited++;
      expect(limited).toBeGreaterThan(0);
    });
  });
}
