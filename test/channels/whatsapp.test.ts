import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { countInbound, delivery, putChannel, putTestMarket, replyAndDispatch, storedInbound } from './messaging-setup.js';
import { startProviderServer, type ProviderServer } from './provider-server.js';

const appSecret = 'whatsapp-app-secret-9d1c';
const phoneNumberId = '106540352242922';
const customer = '5511987654321';

/** A Cloud API notification as Meta sends it (one entry, one change). */
function notification(value: Record<string, unknown>, numberId = phoneNumberId): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: numberId }, ...value }, field: 'messages' }] }],
  });
}

const sign = (body: string, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`WhatsApp Cloud API [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let provider: ProviderServer;
    const seconds = () => String(Math.floor(t().clock.now() / 1000));
    const post = (body: string, signature: string | null, contentType = 'application/json') => t().request({
      method: 'POST', url: '/webhooks/wa-br', payload: body, token: null,
      headers: { 'content-type': contentType, ...(signature ? { 'x-hub-signature-256': signature } : {}) },
    });
    const textMessage = (id: string, text: string) => notification({
      contacts: [{ profile: { name: 'Ana Souza' }, wa_id: customer }],
      messages: [{ from: customer, id, timestamp: seconds(), type: 'text', text: { body: text } }],
    });

    beforeAll(async () => {
      provider = await startProviderServer();
      await putTestMarket(t(), 'br');
      await putChannel(t(), 'wa-br', {
        kind: 'whatsapp', market: 'br', phoneNumberId, accessToken: 'EAAG-test-access-token', appSecret, verifyToken: 'verify-token-br-01',
        apiBaseUrl: provider.url, apiVersion: 'v21.0',
      });
    });
    afterAll(() => provider.close());

    it('answers the subscription challenge only with the verify token', async () => {
      const ok = await t().request({ method: 'GET', url: '/webhooks/wa-br?hub.mode=subscribe&hub.verify_token=verify-token-br-01&hub.challenge=1158201444', token: null });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toBe('1158201444');
      const wrong = await t().request({ method: 'GET', url: '/webhooks/wa-br?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444', token: null });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().code).toBe('BL_BAD_SIGNATURE');
    });

    it('stores nothing without the right X-Hub-Signature-256, and one message with it', async () => {
      const body = textMessage('wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBCN0ZBQjNFMjA0QjE3AA==', 'Olá, meu pedido ainda não chegou.');
      for (const signature of [null, 'sha256=', sign(body, 'another-secret'), sign(`${body} `), sign(body).toUpperCase().replace('SHA256=', 'sha1=')]) {
        const res = await post(body, signature);
        expect(res.statusCode, String(signature)).toBe(401);
        expect(res.json().code).toBe('BL_BAD_SIGNATURE');
      }
      expect(await countInbound(t(), 'whatsapp')).toBe(0);

      const ok = await post(body, sign(body));
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ received: 1 });
      // Meta retries a webhook it thinks failed: the same message is stored once.
      expect((await post(body, sign(body))).statusCode).toBe(200);
      expect(await countInbound(t(), 'whatsapp')).toBe(1);
      const stored = await storedInbound(t(), 'whatsapp', 'wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFjNFQjBCN0ZBQjNFMjA0QjE3AA==');
      expect(stored).toMatchObject({ text: 'Olá, meu pedido ainda não chegou.', channel_id: 'wa-br', market: 'br', name: 'Ana Souza', phone: `+${customer}` });
    });

    it('refuses a signed body that is not JSON with 400 and ignores changes for another number', async () => {
      const res = await post('<xml>not json</xml>', sign('<xml>not json</xml>'), 'text/xml');
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('BL_MALFORMED_JSON');
      const other = notification({ messages: [{ from: customer, id: 'wamid.other-number', timestamp: seconds(), type: 'text', text: { body: 'x' } }] }, '999999');
      expect((await post(other, sign(other))).json()).toEqual({ received: 0 });
      expect(await storedInbound(t(), 'whatsapp', 'wamid.other-number')).toBeUndefined();
    });

    it('downloads media through the Cloud API and keeps the caption as text', async () => {
      const photo = Buffer.from('JFIF fake jpeg bytes for the test');
      provider.handle((r) => {
        if (r.method === 'GET' && r.url === '/v21.0/1190847329174') {
          return r.headers.authorization === 'Bearer EAAG-test-access-token'
            ? { body: { messaging_product: 'whatsapp', url: `${provider.url}/whatsapp-media/1190847329174?token=x`, mime_type: 'image/jpeg', sha256: 'abc', file_size: photo.length, id: '1190847329174' } }
            : { status: 401, body: { error: { message: 'bad token', code: 190 } } };
        }
        if (r.method === 'GET' && r.url.startsWith('/whatsapp-media/')) return { headers: { 'content-type': 'image/jpeg' }, body: photo };
        return { status: 404 };
      });
      const body = notification({
        contacts: [{ profile: { name: 'Ana Souza' }, wa_id: customer }],
        messages: [{ from: customer, id: 'wamid.image-1', timestamp: seconds(), type: 'image', image: { caption: 'A caixa chegou amassada', mime_type: 'image/jpeg', sha256: 'abc', id: '1190847329174' } }],
      });
      expect((await post(body, sign(body))).statusCode).toBe(200);
      const stored = await storedInbound(t(), 'whatsapp', 'wamid.image-1');
      expect(stored?.text).toBe('A caixa chegou amassada');
      const [attachment] = JSON.parse(stored!.attachments) as Array<{ filename: string; contentType: string; size: number; url: string }>;
      expect(attachment).toMatchObject({ contentType: 'image/jpeg', size: photo.length });
      const download = await t().request({ method: 'GET', url: attachment!.url });
      expect(download.statusCode).toBe(200);
      expect(download.body).toBe(photo.toString());
    });

    it('sends within 24 hours in the Cloud API format, and statuses move the reply to read or failed', async () => {
      provider.handle((r) => (r.method === 'POST' && r.url === `/v21.0/${phoneNumberId}/messages`
        ? { body: { messaging_product: 'whatsapp', contacts: [{ input: customer, wa_id: customer }], messages: [{ id: `wamid.OUT-${provider.requests.length}` }] } }
        : { status: 404 }));
      const inbound = textMessage('wamid.window-1', 'Podem me ajudar?');
      await post(inbound, sign(inbound));
      const stored = await storedInbound(t(), 'whatsapp', 'wamid.window-1');
      const before = provider.requests.length;
      const replyId = await replyAndDispatch(t(), stored!.conversation_id, 'Claro! Vou verificar o seu pedido.');
      const request = provider.requests.slice(before).find((r) => r.method === 'POST')!;
      expect(request.headers.authorization).toBe('Bearer EAAG-test-access-token');
      expect(request.headers['content-type']).toContain('application/json');
      expect(request.json).toEqual({ messaging_product: 'whatsapp', recipient_type: 'individual', to: customer, type: 'text', text: { preview_url: false, body: 'Claro! Vou verificar o seu pedido.' } });
      const sent = await delivery(t(), replyId);
      expect(sent.delivery_status).toBe('sent');
      expect(sent.external_id).toMatch(/^wamid\.OUT-/);

      const statuses = (status: string, extra: Record<string, unknown> = {}) => notification({ statuses: [{ id: sent.external_id, status, timestamp: seconds(), recipient_id: customer, ...extra }] });
      for (const status of ['delivered', 'read', 'delivered']) {
        const body = statuses(status);
        expect((await post(body, sign(body))).statusCode).toBe(200);
      }
      expect((await delivery(t(), replyId)).delivery_status).toBe('read');

      const second = await replyAndDispatch(t(), stored!.conversation_id, 'Segue o código de rastreio.');
      const failed = notification({ statuses: [{
        id: (await delivery(t(), second)).external_id, status: 'failed', timestamp: seconds(), recipient_id: customer,
        errors: [{ code: 131026, title: 'Message undeliverable', message: 'Message undeliverable', error_data: { details: 'Message could not be delivered' } }],
      }] });
      await post(failed, sign(failed));
      expect(await delivery(t(), second)).toMatchObject({ delivery_status: 'failed', delivery_error: 'WhatsApp 131026 Message undeliverable: Message could not be delivered' });
    });

    it('outside the 24-hour window: a clear permanent failure, or the market\'s template once one is configured', async () => {
      const inbound = textMessage('wamid.window-old', 'Alguma novidade?');
      await post(inbound, sign(inbound));
      const stored = await storedInbound(t(), 'whatsapp', 'wamid.window-old');
      t().clock.advance(25 * 3_600_000);
      const before = provider.requests.length;
      const refused = await replyAndDispatch(t(), stored!.conversation_id, 'Desculpe a demora!');
      expect(provider.requests.length).toBe(before);
      const failure = await delivery(t(), refused);
      expect(failure.delivery_status).toBe('failed');
      expect(failure.delivery_error).toContain('outside WhatsApp\'s 24-hour customer service window');
      expect(failure.delivery_error).toContain('no template is configured for market br');

      await putChannel(t(), 'wa-br', {
        kind: 'whatsapp', market: 'br', phoneNumberId, accessToken: '********', appSecret: '********', verifyToken: '********',
        apiBaseUrl: provider.url, apiVersion: 'v21.0', templates: [{ name: 'retomar_atendimento', language: 'pt_BR', parameters: ['customerName', 'text'] }],
      });
      const templated = await replyAndDispatch(t(), stored!.conversation_id, 'Seu pedido foi enviado.\nCódigo: BR123');
      const request = provider.requests.slice(before).find((r) => r.method === 'POST')!;
      expect(request.json).toEqual({
        messaging_product: 'whatsapp', recipient_type: 'individual', to: customer, type: 'template',
        template: { name: 'retomar_atendimento', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana Souza' }, { type: 'text', text: 'Seu pedido foi enviado. · Código: BR123' }] }] },
      });
      expect((await delivery(t(), templated)).delivery_status).toBe('sent');
    });

    it('retries rate limits and server errors, fails for good on a refused recipient', async () => {
      const inbound = textMessage('wamid.retry-1', 'Oi');
      await post(inbound, sign(inbound));
      const stored = await storedInbound(t(), 'whatsapp', 'wamid.retry-1');
      provider.handle(() => ({ status: 429, headers: { 'retry-after': '30' }, body: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429 } } }));
      const limited = await replyAndDispatch(t(), stored!.conversation_id, 'Olá!');
      expect(await delivery(t(), limited)).toMatchObject({ delivery_status: 'queued' });
      expect((await delivery(t(), limited)).delivery_error).toContain('attempt 1 failed: WhatsApp answered 429');

      provider.handle(() => ({ status: 400, body: { error: { message: 'Recipient phone number not in allowed list', type: 'OAuthException', code: 131030, fbtrace_id: 'Ab1' } } }));
      const refused = await replyAndDispatch(t(), stored!.conversation_id, 'Olá de novo!');
      expect(await delivery(t(), refused)).toMatchObject({ delivery_status: 'failed', delivery_error: 'WhatsApp answered 400: (#131030) Recipient phone number not in allowed list' });
    });
  });
}
