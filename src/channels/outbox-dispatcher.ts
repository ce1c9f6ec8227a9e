import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { RecurringJob } from '../jobs/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import type { Store } from '../store/database.js';
import { getConversation } from '../store/conversation-store.js';
import { getCustomer } from '../store/customer-store.js';
import type { MessagesTable, OutboxTable } from '../store/store-schema.js';
import type { SendResult } from './channel-adapter.js';
import type { ChannelRegistry } from './channel-registry.js';
import { lastInboundOf, replyChannel } from './channel-store.js';
import { outboundAttachments } from './outbound-attachments.js';
import { defaultRetryPolicy, nextAttemptAt, type RetryPolicy } from './retry-policy.js';

/** What one dispatcher run did. */
export interface DispatchReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

export interface OutboxDispatcherOptions {
  store: Store;
  registry: ChannelRegistry;
  clock: Clock;
  logger: Logger;
  config: Readonly<Config>;
  policy?: RetryPolicy;
  random?: () => number;
  /** Rows claimed per query. */
  batchSize?: number;
  /** How long a claim lasts; a process that dies mid-send leaves the row to be reclaimed after this. */
  leaseMs?: number;
  /** Sends in flight at once within one process. */
  concurrency?: number;
}

type Claimed = Pick<OutboxTable, 'id' | 'message_id' | 'conversation_id' | 'channel' | 'idempotency_key' | 'created_at'> & { attempt: number };

const emptyReport = (): DispatchReport => ({ claimed: 0, sent: 0, retried: 0, failed: 0 });

/**
 * Delivers the outbox. Each run claims due rows (`pending`, or `sending` whose lease ran out) with a conditional
 * UPDATE on the attempt counter, so two processes never hold one row; calls the kind's adapter with the row's
 * idempotency key; then marks the row `sent` (with the provider's id on the message), retries it with exponential
 * backoff and jitter, or marks it `failed` with a reason on the message. Guards repeated here, where sending
 * happens: a private note is never sent, and an automatic reply to an automatic message (auto-reply, bounce,
 * loop) is never sent.
 *
 * Exactly once is bounded by the provider: a crash after the provider accepted a message and before the row is
 * marked leaves it `sending`; after the lease it is sent again with the same idempotency key (email: the same
 * Message-ID), which providers that honour keys, and mail clients, collapse into one.
 *
 * @example
 * const dispatcher = new OutboxDispatcher({ store, registry, clock, logger, config });
 * bus.on('reply.queued', () => dispatcher.kick());
 * jobs.add(dispatcher.recurring(2000));
 */
export class OutboxDispatcher {
  private readonly policy: RetryPolicy;
  private readonly random: () => number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private current: Promise<DispatchReport> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxDispatcherOptions) {
    this.policy = options.policy ?? defaultRetryPolicy;
    this.random = options.random ?? Math.random;
    this.batchSize = options.batchSize ?? 25;
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.concurrency = options.concurrency ?? 4;
  }

  /**
   * Delivers everything due now. Runs never overlap in a process: a call during a run makes that run go round
   * once more (picking up rows queued meanwhile) and resolves with it.
   */
  tick(): Promise<DispatchReport> {
    if (this.stopped) return Promise.resolve(emptyReport());
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = this.loop().finally(() => { this.current = null; });
    return this.current;
  }

  /** Starts a run without waiting for it (after a reply is queued). */
  kick(): void {
    void this.tick().catch((error: unknown) => this.options.logger.error({ err: error }, 'outbox dispatch failed'));
  }

  /** The dispatcher as a job for the runner, so items waiting for a retry go out when due. */
  recurring(intervalMs = 2000): RecurringJob {
    return { name: 'outbox', intervalMs, run: () => this.tick() };
  }

  /** Stops starting runs and waits for the one in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.current?.catch(() => undefined);
  }

  private async loop(): Promise<DispatchReport> {
    const report = emptyReport();
    do {
      this.again = false;
      // A bounded number of batches per pass, so one long backlog cannot starve the timer forever.
      for (let batch = 0; batch < 40 && !this.stopped; batch++) {
        const claimed = await this.claim();
        if (claimed.length === 0) break;
        report.claimed += claimed.length;
        await this.runPool(claimed, report);
      }
    } while (this.again && !this.stopped);
    return report;
  }

  private async runPool(items: Claimed[], report: DispatchReport): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++]!;
        try {
          const outcome = await this.deliver(item);
          report[outcome]++;
        } catch (error) {
          // The row stays `sending` and is reclaimed after its lease: a store error must not lose it.
          this.options.logger.error({ err: error, outbox: item.id }, 'outbox item could not be processed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, items.length) }, worker));
  }

  private async claim(): Promise<Claimed[]> {
    const kinds = this.options.registry.kinds();
    if (kinds.length === 0) return [];
    const db = this.options.store.db;
    const nowMs = this.options.clock.now();
    const now = isoInstant(nowMs);
    // Rows of kinds without an adapter stay queued: nothing here could deliver them.
    const due = await db.selectFrom('outbox')
      .select(['id', 'message_id', 'conversation_id', 'channel', 'idempotency_key', 'created_at', 'attempts', 'status'])
      .where('status', 'in', ['pending', 'sending']).where('next_attempt_at', '<=', now).where('channel', 'in', kinds)
      .orderBy('next_attempt_at').limit(this.batchSize).execute();
    const claimed: Claimed[] = [];
    for (const row of due) {
      const attempts = Number(row.attempts);
      const result = await db.updateTable('outbox')
        .set({ status: 'sending', attempts: attempts + 1, next_attempt_at: isoInstant(nowMs + this.leaseMs), updated_at: now })
        .where('id', '=', row.id).where('attempts', '=', attempts).where('status', '=', row.status).where('next_attempt_at', '<=', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) continue;
      if (row.status === 'sending') {
        this.options.logger.warn({ outbox: row.id, attempt: attempts + 1 }, 'reclaimed an outbox item whose send was interrupted: it may reach the customer twice unless the provider deduplicates');
      }
      claimed.push({
        id: row.id, message_id: row.message_id, conversation_id: row.conversation_id, channel: row.channel,
        idempotency_key: row.idempotency_key, created_at: row.created_at, attempt: attempts + 1,
      });
    }
    return claimed;
  }

  private async deliver(item: Claimed): Promise<'sent' | 'retried' | 'failed'> {
    const db = this.options.store.db;
    const message = await db.selectFrom('messages').selectAll().where('id', '=', item.message_id).executeTakeFirst();
    if (!message || message.direction !== 'out') return this.finishFailed(item, null, 'never sent: the outbox item has no outgoing message');
    // The outbound service never queues notes; this is the second lock on the same door.
    if (message.is_private) return this.finishFailed(item, null, 'never sent: a private note stays inside Borderless');
    const conversation = await getConversation(db, item.conversation_id);
    if (!conversation) return this.finishFailed(item, message, 'never sent: the conversation no longer exists');

    const automatic = await isAutomaticReply(this.options.store, message.id);
    const lastInbound = await lastInboundOf(db, conversation.id);
    if (automatic && lastInbound?.automated) {
      return this.finishFailed(item, message,
        `not sent: an automatic reply to an automatic message (${lastInbound.automated}${lastInbound.reason ? `: ${lastInbound.reason}` : ''})`);
    }

    const adapter = this.options.registry.get(item.channel)!;
    const channel = await replyChannel(db, item.channel, conversation);
    if (!channel) {
      // Waiting for configuration, not a failed delivery: the reason goes on the outbox row, the message stays queued.
      return this.finishRetry(item, null, {
        error: `no enabled ${item.channel} channel is configured for market ${conversation.market ?? '(none)'}`,
      });
    }
    const customer = await getCustomer(db, conversation.customer.id);
    if (!customer) return this.finishFailed(item, message, 'never sent: the customer no longer exists');
    const attachments = await outboundAttachments(db, message.attachments);
    if (attachments.missing.length) return this.finishFailed(item, message, `never sent: the attached file ${attachments.missing.join(', ')} is no longer stored`);

    let result: SendResult;
    try {
      result = await adapter.send({
        outbox: { id: item.id, idempotencyKey: item.idempotency_key, attempt: item.attempt, createdAt: item.created_at },
        message: {
          id: message.id, text: message.text, html: message.html, subject: message.subject ?? conversation.subject,
          language: message.language ?? conversation.language, automatic, attachments: attachments.files, createdAt: message.created_at,
        },
        conversation, customer, channel, lastInboundAt: lastInbound?.receivedAt ?? null,
        env: { store: this.options.store, clock: this.options.clock, logger: this.options.logger, config: this.options.config },
      });
    } catch (error) {
      result = { status: 'retry', error: error instanceof Error ? error.message : String(error) };
    }
    if (result.status === 'sent') return this.finishSent(item, message, result.externalId);
    if (result.status === 'failed') return this.finishFailed(item, message, result.error);
    return this.finishRetry(item, message, result);
  }

  private async finishSent(item: Claimed, message: MessagesTable, externalId: string): Promise<'sent'> {
    const now = isoInstant(this.options.clock.now());
    await this.options.store.db.transaction().execute(async (trx) => {
      const marked = await trx.updateTable('outbox').set({ status: 'sent', last_error: null, updated_at: now })
        .where('id', '=', item.id).where('attempts', '=', item.attempt).where('status', '=', 'sending').executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1) {
        this.options.logger.warn({ outbox: item.id }, 'an outbox item was sent after its claim expired');
      }
      await trx.updateTable('messages').set({ external_id: externalId, delivery_error: null }).where('id', '=', message.id).execute();
      // A receipt may have moved the message past `sent` already.
      await trx.updateTable('messages').set({ delivery_status: 'sent' }).where('id', '=', message.id).where('delivery_status', '=', 'queued').execute();
    });
    return 'sent';
  }

  private async finishRetry(item: Claimed, message: MessagesTable | null, result: { error: string; retryAfterMs?: number }): Promise<'retried' | 'failed'> {
    const nowMs = this.options.clock.now();
    const at = nextAttemptAt({ attempts: item.attempt, createdMs: Date.parse(item.created_at), nowMs }, this.policy, this.random, result.retryAfterMs);
    if (at === null) {
      const row = message ?? (await this.options.store.db.selectFrom('messages').selectAll().where('id', '=', item.message_id).executeTakeFirst()) ?? null;
      return this.finishFailed(item, row, `gave up after ${item.attempt} attempts: ${result.error}`);
    }
    const now = isoInstant(nowMs);
    await this.options.store.db.transaction().execute(async (trx) => {
      const marked = await trx.updateTable('outbox').set({ status: 'pending', next_attempt_at: isoInstant(at), last_error: result.error, updated_at: now })
        .where('id', '=', item.id).where('attempts', '=', item.attempt).where('status', '=', 'sending').executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1 || !message) return;
      await trx.updateTable('messages').set({ delivery_error: `attempt ${item.attempt} failed: ${result.error}; next attempt at ${isoInstant(at)}` })
        .where('id', '=', message.id).where('delivery_status', '=', 'queued').execute();
    });
    return 'retried';
  }

  private async finishFailed(item: Claimed, message: MessagesTable | null, error: string): Promise<'failed'> {
    const now = isoInstant(this.options.clock.now());
    await this.options.store.db.transaction().execute(async (trx) => {
      const marked = await trx.updateTable('outbox').set({ status: 'failed', last_error: error, updated_at: now })
        .where('id', '=', item.id).where('attempts', '=', item.attempt).where('status', '=', 'sending').executeTakeFirst();
      if (Number(marked.numUpdatedRows) !== 1 || !message || message.is_private) return;
      await trx.updateTable('messages').set({ delivery_status: 'failed', delivery_error: error }).where('id', '=', message.id).execute();
    });
    this.options.logger.warn({ outbox: item.id, message: item.message_id, error }, 'outbox item failed for good');
    return 'failed';
  }
}

/**
 * True for an outgoing message no person wrote: one the closed-hours auto-reply (or any later automation that
 * records itself in `auto_replies`) created.
 *
 * @example
 * if (await isAutomaticReply(store, messageId)) headers['Auto-Submitted'] = 'auto-replied';
 */
export async function isAutomaticReply(store: Store, messageId: string): Promise<boolean> {
  const row = await store.db.selectFrom('auto_replies').select('message_id').where('message_id', '=', messageId).executeTakeFirst();
  return row !== undefined;
}
