import type { ExpressionBuilder } from 'kysely';
import type { Clock } from '../lib/clock.js';
import { isoInstant } from '../lib/clock.js';
import type { SlaTarget } from '../markets/sla-clock.js';
import type { DomainEvent, EventBus } from '../pipeline/event-bus.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';
import type { RecurringJob } from './job-runner.js';

/** The events the timer job announces on the bus, once per timer, after its claim has committed. */
export type SlaEvent = Extract<DomainEvent, { type: 'sla.warning' | 'sla.breached' }>;

/** How often the runtime scans for SLA warnings and breaches. */
export const SLA_TIMER_INTERVAL_MS = 10_000;

/**
 * The timer's conversation is resolved. Resolving stops timers in the same transaction on every path that emits
 * events; this guard covers writers that change the status directly (imports, the demo loader).
 */
function resolvedConversation(eb: ExpressionBuilder<Database, 'sla_timers'>) {
  return eb.exists(eb.selectFrom('conversations').select('conversations.id')
    .whereRef('conversations.id', '=', 'sla_timers.conversation_id').where('conversations.status', '=', 'resolved'));
}

interface Claimed {
  id: string;
  conversation_id: string;
  target: string;
  cycle: number;
  due_at: string | null;
}

/**
 * Marks SLA warnings and breaches and announces each exactly once. The claim is one conditional UPDATE per batch
 * (`… WHERE breached_at IS NULL … RETURNING`): whichever process or restart updates a row first owns its event,
 * and a row once marked is never returned again. On PostgreSQL the batch is picked with `FOR UPDATE SKIP LOCKED`
 * so several processes split the work instead of queueing behind one another; SQLite serialises writers anyway.
 * Events go out on the event bus after the UPDATE has committed (it is its own transaction): `sla.warning` /
 * `sla.breached` per timer, and a `conversation.updated` with change `sla` per conversation.
 *
 * @example
 * const job = new SlaTimerJob(store, bus, clock);
 * await job.tick(); // { warnings: 1, breaches: 0 }
 */
export class SlaTimerJob {
  constructor(
    private readonly store: Store,
    private readonly bus: EventBus,
    private readonly clock: Clock,
    private readonly batchSize = 200,
  ) {}

  /** This job for a {@link JobRunner}. */
  recurring(intervalMs = SLA_TIMER_INTERVAL_MS): RecurringJob {
    return { name: 'sla-timers', intervalMs, run: () => this.tick() };
  }

  /** One scan: breaches first (a timer past due gets no late warning), then warnings. */
  async tick(): Promise<{ warnings: number; breaches: number }> {
    const now = isoInstant(this.clock.now());
    let breaches = 0;
    let warnings = 0;
    for (;;) {
      const claimed = await this.claimBreaches(now);
      breaches += claimed.length;
      await this.announce('sla.breached', claimed, now);
      if (claimed.length < this.batchSize) break;
    }
    for (;;) {
      const claimed = await this.claimWarnings(now);
      warnings += claimed.length;
      await this.announce('sla.warning', claimed, now);
      if (claimed.length < this.batchSize) break;
    }
    return { warnings, breaches };
  }

  private async claimBreaches(now: string): Promise<Claimed[]> {
    const db = this.store.db;
    let pick = db.selectFrom('sla_timers').select('id')
      .where('breached_at', 'is', null).where('stopped_at', 'is', null).where('paused_at', 'is', null)
      .where('due_at', 'is not', null).where('due_at', '<=', now)
      .where((eb) => eb.not(resolvedConversation(eb)))
      .orderBy('due_at').limit(this.batchSize);
    if (this.store.dialect === 'postgres') pick = pick.forUpdate().skipLocked();
    return db.updateTable('sla_timers')
      .set((eb) => ({ breached_at: now, warned_at: eb.fn.coalesce('warned_at', eb.val(now)), updated_at: now }))
      .where('id', 'in', pick)
      // Re-checked by the UPDATE itself: this condition, not the SELECT, is what makes the claim exclusive.
      .where('breached_at', 'is', null).where('stopped_at', 'is', null).where('paused_at', 'is', null)
      .returning(['id', 'conversation_id', 'target', 'cycle', 'due_at'])
      .execute();
  }

  private async claimWarnings(now: string): Promise<Claimed[]> {
    const db = this.store.db;
    let pick = db.selectFrom('sla_timers').select('id')
      .where('warned_at', 'is', null).where('stopped_at', 'is', null).where('paused_at', 'is', null)
      .where('warn_at', 'is not', null).where('warn_at', '<=', now).where('due_at', '>', now)
      .where((eb) => eb.not(resolvedConversation(eb)))
      .orderBy('warn_at').limit(this.batchSize);
    if (this.store.dialect === 'postgres') pick = pick.forUpdate().skipLocked();
    return db.updateTable('sla_timers')
      .set({ warned_at: now, updated_at: now })
      .where('id', 'in', pick)
      .where('warned_at', 'is', null).where('stopped_at', 'is', null).where('paused_at', 'is', null)
      .returning(['id', 'conversation_id', 'target', 'cycle', 'due_at'])
      .execute();
  }

  private async announce(type: SlaEvent['type'], claimed: Claimed[], now: string): Promise<void> {
    if (claimed.length === 0) return;
    const ids = [...new Set(claimed.map((c) => c.conversation_id))];
    const rows = await this.store.db.selectFrom('conversations').select(['id', 'market', 'channel']).where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const events: SlaEvent[] = claimed.map((c) => ({
      type, timerId: c.id, conversationId: c.conversation_id, market: byId.get(c.conversation_id)?.market ?? null,
      channel: byId.get(c.conversation_id)?.channel ?? null, target: c.target as SlaTarget, cycle: Number(c.cycle), dueAt: c.due_at, at: now,
    }));
    this.bus.emit([
      ...events,
      ...ids.map((id) => ({ type: 'conversation.updated' as const, conversationId: id, market: byId.get(id)?.market ?? null, changes: ['sla'] })),
    ]);
  }
}
