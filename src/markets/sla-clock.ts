import type { Kysely } from 'kysely';
import { addOpenTime, openTimeBetween, parseIsoDuration, type CompiledCalendar } from '../domain/business-time/index.js';
import { isoInstant } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { getMarket, type Market } from '../store/market-store.js';
import type { Database, SlaTimersTable } from '../store/store-schema.js';
import type { CalendarService } from './calendar-service.js';
import { DEFAULT_SLA_TERMS, selectSlaPolicy, type SlaTerms } from './sla-policy-selection.js';
import { applicableSlaPolicies, type SlaClockKind } from './sla-policy-store.js';

type Db = Kysely<Database>;
const DAY_MS = 86_400_000;

/** The three SLA targets of a conversation. */
export const slaTargets = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type SlaTarget = (typeof slaTargets)[number];

interface ConversationFacts {
  id: string;
  market: string | null;
  channel: string;
  priority: string;
  status: string;
}

/**
 * The SLA clocks of conversations, kept in `sla_timers` (one row per target and cycle) and mirrored into the
 * conversation's `sla.*DueAt`. Every method takes the caller's transaction, so deadlines commit with the message
 * or reply that caused them:
 * - a new conversation starts first-response and resolution timers under the most specific policy;
 * - a customer message after an agent reply starts a new next-response timer (and resumes paused timers);
 * - a public agent reply meets the first-response and next-response timers;
 * - `pending` pauses the timers of policies with `pauseWhilePending`, `open`/`snoozed` resumes them, and
 *   `resolved` stops everything (the resolution target as met).
 * Business-clock timers count the market's open time for the conversation's channel. Without a market they count
 * calendar time; in a market never open for that channel they have no deadline at all.
 *
 * @example
 * await sla.conversationOpened(trx, { conversationId, market: japan, channel: 'email', priority: 'normal', startMs, nowMs });
 */
export class SlaClock {
  constructor(private readonly calendars: CalendarService) {}

  /** The terms of the most specific policy for a conversation, or the built-in default. */
  async termsFor(db: Db, scope: { market: string | null; channel: string; priority: string }): Promise<SlaTerms> {
    const policy = selectSlaPolicy(await applicableSlaPolicies(db, scope.market), scope);
    if (!policy) return DEFAULT_SLA_TERMS;
    return {
      id: policy.id, firstResponse: policy.firstResponse, nextResponse: policy.nextResponse, resolution: policy.resolution,
      clock: policy.clock, pauseWhilePending: policy.pauseWhilePending, warningAt: policy.warningAt,
    };
  }

  private calendarOf(market: Market | null | undefined, channel: string, clock: string, atMs: number): CompiledCalendar | null {
    if (clock !== 'business' || !market) return null;
    try {
      return this.calendars.calendarFor(market, channel, atMs, atMs + 2 * 366 * DAY_MS);
    } catch {
      // A stored market the engine cannot compile must not block ingest: count calendar time instead.
      return null;
    }
  }

  private static addTime(calendar: CompiledCalendar | null, fromMs: number, ms: number): number | null {
    if (!calendar) return fromMs + Math.max(0, ms);
    try {
      return addOpenTime(calendar, fromMs, Math.max(0, ms));
    } catch {
      // An instant the engine refuses (absurd receivedAt years) must not fail the ingest: no deadline then.
      return null;
    }
  }

  private static measure(calendar: CompiledCalendar | null, fromMs: number, toMs: number): number {
    if (toMs <= fromMs) return 0;
    if (!calendar) return toMs - fromMs;
    try {
      return openTimeBetween(calendar, fromMs, toMs);
    } catch {
      return toMs - fromMs;
    }
  }

  private static newTimer(
    p: { conversationId: string; target: SlaTarget; cycle: number; terms: SlaTerms; duration: string;
      calendar: CompiledCalendar | null; startMs: number; nowMs: number },
  ): SlaTimersTable | null {
    const targetMs = parseIsoDuration(p.duration);
    if (targetMs === null || targetMs <= 0) return null;
    const due = SlaClock.addTime(p.calendar, p.startMs, targetMs);
    const warn = SlaClock.addTime(p.calendar, p.startMs, Math.round(targetMs * p.terms.warningAt));
    const now = isoInstant(p.nowMs);
    const clock: SlaClockKind = p.terms.clock;
    return {
      id: newId(p.nowMs), conversation_id: p.conversationId, target: p.target, cycle: p.cycle, policy_id: p.terms.id, clock,
      target_ms: targetMs, warning_share: p.terms.warningAt, pause_while_pending: p.terms.pauseWhilePending ? 1 : 0,
      started_at: isoInstant(p.startMs), running_since: isoInstant(p.startMs), elapsed_ms: 0,
      warn_at: warn === null ? null : isoInstant(warn), due_at: due === null ? null : isoInstant(due),
      paused_at: null, warned_at: null, breached_at: null, stopped_at: null, stop_reason: null, created_at: now, updated_at: now,
    };
  }

  private async facts(db: Db, conversationId: string): Promise<ConversationFacts | undefined> {
    return db.selectFrom('conversations').select(['id', 'market', 'channel', 'priority', 'status'])
      .where('id', '=', conversationId).executeTakeFirst();
  }

  private async marketOf(db: Db, code: string | null, known?: Market | null): Promise<Market | null> {
    if (known !== undefined && (known === null || known.code === code)) return known;
    return code ? (await getMarket(db, code)) ?? null : null;
  }

  /**
   * A new conversation: first-response and resolution timers from `startMs` (when the customer wrote) under the
   * most specific policy, mirrored into the conversation row.
   */
  async conversationOpened(
    db: Db, p: { conversationId: string; market: Market | null; channel: string; priority: string; startMs: number; nowMs: number },
  ): Promise<void> {
    const terms = await this.termsFor(db, { market: p.market?.code ?? null, channel: p.channel, priority: p.priority });
    const calendar = this.calendarOf(p.market, p.channel, terms.clock, p.startMs);
    const timers: SlaTimersTable[] = [];
    for (const target of ['firstResponse', 'resolution'] as const) {
      const duration = terms[target];
      const timer = duration
        ? SlaClock.newTimer({ conversationId: p.conversationId, target, cycle: 1, terms, duration, calendar, startMs: p.startMs, nowMs: p.nowMs })
        : null;
      if (timer) timers.push(timer);
    }
    if (timers.length === 0) return;
    await db.insertInto('sla_timers').values(timers).execute();
    // The hot path: the deadlines are known, no need to read them back.
    await db.updateTable('conversations').set({
      first_response_due_at: timers.find((t) => t.target === 'firstResponse')?.due_at ?? null,
      resolution_due_at: timers.find((t) => t.target === 'resolution')?.due_at ?? null,
    }).where('id', '=', p.conversationId).execute();
  }

  /**
   * A customer message in an existing conversation. When the agent had answered last (`agentRepliedLast`), the
   * next-response clock restarts from this message; paused timers resume (the pipeline reopens a `pending`
   * conversation).
   */
  async customerMessage(
    db: Db, p: { conversationId: string; market: Market | null; receivedAtMs: number; nowMs: number; agentRepliedLast: boolean; previousStatus: string },
  ): Promise<void> {
    // The common case — the customer writes again while waiting — costs nothing: clocks only pause while pending.
    if (!p.agentRepliedLast && p.previousStatus !== 'pending') return;
    const paused = await db.selectFrom('sla_timers').select('id').where('conversation_id', '=', p.conversationId)
      .where('stopped_at', 'is', null).where('paused_at', 'is not', null).limit(1).executeTakeFirst();
    if (!paused && !p.agentRepliedLast) return;
    const facts = await this.facts(db, p.conversationId);
    if (!facts) return;
    const market = await this.marketOf(db, facts.market, p.market);
    if (paused) await this.resume(db, facts, market, p.receivedAtMs, p.nowMs);
    if (p.agentRepliedLast) {
      const terms = await this.termsFor(db, facts);
      if (terms.nextResponse) {
        const last = await db.selectFrom('sla_timers').select('cycle').where('conversation_id', '=', facts.id)
          .where('target', '=', 'nextResponse').orderBy('cycle', 'desc').limit(1).executeTakeFirst();
        // Only one cycle runs at a time; a reply has normally closed the previous one already.
        await this.stopTimers(db, facts.id, ['nextResponse'], p.receivedAtMs, p.nowMs, 'superseded');
        const calendar = this.calendarOf(market, facts.channel, terms.clock, p.receivedAtMs);
        const timer = SlaClock.newTimer({
          conversationId: facts.id, target: 'nextResponse', cycle: Number(last?.cycle ?? 0) + 1, terms, duration: terms.nextResponse,
          calendar, startMs: p.receivedAtMs, nowMs: p.nowMs,
        });
        if (timer) await db.insertInto('sla_timers').values(timer).execute();
      }
    }
    await this.mirror(db, facts.id);
  }

  /** A public agent reply: first and next response are met; then the status the reply left applies. */
  async agentReplied(db: Db, p: { conversationId: string; atMs: number; status: string; nowMs: number }): Promise<void> {
    await this.stopTimers(db, p.conversationId, ['firstResponse', 'nextResponse'], p.atMs, p.nowMs, 'met');
    await this.statusChanged(db, { conversationId: p.conversationId, status: p.status, atMs: p.atMs, nowMs: p.nowMs });
  }

  /**
   * Applies a conversation status to its timers; idempotent, so the event handler for status changes can call it
   * after any update: `pending` pauses (where the policy says so), `open`/`snoozed` resumes, `resolved` stops.
   */
  async statusChanged(db: Db, p: { conversationId: string; status: string; atMs: number; nowMs: number }): Promise<void> {
    const facts = await this.facts(db, p.conversationId);
    if (!facts) return;
    if (p.status === 'resolved') {
      await this.stopTimers(db, facts.id, ['resolution'], p.atMs, p.nowMs, 'met');
      await this.stopTimers(db, facts.id, ['firstResponse', 'nextResponse'], p.atMs, p.nowMs, 'resolved');
    } else if (p.status === 'pending') {
      await this.pause(db, facts, p.atMs, p.nowMs);
    } else {
      await this.resume(db, facts, await this.marketOf(db, facts.market), p.atMs, p.nowMs);
    }
    await this.mirror(db, facts.id);
  }

  private async stopTimers(db: Db, conversationId: string, targets: SlaTarget[], atMs: number, nowMs: number, reason: string): Promise<void> {
    await db.updateTable('sla_timers')
      .set({ stopped_at: isoInstant(atMs), stop_reason: reason, running_since: null, updated_at: isoInstant(nowMs) })
      .where('conversation_id', '=', conversationId).where('target', 'in', targets).where('stopped_at', 'is', null)
      .execute();
  }

  private async pause(db: Db, facts: ConversationFacts, atMs: number, nowMs: number): Promise<void> {
    const running = await db.selectFrom('sla_timers').selectAll().where('conversation_id', '=', facts.id)
      .where('stopped_at', 'is', null).where('paused_at', 'is', null).where('pause_while_pending', '=', 1).execute();
    if (running.length === 0) return;
    const market = await this.marketOf(db, facts.market);
    for (const timer of running) {
      const since = timer.running_since ? Date.parse(timer.running_since) : atMs;
      const used = SlaClock.measure(this.calendarOf(market, facts.channel, timer.clock, since), since, atMs);
      await db.updateTable('sla_timers').set({
        paused_at: isoInstant(atMs), running_since: null, elapsed_ms: Number(timer.elapsed_ms) + used, updated_at: isoInstant(nowMs),
      }).where('id', '=', timer.id).where('paused_at', 'is', null).execute();
    }
  }

  private async resume(db: Db, facts: ConversationFacts, market: Market | null, atMs: number, nowMs: number): Promise<void> {
    const paused = await db.selectFrom('sla_timers').selectAll().where('conversation_id', '=', facts.id)
      .where('stopped_at', 'is', null).where('paused_at', 'is not', null).execute();
    for (const timer of paused as SlaTimersTable[]) {
      const from = Math.max(atMs, Date.parse(timer.paused_at!));
      const calendar = this.calendarOf(market, facts.channel, timer.clock, from);
      const targetMs = Number(timer.target_ms);
      const elapsed = Number(timer.elapsed_ms);
      const due = SlaClock.addTime(calendar, from, targetMs - elapsed);
      const warn = timer.warned_at ? null : SlaClock.addTime(calendar, from, Math.round(targetMs * Number(timer.warning_share)) - elapsed);
      await db.updateTable('sla_timers').set({
        paused_at: null, running_since: isoInstant(from), due_at: due === null ? null : isoInstant(due),
        ...(timer.warned_at ? {} : { warn_at: warn === null ? null : isoInstant(warn) }), updated_at: isoInstant(nowMs),
      }).where('id', '=', timer.id).where('paused_at', 'is not', null).execute();
    }
  }

  /** Copies the timers' deadlines into the conversation (`sla.*DueAt`); a paused or finished clock shows none. */
  async mirror(db: Db, conversationId: string): Promise<void> {
    const timers = await db.selectFrom('sla_timers').select(['target', 'cycle', 'due_at', 'paused_at', 'stopped_at'])
      .where('conversation_id', '=', conversationId).execute();
    const latest = (target: SlaTarget) => timers.filter((t) => t.target === target).sort((a, b) => Number(b.cycle) - Number(a.cycle))[0];
    const first = latest('firstResponse');
    const next = latest('nextResponse');
    const resolution = latest('resolution');
    await db.updateTable('conversations').set({
      // A met first response keeps its deadline for the record; the conversation's first_responded_at says it was met.
      first_response_due_at: first && !first.paused_at ? first.due_at : null,
      next_response_due_at: next && !next.paused_at && !next.stopped_at ? next.due_at : null,
      resolution_due_at: resolution && !resolution.paused_at ? resolution.due_at : null,
    }).where('id', '=', conversationId).execute();
  }
}
