import { describe, expect, it } from 'vitest';
import { CalendarService, ClosedHoursAutoReply } from '../../src/markets/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * Closed-hours auto-reply (issue 4), through the real ingest endpoint: opt-in per market, in the customer's
 * language and zone, queued in the outbox, at most once per conversation and closed period.
 */

const T0 = Date.parse('2027-04-30T08:30:00Z');

interface Ingested { message: { id: string }; conversation: { id: string; market: string; channel: string } }

/**
 * Ingests and then runs the auto-reply for the message once more, in the test: its answer only comes back after
 * the runtime's own handler (after commit, in the background) has committed or given up, since both claim the
 * same (conversation, closed period) row.
 */
async function ingestAndSettle(t: TestApp, checker: ClosedHoursAutoReply, body: Record<string, unknown>): Promise<Ingested> {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: { channel: 'email', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  const result = res.json() as Ingested;
  await checker.reply({
    type: 'message.received', messageId: result.message.id, conversationId: result.conversation.id,
    market: result.conversation.market, channel: result.conversation.channel,
  });
  return result;
}

async function automatic(t: TestApp, conversationId: string) {
  const db = t.runtime.ctx.store.db;
  return db.selectFrom('messages').innerJoin('auto_replies', 'auto_replies.message_id', 'messages.id')
    .leftJoin('outbox', 'outbox.message_id', 'messages.id')
    .select(['messages.id', 'messages.text', 'messages.language', 'messages.direction', 'messages.author_user_id', 'messages.is_private',
      'messages.delivery_status', 'outbox.status as outbox_status', 'auto_replies.period_key'])
    .where('messages.conversation_id', '=', conversationId).orderBy('messages.id').execute();
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`closed-hours auto-reply [${dialect}]`, () => {
    const t = useTestApp(dialect, T0);
    let checker: ClosedHoursAutoReply;

    it('answers a message sent while closed, in the customer\'s language, once per closed period', async () => {
      const ctx = t().runtime.ctx;
      checker = new ClosedHoursAutoReply(ctx.store, ctx.outbound, ctx.clock, ctx.markets, new CalendarService());
      const put = await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP', settings: { autoReply: { closedHours: true } } } });
      expect(put.statusCode).toBe(201);
      expect(put.json().settings.autoReply).toEqual({ closedHours: true });

      // Friday 19:00 in Tokyo: closed until Thursday 6 May 09:00 (weekend, then Golden Week).
      t().clock.set(Date.parse('2027-04-30T19:01:00+09:00'));
      const first = await ingestAndSettle(t(), checker, {
        externalId: 'jp-closed-1', customer: { email: 'sato@example.jp', country: 'JP' }, market: 'jp',
        text: '注文した商品がまだ届いておりません。', receivedAt: '2027-04-30T19:00:00+09:00',
      });
      let replies = await automatic(t(), first.conversation.id);
      expect(replies).toHaveLength(1);
      const reply = replies[0]!;
      expect(reply).toMatchObject({ direction: 'out', author_user_id: null, language: 'ja', delivery_status: 'queued', period_key: '2027-05-06T00:00:00.000Z' });
      // The outbox dispatcher may be looking at the row this very moment (no email channel is configured, so it stays queued).
      expect(['pending', 'sending']).toContain(reply.outbox_status);
      expect(Number(reply.is_private)).toBe(0);
      expect(reply.text).toContain('営業時間外');
      expect(reply.text).toContain('2027年5月6日木曜日');
      expect(reply.text).toContain('9:00');

      // The conversation view shows it as an outgoing message without an author; SLA clocks are untouched.
      const view = (await t().request({ method: 'GET', url: `/api/v1/conversations/${first.conversation.id}` })).json();
      expect(view.messages.map((m: { direction: string; author: string | null }) => [m.direction, m.author])).toEqual([['in', null], ['out', null]]);
      expect(view.firstRespondedAt).toBeNull();
      expect(view.waitingSince).toBe('2027-04-30T10:00:00.000Z');
      expect(view).toMatchObject({ status: 'open', messageCount: 2 });
      expect(view.messages[1]).toMatchObject({ deliveryStatus: 'queued', reviewOverride: null });
      // Sent through the one outbound path, as the system: audited like any reply.
      const audit = (await t().request({ method: 'GET', url: `/api/v1/audit?entityType=conversation&entityId=${first.conversation.id}` })).json().items;
      expect(audit).toContainEqual(expect.objectContaining({ action: 'conversation.replied', actor: { type: 'system', id: null }, changes: { messageId: reply.id } }));

      // Saturday: the same closed period, no second auto-reply.
      t().clock.set(Date.parse('2027-05-01T10:01:00+09:00'));
      await ingestAndSettle(t(), checker, {
        externalId: 'jp-closed-2', customer: { email: 'sato@example.jp', country: 'JP' }, market: 'jp', text: 'まだでしょうか。', receivedAt: '2027-05-01T10:00:00+09:00',
      });
      expect(await automatic(t(), first.conversation.id)).toHaveLength(1);

      // Open on Thursday: nothing. Closed again on Thursday evening: a new period, a new auto-reply.
      t().clock.set(Date.parse('2027-05-06T11:01:00+09:00'));
      await ingestAndSettle(t(), checker, {
        externalId: 'jp-open-3', customer: { email: 'sato@example.jp', country: 'JP' }, market: 'jp', text: 'お願いします。', receivedAt: '2027-05-06T11:00:00+09:00',
      });
      expect(await automatic(t(), first.conversation.id)).toHaveLength(1);
      t().clock.set(Date.parse('2027-05-06T20:01:00+09:00'));
      await ingestAndSettle(t(), checker, {
        externalId: 'jp-closed-4', customer: { email: 'sato@example.jp', country: 'JP' }, market: 'jp', text: '至急お願いします。', receivedAt: '2027-05-06T20:00:00+09:00',
      });
      replies = await automatic(t(), first.conversation.id);
      expect(replies.map((r) => r.period_key)).toEqual(['2027-05-06T00:00:00.000Z', '2027-05-07T00:00:00.000Z']);
      const outbox = await t().runtime.ctx.store.db.selectFrom('outbox').select('message_id').where('conversation_id', '=', first.conversation.id).execute();
      expect(outbox.map((o) => o.message_id).sort()).toEqual(replies.map((r) => r.id).sort());
    });

    it('writes the next opening in the customer\'s own zone and date format', async () => {
      // A customer in France writing to the Japanese market: French text, Paris time (09:00 JST = 02:00 CEST).
      t().clock.set(Date.parse('2027-04-30T19:31:00+09:00'));
      const fr = await ingestAndSettle(t(), checker, {
        externalId: 'jp-fr-1', customer: { email: 'camille@example.fr', country: 'FR', locale: 'fr-FR' }, market: 'jp',
        text: 'Bonjour, ma commande n\'est toujours pas arrivée. Pouvez-vous vérifier ?', receivedAt: '2027-04-30T19:30:00+09:00',
      });
      const [reply] = await automatic(t(), fr.conversation.id);
      expect(reply!.language).toBe('fr');
      expect(reply!.text).toContain('Merci pour votre message');
      expect(reply!.text).toContain('jeudi 6 mai 2027');
      expect(reply!.text).toContain('02:00');

      // pt-BR falls back to the pt catalogue; the date is Brazilian, in São Paulo time.
      await t().request({ method: 'PUT', url: '/api/v1/markets/br', body: { preset: 'BR', settings: { autoReply: { closedHours: true } } } });
      t().clock.set(Date.parse('2027-05-01T12:01:00-03:00'));
      const br = await ingestAndSettle(t(), checker, {
        channel: 'whatsapp', externalId: 'wamid.br-1', customer: { phone: '+55 11 98888-0000', country: 'BR', locale: 'pt-BR' }, market: 'br',
        text: 'Oi, meu pedido não chegou ainda. Podem verificar?', receivedAt: '2027-05-01T12:00:00-03:00',
      });
      const [brReply] = await automatic(t(), br.conversation.id);
      expect(brReply!.language).toBe('pt');
      expect(brReply!.text).toContain('Obrigado pela sua mensagem');
      // Saturday noon: WhatsApp hours run 09:00–14:00 on Saturdays, but 1 May is Labour Day.
      expect(brReply!.text).toContain('segunda-feira, 3 de maio de 2027');
      expect(brReply!.text).toContain('08:00');
    });

    it('stays silent for markets that did not opt in and for old history', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/de', body: { preset: 'DE' } });
      t().clock.set(Date.parse('2027-05-01T12:01:00+02:00'));
      const de = await ingestAndSettle(t(), checker, {
        externalId: 'de-1', customer: { email: 'jonas@example.de', country: 'DE' }, market: 'de', text: 'Hallo, wo ist meine Bestellung?', receivedAt: '2027-05-01T12:00:00+02:00',
      });
      expect(await automatic(t(), de.conversation.id)).toEqual([]);
      // Closed, opted in, but written a month ago (an import of history): no auto-reply.
      const old = await ingestAndSettle(t(), checker, {
        externalId: 'jp-old-1', customer: { email: 'old@example.jp', country: 'JP' }, market: 'jp', text: '以前の問い合わせ', receivedAt: '2027-04-01T20:00:00+09:00',
      });
      expect(await automatic(t(), old.conversation.id)).toEqual([]);
    });
  });
}
