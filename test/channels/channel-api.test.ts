import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/index.js';
import { channelsFeatureOf, sent, type ChannelAdapter, type ChannelConfig } from '../../src/channels/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

/** A webhook kind that exists only in this test: HMAC-SHA256 of the raw body in `x-test-signature`. */
const signedKind: ChannelAdapter<ChannelConfig & { secret: string }> = {
  kind: 'test-signed',
  displayName: 'Signed test webhook',
  configSchema: Type.Object({
    kind: Type.Literal('test-signed'), market: Type.String(), secret: Type.String({ minLength: 8 }), enabled: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }),
  secretPaths: ['/secret'],
  capabilities: { threading: false, html: false, attachments: false, deliveryReceipts: true, readReceipts: true, replyWindowMs: null, idempotentSend: false, maxTextLength: 1000 },
  inboundKeys: () => [],
  verifyAndParseInbound(request, channel) {
    if (request.method === 'GET') return { response: { status: 200, body: request.query.challenge ?? '', contentType: 'text/plain' } };
    const expected = createHmac('sha256', channel.config.secret).update(request.rawBody).digest();
    const given = Buffer.from(request.headers['x-test-signature'] ?? '', 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('BL_BAD_SIGNATURE', 'The x-test-signature header is missing or wrong');
    let body: { id: string; from: string; text: string; receipts?: Array<{ id: string; status: 'delivered' | 'read' }> };
    try {
      body = JSON.parse(request.rawBody.toString('utf8'));
    } catch {
      throw new AppError('BL_MALFORMED_JSON', 'The webhook body is not JSON');
    }
    return {
      messages: body.text ? [{ externalId: body.id, customer: { handle: body.from }, text: body.text }] : [],
      receipts: (body.receipts ?? []).map((r) => ({ externalId: r.id, status: r.status })),
    };
  },
  send: async (request) => sent(`test-${request.outbox.idempotencyKey}`),
};

const emailBody = {
  kind: 'email', market: 'jp', addresses: ['support@brand.example.jp', 'Help@Brand.example.jp'], fromName: 'ブランド サポート',
  smtp: { host: 'smtp.brand.example.jp', port: 587, secure: false, user: 'mailer', pass: 's3cret-pass' },
  imap: { host: 'imap.brand.example.jp', port: 993, secure: true, user: 'support', pass: 'imap-pass' },
};

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`channels API [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('creates, reads, replaces and deletes an email channel with its secrets redacted', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      const created = await t().request({ method: 'PUT', url: '/api/v1/channels/email-jp', body: emailBody });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        id: 'email-jp', kind: 'email', market: 'jp', enabled: true, addresses: emailBody.addresses,
        smtp: { host: 'smtp.brand.example.jp', user: 'mailer', pass: '********' }, imap: { pass: '********', user: 'support' },
        capabilities: { threading: true, html: true, idempotentSend: true },
      });
      const one = (await t().request({ method: 'GET', url: '/api/v1/channels/email-jp' })).json();
      expect(one.smtp.pass).toBe('********');
      const list = (await t().request({ method: 'GET', url: '/api/v1/channels' })).json();
      expect(list.items.map((c: { id: string }) => c.id)).toEqual(['email-jp']);
      expect(JSON.stringify(list)).not.toContain('s3cret-pass');

      // Sending back what GET answered keeps the stored secrets.
      const replaced = await t().request({ method: 'PUT', url: '/api/v1/channels/email-jp', body: { ...emailBody, smtp: { ...emailBody.smtp, pass: '********' }, imap: { ...emailBody.imap, pass: '********' }, fromName: 'Brand' } });
      expect(replaced.statusCode).toBe(200);
      const stored = await t().runtime.ctx.store.db.selectFrom('channels').select('config').where('id', '=', 'email-jp').executeTakeFirstOrThrow();
      expect(JSON.parse(stored.config)).toMatchObject({ fromName: 'Brand', smtp: { pass: 's3cret-pass' }, imap: { pass: 'imap-pass' } });
      const audit = await t().runtime.ctx.store.db.selectFrom('audit_log').select('changes').where('entity_type', '=', 'channel').execute();
      expect(audit.length).toBe(2);
      expect(audit.map((a) => a.changes).join('')).not.toContain('s3cret-pass');

      expect((await t().request({ method: 'DELETE', url: '/api/v1/channels/email-jp' })).statusCode).toBe(204);
      expect((await t().request({ method: 'GET', url: '/api/v1/channels/email-jp' })).statusCode).toBe(404);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/channels/email-jp' })).statusCode).toBe(404);
    });

    it('rejects bad configurations with precise problems and changes nothing', async () => {
      const cases: Array<[unknown, number, string]> = [
        [{ ...emailBody, market: 'xx' }, 422, '/body/market'],
        [{ ...emailBody, kind: 'pigeon' }, 400, '/body/kind'],
        [{ ...emailBody, addresses: [] }, 400, '/body/addresses'],
        [{ ...emailBody, addresses: ['not-an-address'] }, 400, '/body/addresses/0'],
        [{ ...emailBody, addresses: ['a@b.jp', 'A@b.jp'] }, 400, '/body/addresses/1'],
        [{ ...emailBody, addresses: ['support+x@b.jp'] }, 400, '/body/addresses/0'],
        [{ ...emailBody, smtp: { host: 'h', port: 99999, secure: false } }, 400, '/body/smtp/port'],
        [{ ...emailBody, smtp: { ...emailBody.smtp, pass: '********' } }, 400, '/body/smtp/pass'],
        [{ ...emailBody, surprise: 1 }, 400, '/body/surprise'],
        [{ market: 'jp' }, 400, '/body/kind'],
      ];
      for (const [body, status, path] of cases) {
        const res = await t().request({ method: 'PUT', url: '/api/v1/channels/email-x', body });
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().errors.map((e: { path: string }) => e.path), JSON.stringify(res.json())).toContain(path);
      }
      expect((await t().request({ method: 'PUT', url: '/api/v1/channels/Bad_Id', body: emailBody })).statusCode).toBe(400);
      expect((await t().request({ method: 'PUT', url: '/api/v1/channels/email-x', payload: '{"kind":', headers: { 'content-type': 'application/json' } })).statusCode).toBe(400);
      expect((await t().request({ method: 'GET', url: '/api/v1/channels' })).json().items).toEqual([]);
    });

    it('refuses an address another channel claims (409) and a kind change (409)', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/fr', body: { preset: 'FR' } });
      expect((await t().request({ method: 'PUT', url: '/api/v1/channels/email-jp', body: emailBody })).statusCode).toBe(201);
      const clash = await t().request({ method: 'PUT', url: '/api/v1/channels/email-fr', body: { kind: 'email', market: 'fr', addresses: ['SUPPORT@brand.example.jp'] } });
      expect(clash.statusCode).toBe(409);
      expect(clash.json().code).toBe('BL_CONFLICT');
      channelsFeatureOf(t().runtime.ctx)!.registry.register(signedKind);
      const kindChange = await t().request({ method: 'PUT', url: '/api/v1/channels/email-jp', body: { kind: 'test-signed', market: 'jp', secret: 'abcdefgh' } });
      expect(kindChange.statusCode).toBe(409);
    });

    it('needs the supervisor role', async () => {
      const agent = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'agent', role: 'agent' } })).json().token as string;
      expect((await t().request({ method: 'GET', url: '/api/v1/channels', token: agent })).statusCode).toBe(403);
      expect((await t().request({ method: 'PUT', url: '/api/v1/channels/x-1', body: emailBody, token: agent })).statusCode).toBe(403);
      expect((await t().request({ method: 'GET', url: '/api/v1/channels', token: null })).statusCode).toBe(401);
      const kinds = (await t().request({ method: 'GET', url: '/api/v1/channel-kinds' })).json();
      expect(kinds.items.map((k: { kind: string }) => k.kind)).toContain('email');
    });

    it('takes signed webhooks: 401 and nothing stored without the right signature, raw bytes verified, receipts applied', async () => {
      const put = await t().request({ method: 'PUT', url: '/api/v1/channels/signed-jp', body: { kind: 'test-signed', market: 'jp', secret: 'webhook-secret' } });
      expect(put.statusCode).toBe(201);
      // Non-canonical JSON (spacing, key order): the signature covers these exact bytes.
      const payload = '{ "text":"荷物が届きません", "id":"w-1","from":"line-user-9" }';
      const sign = (body: string) => createHmac('sha256', 'webhook-secret').update(body).digest('hex');
      const post = (body: string, signature: string | null, contentType = 'application/json') => t().request({
        method: 'POST', url: '/webhooks/signed-jp', payload: body, token: null,
        headers: { 'content-type': contentType, ...(signature ? { 'x-test-signature': signature } : {}) },
      });
      const count = async () => Number((await t().runtime.ctx.store.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).where('channel', '=', 'test-signed').executeTakeFirstOrThrow()).n);

      for (const signature of [null, sign('{}'), 'zz', sign(payload).replace(/^./, (c) => (c === '0' ? '1' : '0'))]) {
        const res = await post(payload, signature);
        expect(res.statusCode).toBe(401);
        expect(res.json().code).toBe('BL_BAD_SIGNATURE');
      }
      expect(await count()).toBe(0);

      const ok = await post(payload, sign(payload));
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({ received: 1 });
      expect((await post(payload, sign(payload))).statusCode).toBe(200);
      expect(await count()).toBe(1);
      const message = await t().runtime.ctx.store.db.selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
        .select(['messages.text', 'conversations.channel_id', 'conversations.market']).where('messages.external_id', '=', 'w-1').executeTakeFirstOrThrow();
      expect(message).toEqual({ text: '荷物が届きません', channel_id: 'signed-jp', market: 'jp' });

      // Not JSON, correctly signed: a clear 400, nothing stored; any content type reaches the adapter.
      const notJson = await post('<xml/>', sign('<xml/>'), 'text/xml');
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().code).toBe('BL_MALFORMED_JSON');

      const challenge = await t().request({ method: 'GET', url: '/webhooks/signed-jp?challenge=12345', token: null });
      expect(challenge.statusCode).toBe(200);
      expect(challenge.body).toBe('12345');
      expect((await t().request({ method: 'POST', url: '/webhooks/nobody', payload: '{}', token: null, headers: { 'content-type': 'application/json' } })).statusCode).toBe(404);
      expect((await t().request({ method: 'POST', url: '/webhooks/email-jp', payload: '{}', token: null, headers: { 'content-type': 'application/json' } })).statusCode).toBe(404);

      // A reply goes out through the test adapter, and a receipt moves it to read.
      const conversation = await t().runtime.ctx.store.db.selectFrom('conversations').select('id').where('channel_id', '=', 'signed-jp').executeTakeFirstOrThrow();
      const reply = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversation.id}/replies`, body: { text: 'ご不便をおかけしております。' } });
      const replyId = reply.json().message.id as string;
      await channelsFeatureOf(t().runtime.ctx)!.dispatcher.tick();
      const receiptBody = JSON.stringify({ id: 'r-1', from: 'x', text: '', receipts: [{ id: `test-${replyId}`, status: 'read' }, { id: `test-${replyId}`, status: 'delivered' }] });
      expect((await post(receiptBody, sign(receiptBody))).statusCode).toBe(200);
      const after = (await t().request({ method: 'GET', url: `/api/v1/conversations/${conversation.id}` })).json();
      expect(after.messages.find((m: { id: string }) => m.id === replyId)).toMatchObject({ deliveryStatus: 'read', externalId: `test-${replyId}` });
    });
  });
}
