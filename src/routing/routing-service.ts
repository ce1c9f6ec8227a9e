import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { ClassificationResult } from '../domain/classification/index.js';
import {
  capacityKey, resolveRoutingPolicy, RoutingIndex, type RoutingConversation, type RoutingDecision, type RoutingMarket,
} from '../domain/routing/index.js';
import type { LanguagePolicy } from '../domain/translation/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import { withTransaction, type EventBus } from '../pipeline/event-bus.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import { appendAudit, systemActor, type Actor } from '../store/audit-store.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';
import {
  agentLoadByChannel, insertDecision, listQueue, loadAgents, lockAgent, previousAgentOf, priorityRanks, queueEntry,
  removeFromQueue, routingRow, untrackedConversations, upsertClassification, upsertQueueEntry,
  type RoutingRow,
} from './routing-store.js';

/** Why a routing run happened, stored with each decision. */
export type RoutingTrigger = 'ingest' | 'queue' | 'sweep' | 'agent-change' | 'capacity' | 'manual' | 'classification';

export interface RouteResult {
  decision: RoutingDecision | null;
  /** True when this run assigned the conversation. */
  assigned: boolean;
  /** Why nothing was decided (`not-found`, `not-open`, `assigned`, `routing-disabled`). */
  skipped?: string;
}

/** What a caller already knows, to spare the route a read or two. */
export interface RouteOptions {
  /** The conversation as just read. */
  row?: RoutingRow;
  /** The conversation was created by the ingest that asks: it has no queue entry yet. */
  fresh?: boolean;
  /** More writes to commit in the routing transaction (the classification of a new conversation). */
  alsoWrite?: (db: Kysely<Database>) => Promise<void>;
}

export interface QueueRunSummary {
  evaluated: number;
  assigned: number;
  held: number;
  queued: number;
}

/** Conversation fields a customer message can change that a routing decision depends on. */
const ROUTING_INPUTS = new Set(['status', 'language', 'category', 'waitingSince']);
const MAX_ATTEMPTS = 3;

/**
 * Routes conversations to agents: keeps the agents indexed in memory (reloaded from the database when stale
 * or changed), decides with the pure routing domain, and commits an assignment only after re-counting the
 * agent's load inside the transaction (under a per-agent lock on PostgreSQL), so concurrent decisions in
 * several processes never push an agent over capacity. What cannot be assigned goes to the queue, worked by
 * priority and deadline whenever agents come on shift, change presence or free capacity.
 *
 * @example
 * const routing = new RoutingService({ store, bus, clock, markets, logger });
 * await routing.route(conversationId, 'ingest');
 */
export class RoutingService {
  private readonly index = new RoutingIndex();
  private loadedAt = Number.NEGATIVE_INFINITY;
  private stale = true;
  private loading: Promise<void> | undefined;
  /** The run waiting to start (later callers share it), and the tail of the runs in order. */
  private pending: Promise<QueueRunSummary> | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  /** Conversations this service just assigned, so their own `conversation.updated` event does not re-run the queue. */
  private readonly ownAssignments = new Set<string>();

  constructor(private readonly deps: {
    store: Store; bus: EventBus; clock: Clock; markets: MarketDirectory; logger: Logger;
    /** How long the agent index is trusted before it is reloaded (other processes' changes, presence). */
    refreshMs?: number;
  }) {}

  /** Forgets the agent index (agents, teams or presence changed); the next decision reloads it. */
  invalidate(): void {
    this.stale = true;
  }

  private async ensureIndex(force = false): Promise<void> {
    const now = this.deps.clock.now();
    const fresh = !this.stale && now - this.loadedAt >= 0 && now - this.loadedAt < (this.deps.refreshMs ?? 5000);
    if (fresh && !force) return;
    this.loading ??= (async () => {
      this.stale = false;
      const agents = await loadAgents(this.deps.store.db);
      this.index.setAgents(agents);
      this.loadedAt = this.deps.clock.now();
    })().finally(() => { this.loading = undefined; });
    await this.loading;
  }

  /** The market as routing sees it (policy from `settings.routing`, languages from `settings.languagePolicy`). */
  async routingMarket(code: string | null): Promise<RoutingMarket | null> {
    if (code === null) return null;
    const market = await this.deps.markets.get(code);
    if (!market) return null;
    return {
      code: market.code, languages: market.languages, timeZone: market.timeZone,
      languagePolicy: (market.settings.languagePolicy as LanguagePolicy | undefined) ?? null,
      policy: resolveRoutingPolicy(market.settings.routing),
    };
  }

  /** The conversation as the routing domain sees it. */
  async routingConversation(row: RoutingRow, market: RoutingMarket | null): Promise<RoutingConversation> {
    const policy = market?.policy ?? resolveRoutingPolicy(undefined);
    const previousAgent = policy.stickiness
      ? await previousAgentOf(this.deps.store.db, row.customer_id, row.id, isoInstant(this.deps.clock.now() - policy.stickyWindowMs))
      : null;
    const due = row.first_responded_at ? row.next_response_due_at : row.first_response_due_at;
    return {
      id: row.id, market: row.market, language: row.language, channel: row.channel,
      category: row.category as RoutingConversation['category'], intent: row.intent as RoutingConversation['intent'],
      priority: row.priority as RoutingConversation['priority'], dueAt: due ? Date.parse(due) : null, previousAgent,
    };
  }

  /**
   * What routing would decide for a conversation now, without changing anything.
   *
   * @example
   * const { decision } = await routing.preview(id);
   */
  async preview(conversationId: string): Promise<RouteResult> {
    const row = await routingRow(this.deps.store.db, conversationId);
    if (!row) return { decision: null, assigned: false, skipped: 'not-found' };
    const market = await this.routingMarket(row.market);
    await this.ensureIndex();
    const conversation = await this.routingConversation(row, market);
    const brand = await this.deps.markets.brand();
    return { decision: this.index.decide(conversation, market, brand.pivotLanguages, this.deps.clock.now()), assigned: false };
  }

  /**
   * Routes one conversation if it is open and unassigned: assigns it, or queues/holds it with the reason.
   *
   * @example
   * const result = await routing.route(id, 'ingest');
   * result.decision?.reason; // 'native ja · on shift Tokyo 10:12 · 2/3 chats'
   */
  async route(conversationId: string, trigger: RoutingTrigger, actor: Actor | null = null, options: RouteOptions = {}): Promise<RouteResult> {
    const db = this.deps.store.db;
    const row = options.row ?? await routingRow(db, conversationId);
    if (!row) return { decision: null, assigned: false, skipped: 'not-found' };
    const extra = options.alsoWrite;
    if (row.status !== 'open' || row.assignee_id) {
      if (options.fresh) { if (extra) await extra(db); } else await removeFromQueue(db, conversationId);
      return { decision: null, assigned: false, skipped: row.assignee_id ? 'assigned' : 'not-open' };
    }
    const market = await this.routingMarket(row.market);
    if (market && !market.policy.enabled) {
      if (extra) await extra(db);
      if (!options.fresh) await removeFromQueue(db, conversationId);
      return { decision: null, assigned: false, skipped: 'routing-disabled' };
    }
    await this.ensureIndex();
    const conversation = await this.routingConversation(row, market);
    const pivots = (await this.deps.markets.brand()).pivotLanguages;

    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const nowMs = this.deps.clock.now();
      const decision = this.index.decide(conversation, market, pivots, nowMs);
      if (decision.outcome !== 'assign' || !decision.agent) {
        await this.park(row, decision, trigger, nowMs, actor, options);
        return { decision, assigned: false };
      }
      const outcome = await this.commitAssignment(row, decision, trigger, nowMs, actor, extra);
      if (outcome === 'assigned') {
        this.index.addLoad(decision.agent, row.channel, 1);
        return { decision, assigned: true };
      }
      if (outcome === 'taken') {
        if (extra) await extra(db);
        return { decision: null, assigned: false, skipped: 'assigned' };
      }
      // The index disagreed with the database about the agent's load: it now holds the counted load; decide again.
    }
    const nowMs = this.deps.clock.now();
    const decision = this.index.decide(conversation, market, pivots, nowMs);
    const parked: RoutingDecision = { ...decision, outcome: 'queue', agent: null, team: null, machineTranslation: false, reason: `retrying: ${decision.reason}` };
    await this.park(row, parked, trigger, nowMs, actor, options);
    return { decision: parked, assigned: false };
  }

  private async park(
    row: RoutingRow, decision: RoutingDecision, trigger: RoutingTrigger, nowMs: number, actor: Actor | null, options: RouteOptions,
  ): Promise<void> {
    const db = this.deps.store.db;
    // A conversation created by this very ingest has no queue entry yet: no need to look.
    const before = options.fresh ? undefined : await queueEntry(db, row.id);
    const due = row.first_responded_at ? row.next_response_due_at : row.first_response_due_at;
    const state = decision.outcome === 'hold' ? 'held' : 'queued';
    const holdUntil = decision.holdUntil === null ? null : isoInstant(decision.holdUntil);
    // Worked again every run: when nothing about the wait changed, nothing is written.
    if (before && !options.alsoWrite && trigger !== 'manual' && before.reason === decision.reason && before.state === state
      && before.hold_until === holdUntil && before.due_at === due && before.priority === row.priority && before.category === row.category) return;
    await withTransaction(this.deps.store, this.deps.bus, async (trx) => {
      await upsertQueueEntry(trx, {
        conversation_id: row.id, market: row.market, language: row.language, channel: row.channel, category: row.category,
        priority: row.priority, priority_rank: priorityRanks[row.priority] ?? 1, due_at: due, waiting_since: row.waiting_since,
        state, hold_until: holdUntil, reason: decision.reason,
        evaluated_at: isoInstant(nowMs),
      });
      // A queued conversation is looked at again every run; only a changed answer is worth a new record.
      if (!before || before.reason !== decision.reason || trigger === 'manual') {
        await insertDecision(trx, row.id, decision, trigger, nowMs, actor?.userId ?? actor?.id ?? null);
      }
      if (options.alsoWrite) await options.alsoWrite(trx);
    });
  }

  private async commitAssignment(
    row: RoutingRow, decision: RoutingDecision, trigger: RoutingTrigger, nowMs: number, actor: Actor | null,
    alsoWrite?: (db: Kysely<Database>) => Promise<void>,
  ): Promise<'assigned' | 'stale' | 'taken'> {
    const agentId = decision.agent!;
    const chosen = decision.candidates.find((c) => c.agent === agentId)!;
    return withTransaction(this.deps.store, this.deps.bus, async (trx, events) => {
      await lockAgent(trx, this.deps.store.dialect, agentId);
      const byChannel = await agentLoadByChannel(trx, agentId);
      const agent = this.index.get(agentId);
      let load = 0;
      if (agent) {
        const key = capacityKey(agent.capacity, row.channel);
        for (const [channel, n] of byChannel) if (capacityKey(agent.capacity, channel) === key) load += n;
        if (load !== chosen.load) {
          this.index.addLoad(agentId, row.channel, load - (agent.load[key ?? ''] ?? 0));
          return 'stale';
        }
      }
      const updated = await trx.updateTable('conversations')
        .set({ assignee_id: agentId, assignment_reason: decision.reason, team_id: decision.team, updated_at: isoInstant(nowMs) })
        .where('id', '=', row.id).where('assignee_id', 'is', null).where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return 'taken';
      await removeFromQueue(trx, row.id);
      await insertDecision(trx, row.id, decision, trigger, nowMs, actor?.userId ?? actor?.id ?? null);
      await appendAudit(trx, actor ?? systemActor, {
        action: 'conversation.routed', entityType: 'conversation', entityId: row.id,
        changes: { assignee: agentId, team: decision.team, reason: decision.reason, machineTranslation: decision.machineTranslation, trigger },
      }, nowMs, null);
      if (alsoWrite) await alsoWrite(trx);
      // Marked before the commit: the event is handled as soon as the transaction commits.
      if (this.ownAssignments.size > 10_000) this.ownAssignments.clear();
      this.ownAssignments.add(row.id);
      events.push({ type: 'conversation.updated', conversationId: row.id, market: row.market, changes: ['assignee'] });
      return 'assigned';
    });
  }

  /**
   * The pipeline's routing step, after the ingest commit: routes the conversation if it is open and unassigned,
   * and for a new conversation records the classification the pipeline made of its first message (with the
   * confidence), in the same transaction as the routing writes (one read, one write transaction per message).
   * Never throws: the message is already stored.
   */
  async afterIngest(input: { conversationId: string; created: boolean; changes: readonly string[]; classification: ClassificationResult | null }): Promise<void> {
    // A follow-up that changed nothing routing reads leaves the last decision standing: an assigned conversation
    // stays with its agent, a queued one is worked by the queue runs (every minute and on every agent change),
    // one nobody tracks yet by their sweep.
    if (!input.created && !input.changes.some((change) => ROUTING_INPUTS.has(change))) return;
    try {
      const row = await routingRow(this.deps.store.db, input.conversationId);
      if (!row) return;
      const result = input.created ? input.classification : null;
      let alsoWrite: RouteOptions['alsoWrite'];
      if (result) {
        const nowMs = this.deps.clock.now();
        alsoWrite = (db) => upsertClassification(db, {
          conversationId: row.id, category: row.category, intent: row.intent, confidence: result.confidence,
          intentConfidence: result.intentConfidence, language: row.language, source: 'auto', evidence: result.evidence.slice(0, 20),
          updatedBy: null, nowMs,
        });
      }
      await this.route(input.conversationId, 'ingest', null, { row, fresh: input.created, ...(alsoWrite ? { alsoWrite } : {}) });
    } catch (error) {
      this.deps.logger.error({ err: error, conversationId: input.conversationId }, 'routing after ingest failed; the queue job will retry');
    }
  }

  /**
   * Works the queue once: conversations nobody tracks yet are picked up, then every queued or held conversation
   * is decided again in queue order (priority, deadline, wait). Runs never overlap; a run asked for while one is
   * in flight happens right after it.
   *
   * @example
   * const summary = await routing.runQueue('queue');
   * summary.assigned; // 3
   */
  runQueue(trigger: RoutingTrigger, options: { limit?: number; reload?: boolean } = {}): Promise<QueueRunSummary> {
    if (this.pending) return this.pending;
    const run = this.chain.then(() => {
      this.pending = undefined;
      return this.work(trigger, options);
    });
    this.pending = run;
    this.chain = run.catch((error: unknown) => this.deps.logger.error({ err: error }, 'routing queue run failed'));
    return run;
  }

  private async work(trigger: RoutingTrigger, options: { limit?: number; reload?: boolean }): Promise<QueueRunSummary> {
    const db = this.deps.store.db;
    const limit = options.limit ?? 500;
    await this.ensureIndex(options.reload ?? false);
    const summary: QueueRunSummary = { evaluated: 0, assigned: 0, held: 0, queued: 0 };
    const count = (r: RouteResult) => {
      if (!r.decision && !r.assigned) return;
      summary.evaluated++;
      if (r.assigned) summary.assigned++;
      else if (r.decision?.outcome === 'hold') summary.held++;
      else summary.queued++;
    };
    for (const id of await untrackedConversations(db, limit)) count(await this.route(id, 'sweep'));
    for (const entry of await listQueue(db, { scopeMarkets: null, limit })) count(await this.route(entry.conversation_id, trigger));
    return summary;
  }

  /**
   * True (once) when a conversation's latest assignment was this service's own: an assignment frees no
   * capacity, so it is no reason to work the queue again.
   *
   * @example
   * bus.on('conversation.updated', (e) => { if (!routing.tookOwnAssignment(e.conversationId)) void routing.runQueue('capacity'); });
   */
  tookOwnAssignment(conversationId: string): boolean {
    return this.ownAssignments.delete(conversationId);
  }

  /** Resolves once no queue run is in flight or waiting (tests and shutdown). */
  async idle(): Promise<void> {
    let tail: Promise<unknown>;
    do {
      tail = this.chain;
      await tail;
    } while (tail !== this.chain);
  }
}
