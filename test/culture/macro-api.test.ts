import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';
import { startFakeLibreTranslate, type FakeEngine } from '../translation/fake-engines.js';
import { useTranslationApp } from '../translation/translation-test-app.js';

const lateDelivery = {
  name: 'Late delivery', sourceLocale: 'en', tags: ['delivery'],
  variants: [
    { locale: 'en', text: 'Dear {customerName}, your order {orderNumber} is late. We refunded {amount} and it will arrive on {date}.' },
    { locale: 'ja', register: 'formal', text: '{customerName}\n\nご注文（{orderNumber}）の配送が遅れており、誠に申し訳ございません。{amount}をご返金し、{date}にお届けいたします。' },
    { locale: 'fr', register: 'informal', text: 'Salut {customerName}, ta commande {orderNumber} a du retard.' },
    { locale: 'pt', text: 'Olá {customerName}, o seu pedido {orderNumber} está atrasado. Reembolsámos {amount}.' },
  ],
};

async function conversation(t: ReturnType<ReturnType<typeof useTestApp>>, market: string, externalId: string, customer: Record<string, unknown>, text: string): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId, market, customer, text } });
  return res.json().conversation.id;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`macros API [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const ids: Record<string, string> = {};

    it('stores a macro with variants per locale and register, and flags the locales the markets miss', async () => {
      for (const preset of ['JP', 'FR', 'BR', 'DE']) await t().request({ method: 'PUT', url: `/api/v1/markets/${preset.toLowerCase()}`, body: { preset } });
      const res = await t().request({ method: 'PUT', url: '/api/v1/macros/late-delivery', body: lateDelivery });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ id: 'late-delivery', version: 1, missingLocales: ['de'], outdatedLocales: [], needsReviewLocales: [] });
      expect(res.json().variants.map((v: { locale: string; register: string }) => `${v.locale}/${v.register}`)).toEqual(['en/any', 'fr/informal', 'ja/formal', 'pt/any']);
      // The values each variant takes, read from its ICU text, so the console can ask for them before a first render.
      expect(res.json().variants.map((v: { locale: string; placeholders: string[] }) => [v.locale, v.placeholders])).toEqual([
        ['en', ['customerName', 'orderNumber', 'amount', 'date']], ['fr', ['customerName', 'orderNumber']],
        ['ja', ['customerName', 'orderNumber', 'amount', 'date']], ['pt', ['customerName', 'orderNumber', 'amount']],
      ]);
      expect(res.json().placeholders).toEqual(['customerName', 'orderNumber', 'amount', 'date']);
      const created = await t().request({ method: 'POST', url: '/api/v1/macros', body: { ...lateDelivery, name: 'Copy' } });
      expect(created.statusCode).toBe(201);
      expect((await t().request({ method: 'GET', url: '/api/v1/macros' })).json().items).toHaveLength(2);
      expect((await t().request({ method: 'DELETE', url: `/api/v1/macros/${created.json().id}` })).statusCode).toBe(204);
    });

    it('renders through the locale fallback chain, in the market\'s register, with the name, amount and date formatted for the customer', async () => {
      ids.jp = await conversation(t(), 'jp', 'm-jp', { email: 'yuki@example.jp', name: '田中 優希', country: 'JP' }, '注文した商品がまだ届きません。確認をお願いします。');
      const jp = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.jp, values: { orderNumber: 'A-1042', amount: 1500, date: '2027-05-06' } } });
      expect(jp.statusCode).toBe(200);
      expect(jp.json()).toMatchObject({ locale: 'ja', register: 'formal', requestedLocale: 'ja', fellBack: false, needsReview: false, outdated: false });
      expect(jp.json().text).toContain('田中 優希 様');
      expect(jp.json().text).toContain('￥1,500');
      expect(jp.json().text).toContain('2027年5月6日');

      ids.br = await conversation(t(), 'br', 'm-br', { email: 'ana@example.br', name: 'Ana Souza', country: 'BR' }, 'Olá, meu pedido ainda não chegou. Podem verificar, por favor?');
      const br = (await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.br, values: { orderNumber: 'B-7', amount: 49.9 } } })).json();
      expect(br).toMatchObject({ locale: 'pt', requestedLocale: 'pt-BR', fellBack: true, chain: ['pt-BR', 'pt', 'en'] });
      expect(br.text.replace(/\u00a0/g, ' ')).toBe('Olá Ana, o seu pedido B-7 está atrasado. Reembolsámos R$ 49,90.');

      // France expects vous: the informal French variant is passed over for the English one.
      ids.fr = await conversation(t(), 'fr', 'm-fr', { email: 'claire@example.fr', name: 'Claire Dubois', country: 'FR' }, 'Bonjour, ma commande n’est toujours pas arrivée, pouvez-vous vérifier ?');
      const fr = (await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.fr, values: { orderNumber: 'C-9', amount: 20, date: '2027-05-06T10:00:00Z' } } })).json();
      expect(fr).toMatchObject({ locale: 'en', fellBack: true });
      expect(fr.text).toContain('€20.00');
      expect(fr.text).toContain('6 May 2027');

      const missing = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.jp, values: { amount: 1 } } });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors.map((e: { path: string }) => e.path)).toContain('/body/values/orderNumber');
      const badAmount = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.jp, values: { orderNumber: 'x', amount: 'lots', date: '2027-05-06' } } });
      expect(badAmount.statusCode).toBe(400);
    });

    it('marks variants outdated when the source text changes, and a human edit brings them back', async () => {
      const edited = await t().request({ method: 'PUT', url: '/api/v1/macros/late-delivery/variants/en', body: { text: 'Dear {customerName}, we are sorry: order {orderNumber} is late. We refunded {amount}; it arrives on {date}.' } });
      expect(edited.json()).toMatchObject({ version: 2, outdatedLocales: ['fr', 'ja', 'pt'] });
      const jp = (await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/render', body: { conversationId: ids.jp, values: { orderNumber: 'A', amount: 1, date: '2027-05-06' } } })).json();
      expect(jp.outdated).toBe(true);
      const fixed = await t().request({ method: 'PUT', url: '/api/v1/macros/late-delivery/variants/ja', body: { register: 'formal', text: '{customerName}\n\nご注文（{orderNumber}）の件、誠に申し訳ございません。{amount}をご返金し、{date}にお届けいたします。' } });
      expect(fixed.json().outdatedLocales).toEqual(['fr', 'pt']);
    });

    it('lists the arguments of plurals, selects and their branches, not quoted braces or plural signs', async () => {
      const text = "{count, plural, one {# parcel for {customerName}} other {# parcels}} ({carrier, select, dhl {DHL} other {{carrierName}}}) — track '{id}' at {trackingUrl}.";
      const res = await t().request({ method: 'PUT', url: '/api/v1/macros/parcels-sent', body: { name: 'Parcels sent', sourceLocale: 'en', variants: [{ locale: 'en', text }] } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().variants[0].placeholders).toEqual(['count', 'customerName', 'carrier', 'carrierName', 'trackingUrl']);
      const listed = (await t().request({ method: 'GET', url: '/api/v1/macros' })).json().items.find((m: { id: string }) => m.id === 'parcels-sent');
      expect(listed.placeholders).toEqual(['count', 'customerName', 'carrier', 'carrierName', 'trackingUrl']);
      // The render asks for exactly these (but the name, which the customer's record gives).
      const missing = await t().request({ method: 'POST', url: '/api/v1/macros/parcels-sent/render', body: { conversationId: ids.jp, values: {} } });
      expect(missing.statusCode).toBe(422);
      expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['/body/values/count', '/body/values/carrier', '/body/values/carrierName', '/body/values/trackingUrl']);
      expect((await t().request({ method: 'DELETE', url: '/api/v1/macros/parcels-sent' })).statusCode).toBe(204);
    });

    it('refuses invalid ICU, unknown macros, and answers 503 for a machine draft without an engine', async () => {
      const bad = await t().request({ method: 'PUT', url: '/api/v1/macros/broken', body: { ...lateDelivery, variants: [{ locale: 'en', text: 'Hello {name' }] } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe('/body/variants/0/text');
      const noSource = await t().request({ method: 'PUT', url: '/api/v1/macros/broken', body: { ...lateDelivery, sourceLocale: 'de' } });
      expect(noSource.statusCode).toBe(400);
      expect((await t().request({ method: 'GET', url: '/api/v1/macros/broken' })).statusCode).toBe(404);
      expect((await t().request({ method: 'POST', url: '/api/v1/macros/nope/render', body: { conversationId: ids.jp } })).statusCode).toBe(404);
      const draft = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/variants/de/draft', body: {} });
      expect(draft.statusCode).toBe(503);
      expect(draft.json().code).toBe('BL_UNAVAILABLE');
      const lastSource = await t().request({ method: 'DELETE', url: '/api/v1/macros/late-delivery/variants/en' });
      expect(lastSource.statusCode).toBe(409);
    });
  });

  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`macro machine drafts [${dialect}]`, () => {
    let engine: FakeEngine;
    beforeAll(async () => { engine = await startFakeLibreTranslate(); });
    afterAll(() => engine.close());
    const t = useTranslationApp(dialect, () => ({ BORDERLESS_TRANSLATION_PROVIDER: 'libretranslate', BORDERLESS_LIBRETRANSLATE_URL: engine.url }));

    it('drafts a variant with the engine, keeps the placeholders, marks it for review until approved', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/de', body: { preset: 'DE' } });
      await t().request({ method: 'PUT', url: '/api/v1/macros/late-delivery', body: lateDelivery });
      const draft = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/variants/de/draft', body: { register: 'formal' } });
      expect(draft.statusCode).toBe(201);
      const variant = draft.json().variants.find((v: { locale: string }) => v.locale === 'de');
      expect(variant).toMatchObject({ register: 'formal', origin: 'machine', needsReview: true, engine: 'libretranslate' });
      expect(variant.text).toBe('[de] Dear {customerName}, your order {orderNumber} is late. We refunded {amount} and it will arrive on {date}.');
      expect(draft.json()).toMatchObject({ missingLocales: [], needsReviewLocales: ['de'] });
      const sent = engine.requests.at(-1)!.body as { q: string; format: string };
      expect(sent.format).toBe('html');
      expect(sent.q).toContain('<x id="0"/>');
      const approved = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/variants/de/approve', body: { register: 'formal' } });
      expect(approved.json().needsReviewLocales).toEqual([]);
      engine.mode = 'drop-tags';
      const dropped = await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/variants/it/draft', body: {} });
      expect(dropped.statusCode).toBe(422);
      engine.mode = 'error-500';
      expect((await t().request({ method: 'POST', url: '/api/v1/macros/late-delivery/variants/it/draft', body: {} })).statusCode).toBe(503);
      engine.mode = 'ok';
    });
  });
}
