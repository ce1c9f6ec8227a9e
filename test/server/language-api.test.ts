import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`language in the API and the pipeline [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('detects with the contract shape, and uses hints for short texts', async () => {
      const res = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: 'Hvor er min pakke? Jeg har ventet i ti dage.' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ language: 'da', confidence: expect.any(Number), candidates: expect.any(Array) });
      const tak = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: 'tak', hints: { country: 'DK', previousLanguage: 'da', acceptLanguage: 'da-DK,da;q=0.9', candidates: ['da', 'nb', 'sv'] } } });
      expect(tak.json().language).toBe('da');
      const ok = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: 'ok' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().language).toBeNull();
    });

    it('rejects bad hints and empty text', async () => {
      const badTag = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: 'merci', hints: { previousLanguage: 'not a tag!' } } });
      expect(badTag.statusCode).toBe(400);
      expect(badTag.json().errors[0].path).toMatch(/^\/body\/hints/);
      const empty = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: '' } });
      expect(empty.statusCode).toBe(400);
      const blank = await t().request({ method: 'POST', url: '/api/v1/language/detect', body: { text: '   \n ' } });
      expect(blank.json().language).toBeNull();
    });

    it('gives every inbound message a language, remembered on the conversation and the customer', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/ch', body: { name: 'Switzerland', countries: ['CH'], languages: ['de', 'fr', 'it'], timeZone: 'Europe/Zurich', currency: 'CHF' } });
      const first = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'lang-1', customer: { email: 'luca@example.ch', country: 'CH' }, subject: 'Ordine', text: 'Buongiorno, il mio ordine non è ancora arrivato. Potete aiutarmi?' } })).json();
      expect(first.conversation.language).toBe('it');
      const second = (await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', externalId: 'lang-2', customer: { email: 'luca@example.ch' }, text: 'grazie' } })).json();
      expect(second.conversation.language).toBe('it');
      const thread = (await t().request({ method: 'GET', url: `/api/v1/conversations/${first.conversation.id}` })).json();
      expect(thread.messages.map((m: { language: string }) => m.language)).toEqual(['it', 'it']);
      const customer = (await t().request({ method: 'GET', url: `/api/v1/customers/${first.conversation.customer.id}` })).json();
      expect(customer).toMatchObject({ language: 'it', languageSource: 'detected' });
    });

    it('lands a message it cannot identify with language null, never losing it', async () => {
      const res = await t().request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'chat', externalId: 'lang-3', customer: { handle: 'v-99' }, text: '👍 123' } });
      expect(res.statusCode).toBe(201);
      expect(res.json().conversation.language).toBeNull();
    });
  });
}
