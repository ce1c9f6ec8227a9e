import pino from 'pino';
import { Type } from 'typebox';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChannelRegistry, OutboxDispatcher, channelsFeatureOf, defaultRetryPolicy, nextAttemptAt, permanentFailure, retryDelayMs, retryLater, sent,
  type ChannelAdapter, type SendResult,
} from '../../src/channels/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

describe('retry policy', () => {
  it('backs off exponentially with equal jitter, up to a cap, and gives up at the deadline', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, defaultRetryPolicy, () => 1))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(1, defaultRetryPolicy, () => 0)).toBe(5_000);
    expect(retryDelayMs(30, defaultRetryPolicy, () => 1)).toBe(defaultRetryPolicy.maxDelayMs);
    expect(retryDelayMs(1, defaultRetryPolicy, () => 0, 120_000)).toBe(120_000);
    expect(nextAttemptAt({ attempts: 1, createdMs: 0, nowMs: 1000 }, defaultRetryPolicy, () => 1)).toBe(11_000);
    expect(nextAttemptAt({ attempts: 5, createdMs: 0, nowMs: defaultRetryPolicy.giveUpAfterMs - 1000 }, defaultRetryPolicy, () => 1)).toBeNull();
    expect(nextAttemptAt({ attempts: defaultRetryPolicy.maxAttempts, createdMs: 0, nowMs: 0 }, defaultRetryPolicy, () => 1)).toBeNull();
  });
});

/** A kind whose sends follow a script, one result per attempt. */
function scriptedKind(script: SendResult[], calls: string[]): ChannelAdapter<any> {
  return {
    kind: 'scripted', displayName: 'Scripted', secretPaths: [],
    configSchema: Type.Object({ kind: Type.Literal('scripted'), market: Type.String() }, { additionalProperties: false }),
    capabilities: { threading: false, html: false, attachments: false, deliveryReceipts: false, readReceipts: false, replyWindowMs: null, idempotentSend: true, maxTextLength: null },
    async send(request) {
      calls.push(`${request.outbox.idempotencyKey}#${request.outbox.attempt}`);
      return script.shift() ?? sent(`ok-${request.outbox.idempotencyKey}`);
    },
  };
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`outbox dispatcher [${dialect}]`, () => {
    const t = useTestApp(dialect);
    const script: SendResult[] = [];
    const calls: string[] = [];
    let dispatcher: OutboxDispatcher;

    beforeAll(async () => {
      const feature = channelsFeatureOf(t().runtime.ctx)!;
      // The runtime's own dispatcher would race this one; these tests drive the outbox by hand.
      await feature.dispatcher.stop();
      const kind = scriptedKind(script, calls);
      feature.registry.register(kind);
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      expect((await t().request({ method: 'PUT', url: '/api/v1/channels/scripted-jp', body: { kind: 'scripted', market: 'jp' } })).statusCode).toBe(201);
      dispatcher = new OutboxDispatcher({
        store: t().runtime.ctx.store, registry: new ChannelRegistry([kind]), clock: t().clock, logger: pino({ level: 'silent' }),
        config: t().runtime.ctx.config, random: () => 1,
      });
    });

    async function queueReply(app: TestApp, channel: string, n: number): Promise<string> {
      // Through the pipeline itself: POST /api/v1/messages only takes the kinds it lists.
      const ingest = await app.runtime.ctx.pipeline.ingest({ channel, externalId: `${channel}-${n}`, market: 'jp', customer: { handle: `user-${n}` }, text: 'こんにちは' });
      const reply = await app.request({ method: 'POST', url: `/api/v1/conversations/${ingest.conversation.id}/replies`, body: { text: 'はい' } });
      return reply.json().message.id as string;
    }
    const row = (id: string) => t().runtime.ctx.store.db.selectFrom('outbox').innerJoin('messages', 'messages.id', 'outbox.message_id')
      .select(['outbox.status', 'outbox.attempts', 'outbox.next_attempt_at', 'outbox.last_error', 'messages.delivery_status', 'messages.delivery_error', 'messages.external_id'])
      .where('outbox.message_id', '=', id).executeTakeFirstOrThrow();

    it('retries with backoff, honours a provider\'s retry-after, then records the provider id', async () => {
      const id = await queueReply(t(), 'scripted', 1);
      script.push(retryLater('503 busy'), retryLater('429 slow down', 120_000));
      const start = t().clock.now();
      await dispatcher.tick();
      expect(await row(id)).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: new Date(start + 10_000).toISOString(), last_error: '503 busy', delivery_status: 'queued' });
      expect((await row(id)).delivery_error).toMatch(/^attempt 1 failed: 503 busy; next attempt at /);
      await dispatcher.tick();
      expect(calls).toEqual([`${id}#1`]);
      t().clock.advance(10_000);
      await dispatcher.tick();
      expect(await row(id)).toMatchObject({ attempts: 2, next_attempt_at: new Date(start + 130_000).toISOString() });
      t().clock.advance(120_000);
      await dispatcher.tick();
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, delivery_status: 'sent', delivery_error: null, external_id: `ok-${id}` });
      expect(calls).toEqual([`${id}#1`, `${id}#2`, `${id}#3`]);
    });

    it('marks permanent failures and gives up on retries after the deadline', async () => {
      const refused = await queueReply(t(), 'scripted', 2);
      script.push(permanentFailure('invalid recipient'));
      await dispatcher.tick();
      expect(await row(refused)).toMatchObject({ status: 'failed', delivery_status: 'failed', delivery_error: 'invalid recipient' });

      const doomed = await queueReply(t(), 'scripted', 3);
      script.push(retryLater('down'));
      await dispatcher.tick();
      t().clock.advance(defaultRetryPolicy.giveUpAfterMs);
      script.push(retryLater('still down'));
      await dispatcher.tick();
      expect(await row(doomed)).toMatchObject({ status: 'failed', delivery_status: 'failed', delivery_error: 'gave up after 2 attempts: still down' });
    });

    it('reclaims an item whose sender died mid-send once its lease ran out', async () => {
      const id = await queueReply(t(), 'scripted', 4);
      const db = t().runtime.ctx.store.db;
      const leaseEnd = new Date(t().clock.now() + 5 * 60_000).toISOString();
      await db.updateTable('outbox').set({ status: 'sending', attempts: 1, next_attempt_at: leaseEnd }).where('message_id', '=', id).execute();
      await dispatcher.tick();
      expect((await row(id)).status).toBe('sending');
      t().clock.advance(5 * 60_000);
      await dispatcher.tick();
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('leaves items of kinds without an adapter queued, untouched', async () => {
      const id = await queueReply(t(), 'carrier-pigeon', 5);
      await dispatcher.tick();
      expect(await row(id)).toMatchObject({ status: 'pending', attempts: 0, delivery_status: 'queued' });
    });
  });
}
