import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { countInbound, delivery, putChannel, putTestMarket, replyAndDispatch, storedInbound } from './messaging-setup.js';
import { startProviderServer, type ProviderServer } from './provider-server.js';

const appSecret = 'meta-app-secret-5e7f21';
const pageId = '104775265498821';
const igAccount = '17841405793187218';
const psid = '6812345678901234';
const igsid = '533987654321098';

const sign = (body: string, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`Messenger and Instagram [${dialect}]`, () => {
    const t = useTestApp(dialect);
    let provider: ProviderServer;
    const post = (channel: string, body: string, signature: string | null) => t().request({
      method: 'POST', url: `/webhooks/${channel}`, payload: body, token: null,
      headers: { 'content-type': 'application/json', ...(signature !== null ? { 'x-hub-signature-256': signature } : {}) },
    });
    const page = (messaging: unknown[], object = 'page', id = pageId) => JSON.stringify({ object, entry: [{ id, time: t().clock.now(), messaging }] });

    beforeAll(async () => {
      provider = await startProviderServer((r) => {
        if (r.url.startsWith(`/v21.0/${psid}?fields=first_name,last_name`)) return { body: { first_name: 'Camille', last_name: 'Martin', id: psid } };
        if (r.url.startsWith(`/v21.0/${igsid}?fields=name,username`)) return { body: { name: 'Léa Dubois', username: 'lea.dubois', id: igsid } };
        if (r.url.startsWith('/v21.0/me/messages')) return { body: { recipient_id: r.json.recipient.id, message_id: `m_out_${provider.requests.length}` } };
        return { status: 404, body: { error: { message: 'Unknown path', code: 803 } } };
      });
      await putTestMarket(t(), 'br');
      const common = { market: 'br', pageAccessToken: 'EAAB-page-token', appSecret, verifyToken: 'meta-verify-token-1', apiBaseUrl: provider.url, apiVersion: 'v21.0' };
      await putChannel(t(), 'fb-br', { kind: 'messenger', pageId, ...common });
      await putChannel(t(), 'ig-br', { kind: 'instagram', instagramAccountId: igAccount, ...common, humanAgentTag: true });
    });
    afterAll(() => provider.close());

    it('Messenger: challenge, signatures, messages with the sender\'s name, echoes skipped', async () => {
      const challenge = await t().request({ method: 'GET', url: '/webhooks/fb-br?hub.mode=subscribe&hub.verify_token=meta-verify-token-1&hub.challenge=CHALLENGE_ACCEPTED', token: null });
      expect(challenge.body).toBe('CHALLENGE_ACCEPTED');
      const body = page([
        { sender: { id: psid }, recipient: { id: pageId }, timestamp: t().clock.now(), message: { mid: 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P', text: 'Bonjour, où en est ma commande ?' } },
        { sender: { id: pageId }, recipient: { id: psid }, timestamp: t().clock.now(), message: { mid: 'm_echo', is_echo: true, app_id: 1517776481860111, text: 'our own reply' } },
      ]);
      for (const signature of [null, sign(body, 'wrong-secret'), 'sha256=00']) expect((await post('fb-br', body, signature)).statusCode).toBe(401);
      expect(await countInbound(t(), 'messenger')).toBe(0);
      expect((await post('fb-br', body, sign(body))).json()).toEqual({ received: 1 });
      expect(await storedInbound(t(), 'messenger', 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P'))
        .toMatchObject({ text: 'Bonjour, où en est ma commande ?', name: 'Camille Martin', channel_id: 'fb-br' });
      expect((await post('fb-br', '{"object":', sign('{"object":'))).statusCode).toBe(400);
    });

    it('Messenger: sends with the Send API inside 24 hours; delivery and read watermarks move replies; fails after 24 hours', async () => {
      const stored = await storedInbound(t(), 'messenger', 'm_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P');
      const before = provider.requests.length;
      const reply = await replyAndDispatch(t(), stored!.conversation_id, 'Votre colis part demain.');
      const send = provider.requests.slice(before).find((r) => r.url.startsWith('/v21.0/me/messages'))!;
      expect(send.method).toBe('POST');
      expect(new URL(send.url, provider.url).searchParams.get('access_token')).toBe('EAAB-page-token');
      expect(send.json).toEqual({ recipient: { id: psid }, messaging_type: 'RESPONSE', message: { text: 'Votre colis part demain.' } });
      expect((await delivery(t(), reply)).delivery_status).toBe('sent');

      t().clock.advance(1000);
      const delivered = page([{ sender: { id: psid }, recipient: { id: pageId }, delivery: { watermark: t().clock.now() } }]);
      await post('fb-br', delivered, sign(delivered));
      expect((await delivery(t(), reply)).delivery_status).toBe('delivered');
      const read = page([{ sender: { id: psid }, recipient: { id: pageId }, timestamp: t().clock.now(), read: { watermark: t().clock.now() } }]);
      await post('fb-br', read, sign(read));
      expect((await delivery(t(), reply)).delivery_status).toBe('read');

      t().clock.advance(25 * 3_600_000);
      const late = await replyAndDispatch(t(), stored!.conversation_id, 'Avez-vous reçu le colis ?');
      const failed = await delivery(t(), late);
      expect(failed.delivery_status).toBe('failed');
      expect(failed.delivery_error).toContain('outside Messenger\'s 24-hour messaging window');
    });

    it('Instagram: messages and read receipts by id; the HUMAN_AGENT tag after 24 hours, up to 7 days', async () => {
      const body = page([{ sender: { id: igsid }, recipient: { id: igAccount }, timestamp: t().clock.now(), message: { mid: 'aWdfZAG1faWQ6MTc4NDE0', text: 'Vous livrez au Brésil ?' } }], 'instagram', igAccount);
      expect((await post('ig-br', body, sign(body))).json()).toEqual({ received: 1 });
      // A Messenger notification is not an Instagram one.
      const wrongObject = page([{ sender: { id: igsid }, recipient: { id: igAccount }, message: { mid: 'x-1', text: 'x' } }], 'page', igAccount);
      expect((await post('ig-br', wrongObject, sign(wrongObject))).json()).toEqual({ received: 0 });
      const stored = await storedInbound(t(), 'instagram', 'aWdfZAG1faWQ6MTc4NDE0');
      expect(stored).toMatchObject({ name: 'Léa Dubois', channel_id: 'ig-br' });

      const reply = await replyAndDispatch(t(), stored!.conversation_id, 'Oui, en 5 jours ouvrés.');
      const externalId = (await delivery(t(), reply)).external_id!;
      const read = page([{ sender: { id: igsid }, recipient: { id: igAccount }, timestamp: t().clock.now(), read: { mid: externalId } }], 'instagram', igAccount);
      await post('ig-br', read, sign(read));
      expect((await delivery(t(), reply)).delivery_status).toBe('read');

      t().clock.advance(3 * 86_400_000);
      const before = provider.requests.length;
      await replyAndDispatch(t(), stored!.conversation_id, 'Votre commande est-elle bien arrivée ?');
      expect(provider.requests.slice(before).find((r) => r.url.startsWith('/v21.0/me/messages'))!.json)
        .toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
      t().clock.advance(5 * 86_400_000);
      const tooLate = await replyAndDispatch(t(), stored!.conversation_id, 'Bonne journée !');
      expect((await delivery(t(), tooLate)).delivery_error).toContain('past the 7 days the HUMAN_AGENT tag allows');
    });
  });
}
