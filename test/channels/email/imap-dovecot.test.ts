import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsFeatureOf, type ChannelServices } from '../../../src/channels/index.js';
import { ImapFlowMailbox, ImapPollJob, imapCursor, pollMailbox, receiveEmail, saveImapCursor, type ImapConfig } from '../../../src/channels/email/index.js';
import { postgresAvailable, testDialects } from '../../helpers/dialects.js';
import { dovecotAvailable, startDovecot, type DovecotServer } from '../../helpers/dovecot.js';
import { useTestApp, type TestApp } from '../../helpers/test-app.js';
import { countInbound, storedByMessageId, supportAddress } from '../email-setup.js';
import { encodedWord, rawMail, startProvider, type FakeProvider } from '../mail-fixtures.js';

/*
 * IMAP polling against a real server: a private Dovecot on a loopback port (test/helpers/dovecot.ts), mail delivered
 * into it with APPEND as a delivery agent would, polled by the email channel's own job (`email-imap` on the runtime's
 * job runner, which never overlaps itself).
 */

const silent = pino({ level: 'silent' });
const password = 'secret-imap-pass';
const arrived = new Date('2027-04-30T08:00:00Z');

function customerMail(id: string, body: string, extra: { from?: string; subject?: string; headers?: Record<string, string> } = {}): Buffer {
  const from = extra.from ?? `kunde-${id.split('@')[0]}@example.de`;
  return rawMail({ from: `Kunde <${from}>`, to: supportAddress, subject: extra.subject ?? 'Bestellung', messageId: id, body, headers: extra.headers ?? {} });
}

for (const dialect of testDialects) {
  describe.skipIf(!dovecotAvailable || (dialect === 'postgres' && !postgresAvailable))(`IMAP polling against Dovecot [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let dovecot: DovecotServer;
    let provider: FakeProvider;
    let services: ChannelServices;

    const imapConfig = (overrides: Partial<ImapConfig> = {}): ImapConfig => ({
      host: dovecot.host, port: dovecot.port, secure: false, user: 'support', pass: password, pollSeconds: 60, ...overrides,
    });
    const putEmailChannel = async (id: string, addresses: string[], imap: ImapConfig) => {
      const res = await t().request({ method: 'PUT', url: `/api/v1/channels/${id}`, body: {
        kind: 'email', market: 'jp', addresses, smtp: { host: '127.0.0.1', port: provider.port, secure: false }, imap,
      } });
      expect([200, 201], res.body).toContain(res.statusCode);
    };
    /** One run of the channel's poll job once every channel is due, as the job runner would run it. */
    const poll = async () => {
      t().clock.advance(61_000);
      await services.jobs!.runNow('email-imap');
    };
    const health = async (id = 'email-jp') => (await t().request({ method: 'GET', url: `/api/v1/channels/${id}` })).json().health;
    const seenFlags = async (mailbox = 'INBOX') => {
      const flags = await dovecot.flags('support', mailbox);
      return new Map([...flags].map(([uid, set]) => [uid, set.has('\\Seen')]));
    };

    beforeAll(async () => {
      dovecot = await startDovecot({ support: password });
      provider = await startProvider();
      services = channelsFeatureOf(t().runtime.ctx)!.services;
      // Waiting before the channel exists, so whichever poll comes first (this test's or the runner's) sees them.
      await dovecot.deliver('support', customerMail('imap-a@example.de', 'Wo ist meine Bestellung?'), { internalDate: arrived });
      await dovecot.deliver('support', customerMail('imap-history@example.de', 'Alte Nachricht'), { flags: ['\\Seen'], internalDate: arrived });
      const market = await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      expect([200, 201]).toContain(market.statusCode);
      await putEmailChannel('email-jp', [supportAddress], imapConfig());
    });
    afterAll(async () => {
      await provider?.close();
      await dovecot?.close();
    });

    it('ingests new mail exactly once, flags it \\Seen, and remembers UIDs across polls and restarts', async () => {
      // UID 1 unseen, UID 2 read before Borderless was connected (history: the first poll leaves it alone).
      const a = 1;
      await poll();
      expect(await countInbound(t())).toBe(1);
      const stored = await storedByMessageId(t(), 'imap-a@example.de');
      expect(stored).toMatchObject({ text: 'Wo ist meine Bestellung?', channel_id: 'email-jp', email: 'kunde-imap-a@example.de' });
      expect(await storedByMessageId(t(), 'imap-history@example.de')).toBeUndefined();
      expect((await seenFlags()).get(a)).toBe(true);
      const cursor = await imapCursor(t().runtime.ctx.store.db, 'email-jp');
      expect(cursor).toMatchObject({ mailbox: 'INBOX', lastUid: a + 1 });
      expect(await health()).toMatchObject({ status: 'ok', error: null, detail: { stored: 1, failed: 0, cursor } });

      // New mail that a person already opened in webmail is still new to Borderless: it is above the remembered UID.
      const c = await dovecot.deliver('support', customerMail('imap-c@example.de', 'Schon gelesen, trotzdem neu'), { flags: ['\\Seen'], internalDate: arrived });
      const d = await dovecot.deliver('support', customerMail('imap-d@example.de', 'Noch eine Frage'), { internalDate: arrived });
      await poll();
      expect(await countInbound(t())).toBe(3);
      expect((await storedByMessageId(t(), 'imap-c@example.de'))?.text).toBe('Schon gelesen, trotzdem neu');
      expect((await seenFlags()).get(d)).toBe(true);
      expect((await imapCursor(t().runtime.ctx.store.db, 'email-jp'))?.lastUid).toBe(d);

      await poll();
      expect(await countInbound(t())).toBe(3);

      // A restarted process (a fresh job, nothing in memory) resumes from the stored cursor; a message someone marked
      // unread again is fetched again and stored nothing twice.
      const imap = await dovecot.client('support');
      await imap.mailboxOpen('INBOX');
      await imap.messageFlagsRemove(String(c), ['\\Seen'], { uid: true });
      await imap.logout();
      await new ImapPollJob(services).run();
      expect(await countInbound(t())).toBe(3);
      expect((await seenFlags()).get(c)).toBe(true);
    });

    it('leaves a message that fails to store unseen — even one a person had read — and takes it at the next poll', async () => {
      const db = t().runtime.ctx.store.db;
      const channel = (await services.channelById('email-jp'))!;
      const before = await countInbound(t());
      const read = await dovecot.deliver('support', customerMail('imap-fail-read@example.de', 'Gelesen, dann gescheitert'), { flags: ['\\Seen'], internalDate: arrived });
      const unread = await dovecot.deliver('support', customerMail('imap-fail-unread@example.de', 'Ungelesen, dann gescheitert'), { internalDate: arrived });
      const ok = await dovecot.deliver('support', customerMail('imap-ok@example.de', 'Klappt'), { internalDate: arrived });
      const mailbox = await ImapFlowMailbox.open(imapConfig(), silent);
      const report = await pollMailbox(mailbox, {
        cursor: await imapCursor(db, 'email-jp'), mailboxName: 'INBOX',
        save: (cursor) => saveImapCursor(db, 'email-jp', cursor, t().clock.now()),
      }, async (raw, at) => {
        if (raw.toString().includes('Message-ID: <imap-fail-')) throw new Error('database unavailable');
        return receiveEmail(services, channel, raw, { rcptTo: [] }, { ...(at !== undefined ? { receivedAtMs: at } : {}), source: 'imap' });
      }, silent);
      await mailbox.close();
      expect(report).toEqual({ stored: 1, failed: 2 });
      const flags = await seenFlags();
      expect([flags.get(read), flags.get(unread), flags.get(ok)]).toEqual([false, false, true]);
      expect((await imapCursor(db, 'email-jp'))?.lastUid).toBe(ok);

      await poll();
      expect(await countInbound(t()) - before).toBe(3);
      expect((await storedByMessageId(t(), 'imap-fail-read@example.de'))?.text).toBe('Gelesen, dann gescheitert');
      expect((await storedByMessageId(t(), 'imap-fail-unread@example.de'))?.text).toBe('Ungelesen, dann gescheitert');
      expect([...(await seenFlags()).values()].every(Boolean)).toBe(true);
    });

    it('survives the server going down (before and during a poll) and a wrong password: the channel says why, nothing is lost', async () => {
      const before = await countInbound(t());
      const lastOk = (await health()).lastSuccessAt;
      await dovecot.stop();
      await poll();
      const down = await health();
      expect(down).toMatchObject({ status: 'error', lastSuccessAt: lastOk });
      expect(down.error).toBe(`could not reach the IMAP server 127.0.0.1:${dovecot.port}: connect ECONNREFUSED 127.0.0.1:${dovecot.port}`);

      await dovecot.start();
      await dovecot.deliver('support', customerMail('imap-after-restart@example.de', 'Nach dem Neustart'), { internalDate: arrived });
      await poll();
      expect(await health()).toMatchObject({ status: 'ok', error: null });
      expect(await countInbound(t()) - before).toBe(1);

      // The server dies right after the first of two messages is stored, before its \Seen flag: the next poll after
      // the restart stores the second and only re-reads the first.
      await dovecot.deliver('support', customerMail('imap-mid-1@example.de', 'Erste von zwei'), { internalDate: arrived });
      await dovecot.deliver('support', customerMail('imap-mid-2@example.de', 'Zweite von zwei'), { internalDate: arrived });
      const channel = (await services.channelById('email-jp'))!;
      const mailbox = await ImapFlowMailbox.open(imapConfig(), silent);
      let killed = false;
      await expect(pollMailbox(mailbox, {
        cursor: await imapCursor(t().runtime.ctx.store.db, 'email-jp'), mailboxName: 'INBOX',
        save: (cursor) => saveImapCursor(t().runtime.ctx.store.db, 'email-jp', cursor, t().clock.now()),
      }, async (raw, at) => {
        const result = await receiveEmail(services, channel, raw, { rcptTo: [] }, { ...(at !== undefined ? { receivedAtMs: at } : {}), source: 'imap' });
        if (!killed) { killed = true; await dovecot.stop(); }
        return result;
      }, silent)).rejects.toThrow();
      await mailbox.close();
      expect(await countInbound(t()) - before).toBe(2);
      await dovecot.start();
      await poll();
      expect(await countInbound(t()) - before).toBe(3);
      expect((await storedByMessageId(t(), 'imap-mid-2@example.de'))?.text).toBe('Zweite von zwei');

      // A wrong password: the login is refused, the channel shows it, the waiting mail stays unseen on the server.
      await putEmailChannel('email-jp', [supportAddress], imapConfig({ pass: 'wrong-password' }));
      const waiting = await dovecot.deliver('support', customerMail('imap-after-fix@example.de', 'Nach der Korrektur'), { internalDate: arrived });
      await poll();
      const refused = await health();
      expect(refused).toMatchObject({ status: 'error', error: `the IMAP server 127.0.0.1:${dovecot.port} refused the login for "support": Authentication failed.` });
      const view = await t().request({ method: 'GET', url: '/api/v1/channels/email-jp' });
      expect(view.json().imap.pass).toBe('********');
      expect(view.body).not.toContain('wrong-password');
      expect((await seenFlags()).get(waiting)).toBe(false);
      expect(await storedByMessageId(t(), 'imap-after-fix@example.de')).toBeUndefined();

      await putEmailChannel('email-jp', [supportAddress], imapConfig());
      await poll();
      expect(await health()).toMatchObject({ status: 'ok', error: null });
      expect((await storedByMessageId(t(), 'imap-after-fix@example.de'))?.text).toBe('Nach der Korrektur');
      expect(await countInbound(t()) - before).toBe(4);
    });

    it('threads a customer\'s reply fetched by IMAP into the conversation it answers', async () => {
      await dovecot.deliver('support', customerMail('imap-thread-1@example.de', 'Die Lieferung fehlt.', { from: 'lena@example.de', subject: 'Lieferung' }), { internalDate: arrived });
      await poll();
      const first = (await storedByMessageId(t(), 'imap-thread-1@example.de'))!;
      const replied = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation_id}/replies`, body: { text: 'Wir prüfen das.' } });
      expect(replied.statusCode, replied.body).toBe(201);
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      const ours = (await provider.parsed()).find((m) => m.inReplyTo === '<imap-thread-1@example.de>');
      expect(ours?.messageId).toBeDefined();

      // The customer answers from another mail client: In-Reply-To names our reply, not their first mail.
      await dovecot.deliver('support', customerMail('imap-thread-2@example.de', 'Danke, ich warte.', {
        from: 'lena@example.de', subject: 'Re: Lieferung', headers: { 'In-Reply-To': ours!.messageId!, References: `<imap-thread-1@example.de> ${ours!.messageId!}` },
      }), { internalDate: arrived });
      await poll();
      const second = (await storedByMessageId(t(), 'imap-thread-2@example.de'))!;
      expect(second.conversation_id).toBe(first.conversation_id);
      const meta = await t().runtime.ctx.store.db.selectFrom('channel_inbound').select('meta').where('external_id', '=', 'imap-thread-2@example.de').executeTakeFirstOrThrow();
      expect(JSON.parse(meta.meta)).toMatchObject({ source: 'imap', threadedBy: `reference ${ours!.messageId!.slice(1, -1)}` });
    });

    it.each([
      ['ISO-2022-JP', 'B', '7bit', '山田 太郎', 'ご注文の件について', '注文した商品がまだ届いておりません。\n確認していただけますか。'],
      ['Shift_JIS', 'B', '8bit', '佐藤 花子', '返品のお願い', '先週購入したフライパンに傷がありました。'],
      ['EUC-KR', 'B', 'base64', '김민준', '주문 문의', '주문한 상품이 아직 도착하지 않았습니다.'],
      ['GB18030', 'B', '8bit', '李娜', '退货申请', '您好，我想申请退货退款。谢谢！'],
      ['Big5', 'B', 'quoted-printable', '陳小明', '訂單查詢', '我的訂單還沒有送達，請幫我確認。'],
      ['KOI8-R', 'Q', 'quoted-printable', 'Иван Петров', 'Где мой заказ?', 'Здравствуйте, мой заказ ещё не пришёл.'],
      ['windows-1251', 'B', '8bit', 'Мария Иванова', 'Поръчка', 'Здравейте, поръчката ми не е пристигнала.'],
      ['ISO-8859-2', 'Q', 'quoted-printable', 'Łukasz Żółw', 'Zamówienie', 'Dzień dobry, zamówienie jeszcze nie dotarło.'],
    ] as const)('keeps %s mail intact through the IMAP server', async (charset, headerEncoding, transferEncoding, name, subject, body) => {
      const id = `imap-charset-${charset.toLowerCase()}@example.net`;
      await dovecot.deliver('support', rawMail({
        from: `${encodedWord(name, charset, headerEncoding)} <imap-${charset.toLowerCase()}@example.net>`, to: supportAddress,
        subject: encodedWord(subject, charset, headerEncoding), messageId: id, charset, body, transferEncoding,
      }), { internalDate: arrived });
      await poll();
      expect(await storedByMessageId(t(), id)).toMatchObject({ subject, text: body, name });
    });

    it('handles a UIDVALIDITY change: remembered UIDs are dropped, nothing is stored twice and nothing new is missed', async () => {
      const folder = 'Orders';
      const admin = await dovecot.client('support');
      await admin.mailboxCreate(folder);
      await admin.logout();
      await putEmailChannel('email-orders', ['orders@brand.example.jp'], imapConfig({ mailbox: folder }));
      const before = await countInbound(t());
      for (const n of [1, 2, 3]) await dovecot.deliver('support', customerMail(`imap-order-${n}@example.de`, `Bestellung ${n}`), { mailbox: folder, internalDate: arrived });
      await poll();
      expect(await countInbound(t()) - before).toBe(3);
      const first = (await imapCursor(t().runtime.ctx.store.db, 'email-orders'))!;
      expect(first).toMatchObject({ mailbox: folder, lastUid: 3 });

      // The folder is deleted and made again (a restore, a migration to a new server): new UIDVALIDITY, UIDs from 1.
      const again = await dovecot.client('support');
      await again.mailboxDelete(folder);
      await again.mailboxCreate(folder);
      await again.logout();
      await dovecot.deliver('support', customerMail('imap-order-2@example.de', 'Bestellung 2'), { mailbox: folder, internalDate: arrived });
      await dovecot.deliver('support', customerMail('imap-order-4@example.de', 'Bestellung 4'), { mailbox: folder, internalDate: arrived });
      await poll();
      const second = (await imapCursor(t().runtime.ctx.store.db, 'email-orders'))!;
      expect(second.uidValidity).not.toBe(first.uidValidity);
      expect(second.lastUid).toBe(2);
      expect(await countInbound(t()) - before).toBe(4);
      expect((await seenFlags(folder)).get(1)).toBe(true);

      // UID 3 of the new folder, already read in webmail: at or below the old cursor, and still new.
      await dovecot.deliver('support', customerMail('imap-order-5@example.de', 'Bestellung 5'), { mailbox: folder, flags: ['\\Seen'], internalDate: arrived });
      await poll();
      expect((await storedByMessageId(t(), 'imap-order-5@example.de'))?.channel_id).toBe('email-orders');
      expect(await countInbound(t()) - before).toBe(5);
    });
  });
}
