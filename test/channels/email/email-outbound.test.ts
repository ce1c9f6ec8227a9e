import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelRegistry, OutboxDispatcher, type ChannelAdapter } from '../../../src/channels/index.js';
import { emailAdapter } from '../../../src/channels/email/index.js';
import { newId } from '../../../src/lib/ids.js';
import { postgresAvailable, testDialects } from '../../helpers/dialects.js';
import { useTestApp, type TestApp } from '../../helpers/test-app.js';
import { setUpEmail, storedByMessageId, supportAddress } from '../email-setup.js';
import { deliver, encodedWord, rawMail, startProvider, type FakeProvider } from '../mail-fixtures.js';

const silent = pino({ level: 'silent' });

async function customerMail(t: TestApp, port: number, id: string, subject: string, from = id): Promise<string> {
  await deliver(port, rawMail({ from: `${encodedWord('顧客', 'utf-8')} <${from}>`, to: supportAddress, subject: encodedWord(subject, 'utf-8'), messageId: id, body: 'ご確認をお願いします。' }), { from, to: [supportAddress] });
  return (await storedByMessageId(t, id))!.conversation_id;
}

async function messageRow(t: TestApp, id: string) {
  return t.runtime.ctx.store.db.selectFrom('messages').select(['delivery_status', 'delivery_error', 'external_id']).where('id', '=', id).executeTakeFirstOrThrow();
}

async function reply(t: TestApp, conversationId: string, text: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().message.id as string;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`outbound email and the outbox [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let provider: FakeProvider;
    let smtp: Awaited<ReturnType<typeof setUpEmail>>;

    beforeAll(async () => {
      provider = await startProvider();
      smtp = await setUpEmail(t(), provider.port);
    });
    afterAll(async () => {
      await smtp?.close();
      await provider?.close();
    });

    it('sends a reply with From name, threading headers, Reply-To token, text and HTML parts and the customer\'s language', async () => {
      const conversationId = await customerMail(t(), smtp.smtpPort, 'out-1@example.jp', 'AW: 配送について');
      const id = await reply(t(), conversationId, 'お問い合わせありがとうございます。\n\n本日発送いたしました。', { language: 'ja' });
      await smtp.feature.dispatcher.tick();
      const [mail] = (await provider.parsed()).filter((m) => m.inReplyTo === '<out-1@example.jp>');
      expect(mail).toBeDefined();
      expect(mail!.from!.value[0]).toEqual({ address: supportAddress, name: 'ブランド カスタマーサポート' });
      expect(mail!.to).toMatchObject({ value: [{ address: 'out-1@example.jp', name: '顧客' }] });
      expect(mail!.subject).toBe('AW: 配送について');
      expect(mail!.references).toBe('<out-1@example.jp>');
      expect(mail!.headers.get('content-language')).toBe('ja');
      expect(mail!.text!.trim()).toBe('お問い合わせありがとうございます。\n\n本日発送いたしました。');
      expect(mail!.html).toContain('<html lang="ja">');
      expect(mail!.html).toContain('<p>お問い合わせありがとうございます。</p>');
      expect(mail!.headers.get('auto-submitted')).toBeUndefined();
      const row = await messageRow(t(), id);
      expect(row).toEqual({ delivery_status: 'sent', delivery_error: null, external_id: `${id}.borderless@brand.example.jp` });
      expect(mail!.messageId).toBe(`<${id}.borderless@brand.example.jp>`);

      const second = await customerMail(t(), smtp.smtpPort, 'out-2@example.jp', 'Shipping question');
      await reply(t(), second, 'On its way.');
      await smtp.feature.dispatcher.tick();
      expect((await provider.parsed()).find((m) => m.inReplyTo === '<out-2@example.jp>')?.subject).toBe('Re: Shipping question');
    });

    it('never sends a private note, even if one reached the outbox', async () => {
      const conversationId = await customerMail(t(), smtp.smtpPort, 'note-1@example.jp', 'Note');
      const note = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text: '社内メモ: VIP', private: true } });
      const noteId = note.json().message.id as string;
      const db = t().runtime.ctx.store.db;
      expect(await db.selectFrom('outbox').select('id').where('message_id', '=', noteId).executeTakeFirst()).toBeUndefined();
      // Forge the row the outbound service refuses to write: the dispatcher is the second lock.
      const now = new Date(t().clock.now()).toISOString();
      await db.insertInto('outbox').values({
        id: newId(t().clock.now()), message_id: noteId, conversation_id: conversationId, channel: 'email', status: 'pending', attempts: 0,
        next_attempt_at: now, idempotency_key: `forged-${noteId}`, last_error: null, created_at: now, updated_at: now,
      }).execute();
      const before = provider.received.length;
      await smtp.feature.dispatcher.tick();
      expect(provider.received.length).toBe(before);
      expect(await db.selectFrom('outbox').select(['status', 'last_error']).where('message_id', '=', noteId).executeTakeFirstOrThrow())
        .toEqual({ status: 'failed', last_error: 'never sent: a private note stays inside Borderless' });
      expect((await messageRow(t(), noteId)).delivery_status).toBe('note');
    });

    it('marks a refused message failed with the provider\'s reason, and holds replies that have no channel', async () => {
      const conversationId = await customerMail(t(), smtp.smtpPort, 'refused-1@example.jp', 'Refused');
      provider.refuseWith = 550;
      const id = await reply(t(), conversationId, 'Bonjour');
      await smtp.feature.dispatcher.tick();
      provider.refuseWith = null;
      const row = await messageRow(t(), id);
      expect(row.delivery_status).toBe('failed');
      expect(row.delivery_error).toMatch(/127\.0\.0\.1 refused the message: .*550/);

      // A conversation in a market without an email channel: queued, with the reason, until one exists.
      await t().request({ method: 'PUT', url: '/api/v1/markets/kr', body: { preset: 'KR' } });
      const ingest = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'kr-1@example.kr', market: 'kr', customer: { email: 'minjun@example.kr' }, text: '배송 문의' } });
      const held = await reply(t(), ingest.json().conversation.id, '확인하겠습니다.');
      await smtp.feature.dispatcher.tick();
      expect(await messageRow(t(), held)).toMatchObject({ delivery_status: 'queued', delivery_error: null });
      expect((await t().runtime.ctx.store.db.selectFrom('outbox').select(['status', 'last_error']).where('message_id', '=', held).executeTakeFirstOrThrow()))
        .toEqual({ status: 'pending', last_error: 'no enabled email channel is configured for market kr' });

      const noAddress = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'phone-only-1', market: 'jp', customer: { phone: '+81 90 1234 5678' }, text: '電話番号だけ' } });
      const cannot = await reply(t(), noAddress.json().conversation.id, '承知しました。');
      await smtp.feature.dispatcher.tick();
      expect(await messageRow(t(), cannot)).toMatchObject({ delivery_status: 'failed', delivery_error: 'the customer has no email address' });
    });

    it('delivers 100 replies queued while the provider was down exactly once when it comes back, with two dispatchers racing', async () => {
      const conversations: string[] = [];
      for (let i = 0; i < 10; i++) conversations.push(await customerMail(t(), smtp.smtpPort, `bulk-${i}@example.jp`, `Bulk ${i}`));
      await provider.close();
      const before = provider.received.length;
      const ids: string[] = [];
      for (let i = 0; i < 100; i++) ids.push(await reply(t(), conversations[i % 10]!, `Reply number ${i}`));
      await smtp.feature.dispatcher.tick();
      const db = t().runtime.ctx.store.db;
      const pending = await db.selectFrom('outbox').select(['status', 'attempts', 'last_error']).where('message_id', 'in', ids).execute();
      expect(pending.every((r) => r.status === 'pending' && Number(r.attempts) >= 1 && /ECONNREFUSED|127\.0\.0\.1/.test(r.last_error ?? ''))).toBe(true);
      expect((await messageRow(t(), ids[0]!)).delivery_status).toBe('queued');

      await provider.start();
      t().clock.advance(3_600_000);
      const other = new OutboxDispatcher({
        store: t().runtime.ctx.store, registry: smtp.feature.registry, clock: t().clock, logger: silent, config: t().runtime.ctx.config,
      });
      await Promise.all([smtp.feature.dispatcher.tick(), other.tick(), smtp.feature.dispatcher.tick(), other.tick()]);
      const delivered = provider.received.slice(before);
      const parsed = await provider.parsed();
      const messageIds = parsed.slice(before).map((m) => m.messageId);
      expect(delivered.length).toBe(100);
      expect(new Set(messageIds).size).toBe(100);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}.borderless@brand.example.jp>`)));
      const statuses = await db.selectFrom('messages').select('delivery_status').where('id', 'in', ids).execute();
      expect(statuses.every((s) => s.delivery_status === 'sent')).toBe(true);
      expect((await db.selectFrom('outbox').select('status').where('message_id', 'in', ids).execute()).every((r) => r.status === 'sent')).toBe(true);
    });

    it('re-sends with the same Message-ID after a crash between the send and its record', async () => {
      const conversationId = await customerMail(t(), smtp.smtpPort, 'crash-1@example.jp', 'Crash');
      // An adapter that hands the mail to the provider and then "dies" before the dispatcher can record it.
      let crashes = 1;
      const crashing: ChannelAdapter<any> = {
        ...emailAdapter, start: undefined,
        async send(request) {
          const result = await emailAdapter.send(request);
          if (crashes-- > 0) throw new Error('process died');
          return result;
        },
      };
      const dispatcher = new OutboxDispatcher({
        store: t().runtime.ctx.store, registry: new ChannelRegistry([crashing]), clock: t().clock, logger: silent, config: t().runtime.ctx.config, random: () => 0,
      });
      // The runtime's own dispatcher must not take this item.
      await smtp.feature.dispatcher.stop();
      const id = await reply(t(), conversationId, 'Once, please');
      const ownId = `<${id}.borderless@brand.example.jp>`;
      await dispatcher.tick();
      expect((await t().runtime.ctx.store.db.selectFrom('outbox').select('status').where('message_id', '=', id).executeTakeFirstOrThrow()).status).toBe('pending');
      t().clock.advance(60_000);
      await dispatcher.tick();
      // At least once, never silently lost; the copies share one Message-ID, which mail clients collapse.
      const copies = (await provider.parsed()).filter((m) => m.inReplyTo === '<crash-1@example.jp>');
      expect(copies.map((m) => m.messageId)).toEqual([ownId, ownId]);
      expect((await messageRow(t(), id)).delivery_status).toBe('sent');
    });
  });
}
