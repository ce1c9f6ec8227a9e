import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import type { TestApp } from '../helpers/test-app.js';
import { startFakeLibreTranslate, type FakeEngine } from './fake-engines.js';
import { useTranslationApp } from './translation-test-app.js';

const unknownId = '01234567-89ab-7def-8123-456789abcdef';

async function agentToken(t: TestApp, id: string, locale: string | null): Promise<string> {
  const agent = await t.request({ method: 'PUT', url: `/api/v1/agents/${id}`, body: { name: id, email: `${id}@example.com`, role: 'agent', locale } });
  expect(agent.statusCode).toBeLessThan(300);
  const token = await t.request({ method: 'POST', url: '/api/v1/tokens', body: { name: id, role: 'agent', userId: id } });
  expect(token.statusCode).toBe(201);
  return token.json().token as string;
}

async function ingest(t: TestApp, externalId: string, text: string, extra: Record<string, unknown> = {}) {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: {
    channel: 'email', externalId, market: 'jp', customer: { email: `${externalId}@example.jp`, country: 'JP' }, text, ...extra,
  } });
  expect(res.statusCode).toBe(201);
  return res.json() as { message: { id: string }; conversation: { id: string; language: string | null } };
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`translation API with LibreTranslate [${dialect}]`, () => {
    let engine: FakeEngine;
    beforeAll(async () => { engine = await startFakeLibreTranslate(); });
    afterAll(() => engine.close());
    beforeEach(() => { engine.mode = 'ok'; engine.requests.length = 0; });
    // Well above a loopback round trip even on a loaded machine, well below the fake's 3 s 'slow' answers.
    const t = useTranslationApp(dialect, () => ({
      BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: engine.url, BORDERLESS_TRANSLATION_TIMEOUT_MS: '1500',
    }));
    let aiko = '';
    let ben = '';
    let first: Awaited<ReturnType<typeof ingest>>;

    it('says which engine is configured', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' } });
      aiko = await agentToken(t(), 'aiko', 'en-GB');
      ben = await agentToken(t(), 'ben', 'de');
      const res = await t().request({ method: 'GET', url: '/api/v1/translation/engine' });
      expect(res.json()).toEqual({ engine: 'libretranslate', configured: true, timeoutMs: 1500 });
    });

    it('translates a message into the agent\'s working language on demand and caches it; the original is untouched', async () => {
      first = await ingest(t(), 'tr-1', '注文した商品がまだ届きません。');
      const made = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, token: aiko, body: {} });
      expect(made.statusCode).toBe(201);
      expect(made.json()).toMatchObject({
        messageId: first.message.id, to: 'en-GB', from: 'ja', status: 'done', text: '[en] 注文した商品がまだ届きません。',
        engine: 'libretranslate', machine: true, error: null, warnings: [], requestedBy: 'aiko', createdAt: '2027-04-30T08:30:00.000Z',
      });
      expect(engine.requests).toHaveLength(1);
      expect(engine.requests[0]!.body).toMatchObject({ q: '注文した商品がまだ届きません。', target: 'en', format: 'text' });

      t().clock.advance(60_000);
      const cached = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, token: aiko });
      expect(cached.statusCode).toBe(200);
      expect(cached.json().createdAt).toBe('2027-04-30T08:30:00.000Z');
      expect(engine.requests).toHaveLength(1);

      const list = await t().request({ method: 'GET', url: `/api/v1/messages/${first.message.id}/translations` });
      expect(list.json()).toMatchObject({ items: [{ to: 'en-GB', status: 'done' }], reply: null });
      const conversation = (await t().request({ method: 'GET', url: `/api/v1/conversations/${first.conversation.id}` })).json();
      expect(conversation.messages[0].text).toBe('注文した商品がまだ届きません。');
      expect(Object.keys(conversation.messages[0])).not.toContain('translations');
    });

    it('translates into an explicit language, and refuses bad input clearly', async () => {
      const de = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, token: aiko, body: { to: 'de' } });
      expect(de.statusCode).toBe(201);
      expect(de.json()).toMatchObject({ to: 'de', text: '[de] 注文した商品がまだ届きません。' });
      const byBen = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, token: ben });
      expect(byBen.statusCode).toBe(200);
      expect(byBen.json().to).toBe('de');

      const unknown = await t().request({ method: 'POST', url: `/api/v1/messages/${unknownId}/translations`, body: { to: 'en' } });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().code).toBe('BL_NOT_FOUND');
      expect((await t().request({ method: 'GET', url: `/api/v1/messages/${unknownId}/translations` })).statusCode).toBe(404);
      const badTag = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, body: { to: 'en_US' } });
      expect(badTag.statusCode).toBe(400);
      expect(badTag.json()).toMatchObject({ code: 'BL_VALIDATION', errors: [{ path: '/body/to' }] });
      const badId = await t().request({ method: 'POST', url: '/api/v1/messages/not-an-id/translations', body: {} });
      expect(badId.statusCode).toBe(400);
      const same = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, body: { to: 'ja-JP' } });
      expect(same.statusCode).toBe(422);
      const anonymous = await t().request({ method: 'POST', url: `/api/v1/messages/${first.message.id}/translations`, token: null, body: {} });
      expect(anonymous.statusCode).toBe(401);
    });

    it.each([
      ['slow', 'timeout', /did not answer within 1500 ms/],
      ['error-500', 'engine-error', /HTTP 500/],
      ['not-json', 'bad-response', /not JSON/],
      ['wrong-shape', 'bad-response', /without "translatedText"/],
    ] as const)('an engine that is %s: the translation is marked failed, nothing is lost, a retry works', async (mode, reason, detail) => {
      const m = await ingest(t(), `tr-fail-${mode}`, 'パンが割れていました。返品できますか？');
      engine.mode = mode;
      const failed = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko });
      expect(failed.statusCode).toBe(201);
      expect(failed.json()).toMatchObject({ status: 'failed', text: null, engine: 'libretranslate', error: { reason } });
      expect(failed.json().error.detail).toMatch(detail);
      const listed = (await t().request({ method: 'GET', url: `/api/v1/messages/${m.message.id}/translations` })).json();
      expect(listed.items).toMatchObject([{ status: 'failed', error: { reason } }]);
      const conversation = (await t().request({ method: 'GET', url: `/api/v1/conversations/${m.conversation.id}` })).json();
      expect(conversation.messages.map((x: { text: string }) => x.text)).toEqual(['パンが割れていました。返品できますか？']);

      engine.mode = 'ok';
      const retried = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko });
      expect(retried.statusCode).toBe(201);
      expect(retried.json()).toMatchObject({ status: 'done', error: null, text: '[en] パンが割れていました。返品できますか？' });
    });

    it('keeps the glossary\'s brand names and forced translations through the engine, even when it mangles the placeholders', async () => {
      const forbidden = await t().request({ method: 'PUT', url: '/api/v1/glossary', token: aiko, body: { doNotTranslate: [], forced: [] } });
      expect(forbidden.statusCode).toBe(403);
      const dup = await t().request({ method: 'PUT', url: '/api/v1/glossary', body: { doNotTranslate: [{ term: 'Kitsune' }, { term: 'KITSUNE' }], forced: [] } });
      expect(dup.statusCode).toBe(400);
      expect(dup.json().errors).toEqual([{ path: '/body/doNotTranslate/1/term', message: 'duplicates /doNotTranslate/0' }]);
      const badTag = await t().request({ method: 'PUT', url: '/api/v1/glossary', body: { doNotTranslate: [], forced: [{ term: 'x', to: 'english', translation: 'y' }] } });
      expect(badTag.statusCode).toBe(400);

      const put = await t().request({ method: 'PUT', url: '/api/v1/glossary', body: {
        doNotTranslate: [{ term: 'Kitsune Pan' }, { term: 'Kitsune' }],
        forced: [{ term: 'ギフトカード', to: 'en', translation: 'gift card' }, { term: 'gift card', to: 'ja', translation: 'ギフトカード' }],
      } });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject({ doNotTranslate: [{ term: 'Kitsune Pan' }, { term: 'Kitsune' }], updatedAt: '2027-04-30T08:31:00.000Z' });
      expect((await t().request({ method: 'GET', url: '/api/v1/glossary', token: aiko })).json().forced).toHaveLength(2);

      const m = await ingest(t(), 'tr-gloss', 'Kitsune Panのギフトカード & 返品 <重要>');
      const res = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko });
      expect(engine.requests.at(-1)!.body).toMatchObject({ q: '<x id="0"/>の<x id="1"/> &amp; 返品 &lt;重要&gt;', format: 'html' });
      expect(res.json()).toMatchObject({ status: 'done', text: '[en] Kitsune Panのgift card & 返品 <重要>', warnings: [] });

      engine.mode = 'mangle-tags';
      const mangled = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko, body: { to: 'fr' } });
      expect(mangled.json().text).toBe('[fr]Kitsune Panのギフトカード & 返品 <重要>');
      const spaced = await ingest(t(), 'tr-gloss-fr', 'Ma Kitsune Pan est cassée', { customer: { email: 'fr@example.fr' } });
      const restored = await t().request({ method: 'POST', url: `/api/v1/messages/${spaced.message.id}/translations`, token: aiko, body: { to: 'de' } });
      expect(engine.requests.at(-1)!.body.q).toBe('Ma <x id="0"/> est cassée');
      expect(restored.json().text).toBe('[de] Ma Kitsune Pan est cassée');

      engine.mode = 'drop-tags';
      const dropped = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko, body: { to: 'es' } });
      // The forced ギフトカード → gift card applies to English only; into Spanish just the brand name is protected.
      expect(dropped.json()).toMatchObject({ status: 'done', text: '[es] のギフトカード & 返品 <重要>' });
      expect(dropped.json().warnings).toEqual([{ code: 'GLOSSARY_TERM_LOST', message: 'The engine dropped the glossary term "Kitsune Pan"' }]);
    });

    let previewId = '';
    it('previews a reply in the customer\'s language; only that agent can send it, once, for that conversation', async () => {
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${first.conversation.id}`, body: { language: 'ja' } });
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/reply-preview`, token: aiko, body: {
        text: 'Sorry for the wait.\n\nYour Kitsune Pan ships today.',
      } });
      expect(preview.statusCode).toBe(200);
      const body = preview.json();
      expect(body).toMatchObject({
        from: 'en', to: 'ja', engine: 'libretranslate', machine: true, warnings: [],
        text: '[ja] Sorry for the wait.\n\n[ja] Your Kitsune Pan ships today.',
        policy: { allowed: true, reason: 'customer-language', mode: 'pivot-allowed' }, expiresAt: '2027-05-01T08:31:00.000Z',
      });
      expect(engine.requests.at(-1)!.body).toMatchObject({ q: ['Sorry for the wait.', 'Your <x id="0"/> ships today.'], source: 'en', target: 'ja', format: 'html' });
      previewId = body.previewId;

      const notMine = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: ben, body: { previewId, text: body.text } });
      expect(notMine.statusCode).toBe(403);
      const other = await ingest(t(), 'tr-other', 'こんにちは');
      const wrongConversation = await t().request({ method: 'POST', url: `/api/v1/conversations/${other.conversation.id}/translated-replies`, token: aiko, body: { previewId, text: body.text } });
      expect(wrongConversation.statusCode).toBe(422);
      const unknownPreview = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: aiko, body: { previewId: unknownId, text: 'x' } });
      expect(unknownPreview.statusCode).toBe(404);

      const edited = '大変お待たせいたしました。\n\nKitsune Panは本日発送いたします。';
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: aiko, body: { previewId, text: edited } });
      expect(sent.statusCode).toBe(201);
      expect(sent.json().message).toMatchObject({ text: edited, direction: 'out', private: false, deliveryStatus: 'queued', language: 'ja', author: 'aiko' });
      expect(sent.json().translation).toMatchObject({
        previewId, sourceText: 'Sorry for the wait.\n\nYour Kitsune Pan ships today.', sourceLanguage: 'en', targetLanguage: 'ja',
        machineText: body.text, engine: 'libretranslate', edited: true, sentBy: 'aiko',
      });
      const outbox = await t().runtime.ctx.store.db.selectFrom('outbox').innerJoin('messages', 'messages.id', 'outbox.message_id')
        .select('messages.text').where('outbox.conversation_id', '=', first.conversation.id).execute();
      expect(outbox.map((o) => o.text)).toEqual([edited]);

      const again = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: aiko, body: { previewId, text: edited } });
      expect(again.statusCode).toBe(409);
      const link = (await t().request({ method: 'GET', url: `/api/v1/messages/${sent.json().message.id}/translations` })).json();
      expect(link.reply).toMatchObject({ previewId, edited: true });
    });

    it('reuses the agent\'s edited translation from memory instead of calling the engine', async () => {
      const memory = (await t().request({ method: 'GET', url: '/api/v1/translation-memory?from=en&to=ja' })).json();
      expect(memory.items).toMatchObject([{ from: 'en', to: 'ja', origin: 'agent-edit', approvedBy: 'aiko', target: '大変お待たせいたしました。\n\nKitsune Panは本日発送いたします。' }]);
      const calls = engine.requests.length;
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/reply-preview`, token: aiko, body: {
        text: '  sorry for the wait.\n\nyour Kitsune Pan ships   today.', from: 'en',
      } });
      expect(preview.json()).toMatchObject({ engine: 'memory', machine: false, text: '大変お待たせいたしました。\n\nKitsune Panは本日発送いたします。' });
      expect(engine.requests.length).toBe(calls);
      const listed = (await t().request({ method: 'GET', url: '/api/v1/translation-memory' })).json();
      expect(listed.items[0].uses).toBe(1);

      const unchanged = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/reply-preview`, token: aiko, body: { text: 'Anything else?' } });
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: aiko, body: { previewId: unchanged.json().previewId, text: unchanged.json().text } });
      expect(sent.json().translation.edited).toBe(false);
      expect((await t().request({ method: 'GET', url: '/api/v1/translation-memory' })).json().items).toHaveLength(1);
    });

    it('sends a translated reply with files uploaded to the conversation; a foreign file id leaves the preview usable', async () => {
      const conversationId = first.conversation.id;
      const pdf = Buffer.from('%PDF-1.4 receipt');
      const uploaded = await t().runtime.app.inject({
        method: 'POST', url: `/api/v1/conversations/${conversationId}/attachments?filename=receipt.pdf`, payload: pdf,
        headers: { authorization: `Bearer ${aiko}`, 'content-type': 'application/pdf' },
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const fileId = uploaded.json().id as string;
      const preview = (await t().request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/reply-preview`, token: aiko, body: { text: 'Here is your receipt.' } })).json();
      const url = `/api/v1/conversations/${conversationId}/translated-replies`;

      const foreign = await t().request({ method: 'POST', url, token: aiko, body: { previewId: preview.previewId, text: preview.text, attachments: ['0'.repeat(32)] } });
      expect(foreign.statusCode).toBe(422);
      expect(foreign.json().errors).toEqual([{ path: '/body/attachments/0', message: 'is not a file uploaded to this conversation' }]);

      const sent = await t().request({ method: 'POST', url, token: aiko, body: { previewId: preview.previewId, text: preview.text, attachments: [fileId] } });
      expect(sent.statusCode, sent.body).toBe(201);
      expect(sent.json().message.attachments).toEqual([{ filename: 'receipt.pdf', contentType: 'application/pdf', size: pdf.length, url: `/api/v1/attachments/${fileId}` }]);
    });

    it('refuses previews it cannot make, and a preview past its 24 hours', async () => {
      const url = `/api/v1/conversations/${first.conversation.id}/reply-preview`;
      expect((await t().request({ method: 'POST', url, token: aiko, body: { text: 'x', from: 'ja' } })).statusCode).toBe(422);
      expect((await t().request({ method: 'POST', url, token: aiko, body: { text: 'x', from: 'english' } })).statusCode).toBe(400);
      expect((await t().request({ method: 'POST', url, token: aiko, body: { text: '   ' } })).statusCode).toBe(400);
      expect((await t().request({ method: 'POST', url: `/api/v1/conversations/${unknownId}/reply-preview`, token: aiko, body: { text: 'x' } })).statusCode).toBe(404);
      engine.mode = 'slow';
      const down = await t().request({ method: 'POST', url, token: aiko, body: { text: 'Is it broken?' } });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ code: 'BL_UNAVAILABLE', detail: expect.stringMatching(/timeout/) });
      engine.mode = 'ok';

      const preview = (await t().request({ method: 'POST', url, token: aiko, body: { text: 'Please wait.' } })).json();
      t().clock.advance(24 * 3600_000 + 1);
      const late = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: aiko, body: { previewId: preview.previewId, text: preview.text } });
      expect(late.statusCode).toBe(422);
      expect(late.json().detail).toMatch(/expired/);
    });

    it('exposes and enforces the market\'s language policy', async () => {
      const initial = (await t().request({ method: 'GET', url: '/api/v1/markets/jp/language-policy', token: aiko })).json();
      expect(initial).toMatchObject({
        market: 'jp', languages: ['ja'], pivotLanguages: ['en'], stored: {}, issues: [],
        channels: { email: { mode: 'pivot-allowed', source: 'built-in' }, phone: { mode: 'native-required', proficiency: { customerLanguage: 'C1', pivotLanguage: null } } },
      });
      const bad = await t().request({ method: 'PUT', url: '/api/v1/markets/jp/language-policy', body: { phone: 'native' } });
      expect(bad.statusCode).toBe(400);
      const byAgent = await t().request({ method: 'PUT', url: '/api/v1/markets/jp/language-policy', token: aiko, body: { email: 'native-required' } });
      expect(byAgent.statusCode).toBe(403);
      const put = await t().request({ method: 'PUT', url: '/api/v1/markets/jp/language-policy', body: { email: 'native-required', phone: { mode: 'native-required', minLevel: 'native' } } });
      expect(put.statusCode).toBe(200);
      expect(put.json().channels).toMatchObject({ email: { mode: 'native-required', source: 'channel' }, chat: { mode: 'pivot-allowed' }, phone: { minLevel: 'native' } });
      const market = (await t().request({ method: 'GET', url: '/api/v1/markets/jp' })).json();
      expect(market.settings.languagePolicy).toEqual({ email: 'native-required', phone: { mode: 'native-required', minLevel: 'native' } });
      expect(market.name).toBe('Japan');

      const check = await t().request({ method: 'GET', url: '/api/v1/markets/jp/language-policy?channel=chat&customerLanguage=ja&replyLanguage=en' });
      expect(check.json().check).toEqual({ channel: 'chat', customerLanguage: 'ja', replyLanguage: 'en', allowed: true, reason: 'pivot-language', mode: 'pivot-allowed' });
      const half = await t().request({ method: 'GET', url: '/api/v1/markets/jp/language-policy?channel=chat' });
      expect(half.statusCode).toBe(400);
      expect((await t().request({ method: 'GET', url: '/api/v1/markets/nowhere/language-policy' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/markets/jp/language-policy?replyLanguage=en_US' })).statusCode).toBe(400);

      // An English reply by email to a Japanese customer is now refused: previewed with the verdict, never sent.
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/reply-preview`, token: ben, body: { text: 'Wir prüfen das.', to: 'en' } });
      expect(preview.json().policy).toEqual({ allowed: false, reason: 'native-required', mode: 'native-required' });
      const sent = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/translated-replies`, token: ben, body: { previewId: preview.json().previewId, text: preview.json().text } });
      expect(sent.statusCode).toBe(422);
      expect(sent.json().detail).toMatch(/language policy/);
    });

    it('manages translation memory by hand', async () => {
      const added = await t().request({ method: 'POST', url: '/api/v1/translation-memory', body: { from: 'ja', to: 'en', source: 'ありがとう', target: 'Thank you' } });
      expect(added.statusCode).toBe(201);
      const m = await ingest(t(), 'tr-tm', ' ありがとう ');
      await t().request({ method: 'PATCH', url: `/api/v1/conversations/${m.conversation.id}`, body: { language: 'ja' } });
      const calls = engine.requests.length;
      const res = await t().request({ method: 'POST', url: `/api/v1/messages/${m.message.id}/translations`, token: aiko, body: { to: 'en' } });
      expect(res.json()).toMatchObject({ from: 'ja', engine: 'memory', machine: false, text: 'Thank you' });
      expect(engine.requests.length).toBe(calls);
      const nul = await t().request({ method: 'POST', url: '/api/v1/translation-memory', body: { from: 'ja', to: 'en', source: 'a\u0000b', target: 'b' } });
      expect(nul.statusCode).toBe(400);
      const nulPreview = await t().request({ method: 'POST', url: `/api/v1/conversations/${first.conversation.id}/reply-preview`, token: aiko, body: { text: 'a\u0000b' } });
      expect(nulPreview.statusCode).toBe(400);
      const same = await t().request({ method: 'POST', url: '/api/v1/translation-memory', body: { from: 'ja', to: 'ja-JP', source: 'a', target: 'b' } });
      expect(same.statusCode).toBe(400);
      expect((await t().request({ method: 'DELETE', url: `/api/v1/translation-memory/${added.json().id}`, token: aiko })).statusCode).toBe(403);
      expect((await t().request({ method: 'DELETE', url: `/api/v1/translation-memory/${added.json().id}` })).statusCode).toBe(204);
      expect((await t().request({ method: 'DELETE', url: `/api/v1/translation-memory/${added.json().id}` })).statusCode).toBe(404);
    });
  });
}
