import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';
import { startFakeDeepL, type FakeEngine } from './fake-engines.js';
import { useTranslationApp } from './translation-test-app.js';

async function setup(t: TestApp, externalId: string, text: string) {
  await t.request({ method: 'PUT', url: '/api/v1/markets/dk', body: { name: 'Denmark', countries: ['DK'], languages: ['da'], timeZone: 'Europe/Copenhagen', currency: 'DKK' } });
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: {
    channel: 'chat', externalId, market: 'dk', customer: { email: `${externalId}@example.dk`, country: 'DK' }, text,
  } });
  expect(res.statusCode).toBe(201);
  const ids = res.json() as { message: { id: string }; conversation: { id: string } };
  await t.request({ method: 'PATCH', url: `/api/v1/conversations/${ids.conversation.id}`, body: { language: 'da' } });
  return ids;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`translation API without an engine [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('says clearly that no engine is configured, and fakes nothing', async () => {
      const { message, conversation } = await setup(t(), 'none-1', 'Hvor er min pakke? Jeg har ventet i to uger.');
      expect((await t().request({ method: 'GET', url: '/api/v1/translation/engine' })).json()).toEqual({ engine: null, configured: false, timeoutMs: 10000 });
      const translate = await t().request({ method: 'POST', url: `/api/v1/messages/${message.id}/translations`, body: { to: 'en' } });
      expect(translate.statusCode).toBe(503);
      expect(translate.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(translate.json()).toMatchObject({ code: 'BL_UNAVAILABLE', detail: expect.stringMatching(/No translation engine is configured.*BORDERLESS_TRANSLATION_PROVIDER/) });
      expect((await t().request({ method: 'GET', url: `/api/v1/messages/${message.id}/translations` })).json()).toEqual({ items: [], reply: null });
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversation.id}/reply-preview`, body: { text: 'We are on it.', from: 'en' } });
      expect(preview.statusCode).toBe(503);
      expect((await t().request({ method: 'GET', url: '/api/v1/translation/languages' })).statusCode).toBe(503);
    });

    it('still answers from approved translation memory, labelled as such', async () => {
      await t().request({ method: 'POST', url: '/api/v1/translation-memory', body: { from: 'en', to: 'da', source: 'We are on it.', target: 'Vi er i gang.' } });
      const { conversation } = await setup(t(), 'none-2', 'Tak for hjælpen');
      const preview = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversation.id}/reply-preview`, body: { text: 'We are on it.', from: 'en' } });
      expect(preview.statusCode).toBe(200);
      expect(preview.json()).toMatchObject({ text: 'Vi er i gang.', engine: 'memory', machine: false, to: 'da' });
      // An entry approved for a language serves its regional variants too (da-DK → da).
      const regional = await t().request({ method: 'POST', url: `/api/v1/conversations/${conversation.id}/reply-preview`, body: { text: 'we are ON it.', from: 'en-GB', to: 'da-DK' } });
      expect(regional.json()).toMatchObject({ text: 'Vi er i gang.', engine: 'memory', to: 'da-DK' });
    });
  });

  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`translation API with DeepL [${dialect}]`, () => {
    let engine: FakeEngine;
    let quota = false;
    beforeAll(async () => { engine = await startFakeDeepL({ apiKey: 'test-key:fx', quotaExceeded: () => quota }); });
    afterAll(() => engine.close());
    const t = useTranslationApp(dialect, () => ({
      BORDERLESS_TRANSLATION_PROVIDER: 'deepl', BORDERLESS_DEEPL_URL: engine.url, BORDERLESS_DEEPL_API_KEY: 'test-key:fx',
    }));

    it('translates through DeepL with the glossary as XML tags, and records quota exhaustion as a failure', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/glossary', body: { doNotTranslate: [{ term: 'Kitsune' }], forced: [] } });
      const { message } = await setup(t(), 'deepl-1', 'Min Kitsune pande er revnet');
      const res = await t().request({ method: 'POST', url: `/api/v1/messages/${message.id}/translations`, body: { to: 'pt-BR' } });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ status: 'done', engine: 'deepl', from: 'da', to: 'pt-BR', text: '[PT-BR] Min Kitsune pande er revnet' });
      expect(engine.requests.at(-1)!.headers.authorization).toBe('DeepL-Auth-Key test-key:fx');
      expect(engine.requests.at(-1)!.body).toEqual({ text: ['Min <x id="0"/> pande er revnet'], target_lang: 'PT-BR', source_lang: 'DA', tag_handling: 'xml' });

      quota = true;
      const failed = await t().request({ method: 'POST', url: `/api/v1/messages/${message.id}/translations`, body: { to: 'ja' } });
      expect(failed.statusCode).toBe(201);
      expect(failed.json()).toMatchObject({ status: 'failed', engine: 'deepl', error: { reason: 'quota', detail: 'deepl answered HTTP 456: Quota exceeded' } });
      const languages = await t().request({ method: 'GET', url: '/api/v1/translation/languages' });
      expect(languages.json()).toMatchObject({ engine: 'deepl', items: [{ code: 'en-US' }, { code: 'ja' }, { code: 'zh' }, { code: 'zh-Hant' }] });
    });
  });
}
