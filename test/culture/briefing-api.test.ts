import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

// The test clock starts at 2027-04-30T08:30:00Z: 17:30 on a Friday in Tokyo, 10:30 in Paris.
for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`briefing and culture API [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const ids: Record<string, string> = {};

    it('briefs an agent on a Japanese customer: local time, hours, next holiday, how to address them, SLA', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      const ingest = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'email', externalId: 'b-jp-1', market: 'jp', customer: { email: 'yuki@example.jp', name: '田中 優希', country: 'JP' },
        subject: '返品について', text: '先週届いた商品を返品したいのですが、手続きを教えていただけますか。',
      } });
      ids.jp = ingest.json().conversation.id;
      const res = await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.jp}/briefing` });
      expect(res.statusCode).toBe(200);
      const b = res.json();
      expect(b).toMatchObject({
        market: 'jp', language: 'ja', channel: 'email',
        customer: { name: '田中 優希', timeZone: 'Asia/Tokyo', localTime: '2027-04-30T17:30:00+09:00', weekday: 'friday', weekdayLocal: '金曜日' },
        availability: { open: true, closesAt: '2027-04-30T09:00:00.000Z', reason: null },
        nextHoliday: { date: '2027-05-03', name: 'Constitution Day', inDays: 3 },
        register: { level: 'formal' },
        address: { text: '田中 優希 様', honorific: '様', nameOrder: 'family-given' },
        salutation: { opening: '田中 優希 様' },
        expectedResponseTime: 'P1D', crossSell: 'avoid', directness: 'low', empathy: 'high',
        sensitivities: { numbers: [4, 9] },
        preferredChannels: ['email', 'line', 'phone'], onPreferredChannel: true,
        formats: { locale: 'ja-JP', currency: 'JPY', dateExample: '2027/05/26' },
        sla: { state: 'running' },
      });
      expect(b.paymentMethods).toContain('PayPay');
      expect(b.sla.targets.map((x: { target: string }) => x.target)).toContain('firstResponse');
    });

    it('uses the neutral form without a gender and the honorific with one; shows holiday greetings and the signature', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/de', body: { preset: 'DE' } });
      const ingest = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
        channel: 'chat', externalId: 'b-de-1', market: 'de', customer: { email: 'thomas@example.de', name: 'Thomas Müller', country: 'DE' },
        text: 'Guten Tag, mein Paket ist noch nicht angekommen. Können Sie bitte nachsehen?',
      } });
      ids.de = ingest.json().conversation.id;
      const neutral = (await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.de}/briefing` })).json();
      expect(neutral.address).toMatchObject({ text: 'Thomas Müller', honorific: null });
      expect(neutral.register).toMatchObject({ level: 'formal', form: 'Sie', informalForm: 'du' });

      const customerId = (await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.de}` })).json().customer.id;
      await t().runtime.ctx.store.db.updateTable('customers').set({ attributes: JSON.stringify({ gender: 'male' }) }).where('id', '=', customerId).execute();
      const brand = (await t().request({ method: 'GET', url: '/api/v1/brand' })).json();
      await t().request({ method: 'PUT', url: '/api/v1/brand', body: { ...brand, signature: { signOff: { de: 'Ihr Atelier-Team', en: 'The Atelier team' } } } });
      const signature = await t().request({ method: 'PUT', url: '/api/v1/brand/signature', body: {
        toneWords: ['warm', 'precise'], promises: { de: ['Kostenlose Rücksendung innerhalb von 30 Tagen'] }, markets: { de: { signOff: { de: 'Ihr Atelier-Team Berlin' } } },
      } });
      expect(signature.statusCode).toBe(200);
      expect(signature.json()).toMatchObject({ signOff: { de: 'Ihr Atelier-Team' }, toneWords: ['warm', 'precise'] });
      const badMarket = await t().request({ method: 'PUT', url: '/api/v1/brand/signature', body: { toneWords: [], promises: {}, markets: { zz: { signOff: { de: 'x' } } } } });
      expect(badMarket.statusCode).toBe(422);

      t().clock.set(Date.parse('2027-12-22T09:00:00Z'));
      const b = (await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.de}/briefing` })).json();
      expect(b.address).toMatchObject({ text: 'Herr Müller', honorific: 'Herr' });
      expect(b.holidayGreeting).toMatchObject({ holiday: 'Christmas Day', date: '2027-12-25', text: 'Frohe Weihnachten und einen guten Rutsch!' });
      expect(b.signature).toEqual({ signOff: 'Ihr Atelier-Team Berlin', toneWords: ['warm', 'precise'], promises: ['Kostenlose Rücksendung innerhalb von 30 Tagen'] });
      expect(b.expectedResponseTime).toBe('PT2M');
      t().clock.set(Date.parse('2027-04-30T08:30:00Z'));
    });

    it('flags a missing sign-off on email replies, as GREETING', async () => {
      const res = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: {
        market: 'de', language: 'de', channel: 'email', text: 'Guten Tag Herr Müller,\n\nIhr Paket ist unterwegs.\n\nMit freundlichen Grüßen',
      } });
      expect(res.json().issues).toMatchObject([{ code: 'GREETING', severity: 'warning' }]);
      expect(res.json().issues[0].message).toContain('Ihr Atelier-Team Berlin');
      const signed = await t().request({ method: 'POST', url: '/api/v1/replies/review', body: {
        market: 'de', language: 'de', channel: 'email', text: 'Guten Tag Herr Müller,\n\nIhr Paket ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Atelier-Team Berlin',
      } });
      expect(signed.json().issues).toEqual([]);
    });

    it('shows the resolved culture profile of a market and the presets, and 404s the unknown', async () => {
      const profile = await t().request({ method: 'GET', url: '/api/v1/markets/jp/culture-profile' });
      expect(profile.statusCode).toBe(200);
      expect(profile.json().profile.names.ja.honorifics.neutral).toBe('様');
      expect(profile.json().sources.length).toBeGreaterThan(3);
      const preset = await t().request({ method: 'GET', url: '/api/v1/culture-presets/sa' });
      expect(preset.json()).toMatchObject({ country: 'SA', profile: { sensitivities: { topics: ['pork', 'alcohol', 'gambling'] } } });
      expect((await t().request({ method: 'GET', url: '/api/v1/culture-presets/xx' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/markets/zz/culture-profile' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: '/api/v1/conversations/01234567-89ab-7def-8123-456789abcdef/briefing' })).statusCode).toBe(404);
      expect((await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.jp}/briefing`, token: null })).statusCode).toBe(401);
    });
  });
}
