import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineRetryKey } from '../../src/channels/line/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { countInbound, delivery, putChannel, putTestMarket, replyAndDispatch, storedInbound } from './messaging-setup.js';
import { startProviderServer, type ProviderServer } from './provider-server.js';

const botToken = '7123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
const secretToken = 'tg-secret_token-jp-0001';
const channelSecret = '8c570fa6dd201bb328f1c1eac23a96d8';
const lineUser = 'U4af4980629e09d4d8b3a0c1ff9d5b7e3';

describe('LINE retry key', () => {
  it('is the UUID itself for UUID keys and a stable UUID for others', () => {
    expect(lineRetryKey('0193F4E2-8A2B-7C3D-9E1F-2A3B4C5D6E7F')).toBe('0193f4e2-8a2b-7c3d-9e1f-2a3b4c5d6e7f');
    const derived = lineRetryKey('outbox-key-1');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lineRetryKey('outbox-key-1')).toBe(derived);
  });
});

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`Telegram and LINE [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let provider: ProviderServer;
    const now = () => Math.floor(t().clock.now() / 1000);

    beforeAll(async () => {
      provider = await startProviderServer();
      await putTestMarket(t(), 'jp');
      await putChannel(t(), 'tg-jp', { kind: 'telegram', market: 'jp', botToken, secretToken, apiBaseUrl: provider.url });
      await putChannel(t(), 'line-jp', {
        kind: 'line', market: 'jp', channelSecret, channelAccessToken: 'line-channel-access-token-jp', apiBaseUrl: provider.url, dataApiBaseUrl: provider.url,
      });
    });
    afterAll(() => provider.close());

    describe('Telegram Bot API', () => {
      const update = (messageId: number, text: string, extra: Record<string, unknown> = {}) => JSON.stringify({
        update_id: 900_000 + messageId,
        message: {
          message_id: messageId, date: now(), text,
          from: { id: 1111111, is_bot: false, first_name: '健', last_name: '佐藤', username: 'ken_sato', language_code: 'ja' },
          chat: { id: 1111111, first_name: '健', last_name: '佐藤', username: 'ken_sato', type: 'private' },
          ...extra,
        },
      });
      const post = (body: string, secret: string | null, contentType = 'application/json') => t().request({
        method: 'POST', url: '/webhooks/tg-jp', payload: body, token: null,
        headers: { 'content-type': contentType, ...(secret !== null ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      });

      it('needs the secret token header: 401 and nothing stored without it', async () => {
        const body = update(1365, '注文した靴のサイズを交換できますか？');
        for (const secret of [null, '', 'tg-secret_token-jp-0002', `${secretToken}x`]) {
          const res = await post(body, secret);
          expect(res.statusCode).toBe(401);
        }
        expect(await countInbound(t(), 'telegram')).toBe(0);
        expect((await post(body, secretToken)).json()).toEqual({ received: 1 });
        expect((await post(body, secretToken)).statusCode).toBe(200);
        expect(await countInbound(t(), 'telegram')).toBe(1);
        expect(await storedInbound(t(), 'telegram', '1111111:1365')).toMatchObject({ text: '注文した靴のサイズを交換できますか？', name: '健 佐藤', locale: 'ja', channel_id: 'tg-jp' });
        const notJson = await post('update_id=1', secretToken, 'application/x-www-form-urlencoded');
        expect(notJson.statusCode).toBe(400);
      });

      it('skips group chats and bots, downloads photos through getFile', async () => {
        const group = JSON.stringify({ update_id: 1, message: { message_id: 7, date: now(), text: 'hi all', from: { id: 5, is_bot: false, first_name: 'A' }, chat: { id: -100123, type: 'supergroup', title: 'Fans' } } });
        expect((await post(group, secretToken)).json()).toEqual({ received: 0 });
        provider.handle((r) => {
          if (r.url === `/bot${botToken}/getFile?file_id=AgACAgQAAxkBAAIB`) return { body: { ok: true, result: { file_id: 'AgACAgQAAxkBAAIB', file_unique_id: 'AQADx', file_size: 12, file_path: 'photos/file_3.jpg' } } };
          if (r.url === `/file/bot${botToken}/photos/file_3.jpg`) return { headers: { 'content-type': 'application/octet-stream' }, body: 'jpeg-bytes!!' };
          return { status: 404 };
        });
        const photo = update(1366, '', { text: undefined, caption: '箱が潰れていました', photo: [
          { file_id: 'small', file_unique_id: 'AQADs', file_size: 1, width: 90, height: 90 },
          { file_id: 'AgACAgQAAxkBAAIB', file_unique_id: 'AQADx', file_size: 12, width: 1280, height: 960 },
        ] });
        expect((await post(photo, secretToken)).json()).toEqual({ received: 1 });
        const stored = await storedInbound(t(), 'telegram', '1111111:1366');
        expect(stored?.text).toBe('箱が潰れていました');
        expect(JSON.parse(stored!.attachments)).toEqual([expect.objectContaining({ contentType: 'image/jpeg', size: 12 })]);
      });

      it('sends with sendMessage and reads the Bot API\'s errors', async () => {
        provider.handle((r) => (r.url === `/bot${botToken}/sendMessage`
          ? { body: { ok: true, result: { message_id: 1400, date: now(), chat: { id: 1111111, type: 'private' }, text: r.json.text } } }
          : { status: 404 }));
        const stored = await storedInbound(t(), 'telegram', '1111111:1365');
        const before = provider.requests.length;
        const reply = await replyAndDispatch(t(), stored!.conversation_id, 'はい、交換を承ります。');
        const request = provider.requests[before]!;
        expect(request.method).toBe('POST');
        expect(request.json).toEqual({ chat_id: 1111111, text: 'はい、交換を承ります。' });
        expect(await delivery(t(), reply)).toMatchObject({ delivery_status: 'sent', external_id: '1111111:1400' });

        provider.handle(() => ({ status: 429, body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 7', parameters: { retry_after: 7 } } }));
        const limited = await replyAndDispatch(t(), stored!.conversation_id, 'もう少々お待ちください。');
        expect((await delivery(t(), limited)).delivery_error).toContain('Too Many Requests');
        const row = await t().runtime.ctx.store.db.selectFrom('outbox').select(['status', 'next_attempt_at']).where('message_id', '=', limited).executeTakeFirstOrThrow();
        expect(row.status).toBe('pending');
        // Not before the 7 s Telegram asked for (the backoff may add to it).
        expect(Date.parse(row.next_attempt_at) - t().clock.now()).toBeGreaterThanOrEqual(7000);

        provider.handle(() => ({ status: 403, body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' } }));
        const blocked = await replyAndDispatch(t(), stored!.conversation_id, 'ご連絡ください。');
        expect(await delivery(t(), blocked)).toMatchObject({ delivery_status: 'failed', delivery_error: 'Telegram answered 403: Forbidden: bot was blocked by the user' });
      });
    });

    describe('LINE Messaging API', () => {
      const sign = (body: string, secret = channelSecret) => createHmac('sha256', secret).update(body).digest('base64');
      const post = (body: string, signature: string | null) => t().request({
        method: 'POST', url: '/webhooks/line-jp', payload: body, token: null,
        headers: { 'content-type': 'application/json; charset=utf-8', ...(signature !== null ? { 'x-line-signature': signature } : {}) },
      });
      const messageEvent = (id: string, message: Record<string, unknown>) => JSON.stringify({
        destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        events: [{
          type: 'message', mode: 'active', timestamp: t().clock.now(), webhookEventId: `01H${id}`, deliveryContext: { isRedelivery: false },
          replyToken: 'b60d432864f44d079f6d8efe86cf404b', source: { type: 'user', userId: lineUser }, message: { id, ...message },
        }],
      });

      it('verifies X-Line-Signature over the exact bytes and answers LINE\'s empty verification call', async () => {
        provider.handle((r) => (r.url === `/v2/bot/profile/${lineUser}`
          ? { body: { displayName: '鈴木 美咲', userId: lineUser, language: 'ja', pictureUrl: 'https://profile.line-scdn.net/x' } }
          : { status: 404 }));
        const verification = JSON.stringify({ destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', events: [] });
        expect((await post(verification, sign(verification))).json()).toEqual({ received: 0 });
        const body = messageEvent('468789577898262530', { type: 'text', quoteToken: 'q3Plxr4AgKd', text: '領収書を再発行してください' });
        for (const signature of [null, '', sign(body, 'ffffffffffffffffffffffffffffffff'), sign(body.replace('領収書', '請求書'))]) {
          expect((await post(body, signature)).statusCode).toBe(401);
        }
        expect(await countInbound(t(), 'line')).toBe(0);
        expect((await post(body, sign(body))).json()).toEqual({ received: 1 });
        expect(await storedInbound(t(), 'line', '468789577898262530')).toMatchObject({ text: '領収書を再発行してください', name: '鈴木 美咲', locale: 'ja' });
        expect((await post('not json', sign('not json'))).statusCode).toBe(400);
      });

      it('downloads image content and pushes replies with the retry key', async () => {
        provider.handle((r) => {
          if (r.url === '/v2/bot/message/468789577898262531/content') return { headers: { 'content-type': 'image/jpeg' }, body: 'line-jpeg' };
          if (r.url === '/v2/bot/message/push') return { body: { sentMessages: [{ id: '461230966842064897', quoteToken: 'IStG5h1Tz7b' }] } };
          return { status: 404 };
        });
        const image = messageEvent('468789577898262531', { type: 'image', contentProvider: { type: 'line' } });
        expect((await post(image, sign(image))).json()).toEqual({ received: 1 });
        const stored = await storedInbound(t(), 'line', '468789577898262531');
        expect(stored?.text).toBe('[image]');
        expect(JSON.parse(stored!.attachments)).toEqual([expect.objectContaining({ contentType: 'image/jpeg', size: 9 })]);
        expect(provider.requests.find((r) => r.url.endsWith('/content'))!.headers.authorization).toBe('Bearer line-channel-access-token-jp');

        const before = provider.requests.length;
        const reply = await replyAndDispatch(t(), stored!.conversation_id, '再発行した領収書をお送りします。');
        const push = provider.requests.slice(before).find((r) => r.url === '/v2/bot/message/push')!;
        expect(push.headers.authorization).toBe('Bearer line-channel-access-token-jp');
        expect(push.headers['x-line-retry-key']).toBe(reply);
        expect(push.json).toEqual({ to: lineUser, messages: [{ type: 'text', text: '再発行した領収書をお送りします。' }] });
        expect(await delivery(t(), reply)).toMatchObject({ delivery_status: 'sent', external_id: '461230966842064897' });

        // An earlier attempt got through: LINE answers 409 for the same retry key, and that counts as sent.
        provider.handle(() => ({ status: 409, headers: { 'x-line-accepted-request-id': 'a1b2c3' }, body: { message: 'The retry key is already accepted', sentMessages: [{ id: '461230966842064898' }] } }));
        const again = await replyAndDispatch(t(), stored!.conversation_id, 'ほかにご不明な点はございますか。');
        expect(await delivery(t(), again)).toMatchObject({ delivery_status: 'sent', external_id: '461230966842064898' });

        provider.handle(() => ({ status: 400, body: { message: 'The property, \'to\', in the request body is invalid', details: [{ message: 'invalid', property: 'to' }] } }));
        const invalid = await replyAndDispatch(t(), stored!.conversation_id, 'x');
        expect((await delivery(t(), invalid)).delivery_status).toBe('failed');
      });
    });
  });
}
