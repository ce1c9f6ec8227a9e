import { expect } from 'vitest';
import { channelsFeatureOf, type ChannelsFeature } from '../../src/channels/index.js';
import { startInboundSmtp } from '../../src/channels/email/index.js';
import type { TestApp } from '../helpers/test-app.js';

export const supportAddress = 'support@brand.example.jp';

/**
 * The Japan market (from its preset, plus `settings`), an `email-jp` channel whose outgoing server is the fake
 * provider on `providerPort`, and inbound SMTP on a free loopback port.
 */
export async function setUpEmail(t: TestApp, providerPort: number, options: { maxMessageBytes?: number; settings?: Record<string, unknown> } = {}): Promise<{
  feature: ChannelsFeature; smtpPort: number; close(): Promise<void>;
}> {
  const market = await t.request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP', ...(options.settings ? { settings: options.settings } : {}) } });
  expect([200, 201]).toContain(market.statusCode);
  const channel = await t.request({
    method: 'PUT', url: '/api/v1/channels/email-jp',
    body: { kind: 'email', market: 'jp', addresses: [supportAddress], fromName: 'ブランド カスタマーサポート', smtp: { host: '127.0.0.1', port: providerPort, secure: false } },
  });
  expect([200, 201], channel.body).toContain(channel.statusCode);
  const feature = channelsFeatureOf(t.runtime.ctx)!;
  const { server, port } = await startInboundSmtp(feature.services, 0, { maxMessageBytes: options.maxMessageBytes ?? 300_000 });
  return { feature, smtpPort: port, close: () => server.close() };
}

/** The stored inbound message with this Message-ID, with its conversation and customer. */
export async function storedByMessageId(t: TestApp, messageId: string) {
  return t.runtime.ctx.store.db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customers', 'customers.id', 'conversations.customer_id')
    .select(['messages.id', 'messages.text', 'messages.html', 'messages.subject', 'messages.attachments', 'messages.conversation_id',
      'conversations.channel_id', 'conversations.market', 'conversations.thread_key', 'customers.email', 'customers.name'])
    .where('messages.channel', '=', 'email').where('messages.external_id', '=', messageId).where('messages.direction', '=', 'in')
    .executeTakeFirst();
}

export async function countInbound(t: TestApp): Promise<number> {
  const row = await t.runtime.ctx.store.db.selectFrom('messages').select((eb) => eb.fn.countAll().as('n'))
    .where('direction', '=', 'in').where('channel', '=', 'email').executeTakeFirstOrThrow();
  return Number(row.n);
}
