// Shared set-up for the messaging channel tests: markets defined in full (no presets), counts, and the dispatcher.
import { expect } from 'vitest';
import { channelsFeatureOf } from '../../src/channels/index.js';
import type { TestApp } from '../helpers/test-app.js';

const weekdays = (from: string, to: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [[from, to]]]));

/** Markets the channel tests use: Japan (chat 09–18, phone 10–17 weekdays), Brazil, and the Emirates (Arabic). */
export const testMarkets: Record<string, Record<string, unknown>> = {
  jp: { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY', hours: { default: weekdays('09:00', '18:00'), phone: weekdays('10:00', '17:00') }, holidays: null },
  br: { name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL', hours: { default: weekdays('08:00', '20:00') }, holidays: null },
  ae: { name: 'United Arab Emirates', countries: ['AE'], languages: ['ar', 'en'], timeZone: 'Asia/Dubai', currency: 'AED', hours: { default: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) }, holidays: null },
};

/** Creates (or replaces) a test market. */
export async function putTestMarket(t: TestApp, code: keyof typeof testMarkets & string, overrides: Record<string, unknown> = {}): Promise<void> {
  const res = await t.request({ method: 'PUT', url: `/api/v1/markets/${code}`, body: { ...testMarkets[code], ...overrides } });
  expect([200, 201], res.body).toContain(res.statusCode);
}

/** Creates (or replaces) a channel and expects it stored. */
export async function putChannel(t: TestApp, id: string, body: Record<string, unknown>): Promise<void> {
  const res = await t.request({ method: 'PUT', url: `/api/v1/channels/${id}`, body });
  expect([200, 201], res.body).toContain(res.statusCode);
}

/** Inbound messages stored for a channel kind. */
export async function countInbound(t: TestApp, kind: string): Promise<number> {
  const row = await t.runtime.ctx.store.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n'))
    .where('channel', '=', kind).where('direction', '=', 'in').executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The stored inbound message with this provider id, with its conversation and customer. */
export async function storedInbound(t: TestApp, kind: string, externalId: string) {
  return t.runtime.ctx.store.db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .select(['messages.id', 'messages.text', 'messages.attachments', 'messages.received_at', 'messages.conversation_id', 'conversations.channel_id',
      'conversations.market', 'customers.id as customer_id', 'customers.name', 'customers.phone', 'customers.email', 'customers.locale', 'customers.country'])
    .where('messages.channel', '=', kind).where('messages.external_id', '=', externalId).where('messages.direction', '=', 'in')
    .executeTakeFirst();
}

/** Queues a public reply on a conversation and runs the outbox once; answers the reply's message id. */
export async function replyAndDispatch(t: TestApp, conversationId: string, text: string): Promise<string> {
  const res = await t.request({ method: 'POST', url: `/api/v1/conversations/${conversationId}/replies`, body: { text } });
  expect(res.statusCode, res.body).toBe(201);
  await channelsFeatureOf(t.runtime.ctx)!.dispatcher.tick();
  return res.json().message.id as string;
}

/** An outbound message's delivery fields. */
export async function delivery(t: TestApp, messageId: string) {
  return t.runtime.ctx.store.db.selectFrom('messages').select(['delivery_status', 'delivery_error', 'external_id']).where('id', '=', messageId).executeTakeFirstOrThrow();
}

/** Identities of a customer, as `kind:value`. */
export async function identitiesOf(t: TestApp, customerId: string): Promise<string[]> {
  const rows = await t.runtime.ctx.store.db.selectFrom('customer_identities').select(['kind', 'value']).where('customer_id', '=', customerId).orderBy('kind').execute();
  return rows.map((r) => `${r.kind}:${r.value}`);
}
