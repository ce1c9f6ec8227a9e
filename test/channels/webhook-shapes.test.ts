// Correctly signed webhook bodies of shapes no provider sends: a 4xx (or a 200 that stores nothing), never a crash.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/channels/webhook/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { putChannel, putTestMarket } from './messaging-setup.js';

const secret = 'shape-test-secret-0123456789';
const hex = (body: string) => createHmac('sha256', secret).update(body).digest('hex');

/** How each kind signs a body. */
const signers: Record<string, (body: string, nowMs: number) => Record<string, string>> = {
  'wa-jp': (body) => ({ 'x-hub-signature-256': `sha256=${hex(body)}` }),
  'fb-jp': (body) => ({ 'x-hub-signature-256': `sha256=${hex(body)}` }),
  'line-jp': (body) => ({ 'x-line-signature': createHmac('sha256', secret).update(body).digest('base64') }),
  'tg-jp': () => ({ 'x-telegram-bot-api-secret-token': secret }),
  'hook-jp': (body, nowMs) => ({ 'x-borderless-timestamp': String(Math.floor(nowMs / 1000)), 'x-borderless-signature': signWebhook(secret, Math.floor(nowMs / 1000), body) }),
};

const odd = [
  'null', '[]', '"text"', '42', '{}', '{"entry":[null]}', '{"entry":[{"changes":[null]}]}', '{"entry":[{"changes":[{"value":{"messages":[null,{"id":5,"from":[]}]}}]}]}',
  '{"entry":[{"changes":[{"value":{"contacts":{"wa_id":1},"messages":[{"id":"w","from":"1","type":"text","text":{"body":7}}]}}]}]}',
  '{"object":"page","entry":[{"id":"104775265498821","messaging":[{"sender":{"id":"1"},"message":{"mid":"m","text":{"x":1}}}]}]}',
  '{"events":[null,{"type":"message","message":{"id":"1","type":"text","text":["a"]},"source":{"type":"user","userId":"U1"}}]}',
  '{"message":5}', '{"message":{"message_id":"x","chat":{"id":1,"type":"private"},"text":{"a":1}}}', '{"type":"message","id":"1","customer":{"id":"c"},"text":5}',
];

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`webhook bodies of unexpected shapes [${dialect}]`, () => {
    const t = useTestApp(dialect);
    beforeAll(async () => {
      await putTestMarket(t(), 'jp');
      const dead = 'http://127.0.0.1:9';
      await putChannel(t(), 'wa-jp', { kind: 'whatsapp', market: 'jp', phoneNumberId: '1', accessToken: 'x', appSecret: secret, verifyToken: 'verify-token', apiBaseUrl: dead });
      await putChannel(t(), 'fb-jp', { kind: 'messenger', market: 'jp', pageId: '104775265498821', pageAccessToken: 'x', appSecret: secret, verifyToken: 'verify-token', apiBaseUrl: dead });
      await putChannel(t(), 'line-jp', { kind: 'line', market: 'jp', channelSecret: secret, channelAccessToken: 'x'.repeat(20), apiBaseUrl: dead, dataApiBaseUrl: dead });
      await putChannel(t(), 'tg-jp', { kind: 'telegram', market: 'jp', botToken: '123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw', secretToken: secret, apiBaseUrl: dead });
      await putChannel(t(), 'hook-jp', { kind: 'webhook', market: 'jp', secret });
    });

    const stored = async () => Number((await t().runtime.ctx.store.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    it('answers 4xx or stores nothing for odd signed bodies, on every kind', async () => {
      const before = await stored();
      const post = async (channel: string, body: string) => {
        const res = await t().request({
          method: 'POST', url: `/webhooks/${channel}`, payload: body, token: null,
          headers: { 'content-type': 'application/json', ...signers[channel]!(body, t().clock.now()) },
        });
        expect(res.statusCode, `${channel} ${body} → ${res.body}`).toBeLessThan(500);
        return res.statusCode;
      };
      for (const channel of Object.keys(signers)) for (const body of odd) await post(channel, body);
      await fc.assert(fc.asyncProperty(fc.constantFrom(...Object.keys(signers)), fc.jsonValue({ maxDepth: 4 }), async (channel, value) => {
        await post(channel, JSON.stringify(value) ?? 'null');
      }), { numRuns: 60, seed: 8 });
      expect(await stored()).toBe(before);
    });
  });
}
