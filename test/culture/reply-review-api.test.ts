import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/store/audit-store.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';
import { startFakeLibreTranslate, type FakeEngine } from '../translation/fake-engines.js';

/*
 * Issue 6: sending a reply runs the review, whichever route it takes. `POST …/replies` holds back blocking issues
 * (PII, SENSITIVITY) unless an audited override lets them through; warnings pass and come back; notes, automation
 * and the partner scope behave as before.
 */

const codes = (issues: Array<{ code: string }>) => [...new Set(issues.map((i) => i.code))].sort();
const CARD = '4111 1111 1111 1111';

async function ingest(t: TestApp, externalId: string, market: string, customer: Record<string, unknown>, text: string): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId, market, customer, subject: 'Order', text } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().conversation.id as string;
}

/** What a conversation holds: its messages and its outbox rows. */
async function stored(t: TestApp, conversationId: string): Promise<{ messages: Array<{ text: string }>; outbox: number }> {
  const db = t.runtime.ctx.store.db;
  const messages = await db.selectFrom('messages').select('text').where('conversation_id', '=', conversationId).execute();
  const outbox = await db.selectFrom('outbox').select('id').where('conversation_id', '=', conversationId).execute();
  return { messages, outbox: outbox.length };
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`every public reply is reviewed [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const ids = { jp: '', sa: '', fr: '' };
    const jpText = (middle: string) => `田中 優希 様\n\nお問い合わせありがとうございます。${middle}\n\nよろしくお願いいたします。`;

    it('holds back a reply carrying a card number: 422 with the issues, nothing stored or queued', async () => {
      for (const preset of ['JP', 'SA', 'FR', 'BR']) {
        expect((await t().request({ method: 'PUT', url: `/api/v1/markets/${preset.toLowerCase()}`, body: { preset } })).statusCode).toBeLessThan(300);
      }
      ids.jp = await ingest(t(), 'rr-jp', 'jp', { email: 'yuki@example.jp', name: '田中 優希', country: 'JP' }, '注文した商品がまだ届いていません。');
      const res = await t().request({
        method: 'POST', url: `/api/v1/conversations/${ids.jp}/replies`, headers: { 'accept-language': 'en' },
        body: { text: jpText(`カード番号 ${CARD} を確認しました。`) },
      });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem).toMatchObject({ status: 422, code: 'BL_UNPROCESSABLE' });
      expect(codes(problem.issues)).toEqual(['PII']);
      expect(problem.issues[0]).toMatchObject({ severity: 'blocking' });
      expect(problem.errors).toEqual([expect.objectContaining({ path: '/body/text' })]);
      expect(await stored(t(), ids.jp)).toEqual({ messages: [{ text: '注文した商品がまだ届いていません。' }], outbox: 0 });
      const conversation = (await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.jp}` })).json();
      expect(conversation).toMatchObject({ status: 'open', firstRespondedAt: null });
    });

    it('sends it with an override: recorded on the message and in the audit log, in the reply\'s transaction', async () => {
      const text = jpText(`カード番号 ${CARD} を確認しました。`);
      const res = await t().request({
        method: 'POST', url: `/api/v1/conversations/${ids.jp}/replies`,
        body: { text, override: { reason: 'The customer asked us to confirm the test card' } },
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({ overridden: true, message: { private: false, deliveryStatus: 'queued', text }, conversation: { id: ids.jp, status: 'pending' } });
      expect(codes(body.issues)).toEqual(['PII']);
      const db = t().runtime.ctx.store.db;
      const row = await db.selectFrom('messages').select('review_override').where('id', '=', body.message.id).executeTakeFirstOrThrow();
      expect(JSON.parse(row.review_override!)).toMatchObject({ reason: 'The customer asked us to confirm the test card', codes: ['PII'], at: '2027-04-30T08:30:00.000Z' });
      expect((await stored(t(), ids.jp)).outbox).toBe(1);
      const audit = (await t().request({ method: 'GET', url: `/api/v1/audit?entityType=conversation&entityId=${ids.jp}` })).json().items as Array<{ action: string; changes: Record<string, unknown> }>;
      const overridden = audit.find((e) => e.action === 'reply.review_overridden');
      expect(overridden?.changes).toMatchObject({ messageId: body.message.id, reason: 'The customer asked us to confirm the test card', codes: ['PII'] });
      expect(audit.map((e) => e.action)).toContain('conversation.replied');
    });

    it('refuses a blank override reason with a 400 and stores nothing', async () => {
      const before = await stored(t(), ids.jp);
      const res = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/replies`, body: { text: jpText(`カード ${CARD}`), override: { reason: '   ' } } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: '/body/override/reason', message: 'must not be blank' }]);
      const extra = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/replies`, body: { text: 'はい', override: { reason: 'x', by: 'me' } } });
      expect(extra.statusCode).toBe(400);
      expect(await stored(t(), ids.jp)).toEqual(before);
    });

    it('holds back a sensitive topic in its market (pork in Saudi Arabia), with messages in the caller\'s language', async () => {
      ids.sa = await ingest(t(), 'rr-sa', 'sa', { email: 'omar@example.sa', name: 'Omar', country: 'SA' }, 'Where is my order? I ordered last week.');
      const text = 'Hello Omar,\n\nThank you for your patience. As an apology we added our pork sausages to your next order.\n\nKind regards';
      const res = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.sa}/replies`, headers: { 'accept-language': 'fr' }, body: { text, language: 'en' } });
      expect(res.statusCode).toBe(422);
      const sensitivity = (res.json().issues as Array<{ code: string; message: string; span: [number, number] }>).find((i) => i.code === 'SENSITIVITY')!;
      expect(text.slice(...sensitivity.span)).toBe('pork');
      expect(sensitivity.message).toMatch(/[éè]/);
      expect((await stored(t(), ids.sa)).outbox).toBe(0);
      const fine = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.sa}/replies`, body: { text: text.replace('our pork sausages', 'a voucher') } });
      expect(fine.statusCode, fine.body).toBe(201);
      expect(fine.json().overridden).toBe(false);
    });

    it('lets warnings through and answers them', async () => {
      ids.fr = await ingest(t(), 'rr-fr', 'fr', { email: 'claire@example.fr', name: 'Claire Dubois', country: 'FR' }, 'Bonjour, où est mon colis ?');
      const res = await t().request({
        method: 'POST', url: `/api/v1/conversations/${ids.fr}/replies`,
        body: { text: 'Bonjour Claire Dubois,\n\nTu peux nous renvoyer ton colis ?\n\nCordialement,\nL\'équipe' },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ overridden: false, message: { deliveryStatus: 'queued' }, conversation: { id: ids.fr } });
      expect(codes(res.json().issues)).toContain('REGISTER');
      expect(res.json().issues.every((i: { severity: string }) => i.severity === 'warning')).toBe(true);
      expect((await stored(t(), ids.fr)).outbox).toBe(1);
    });

    it('does not review private notes: a card number in a note is stored and never queued', async () => {
      const before = (await stored(t(), ids.fr)).outbox;
      const res = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.fr}/replies`, body: { text: `Remboursé sur la carte ${CARD}`, private: true } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ issues: [], overridden: false, message: { private: true, deliveryStatus: 'note' } });
      expect((await stored(t(), ids.fr)).outbox).toBe(before);
    });

    it('answers the same through the older reviewed-replies path', async () => {
      const blocked = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text: jpText(`カード ${CARD}`) } });
      expect(blocked.statusCode).toBe(422);
      expect(codes(blocked.json().issues)).toEqual(['PII']);
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/reviewed-replies`, body: { text: jpText('本日発送いたしました。') } });
      expect(sent.statusCode, sent.body).toBe(201);
      expect(sent.json()).toMatchObject({ overridden: false, issues: [], conversation: { id: ids.jp } });
    });

    it('keeps a partner agent to their markets: a foreign conversation is 404, blocked text or not', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/teams/atlantico', body: { name: 'Atlântico CX', kind: 'partner', timeZone: 'America/Sao_Paulo', markets: ['br'] } });
      await t().request({ method: 'PUT', url: '/api/v1/agents/joao', body: { name: 'João Silva', email: 'joao@example.com', role: 'agent', teams: ['atlantico'] } });
      const token = (await t().request({ method: 'POST', url: '/api/v1/tokens', body: { name: 'joao', role: 'agent', userId: 'joao' } })).json().token as string;
      const before = await stored(t(), ids.jp);
      for (const body of [{ text: jpText(`カード ${CARD}`) }, { text: jpText(`カード ${CARD}`), override: { reason: 'mine now' } }, { text: 'はい' }]) {
        const res = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.jp}/replies`, token, body });
        expect(res.statusCode).toBe(404);
        expect(res.json()).not.toHaveProperty('issues');
      }
      expect(await stored(t(), ids.jp)).toEqual(before);
      const br = await ingest(t(), 'rr-br', 'br', { email: 'ana@example.com.br', name: 'Ana Souza', country: 'BR' }, 'Olá, meu pedido não chegou.');
      const own = await t().request({ method: 'POST', url: `/api/v1/conversations/${br}/replies`, token, body: { text: `Olá Ana,\n\nO cartão ${CARD} foi recusado.\n\nAtenciosamente` } });
      expect(own.statusCode).toBe(422);
    });

    it('leaves automation alone: a reply the system sends is not reviewed', async () => {
      const message = await t().runtime.ctx.outbound.reply(systemActor, null, ids.fr, { text: `Carte ${CARD}`, private: false });
      expect(message).toMatchObject({ deliveryStatus: 'queued' });
    });
  });
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`translated replies are reviewed too [${dialect}]`, () => {
    let engine: FakeEngine;
    beforeAll(async () => { engine = await startFakeLibreTranslate(); });
    afterAll(() => engine.close());
    const t = useTestApp(dialect, Date.parse('2027-04-30T08:30:00Z'), () => ({
      BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: engine.url,
    }));

    const cardReply = `佐藤 蓮 様\n\nカード番号 ${CARD} で本日発送いたしました。\n\nよろしくお願いいたします。`;
    let id = '';
    const previewFor = async (text: string): Promise<string> => {
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/reply-preview`, body: { text, from: 'en' } });
      expect(preview.statusCode, preview.body).toBe(200);
      return preview.json().previewId as string;
    };

    it('holds back a translated reply with a card number (422 with the issues), keeps the preview usable, and sends the fixed text', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      id = await ingest(t(), 'rr-tr', 'jp', { email: 'ren@example.jp', name: '佐藤 蓮', country: 'JP' }, '注文した商品がまだ届いていません。');
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${id}`, body: { language: 'ja' } });
      const previewId = await previewFor('Your order ships today.');
      const blocked = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/translated-replies`, headers: { 'accept-language': 'ar' }, body: { previewId, text: cardReply } });
      expect(blocked.statusCode).toBe(422);
      expect(blocked.headers['content-type']).toContain('application/problem+json');
      expect(blocked.json().errors).toEqual([expect.objectContaining({ path: '/body/text', message: expect.stringMatching(/^PII: /) })]);
      // The same issues as `POST …/replies` answers, in the caller's language, saying which language that is.
      const [pii] = blocked.json().issues as Array<{ code: string; severity: string; message: string; locale: string; span: [number, number] }>;
      expect(pii).toMatchObject({ code: 'PII', severity: 'blocking', locale: 'ar', message: 'يبدو هذا رقم بطاقة دفع؛ لا ترسل أرقام البطاقات أبدًا.' });
      expect(cardReply.slice(...pii!.span)).toBe(CARD);
      expect(await stored(t(), id)).toEqual({ messages: [{ text: '注文した商品がまだ届いていません。' }], outbox: 0 });
      const blank = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/translated-replies`, body: { previewId, text: cardReply, override: { reason: ' ' } } });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().errors).toEqual([{ path: '/body/override/reason', message: 'must not be blank' }]);
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/translated-replies`, body: {
        previewId, text: '佐藤 蓮 様\n\n本日発送いたしました。\n\nよろしくお願いいたします。',
      } });
      expect(sent.statusCode, sent.body).toBe(201);
      expect(sent.json()).toMatchObject({ overridden: false, issues: [], message: { reviewOverride: null }, translation: { previewId } });
      expect((await stored(t(), id)).outbox).toBe(1);
    });

    it('sends a blocked translated reply with an override: recorded on the message, shown in its view, audited', async () => {
      const previewId = await previewFor('We confirm the test card.');
      const reason = 'The customer sent the test card number and asked us to confirm it';
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/translated-replies`, body: { previewId, text: cardReply, override: { reason } } });
      expect(sent.statusCode, sent.body).toBe(201);
      const body = sent.json();
      expect(body).toMatchObject({ overridden: true, translation: { previewId, edited: true }, message: { text: cardReply, deliveryStatus: 'queued' } });
      expect(codes(body.issues)).toEqual(['PII']);
      const override = { reason, codes: ['PII'], by: expect.any(String), at: '2027-04-30T08:30:00.000Z' };
      expect(body.message.reviewOverride).toEqual(override);
      const view = (await t().request({ method: 'GET', url: `/api/v1/conversations/${id}` })).json();
      expect(view.messages.find((m: { id: string }) => m.id === body.message.id).reviewOverride).toEqual(override);
      expect(view.messages.filter((m: { reviewOverride: unknown }) => m.reviewOverride !== null)).toHaveLength(1);
      const audit = (await t().request({ method: 'GET', url: `/api/v1/audit?entityType=conversation&entityId=${id}` })).json().items as Array<{ action: string; changes: Record<string, unknown> }>;
      expect(audit.find((e) => e.action === 'reply.review_overridden')?.changes).toMatchObject({ messageId: body.message.id, reason, codes: ['PII'] });
      // The preview is spent: a second send is a conflict, not a second message.
      const again = await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/translated-replies`, body: { previewId, text: cardReply, override: { reason } } });
      expect(again.statusCode).toBe(409);
      expect((await stored(t(), id)).outbox).toBe(2);
    });
  });
}
