import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelsFeatureOf, type ChannelServices } from '../../src/channels/index.js';
import { storeUpload } from '../../src/channels/outbound-attachments.js';
import { deleteUnsentUploads, UNSENT_UPLOAD_TTL_MS } from '../../src/channels/upload-cleanup.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';
import { startProvider, type FakeProvider } from './mail-fixtures.js';
import { delivery, putChannel, putTestMarket } from './messaging-setup.js';
import { startProviderServer, type ProviderServer, type RecordedRequest } from './provider-server.js';

/*
 * Files an agent attaches to a reply: the upload and download API, the checks at reply time, and each channel's
 * sending in its provider's own media format, against the loopback fake providers.
 */

const publicUrl = 'https://help.brand.example';
const phoneNumberId = '106540352242922';
const botToken = '7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const accountSid = `AC${'0a'.repeat(16)}`;
const lineUser = `U${'4af4980629'.repeat(3)}ab`;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600, 3)]);
const pdf = Buffer.from('%PDF-1.4\n% Borderless test invoice\n%%EOF\n');

/** A multipart/form-data body as the provider received it. */
async function formOf(request: RecordedRequest): Promise<FormData> {
  return new Response(new Uint8Array(request.body), { headers: { 'content-type': String(request.headers['content-type']) } }).formData();
}

async function fileBytes(form: FormData, field: string): Promise<{ name: string; type: string; bytes: Buffer }> {
  const file = form.get(field) as File;
  return { name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) };
}

/** Uploads one file to a conversation as the raw request body. */
async function upload(t: TestApp, conversationId: string, content: Buffer, filename: string, contentType: string, token?: string) {
  const res = await t.runtime.app.inject({
    method: 'POST', url: `/api/v1/conversations/${conversationId}/attachments?filename=${encodeURIComponent(filename)}`, payload: content,
    headers: { authorization: `Bearer ${token ?? 'bl_test_admin_token_0123456789'}`, ...(contentType ? { 'content-type': contentType } : {}) },
  });
  return { statusCode: res.statusCode, json: () => res.json(), body: res.body };
}

async function uploaded(t: TestApp, conversationId: string, content: Buffer, filename: string, contentType: string): Promise<string> {
  const res = await upload(t, conversationId, content, filename, contentType);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function reply(t: TestApp, conversationId: string, text: string, attachments: string[], extra: Record<string, unknown> = {}) {
  return t.request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text, attachments, ...extra } });
}

/** Replies with files and runs the outbox; answers the reply's message id. */
async function replyAndSend(t: TestApp, conversationId: string, text: string, attachments: string[]): Promise<string> {
  const res = await reply(t, conversationId, text, attachments);
  expect(res.statusCode, res.body).toBe(201);
  await channelsFeatureOf(t.runtime.ctx)!.dispatcher.tick();
  return res.json().message.id as string;
}

async function countMessages(t: TestApp): Promise<number> {
  return Number((await t.runtime.ctx.store.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

/** A conversation on a channel, opened the way the channel's webhook would: its handle for the customer. */
async function conversationOn(services: ChannelServices, channelId: string, externalId: string, customer: Record<string, string>, thread?: string): Promise<string> {
  const channel = (await services.channelById(channelId))!;
  const result = await services.receive(channel, { externalId, customer, text: 'Could you send me the invoice, please?', ...(thread ? { thread } : {}) });
  return result.conversation.id;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`outbound attachments [${dialect}]`, () => {
    const t = useTestApp(dialect, undefined, () => ({ BORDERLESS_PUBLIC_URL: publicUrl }));
    let provider: ProviderServer;
    let smtp: FakeProvider;
    let services: ChannelServices;
    let failNext: ((r: RecordedRequest) => boolean) | null = null;
    let counter = 0;

    const answer = (r: RecordedRequest) => {
      counter++;
      if (failNext?.(r)) {
        failNext = null;
        return { status: 500, body: { error: { message: 'temporarily unavailable', code: 1 } } };
      }
      const path = r.url.split('?')[0]!;
      if (path.endsWith('/media')) return { body: { id: `media-${counter}` } };
      if (path.endsWith(`/${phoneNumberId}/messages`)) return { body: { messages: [{ id: `wamid.${counter}` }] } };
      if (path.startsWith(`/bot${botToken}/`)) return { body: { ok: true, result: { message_id: counter, chat: { id: 1111111 } } } };
      if (path.endsWith('/me/messages')) return { body: { recipient_id: '1', message_id: `m_${counter}` } };
      if (path === '/v2/bot/message/push') return { body: { sentMessages: [{ id: `line-${counter}`, quoteToken: 'q' }] } };
      if (path.endsWith('/Messages.json')) return { status: 201, body: { sid: `SM${String(counter).padStart(32, '0')}`, status: 'queued' } };
      if (path === '/bridge') return { body: { id: `bridge-${counter}` } };
      return { status: 404, body: { error: 'no such path' } };
    };
    const requestsTo = (fragment: string) => provider.requests.filter((r) => r.url.includes(fragment));

    beforeAll(async () => {
      provider = await startProviderServer(answer);
      smtp = await startProvider();
      services = channelsFeatureOf(t().runtime.ctx)!.services;
      await putTestMarket(t(), 'jp');
      await putTestMarket(t(), 'br');
      const meta = { pageAccessToken: 'page-access-token', appSecret: 'meta-app-secret', verifyToken: 'verify-token-jp', apiBaseUrl: provider.url };
      await putChannel(t(), 'email-jp', { kind: 'email', market: 'jp', addresses: ['support@brand.example.jp'], smtp: { host: '127.0.0.1', port: smtp.port, secure: false } });
      await putChannel(t(), 'wa-br', {
        kind: 'whatsapp', market: 'br', phoneNumberId, accessToken: 'EAAG-test-access-token', appSecret: 'whatsapp-app-secret', verifyToken: 'verify-token-br-01',
        apiBaseUrl: provider.url, templates: [{ name: 'retomar_atendimento', language: 'pt_BR', parameters: ['text'] }],
      });
      await putChannel(t(), 'tg-jp', { kind: 'telegram', market: 'jp', botToken, secretToken: 'telegram-secret-token-01', apiBaseUrl: provider.url });
      await putChannel(t(), 'fb-jp', { kind: 'messenger', market: 'jp', pageId: '104775265498821', ...meta });
      await putChannel(t(), 'ig-jp', { kind: 'instagram', market: 'jp', instagramAccountId: '17841400000000001', ...meta });
      await putChannel(t(), 'line-jp', { kind: 'line', market: 'jp', channelSecret: 'line-channel-secret-0001', channelAccessToken: 'line-channel-access-token-jp', apiBaseUrl: provider.url });
      await putChannel(t(), 'sms-jp', { kind: 'sms', market: 'jp', accountSid, authToken: 'twilio-auth-token-0001', phoneNumber: '+81312345678', apiBaseUrl: provider.url });
      await putChannel(t(), 'voice-jp', { kind: 'voice', market: 'jp', accountSid, authToken: 'twilio-auth-token-0001', phoneNumber: '+81312345679', apiBaseUrl: provider.url });
      await putChannel(t(), 'hook-jp', { kind: 'webhook', market: 'jp', secret: 'bridge-shared-secret-01', url: `${provider.url}/bridge`, platform: 'KakaoTalk' });
      await putChannel(t(), 'chat-jp', { kind: 'chat', market: 'jp' });
    });
    afterAll(async () => {
      await provider?.close();
      await smtp?.close();
    });

    it('takes a file for a conversation as the raw body and gives it back to agents of that market only', async () => {
      const conversation = await conversationOn(services, 'email-jp', 'upload-1@example.jp', { email: 'hanako@example.jp', name: '山田 花子' });
      const res = await upload(t(), conversation, pdf, '請求書 2027-04.pdf', 'application/pdf');
      expect(res.statusCode, res.body).toBe(201);
      const file = res.json();
      expect(file).toMatchObject({ conversationId: conversation, filename: '請求書 2027-04.pdf', contentType: 'application/pdf', size: pdf.length, url: `/api/v1/attachments/${file.id}` });
      const download = await t().runtime.app.inject({ method: 'GET', url: file.url, headers: { authorization: 'Bearer bl_test_admin_token_0123456789' } });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8%202027-04.pdf");
      expect(download.headers['x-content-type-options']).toBe('nosniff');

      // A partner agent serving Brazil sees neither the conversation nor the file, and cannot upload to it.
      await t().request({ method: 'PUT', url: '/api/v1/teams/atlantico', body: { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] } });
      await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { name: 'João Silva', email: 'joao@example.com', role: 'agent', teams: ['atlantico'] } });
      const partner = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'joao', role: 'agent', userId: 'joao' } })).json().token as string;
      expect((await t().request({ method: 'GET', url: file.url, token: partner })).statusCode).toBe(404);
      expect((await upload(t(), conversation, pdf, 'x.pdf', 'application/pdf', partner)).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: file.url, token: null })).statusCode).toBe(401);
    });

    it('deletes files uploaded for a reply and never sent once they are a week old; keeps sent and recent ones', async () => {
      const conversation = await conversationOn(services, 'email-jp', 'cleanup-1@example.jp', { email: 'cleanup@example.jp' });
      const abandoned = await uploaded(t(), conversation, pdf, 'draft.pdf', 'application/pdf');
      const noted = await uploaded(t(), conversation, pdf, 'kept-in-a-note.pdf', 'application/pdf');
      const note = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversation}/replies`, body: { text: '請求書を添付します。', private: true, attachments: [noted] } });
      expect(note.statusCode, note.body).toBe(201);
      const later = t().clock.now() + 6 * 24 * 3600 * 1000;
      const recent = (await storeUpload(t().runtime.ctx.store.db, conversation, { filename: 'recent.pdf', contentType: 'application/pdf', content: pdf }, later)).id;

      const status = async (id: string) => (await t().request({ method: 'GET', url: `/api/v1/attachments/${id}` })).statusCode;
      // Six days and a bit on: nothing is old enough yet.
      expect(await deleteUnsentUploads(t().runtime.ctx.store.db, later)).toBe(0);
      const deleted = await deleteUnsentUploads(t().runtime.ctx.store.db, t().clock.now() + UNSENT_UPLOAD_TTL_MS + 1000);
      expect(deleted).toBeGreaterThanOrEqual(1);
      expect(await status(abandoned)).toBe(404);
      expect(await status(noted)).toBe(200);
      expect(await status(recent)).toBe(200);
      const thread = (await t().request({ method: 'GET', url: `/api/v1/conversations/${conversation}` })).json();
      expect(thread.messages.some((m: { attachments: Array<{ url: string }> }) => m.attachments.some((a) => a.url.endsWith(noted)))).toBe(true);
    });

    it('answers bad uploads with problem+json and stores nothing', async () => {
      const conversation = await conversationOn(services, 'email-jp', 'upload-2@example.jp', { email: 'taro@example.jp' });
      const count = async () => Number((await t().runtime.ctx.store.db.selectFrom('channel_attachments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const empty = await upload(t(), conversation, Buffer.alloc(0), 'empty.txt', 'text/plain');
      expect([empty.statusCode, empty.json().code]).toEqual([400, 'BL_VALIDATION']);
      const noName = await t().runtime.app.inject({ method: 'POST', url: `/api/v1/conversations/${conversation}/attachments`, payload: pdf, headers: { authorization: 'Bearer bl_test_admin_token_0123456789', 'content-type': 'application/pdf' } });
      expect([noName.statusCode, noName.json().code]).toEqual([400, 'BL_VALIDATION']);
      expect(noName.headers['content-type']).toMatch(/^application\/problem\+json/);
      const badType = await upload(t(), conversation, pdf, 'a.pdf', 'not a type');
      expect([badType.statusCode, badType.json().code]).toEqual([415, 'BL_UNSUPPORTED_MEDIA_TYPE']);
      const form = await upload(t(), conversation, pdf, 'a.pdf', 'multipart/form-data; boundary=x');
      expect([form.statusCode, form.json().detail]).toEqual([415, 'Send the file itself as the request body (its type in Content-Type), not a form']);
      const tooBig = await upload(t(), conversation, Buffer.alloc(10 * 1024 * 1024 + 1, 1), 'big.bin', 'application/octet-stream');
      expect([tooBig.statusCode, tooBig.json().code]).toEqual([413, 'BL_PAYLOAD_TOO_LARGE']);
      expect((await upload(t(), '0193a7d2-0000-7000-8000-000000000000', pdf, 'a.pdf', 'application/pdf')).statusCode).toBe(404);
      expect((await upload(t(), 'not-a-uuid', pdf, 'a.pdf', 'application/pdf')).statusCode).toBe(400);
      expect(await count()).toBe(before);
      // No content type at all: stored as octet-stream; a path in the name is flattened.
      const untyped = await upload(t(), conversation, pdf, '../../etc/passwd', '');
      expect(untyped.json()).toMatchObject({ filename: '.._.._etc_passwd', contentType: 'application/octet-stream' });
    });

    it('refuses a reply whose files the channel cannot carry — 422 with the reason, nothing stored — and lets notes carry any', async () => {
      const email = await conversationOn(services, 'email-jp', 'refuse-1@example.jp', { email: 'refuse@example.jp' });
      const other = await conversationOn(services, 'email-jp', 'refuse-2@example.jp', { email: 'other@example.jp' });
      const line = await conversationOn(services, 'line-jp', 'line-refuse-1', { handle: lineUser });
      const voice = await conversationOn(services, 'voice-jp', 'CArefuse0000000000000000000000001', { handle: '+819011112222', phone: '+819011112222' });
      const wa = await conversationOn(services, 'wa-br', 'wamid.refuse1', { handle: '5511987650000', phone: '+5511987650000' });
      const ig = await conversationOn(services, 'ig-jp', 'ig-refuse-1', { handle: '908070605040' });
      const othersFile = await uploaded(t(), other, pdf, 'other.pdf', 'application/pdf');
      const before = await countMessages(t());

      const foreign = await reply(t(), email, 'Here it is.', [othersFile, 'f'.repeat(32)]);
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors).toEqual([
        { path: '/body/attachments/0', message: 'is not a file uploaded to this conversation' },
        { path: '/body/attachments/1', message: 'is not a file uploaded to this conversation' },
      ]);
      expect((await reply(t(), email, 'Here it is.', ['not-hex'])).statusCode).toBe(400);

      const refusals: Array<[string, Buffer, string, string, RegExp]> = [
        [line, pdf, 'invoice.pdf', 'application/pdf', /LINE cannot carry invoice\.pdf \(application\/pdf\); a LINE bot sends JPEG and PNG images only/],
        [voice, png, 'map.png', 'image/png', /a phone conversation carries files only as MMS from a voice channel with smsReplies turned on/],
        [wa, png, 'sticker.webp', 'image/webp', /WhatsApp cannot carry sticker\.webp \(image\/webp\)/],
        [ig, pdf, 'manual.pdf', 'application/pdf', /Instagram cannot carry manual\.pdf/],
      ];
      for (const [conversation, content, name, type, reason] of refusals) {
        const id = await uploaded(t(), conversation, content, name, type);
        const res = await reply(t(), conversation, 'Attached.', [id]);
        expect(res.statusCode, name).toBe(422);
        expect(res.json().code).toBe('BL_UNPROCESSABLE');
        expect(res.json().detail).toMatch(reason);
        expect(res.json().errors[0].path).toBe('/body/attachments');
      }
      expect(await countMessages(t())).toBe(before);

      // A private note never leaves Borderless: any upload of the conversation may go with it.
      const noteFile = await uploaded(t(), voice, pdf, 'call-notes.pdf', 'application/pdf');
      const note = await reply(t(), voice, 'Notes from the call.', [noteFile], { private: true });
      expect(note.statusCode, note.body).toBe(201);
      expect(note.json().message.attachments).toEqual([{ filename: 'call-notes.pdf', contentType: 'application/pdf', size: pdf.length, url: `/api/v1/attachments/${noteFile}` }]);
    });

    it('email: the files go as MIME attachments of the reply', async () => {
      const conversation = await conversationOn(services, 'email-jp', 'mail-files-1@example.jp', { email: 'files@example.jp', name: '佐藤 花子' });
      const invoice = await uploaded(t(), conversation, pdf, '請求書.pdf', 'application/pdf');
      const label = await uploaded(t(), conversation, png, 'label.png', 'image/png');
      const id = await replyAndSend(t(), conversation, '請求書と返品ラベルを添付いたします。', [invoice, label]);
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent' });
      const mail = (await smtp.parsed()).find((m) => m.messageId === `<${id}.borderless@brand.example.jp>`)!;
      expect(mail.text!.trim()).toBe('請求書と返品ラベルを添付いたします。');
      expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.equals(a.filename === 'label.png' ? png : pdf)])).toEqual([
        ['請求書.pdf', 'application/pdf', true], ['label.png', 'image/png', true],
      ]);
      const message = (await t().request({ method: 'GET', url: `/api/v1/conversations/${conversation}` })).json().messages.find((m: { id: string }) => m.id === id);
      expect(message.attachments.map((a: { filename: string }) => a.filename)).toEqual(['請求書.pdf', 'label.png']);
    });

    it('WhatsApp: each file is uploaded to /media and sent as its kind of message; a retry sends only what is missing; none outside the window', async () => {
      const conversation = await conversationOn(services, 'wa-br', 'wamid.files1', { handle: '5511987654321', phone: '+5511987654321', name: 'Ana Souza' });
      const invoice = await uploaded(t(), conversation, pdf, 'fatura.pdf', 'application/pdf');
      const photo = await uploaded(t(), conversation, png, 'produto.png', 'image/png');
      const from = provider.requests.length;
      // The second file's message fails once: the text and the first file must not go twice.
      let messagesSeen = 0;
      failNext = (r) => r.url.endsWith('/messages') && ++messagesSeen === 3;
      const res = await reply(t(), conversation, 'Segue a fatura e a foto do produto.', [invoice, photo]);
      expect(res.statusCode, res.body).toBe(201);
      const id = res.json().message.id as string;
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      expect((await delivery(t(), id)).delivery_status).toBe('queued');
      t().clock.advance(60_000);
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent', external_id: expect.stringMatching(/^wamid\./) });

      const calls = provider.requests.slice(from);
      expect(calls.map((r) => `${r.method} ${r.url.replace(provider.url, '')}`)).toEqual([
        `POST /v21.0/${phoneNumberId}/messages`, `POST /v21.0/${phoneNumberId}/media`, `POST /v21.0/${phoneNumberId}/messages`,
        `POST /v21.0/${phoneNumberId}/media`, `POST /v21.0/${phoneNumberId}/messages`, `POST /v21.0/${phoneNumberId}/media`, `POST /v21.0/${phoneNumberId}/messages`,
      ]);
      expect(calls[0]!.json).toMatchObject({ type: 'text', text: { body: 'Segue a fatura e a foto do produto.' } });
      const firstUpload = await formOf(calls[1]!);
      expect([firstUpload.get('messaging_product'), firstUpload.get('type')]).toEqual(['whatsapp', 'application/pdf']);
      expect(await fileBytes(firstUpload, 'file')).toEqual({ name: 'fatura.pdf', type: 'application/pdf', bytes: pdf });
      expect(calls[1]!.headers.authorization).toBe('Bearer EAAG-test-access-token');
      expect(calls[2]!.json).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '5511987654321', type: 'document', document: { id: expect.stringMatching(/^media-/), filename: 'fatura.pdf' } });
      expect(calls[6]!.json).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: '5511987654321', type: 'image', image: { id: expect.stringMatching(/^media-/) } });

      // Outside the 24-hour window only the template may go, and it cannot carry the files.
      const now = t().clock.now();
      t().clock.advance(25 * 3600_000);
      const late = await replyAndSend(t(), conversation, 'Mais um documento.', [await uploaded(t(), conversation, pdf, 'recibo.pdf', 'application/pdf')]);
      expect(await delivery(t(), late)).toMatchObject({ delivery_status: 'failed', delivery_error: expect.stringContaining('the template cannot carry the attached files') });
      t().clock.set(now);
    });

    it('Telegram: sendPhoto for an image, sendDocument for anything else, uploaded as multipart', async () => {
      const conversation = await conversationOn(services, 'tg-jp', '1111111:42', { handle: '1111111', name: 'Kenji' });
      const photo = await uploaded(t(), conversation, png, 'box.png', 'image/png');
      const manual = await uploaded(t(), conversation, pdf, 'manual.pdf', 'application/pdf');
      const from = provider.requests.length;
      const id = await replyAndSend(t(), conversation, '写真と説明書です。', [photo, manual]);
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent' });
      const calls = provider.requests.slice(from);
      expect(calls.map((r) => r.url.replace(`/bot${botToken}/`, ''))).toEqual(['sendMessage', 'sendPhoto', 'sendDocument']);
      expect(calls[0]!.json).toEqual({ chat_id: 1111111, text: '写真と説明書です。' });
      const photoForm = await formOf(calls[1]!);
      expect(photoForm.get('chat_id')).toBe('1111111');
      expect(await fileBytes(photoForm, 'photo')).toEqual({ name: 'box.png', type: 'image/png', bytes: png });
      expect(await fileBytes(await formOf(calls[2]!), 'document')).toEqual({ name: 'manual.pdf', type: 'application/pdf', bytes: pdf });
    });

    it('Messenger uploads the file with the Send API call; Instagram sends a signed link that serves the file', async () => {
      const fb = await conversationOn(services, 'fb-jp', 'm_files_1', { handle: '2900000000000001', name: 'Yui' });
      const fbFile = await uploaded(t(), fb, pdf, 'receipt.pdf', 'application/pdf');
      let from = provider.requests.length;
      expect(await delivery(t(), await replyAndSend(t(), fb, 'Here is your receipt.', [fbFile]))).toMatchObject({ delivery_status: 'sent' });
      let calls = provider.requests.slice(from);
      expect(calls).toHaveLength(2);
      expect(calls[0]!.json).toMatchObject({ recipient: { id: '2900000000000001' }, messaging_type: 'RESPONSE', message: { text: 'Here is your receipt.' } });
      const form = await formOf(calls[1]!);
      expect(JSON.parse(String(form.get('recipient')))).toEqual({ id: '2900000000000001' });
      expect(form.get('messaging_type')).toBe('RESPONSE');
      expect(JSON.parse(String(form.get('message')))).toEqual({ attachment: { type: 'file', payload: { is_reusable: false } } });
      expect(await fileBytes(form, 'filedata')).toEqual({ name: 'receipt.pdf', type: 'application/pdf', bytes: pdf });

      const ig = await conversationOn(services, 'ig-jp', 'ig_files_1', { handle: '908070605041', name: 'Rin' });
      const igFile = await uploaded(t(), ig, png, 'colour chart.png', 'image/png');
      from = provider.requests.length;
      expect(await delivery(t(), await replyAndSend(t(), ig, 'The colour chart:', [igFile]))).toMatchObject({ delivery_status: 'sent' });
      calls = provider.requests.slice(from);
      const link = calls[1]!.json.message.attachment.payload.url as string;
      expect(calls[1]!.json.message.attachment.type).toBe('image');
      expect(link).toMatch(new RegExp(`^${publicUrl}/api/v1/media/ig-jp/${igFile}/colour%20chart\\.png\\?expires=\\d+&signature=[\\w-]+$`));
      const path = link.slice(publicUrl.length);
      const fetched = await t().runtime.app.inject({ method: 'GET', url: path });
      expect([fetched.statusCode, fetched.headers['content-type'], fetched.rawPayload.equals(png)]).toEqual([200, 'image/png', true]);
      expect((await t().runtime.app.inject({ method: 'GET', url: path.replace(/signature=[\w-]{4}/, 'signature=AAAA') })).statusCode).toBe(404);
      expect((await t().runtime.app.inject({ method: 'GET', url: path.replace('/ig-jp/', '/fb-jp/') })).statusCode).toBe(404);
      t().clock.advance(31 * 86_400_000);
      expect((await t().runtime.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      t().clock.advance(-31 * 86_400_000);
    });

    it('LINE: text and images in one push, each image a signed https link', async () => {
      const conversation = await conversationOn(services, 'line-jp', 'line-files-1', { handle: lineUser, name: '木村' });
      const map = await uploaded(t(), conversation, png, 'map.png', 'image/png');
      const from = provider.requests.length;
      const id = await replyAndSend(t(), conversation, '地図をお送りします。', [map]);
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent', external_id: expect.stringMatching(/^line-/) });
      const [push] = provider.requests.slice(from);
      expect(push!.json.to).toBe(lineUser);
      expect(push!.json.messages[0]).toEqual({ type: 'text', text: '地図をお送りします。' });
      expect(push!.json.messages[1]).toEqual({ type: 'image', originalContentUrl: expect.stringMatching(new RegExp(`^${publicUrl}/api/v1/media/line-jp/${map}/map\\.png\\?`)), previewImageUrl: push!.json.messages[1].originalContentUrl });
      expect(push!.headers['x-line-retry-key']).toBeDefined();
    });

    it('SMS: the reply goes as an MMS with one MediaUrl per file', async () => {
      const conversation = await conversationOn(services, 'sms-jp', 'SMfiles00000000000000000000000001', { handle: '+819012345678', phone: '+819012345678' });
      const label = await uploaded(t(), conversation, png, 'return-label.png', 'image/png');
      const from = provider.requests.length;
      const id = await replyAndSend(t(), conversation, '返品ラベルです。', [label]);
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent' });
      const [mms] = provider.requests.slice(from);
      expect(mms!.url).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
      expect(mms!.form!.get('Body')).toBe('返品ラベルです。');
      expect(mms!.form!.getAll('MediaUrl')).toEqual([expect.stringMatching(new RegExp(`^${publicUrl}/api/v1/media/sms-jp/${label}/return-label\\.png\\?`))]);
      expect(mms!.form!.get('StatusCallback')).toBe(`${publicUrl}/webhooks/sms-jp`);
    });

    it('generic webhook: the files ride in the signed reply body as base64', async () => {
      const conversation = await conversationOn(services, 'hook-jp', 'kakao-files-1', { handle: 'u-42', name: 'Min-jun' });
      const file = await uploaded(t(), conversation, pdf, 'guide.pdf', 'application/pdf');
      const from = provider.requests.length;
      expect(await delivery(t(), await replyAndSend(t(), conversation, 'The guide is attached.', [file]))).toMatchObject({ delivery_status: 'sent' });
      const [call] = requestsTo('/bridge').filter((r) => provider.requests.indexOf(r) >= from);
      expect(call!.json.attachments).toEqual([{ filename: 'guide.pdf', contentType: 'application/pdf', size: pdf.length, contentBase64: pdf.toString('base64') }]);
    });

    it('chat: the visitor gets a download link that works with their token only, never for a private note\'s file', async () => {
      const session = await t().request({ method: 'POST', url: '/api/v1/widget/sessions', token: null, body: { market: 'jp', languages: ['ja'] } });
      const { token, visitorId } = session.json();
      const conversation = await conversationOn(services, 'chat-jp', `${visitorId}:c0ffee00-0000-4000-8000-000000000001`, { handle: visitorId }, visitorId);
      const guide = await uploaded(t(), conversation, pdf, 'size-guide.pdf', 'application/pdf');
      const secret = await uploaded(t(), conversation, png, 'internal.png', 'image/png');
      await reply(t(), conversation, 'Internal only.', [secret], { private: true });
      const id = await replyAndSend(t(), conversation, 'サイズ表をどうぞ。', [guide]);
      expect(await delivery(t(), id)).toMatchObject({ delivery_status: 'sent' });
      const history = (await t().request({ method: 'POST', url: '/api/v1/widget/sessions', token: null, body: { market: 'jp', token } })).json().history;
      const answer = history.find((m: { id: string }) => m.id === id);
      expect(answer.attachments).toEqual([{ filename: 'size-guide.pdf', contentType: 'application/pdf', size: pdf.length, url: `/api/v1/widget/attachments/${guide}` }]);
      const download = await t().runtime.app.inject({ method: 'GET', url: `${answer.attachments[0].url}?token=${encodeURIComponent(token)}` });
      expect([download.statusCode, download.headers['content-type'], download.rawPayload.equals(pdf)]).toEqual([200, 'application/octet-stream', true]);
      expect(download.headers['content-disposition']).toBe('attachment; filename="size-guide.pdf"; filename*=UTF-8\'\'size-guide.pdf');
      expect((await t().runtime.app.inject({ method: 'GET', url: `/api/v1/widget/attachments/${secret}?token=${encodeURIComponent(token)}` })).statusCode).toBe(404);
      const stranger = (await t().request({ method: 'POST', url: '/api/v1/widget/sessions', token: null, body: { market: 'jp' } })).json().token as string;
      expect((await t().runtime.app.inject({ method: 'GET', url: `${answer.attachments[0].url}?token=${encodeURIComponent(stranger)}` })).statusCode).toBe(404);
    });

    it('documents the new routes and the reply field in the OpenAPI document', async () => {
      const doc = (await t().request({ method: 'GET', url: '/api/v1/openapi.json', token: null })).json();
      const upload = doc.paths['/api/v1/conversations/{id}/attachments'].post;
      expect(Object.keys(upload.requestBody.content)).toContain('application/octet-stream');
      expect(upload.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'filename']));
      expect(upload.responses['201']).toBeDefined();
      expect(doc.paths['/api/v1/attachments/{id}'].get).toBeDefined();
      expect(doc.paths['/api/v1/media/{channelId}/{id}/{filename}'].get).toBeDefined();
      expect(doc.paths['/api/v1/widget/attachments/{id}'].get).toBeDefined();
      const replyBody = doc.paths['/api/v1/conversations/{id}/replies'].post.requestBody.content['application/json'].schema;
      expect(replyBody.properties.attachments).toMatchObject({ type: 'array', maxItems: 10 });
    });
  });

  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`outbound attachments without a public URL [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let services: ChannelServices;
    beforeAll(async () => {
      services = channelsFeatureOf(t().runtime.ctx)!.services;
      await putTestMarket(t(), 'jp');
      await putChannel(t(), 'line-jp', { kind: 'line', market: 'jp', channelSecret: 'line-channel-secret-0001', channelAccessToken: 'line-channel-access-token-jp', apiBaseUrl: 'http://127.0.0.1:9' });
      await putChannel(t(), 'sms-jp', { kind: 'sms', market: 'jp', accountSid, authToken: 'twilio-auth-token-0001', phoneNumber: '+81312345678', apiBaseUrl: 'http://127.0.0.1:9' });
    });

    it('refuses files for providers that fetch them by link until a public URL is set; a channel\'s own publicUrl is enough', async () => {
      const line = await conversationOn(services, 'line-jp', 'line-nourl-1', { handle: lineUser });
      const sms = await conversationOn(services, 'sms-jp', 'SMnourl0000000000000000000000001', { handle: '+819012340000', phone: '+819012340000' });
      const lineRes = await reply(t(), line, '地図です。', [await uploaded(t(), line, png, 'map.png', 'image/png')]);
      expect(lineRes.statusCode).toBe(422);
      expect(lineRes.json().detail).toContain('LINE fetches files from a public URL: set BORDERLESS_PUBLIC_URL');
      const label = await uploaded(t(), sms, png, 'label.png', 'image/png');
      expect((await reply(t(), sms, 'Label.', [label])).json().detail).toContain('Twilio fetches files from a public URL');

      await putChannel(t(), 'line-jp', { kind: 'line', market: 'jp', channelSecret: '********', channelAccessToken: '********', apiBaseUrl: 'http://127.0.0.1:9' });
      await putChannel(t(), 'sms-jp', { kind: 'sms', market: 'jp', accountSid, authToken: '********', phoneNumber: '+81312345678', apiBaseUrl: 'http://127.0.0.1:9', publicUrl: 'http://sms.brand.example' });
      expect((await reply(t(), sms, 'Label.', [label])).statusCode).toBe(201);
    });
  });
}
