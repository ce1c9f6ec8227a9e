import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/channels/webhook/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { countInbound, delivery, putChannel, putTestMarket, replyAndDispatch, storedInbound } from './messaging-setup.js';
import { startProviderServer, type ProviderServer } from './provider-server.js';

const secret = 'bridge-shared-secret-kakao-01';

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`generic signed webhook [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let bridge: ProviderServer;
    const seconds = () => Math.floor(t().clock.now() / 1000);
    const post = (body: string, headers: Record<string, string>) => t().request({
      method: 'POST', url: '/webhooks/kakao-jp', payload: body, token: null, headers: { 'content-type': 'application/json', ...headers },
    });
    const signed = (body: string, at = seconds()) => ({ 'x-borderless-timestamp': String(at), 'x-borderless-signature': signWebhook(secret, at, body) });
    const message = (id: string, text: string) => JSON.stringify({
      type: 'message', id, customer: { id: 'kakao-user-77', name: '김민준', locale: 'ko', country: 'KR' }, text, timestamp: new Date(t().clock.now()).toISOString(),
    });

    beforeAll(async () => {
      bridge = await startProviderServer(() => ({ status: 202, body: { id: `bridge-${bridge.requests.length}` } }));
      await putTestMarket(t(), 'jp');
      await putChannel(t(), 'kakao-jp', { kind: 'webhook', market: 'jp', secret, url: `${bridge.url}/borderless/replies`, platform: 'KakaoTalk' });
    });
    afterAll(() => bridge.close());

    it('needs the HMAC of timestamp.body and a timestamp within five minutes', async () => {
      const body = message('kakao-msg-1', '배송이 아직 안 왔어요');
      const at = seconds();
      const cases: Array<Record<string, string>> = [
        {},
        { 'x-borderless-timestamp': String(at) },
        { 'x-borderless-signature': signWebhook(secret, at, body) },
        { 'x-borderless-timestamp': String(at), 'x-borderless-signature': signWebhook('another-secret-entirely', at, body) },
        { 'x-borderless-timestamp': String(at + 1), 'x-borderless-signature': signWebhook(secret, at, body) },
        signed(body, at - 301),
        signed(body, at + 301),
      ];
      for (const headers of cases) {
        const res = await post(body, headers);
        expect(res.statusCode, JSON.stringify(headers)).toBe(401);
        expect(res.json().code).toBe('BL_BAD_SIGNATURE');
      }
      expect(await countInbound(t(), 'webhook')).toBe(0);
      expect((await post(body, signed(body, at - 290))).json()).toEqual({ received: 1 });
      expect(await storedInbound(t(), 'webhook', 'kakao-msg-1')).toMatchObject({ text: '배송이 아직 안 왔어요', name: '김민준', locale: 'ko', country: 'KR' });
    });

    it('explains bad events with 400 and a pointer, stores nothing of that call', async () => {
      const notJson = 'type=message';
      expect((await post(notJson, signed(notJson))).json().code).toBe('BL_MALFORMED_JSON');
      const batch = JSON.stringify({ events: [JSON.parse(message('kakao-msg-2', 'ok')), { type: 'message', id: 'kakao-msg-3', customer: {}, text: 'x' }] });
      const res = await post(batch, signed(batch));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('/events/1/customer/id');
      expect(await storedInbound(t(), 'webhook', 'kakao-msg-2')).toBeUndefined();
    });

    it('posts replies signed the same way, with an idempotency key; status events move them', async () => {
      const stored = await storedInbound(t(), 'webhook', 'kakao-msg-1');
      const reply = await replyAndDispatch(t(), stored!.conversation_id, '확인해 보겠습니다.');
      const request = bridge.requests.at(-1)!;
      expect(request.url).toBe('/borderless/replies');
      expect(request.headers['idempotency-key']).toBe(reply);
      const timestamp = request.headers['x-borderless-timestamp'] as string;
      expect(request.headers['x-borderless-signature']).toBe(signWebhook(secret, timestamp, request.body));
      expect(request.json).toMatchObject({ type: 'message', id: reply, channelId: 'kakao-jp', text: '확인해 보겠습니다.', customer: { id: 'kakao-user-77', name: '김민준' } });
      const sent = await delivery(t(), reply);
      expect(sent).toMatchObject({ delivery_status: 'sent', external_id: 'bridge-1' });

      const status = JSON.stringify({ type: 'status', messageId: 'bridge-1', status: 'read' });
      expect((await post(status, signed(status))).statusCode).toBe(200);
      expect((await delivery(t(), reply)).delivery_status).toBe('read');

      bridge.handle(() => ({ status: 503, body: { error: 'bridge restarting' } }));
      const retried = await replyAndDispatch(t(), stored!.conversation_id, '잠시만요.');
      expect((await delivery(t(), retried)).delivery_error).toContain('KakaoTalk answered 503: bridge restarting');
      bridge.handle(() => ({ status: 422, body: { detail: 'user left the chat room' } }));
      const refused = await replyAndDispatch(t(), stored!.conversation_id, '안녕히 계세요.');
      expect(await delivery(t(), refused)).toMatchObject({ delivery_status: 'failed', delivery_error: 'KakaoTalk answered 422: user left the chat room' });
    });
  });
}
