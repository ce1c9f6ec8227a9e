import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

const codes = (issues: Array<{ code: string }>) => [...new Set(issues.map((i) => i.code))].sort();

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`reply review API [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const ids: Record<string, string> = {};

    it('reviews a draft against a market and language, with messages in the caller\'s language', async () => {
      for (const preset of ['FR', 'JP', 'SA', 'DE']) {
        const res = await t().request({ method: 'PUT', url: `/api/v1/markets/${preset.toLowerCase()}`, body: { preset } });
        expect(res.statusCode).toBeLessThan(300);
      }
      const res = await t().request({
        method: 'POST', url: '/api/v1/replies/review', headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
        body: { market: 'fr', language: 'fr', channel: 'chat', text: 'Bonjour, tu peux nous renvoyer ton colis ?' },
      });
      expect(res.statusCode).toBe(200);
      const { issues } = res.json();
      expect(codes(issues)).toEqual(['REGISTER']);
      expect(issues[0]).toMatchObject({ code: 'REGISTER', severity: 'warning', locale: 'fr', span: [9, 11] });
      expect(issues[0].message).toContain('« tu »');
    });

    it('speaks Arabic to an Arabic agent, and names the language of every message', async () => {
      const text = 'Bonjour, tu peux nous renvoyer ton colis ?';
      const arabic = await t().request({
        method: 'POST', url: '/api/v1/replies/review', headers: { 'accept-language': 'ar-EG,ar;q=0.9,en;q=0.5' },
        body: { market: 'fr', language: 'fr', channel: 'chat', text },
      });
      expect(arabic.statusCode).toBe(200);
      expect(arabic.json().issues[0]).toEqual({
        code: 'REGISTER', severity: 'warning', locale: 'ar', span: [9, 11],
        message: '«\u2068tu\u2069» صيغة غير رسمية؛ يتوقع هذا السوق الأسلوب الرسمي (\u2068vous\u2069).',
      });
      // A language the review has no catalogue for gets English, and says so.
      const korean = await t().request({ method: 'POST', url: '/api/v1/replies/review', headers: { 'accept-language': 'ko' }, body: { market: 'fr', language: 'fr', channel: 'chat', text } });
      expect(korean.json().issues[0]).toMatchObject({ locale: 'en', message: expect.stringContaining('is informal') });
    });

    it('writes messages in the signed-in agent\'s locale, and flags a reply in a language the policy does not accept', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/agents/ken', body: { name: 'Ken', email: 'ken@example.com', role: 'agent', locale: 'ja' } });
      const token = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'ken', role: 'agent', userId: 'ken' } })).json().token as string;
      const res = await t().request({ method: 'POST', url: '/api/v1/replies/review', token, body: {
        market: 'fr', language: 'fr', channel: 'chat', followUp: true, text: 'Guten Tag, vielen Dank für Ihre Nachricht. Wir schicken Ihnen das Paket morgen zu.',
      } });
      expect(res.json().issues).toMatchObject([{ code: 'LANGUAGE_MISMATCH', severity: 'warning', span: [0, 82] }]);
      expect(res.json().issues[0].message).toContain('ドイツ語');
    });

    it('finds nothing in a clean reply', async () => {
      const text = 'Bonjour Madame Dubois,\n\nMerci pour votre message. Votre colis est parti ce matin et arrivera le 28/05/2027.\n\nCordialement,\nL\'équipe';
      const res = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { market: 'fr', language: 'fr', channel: 'email', text, customerName: 'Claire Dubois', gender: 'female' } });
      expect(res.json()).toEqual({ issues: [] });
    });

    it('reviews a reply in a conversation: the customer\'s name, language and market come from it', async () => {
      const ingest = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'email', externalId: 'jp-1', market: 'jp', customer: { email: 'yuki@example.jp', name: '田中 優希', country: 'JP' },
        subject: '注文について', text: '注文した商品がまだ届いていません。確認していただけますか。',
      } });
      expect(ingest.statusCode).toBe(201);
      ids.jp = ingest.json().conversation.id;
      const res = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: {
        conversationId: ids.jp, text: '田中さん\n\n明日発送するよ。4個セットでお送りします。カード番号 4111 1111 1111 1111\n\nよろしくお願いいたします。',
      } });
      expect(res.statusCode).toBe(200);
      const { issues } = res.json();
      expect(codes(issues)).toEqual(['GREETING', 'NAME_FORM', 'PII', 'REGISTER', 'SENSITIVITY']);
      const name = issues.find((i: { code: string }) => i.code === 'NAME_FORM');
      expect(name.message).toContain('田中 優希 様');
      expect(issues.filter((i: { severity: string }) => i.severity === 'blocking').map((i: { code: string }) => i.code).sort()).toEqual(['PII', 'SENSITIVITY']);
    });

    it('refuses bad input without changing anything', async () => {
      const blank = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { market: 'fr', language: 'fr', text: '   ' } });
      expect(blank.statusCode).toBe(400);
      const unknownMarket = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { market: 'zz', language: 'fr', text: 'Bonjour' } });
      expect(unknownMarket.statusCode).toBe(422);
      const unknownConversation = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { conversationId: '01234567-89ab-7def-8123-456789abcdef', text: 'x' } });
      expect(unknownConversation.statusCode).toBe(404);
      const neither = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { text: 'Bonjour' } });
      expect(neither.statusCode).toBe(400);
      const extra = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: { market: 'fr', language: 'fr', text: 'Bonjour', foo: 1 } });
      expect(extra.statusCode).toBe(400);
      const anonymous = await t().request({ method: 'POST', url: '/api/v1/replies/review', token: null, body: { market: 'fr', language: 'fr', text: 'Bonjour' } });
      expect(anonymous.statusCode).toBe(401);
    });

    it('holds back a reply with blocking issues until an audited override', async () => {
      const text = '田中 優希 様\n\nお問い合わせありがとうございます。カード番号 4111 1111 1111 1111 を確認しました。\n\nよろしくお願いいたします。';
      const blocked = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text } });
      expect(blocked.statusCode).toBe(422);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect(codes(blocked.json().issues)).toEqual(['PII']);
      const before = await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.jp}` });
      expect(before.json().messages).toHaveLength(1);

      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text, override: { reason: 'The customer asked us to confirm the test card' } } });
      expect(sent.statusCode).toBe(201);
      expect(sent.json()).toMatchObject({
        overridden: true,
        message: { private: false, deliveryStatus: 'queued', reviewOverride: { reason: 'The customer asked us to confirm the test card', codes: ['PII'] } },
      });
      const row = await t().runtime.ctx.store.db.selectFrom('messages').select('review_override').where('id', '=', sent.json().message.id).executeTakeFirstOrThrow();
      expect(JSON.parse(row.review_override!)).toMatchObject({ reason: 'The customer asked us to confirm the test card', codes: ['PII'] });
      const audit = await t().request({ method: 'GET', url: `/api/v1/audit?entityType=conversation&entityId=${ids.jp}` });
      expect(audit.json().items.map((e: { action: string }) => e.action)).toContain('reply.review_overridden');

      const clean = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text: '田中 優希 様\n\nご連絡ありがとうございます。本日発送いたしました。\n\nよろしくお願いいたします。' } });
      expect(clean.statusCode).toBe(201);
      expect(clean.json()).toMatchObject({ overridden: false, issues: [] });
      const note = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text: 'カード 4111 1111 1111 1111 は返金済み', private: true } });
      expect(note.statusCode).toBe(201);
      expect(note.json().issues).toEqual([]);
      const blankReason = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text, override: { reason: '  ' } } });
      expect(blankReason.statusCode).toBe(400);
    });
  });
}
