import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { automatedFlagOf } from '../../../src/channels/index.js';
import { postgresAvailable, testDialects } from '../../helpers/dialects.js';
import { adminToken, useTestApp } from '../../helpers/test-app.js';
import { countInbound, setUpEmail, storedByMessageId, supportAddress } from '../email-setup.js';
import { deliver, encodedWord, rawMail, startProvider, waitFor, type FakeProvider } from '../mail-fixtures.js';

/** [charset, header encoding, display name, subject, body] as mail clients in each market still send them. */
const charsets: Array<[string, 'B' | 'Q', string, string, string]> = [
  ['ISO-2022-JP', 'B', '山田 太郎', 'ご注文の件について', '注文した商品がまだ届いておりません。\n確認していただけますか。'],
  ['Shift_JIS', 'B', '佐藤 花子', '返品のお願い', '先週購入したフライパンに傷がありました。\n返品の手続きを教えてください。'],
  ['EUC-KR', 'B', '김민준', '주문 문의', '주문한 상품이 아직 도착하지 않았습니다.\n확인 부탁드립니다.'],
  ['GB2312', 'B', '王伟', '订单查询', '我的订单还没有到，请帮我查一下。'],
  ['GB18030', 'B', '李娜', '退货申请', '您好，我想申请退货退款。谢谢！'],
  ['Big5', 'B', '陳小明', '訂單查詢', '我的訂單還沒有送達，請幫我確認。'],
  ['KOI8-R', 'Q', 'Иван Петров', 'Где мой заказ?', 'Здравствуйте, мой заказ ещё не пришёл.\nПроверьте, пожалуйста.'],
  ['windows-1251', 'B', 'Мария Иванова', 'Поръчка', 'Здравейте, поръчката ми не е пристигнала.'],
  ['windows-1252', 'Q', 'Amélie Dupré', 'Commande non reçue', 'Bonjour, ma commande n’est pas arrivée.\nPouvez-vous vérifier ? Merci'],
  ['ISO-8859-2', 'Q', 'Łukasz Żółw', 'Zamówienie', 'Dzień dobry, zamówienie jeszcze nie dotarło.'],
];

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`inbound SMTP [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let provider: FakeProvider;
    let smtp: Awaited<ReturnType<typeof setUpEmail>>;

    beforeAll(async () => {
      provider = await startProvider();
      smtp = await setUpEmail(t(), provider.port, { settings: { autoReply: { closedHours: true } } });
    });
    afterAll(async () => {
      await smtp?.close();
      await provider?.close();
    });

    it('answers 250 only for a configured address (any case, +tag ignored) and stores the message', async () => {
      const raw = rawMail({ from: 'Taro <taro@example.jp>', to: 'Support@Brand.Example.JP', subject: 'Order', messageId: 'accept-1@example.jp', body: 'Where is my order?' });
      const response = await deliver(smtp.smtpPort, raw, { from: 'taro@example.jp', to: ['SUPPORT@brand.example.jp'] });
      expect(response).toMatch(/^250 /);
      const stored = await storedByMessageId(t(), 'accept-1@example.jp');
      expect(stored).toMatchObject({ text: 'Where is my order?', channel_id: 'email-jp', market: 'jp', email: 'taro@example.jp', name: 'Taro' });
    });

    it('answers 550 for any other recipient and stores nothing', async () => {
      const before = await countInbound(t());
      const raw = rawMail({ from: 'x@example.jp', to: 'sales@brand.example.jp', messageId: 'reject-1@example.jp', body: 'hello' });
      const error = await deliver(smtp.smtpPort, raw, { from: 'x@example.jp', to: ['sales@brand.example.jp'] }).catch((e: { responseCode?: number; code?: string; rejectedErrors?: Array<{ responseCode: number }> }) => e);
      expect(typeof error).toBe('object');
      const codes = [(error as { responseCode?: number }).responseCode, ...((error as { rejectedErrors?: Array<{ responseCode: number }> }).rejectedErrors ?? []).map((r) => r.responseCode)];
      expect(codes).toContain(550);
      // One known and one unknown recipient: the unknown is refused, the message is stored once for the known.
      const mixed = rawMail({ from: 'x@example.jp', to: supportAddress, messageId: 'mixed-1@example.jp', body: 'hello both' });
      await deliver(smtp.smtpPort, mixed, { from: 'x@example.jp', to: ['nobody@brand.example.jp', supportAddress] });
      expect(await countInbound(t())).toBe(before + 1);
      expect(await storedByMessageId(t(), 'reject-1@example.jp')).toBeUndefined();
    });

    it('refuses a message over the size limit (552) and stores nothing', async () => {
      const before = await countInbound(t());
      const raw = rawMail({ from: 'big@example.jp', to: supportAddress, messageId: 'big-1@example.jp', body: 'x'.repeat(400_000) });
      const error = await deliver(smtp.smtpPort, raw, { from: 'big@example.jp', to: [supportAddress] }).then(() => null, (e: { responseCode?: number }) => e);
      expect(error?.responseCode).toBe(552);
      expect(await countInbound(t())).toBe(before);
    });

    it.each(charsets)('decodes %s mail with RFC 2047 (%s) headers', async (charset, encoding, name, subject, body) => {
      const id = `charset-${charset.toLowerCase()}@example.net`;
      const raw = rawMail({
        from: `${encodedWord(name, charset, encoding)} <customer-${charset.toLowerCase()}@example.net>`, to: supportAddress,
        subject: encodedWord(subject, charset, encoding), messageId: id, charset, body,
        transferEncoding: charset === 'ISO-2022-JP' ? '7bit' : encoding === 'Q' ? 'quoted-printable' : 'base64',
      });
      expect(await deliver(smtp.smtpPort, raw, { from: `customer-${charset.toLowerCase()}@example.net`, to: [supportAddress] })).toMatch(/^250 /);
      const stored = await storedByMessageId(t(), id);
      expect(stored).toMatchObject({ subject, text: body, name });
    });

    it('stores unknown charsets and header injection safely', async () => {
      const raw = Buffer.concat([
        Buffer.from(`From: a@example.jp\r\nTo: ${supportAddress}\r\nMessage-ID: <odd-1@example.jp>\r\nSubject: =?utf-8?B?${Buffer.from('Hello\r\nBcc: victim@example.com').toString('base64')}?=\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n`),
        Buffer.from([0x48, 0x69, 0x20, 0xe9, 0x0d, 0x0a]),
      ]);
      expect(await deliver(smtp.smtpPort, raw, { from: 'a@example.jp', to: [supportAddress] })).toMatch(/^250 /);
      const stored = await storedByMessageId(t(), 'odd-1@example.jp');
      expect(stored?.subject).toBe('Hello Bcc: victim@example.com');
      expect(stored?.text.startsWith('Hi ')).toBe(true);
      // Not MIME at all, no Message-ID: stored under a stable generated id, and once.
      const garbage = Buffer.from('this is not an email\r\n\x01\x02 at all\r\n');
      await deliver(smtp.smtpPort, garbage, { from: 'a@example.jp', to: [supportAddress] });
      const before = await countInbound(t());
      await deliver(smtp.smtpPort, garbage, { from: 'a@example.jp', to: [supportAddress] });
      expect(await countInbound(t())).toBe(before);
    });

    it('sanitizes HTML, keeps the full original, strips the quote for display and stores attachments', async () => {
      const boundary = 'b1';
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
      const body = [
        `--${boundary}`, 'Content-Type: multipart/alternative; boundary="b2"', '',
        '--b2', 'Content-Type: text/plain; charset=utf-8', '', 'Merci pour votre aide.', '', 'Le 30 avr. 2027 à 10:00, Support <support@brand.example.jp> a écrit :', '> Bonjour', '',
        '--b2', 'Content-Type: text/html; charset=utf-8', '',
        '<p onclick="steal()">Merci pour votre aide.</p><script>alert(1)</script><img src="cid:logo@x"><blockquote>Bonjour</blockquote>', '',
        '--b2--',
        `--${boundary}`, 'Content-Type: image/png', 'Content-ID: <logo@x>', 'Content-Disposition: inline; filename="logo.png"', 'Content-Transfer-Encoding: base64', '', png.toString('base64'), '',
        `--${boundary}`, 'Content-Type: application/pdf; name="=?utf-8?B?6KuL5rGC5pu4LnBkZg==?="', 'Content-Disposition: attachment; filename="=?utf-8?B?6KuL5rGC5pu4LnBkZg==?="', 'Content-Transfer-Encoding: base64', '',
        Buffer.from('%PDF-1.4 invoice').toString('base64'), '', `--${boundary}--`, '',
      ].join('\r\n');
      const raw = rawMail({ from: 'amelie@example.fr', to: supportAddress, messageId: 'html-1@example.fr', subject: 'Re: commande', mime: { contentType: `multipart/mixed; boundary="${boundary}"`, body } });
      expect(await deliver(smtp.smtpPort, raw, { from: 'amelie@example.fr', to: [supportAddress] })).toMatch(/^250 /);
      const stored = (await storedByMessageId(t(), 'html-1@example.fr'))!;
      expect(stored.text).toBe('Merci pour votre aide.');
      expect(stored.html).toContain('<blockquote>Bonjour</blockquote>');
      expect(stored.html).not.toMatch(/script|onclick|cid:/);
      const attachments = JSON.parse(stored.attachments) as Array<{ filename: string; contentType: string; size: number; url: string }>;
      expect(attachments.map((a) => [a.filename, a.contentType])).toEqual([['logo.png', 'image/png'], ['請求書.pdf', 'application/pdf']]);
      expect(stored.html).toContain(attachments[0]!.url);
      const download = await t().runtime.app.inject({ method: 'GET', url: attachments[1]!.url, headers: { authorization: `Bearer ${adminToken}` } });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.toString()).toBe('%PDF-1.4 invoice');
      expect(download.headers['content-type']).toBe('application/octet-stream');
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.pdf");
    });

    it('threads a reply by its headers and by the reply token, and starts a new thread for a new mail', async () => {
      await deliver(smtp.smtpPort, rawMail({ from: 'Hanako <hanako@example.jp>', to: supportAddress, subject: 'Order 77', messageId: 'root-77@example.jp', body: '注文77はどこですか？' }),
        { from: 'hanako@example.jp', to: [supportAddress] });
      const first = (await storedByMessageId(t(), 'root-77@example.jp'))!;
      expect(first.thread_key).toBe('root-77@example.jp');
      const reply = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation_id}/replies`, body: { text: '確認いたします。', language: 'ja' } });
      expect(reply.statusCode).toBe(201);
      await smtp.feature.dispatcher.tick();
      const sent = await waitFor(async () => (await provider.parsed()).find((m) => m.inReplyTo === '<root-77@example.jp>'), 5000, 'the reply at the provider');
      expect(sent.messageId).toMatch(/^<[0-9a-f-]{36}\.borderless@brand\.example\.jp>$/);
      const replyTo = sent.replyTo!.value[0]!.address!;
      expect(replyTo).toMatch(/^support\+[a-z2-9]{12}@brand\.example\.jp$/);

      // The customer answers our mail: In-Reply-To names our Message-ID.
      await deliver(smtp.smtpPort, rawMail({
        from: 'hanako@example.jp', to: replyTo, subject: 'Re: Order 77', messageId: 'answer-77@example.jp', body: 'ありがとうございます。',
        headers: { 'In-Reply-To': sent.messageId!, References: `<root-77@example.jp> ${sent.messageId}` },
      }), { from: 'hanako@example.jp', to: [replyTo] });
      expect((await storedByMessageId(t(), 'answer-77@example.jp'))?.conversation_id).toBe(first.conversation_id);

      // A client that dropped every header still reaches the conversation through the token in the address.
      await deliver(smtp.smtpPort, rawMail({ from: 'hanako@example.jp', to: replyTo, subject: 'もう一つ', messageId: 'token-77@example.jp', body: '追加の質問です。' }),
        { from: 'hanako@example.jp', to: [replyTo] });
      expect((await storedByMessageId(t(), 'token-77@example.jp'))?.conversation_id).toBe(first.conversation_id);

      await deliver(smtp.smtpPort, rawMail({ from: 'hanako@example.jp', to: supportAddress, subject: 'New question', messageId: 'new-78@example.jp', body: '別件です。' }),
        { from: 'hanako@example.jp', to: [supportAddress] });
      expect((await storedByMessageId(t(), 'new-78@example.jp'))?.conversation_id).not.toBe(first.conversation_id);
    });

    it('flags auto-replies, bounces and loops, and never answers them automatically', async () => {
      // Friday 20:00 in Tokyo: the market is closed, and it sends closed-hours auto-replies.
      t().clock.set(Date.parse('2027-04-30T11:00:00Z'));
      const sentBefore = provider.received.length;
      await deliver(smtp.smtpPort, rawMail({
        from: 'ooo@example.jp', to: supportAddress, subject: '自動応答: ご注文の件', messageId: 'ooo-1@example.jp', body: '不在にしております。',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }), { from: 'ooo@example.jp', to: [supportAddress] });
      const ooo = (await storedByMessageId(t(), 'ooo-1@example.jp'))!;
      expect(await automatedFlagOf(t().runtime.ctx.store.db, ooo.id)).toEqual({ kind: 'auto-reply', reason: 'Auto-Submitted: auto-replied' });

      // No closed-hours auto-reply is even written for it (and the dispatcher would refuse one: see outbox tests).
      const sentBeforeTick = provider.received.length;
      await new Promise((resolve) => setTimeout(resolve, 300)); // let after-commit handlers run
      await smtp.feature.dispatcher.tick();
      expect(await t().runtime.ctx.store.db.selectFrom('auto_replies').select('message_id')
        .where('conversation_id', '=', ooo.conversation_id).executeTakeFirst()).toBeUndefined();
      expect(provider.received.length).toBe(sentBeforeTick);

      // A person writing in closed hours does get the auto-reply, marked as automatic (RFC 3834).
      await deliver(smtp.smtpPort, rawMail({ from: 'person@example.jp', to: supportAddress, subject: '質問', messageId: 'person-1@example.jp', body: '営業時間を教えてください。' }),
        { from: 'person@example.jp', to: [supportAddress] });
      const human = await waitFor(async () => (await provider.parsed()).find((m) => m.inReplyTo === '<person-1@example.jp>'), 5000, 'the auto-reply to a person');
      expect(human.headers.get('auto-submitted')).toBe('auto-replied');
      expect(provider.received.length).toBe(sentBefore + 1);

      // Our own mail coming back is a loop; a DSN about it marks the reply it bounced as failed.
      const ours = (await provider.parsed()).find((m) => m.inReplyTo === '<root-77@example.jp>')!;
      await deliver(smtp.smtpPort, rawMail({ from: 'hanako@example.jp', to: supportAddress, subject: 'fwd', messageId: ours.messageId!.slice(1, -1), body: 'echo' }),
        { from: 'hanako@example.jp', to: [supportAddress] });
      const echo = (await storedByMessageId(t(), ours.messageId!.slice(1, -1)))!;
      expect((await automatedFlagOf(t().runtime.ctx.store.db, echo.id))?.kind).toBe('loop');

      const dsn = [
        '--dsn', 'Content-Type: text/plain; charset=utf-8', '', 'Delivery to the following recipient failed permanently: hanako@example.jp', '',
        '--dsn', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.jp', '', 'Final-Recipient: rfc822; hanako@example.jp', 'Action: failed', 'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550 5.1.1 user unknown', '',
        '--dsn', 'Content-Type: text/rfc822-headers', '', `Message-ID: ${ours.messageId}`, 'Subject: Re: Order 77', '', '--dsn--', '',
      ].join('\r\n');
      await deliver(smtp.smtpPort, rawMail({ from: 'MAILER-DAEMON@mx.example.jp', to: supportAddress, subject: 'Undelivered Mail Returned to Sender', messageId: 'dsn-1@mx.example.jp',
        mime: { contentType: 'multipart/report; report-type=delivery-status; boundary="dsn"', body: dsn } }), { from: '', to: [supportAddress] });
      const bounce = (await storedByMessageId(t(), 'dsn-1@mx.example.jp'))!;
      expect((await automatedFlagOf(t().runtime.ctx.store.db, bounce.id))?.kind).toBe('bounce');
      const bounced = await t().runtime.ctx.store.db.selectFrom('messages').select(['delivery_status', 'delivery_error'])
        .where('external_id', '=', ours.messageId!.slice(1, -1)).where('direction', '=', 'out').executeTakeFirstOrThrow();
      expect(bounced).toEqual({ delivery_status: 'failed', delivery_error: 'bounced: 5.1.1 smtp; 550 5.1.1 user unknown' });
      expect(provider.received.length).toBe(sentBefore + 1);
    });
  });
}
