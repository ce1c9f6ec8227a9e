import { describe, expect, it } from 'vitest';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp } from '../helpers/test-app.js';

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`conversations API [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const ids: Record<string, string> = {};

    it('lists with filters, search and cursor pagination', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' } });
      await t().request({ method: 'PUT', url: '/api/v1/markets/it', body: { name: 'Italy', countries: ['IT'], languages: ['it'], timeZone: 'Europe/Rome', currency: 'EUR' } });
      for (let i = 0; i < 7; i++) {
        t().clock.advance(60_000);
        const market = i % 2 === 0 ? 'jp' : 'it';
        const res = await t().request({ method: 'POST', url: '/api/v1/messages', body: {
          channel: i < 4 ? 'email' : 'chat', externalId: `l-${i}`, market, customer: { email: `c${i}@example.com` },
          subject: i === 3 ? 'Reso ordine KT-2027-10442' : null, text: i === 5 ? 'La padella è arrivata graffiata' : `message ${i}`,
        } });
        ids[`c${i}`] = res.json().conversation.id;
      }
      const jp = (await t().request({ method: 'GET', url: '/api/v1/conversations?market=jp' })).json();
      expect(jp.items.map((c: { market: string }) => c.market)).toEqual(['jp', 'jp', 'jp', 'jp']);
      const chatIt = (await t().request({ method: 'GET', url: '/api/v1/conversations?market=it&channel=chat' })).json();
      expect(chatIt.items).toHaveLength(1);
      const bySubject = (await t().request({ method: 'GET', url: '/api/v1/conversations?q=kt-2027-10442' })).json();
      expect(bySubject.items.map((c: { id: string }) => c.id)).toEqual([ids.c3]);
      const byText = (await t().request({ method: 'GET', url: `/api/v1/conversations?q=${encodeURIComponent('padella')}` })).json();
      expect(byText.items.map((c: { id: string }) => c.id)).toEqual([ids.c5]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: string }>; nextCursor: string | null } =
          (await t().request({ method: 'GET', url: `/api/v1/conversations?limit=3${cursor ? `&cursor=${cursor}` : ''}` })).json();
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([ids.c6, ids.c5, ids.c4, ids.c3, ids.c2, ids.c1, ids.c0]);

      const bad = await t().request({ method: 'GET', url: '/api/v1/conversations?status=closed' });
      expect(bad.statusCode).toBe(400);
      const tooMany = await t().request({ method: 'GET', url: '/api/v1/conversations?limit=5000' });
      expect(tooMany.statusCode).toBe(400);
    });

    it('queues a public reply in the outbox, keeps a private note in, and stops the first-response clock', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/agents/aiko', body: { name: '佐藤 愛子', email: 'aiko@example.com', role: 'agent', languages: [{ language: 'ja', level: 'native' }] } });
      const note = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.c0}/replies`, body: { text: 'お客様は二度目のお問い合わせ', private: true } });
      expect(note.statusCode).toBe(201);
      expect(note.json().message).toMatchObject({ private: true, deliveryStatus: 'note', direction: 'out' });
      const reply = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.c0}/replies`, body: { text: 'お問い合わせいただきありがとうございます。' } });
      expect(reply.statusCode).toBe(201);
      expect(reply.json().message).toMatchObject({ private: false, deliveryStatus: 'queued' });
      expect(reply.json().conversation).toMatchObject({ id: ids.c0, status: 'pending' });
      // Every public reply runs the culture review; what it found comes back with the reply.
      expect(reply.json()).toMatchObject({ overridden: false, issues: expect.any(Array) });
      expect(note.json()).toMatchObject({ overridden: false, issues: [] });
      const outbox = await t().runtime.ctx.store.db.selectFrom('outbox').selectAll().where('conversation_id', '=', ids.c0!).execute();
      expect(outbox).toHaveLength(1);
      // The outbox dispatcher may already have picked the row up; what matters here is that it exists, keyed for exactly-once.
      expect(outbox[0]).toMatchObject({ message_id: reply.json().message.id, idempotency_key: reply.json().message.id });
      const conversation = (await t().request({ method: 'GET', url: `/api/v1/conversations/${ids.c0}` })).json();
      expect(conversation.status).toBe('pending');
      expect(conversation.firstRespondedAt).not.toBeNull();
      expect(conversation.waitingSince).toBeNull();
      expect(conversation.messages.map((m: { private: boolean }) => m.private)).toEqual([false, true, false]);
      // No reply here was sent over blocking review issues.
      expect(conversation.messages.map((m: { reviewOverride: unknown }) => m.reviewOverride)).toEqual([null, null, null]);
      const blank = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.c0}/replies`, body: { text: '   ' } });
      expect(blank.statusCode).toBe(400);
      const unknown = await t().request({ method: 'POST', url: '/api/v1/conversations/01234567-89ab-7def-8123-456789abcdef/replies', body: { text: 'x' } });
      expect(unknown.statusCode).toBe(404);
    });

    it('assigns, changes status and records a language correction on the customer', async () => {
      const assigned = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.c2}/assignment`, body: { assignee: 'aiko' } });
      expect(assigned.statusCode).toBe(200);
      expect(assigned.json()).toMatchObject({ assignee: 'aiko', assignment: { agent: 'aiko' } });
      const mine = (await t().request({ method: 'GET', url: '/api/v1/conversations?assignee=aiko' })).json();
      expect(mine.items.map((c: { id: string }) => c.id)).toEqual([ids.c2]);
      const nobody = await t().request({ method: 'POST', url: `/api/v1/conversations/${ids.c2}/assignment`, body: { assignee: 'ghost' } });
      expect(nobody.statusCode).toBe(422);
      const patched = await t().request({ method: 'PATCH', url: `/api/v1/conversations/${ids.c2}`, body: { language: 'ja', priority: 'high' } });
      expect(patched.json()).toMatchObject({ language: 'ja', priority: 'high' });
      const customer = (await t().request({ method: 'GET', url: `/api/v1/customers/${patched.json().customer.id}` })).json();
      expect(customer).toMatchObject({ language: 'ja', languageSource: 'agent' });
      expect(customer.conversations.map((c: { id: string }) => c.id)).toContain(ids.c2);
      const empty = await t().request({ method: 'PATCH', url: `/api/v1/conversations/${ids.c2}`, body: {} });
      expect(empty.statusCode).toBe(400);
      const counts = (await t().request({ method: 'GET', url: '/api/v1/conversations/counts' })).json();
      expect(counts.open + counts.pending).toBe(7);
      expect(counts.total).toBe(7);
      const jpCounts = (await t().request({ method: 'GET', url: '/api/v1/conversations/counts?market=jp' })).json();
      expect(jpCounts.open + jpCounts.pending).toBe(4);
      expect(jpCounts.unassigned).toBe(3);
      const aiko = (await t().request({ method: 'GET', url: '/api/v1/conversations/counts?assignee=aiko' })).json();
      expect(aiko.total).toBe(1);
      const list = (await t().request({ method: 'GET', url: '/api/v1/conversations?market=it&channel=chat' })).json();
      expect(list.items[0].preview).toBe('La padella è arrivata graffiata');
    });

    it('publishes an OpenAPI 3.1 document with every route', async () => {
      const doc = (await t().request({ method: 'GET', url: '/api/v1/openapi.json', token: null })).json();
      expect(doc.openapi).toBe('3.1.0');
      for (const path of ['/api/v1/messages', '/api/v1/conversations', '/api/v1/conversations/{id}/replies', '/api/v1/markets/{code}', '/api/v1/tokens', '/health']) {
        expect(Object.keys(doc.paths)).toContain(path);
      }
      // Replying documents the review: the override in the body, the issues in the 201 and in the 422 problem.
      const replies = doc.paths['/api/v1/conversations/{id}/replies'].post;
      expect(replies.description).toContain('override.reason');
      expect(replies.requestBody.content['application/json'].schema.properties).toHaveProperty('override');
      expect(JSON.stringify(replies.responses['201'])).toContain('ReviewIssue');
      expect(JSON.stringify(replies.responses['422'])).toContain('ReviewIssue');
      expect(doc.paths['/api/v1/conversations/{id}/reviewed-replies'].post).toMatchObject({ deprecated: true, description: replies.description });
      // Translated replies take the same override and answer the same issues; a message shows the override it was sent with.
      const translated = doc.paths['/api/v1/conversations/{id}/translated-replies'].post;
      expect(translated.requestBody.content['application/json'].schema.properties).toHaveProperty('override');
      expect(JSON.stringify(translated.responses['422'])).toContain('ReviewIssue');
      expect(doc.components.schemas.Message.properties).toHaveProperty('reviewOverride');
      expect(doc.components.schemas.ReviewIssue.required).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'locale', 'span']));
      const docs = await t().request({ method: 'GET', url: '/api/docs/', token: null });
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('swagger');
    });
  });
}
