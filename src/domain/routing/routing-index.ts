import type { CompiledCalendar } from '../business-time/index.js';
import { compileAgentSchedule, shiftStateAt } from './agent-schedule.js';
import { capacityKey, compareCandidates, evaluateCandidate, teamRank, type CandidateFacts } from './candidate-evaluation.js';
import { languageKey } from './language-fit.js';
import { decideFromCandidates, routingContext } from './route-decision.js';
import type { AgentSchedule, RoutingAgent, RoutingConversation, RoutingDecision, RoutingMarket, ShiftState } from './routing-types.js';

interface Entry {
  agent: RoutingAgent;
  calendar: CompiledCalendar | null;
  shift: ShiftState;
  /** The cached shift state holds for instants in [from, until). */
  from: number;
  until: number;
}

const DAY_MS = 86_400_000;
const OFF: ShiftState = { onShift: false, endsAt: null, nextStartAt: null };

/**
 * Agents indexed for routing: by market served, and by market × spoken language, with each agent's shift
 * state cached until it next changes (the end of the shift, or the start of the next one). A decision only
 * evaluates the agents who speak the customer's language (or a pivot language where allowed) in the
 * conversation's market, and falls back to the whole market only when none of them can take it (machine
 * translation, holds). It reaches the same decision as `decideRoute` over every agent.
 *
 * @example
 * const index = new RoutingIndex();
 * index.setAgents(agents.map((agent) => ({ agent, schedule })));
 * index.decide(conversation, market, ['en'], clock.now());
 */
export class RoutingIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly byMarket = new Map<string, Set<string>>();
  private readonly byMarketLanguage = new Map<string, Set<string>>();
  private readonly noMarket = new Set<string>();
  /** Bucket members sorted by their best possible team rank under one team order, built on first use. */
  private readonly ranked = new Map<string, ReadonlyArray<{ id: string; rank: number }>>();

  /** Number of agents indexed. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * Replaces every agent. With `nowMs`, each agent's shift state is worked out at once, so the first decisions
   * do not pay for compiling schedules.
   */
  setAgents(agents: ReadonlyArray<{ agent: RoutingAgent; schedule: AgentSchedule | null }>, nowMs?: number): void {
    this.entries.clear();
    this.byMarket.clear();
    this.byMarketLanguage.clear();
    this.noMarket.clear();
    this.ranked.clear();
    for (const a of agents) this.upsert(a.agent, a.schedule);
    if (nowMs !== undefined) for (const id of this.entries.keys()) this.shiftOf(id, nowMs);
  }

  /** Adds or replaces one agent (profile, teams or schedule changed). */
  upsert(agent: RoutingAgent, schedule: AgentSchedule | null): void {
    this.remove(agent.id);
    this.ranked.clear();
    let calendar: CompiledCalendar | null = null;
    try {
      calendar = schedule ? compileAgentSchedule(schedule) : null;
    } catch {
      // A schedule stored before validation existed (unknown zone): the agent is never on shift.
      calendar = null;
    }
    this.entries.set(agent.id, { agent, calendar, shift: OFF, from: 0, until: -1 });
    for (const team of agent.teams) {
      for (const market of team.markets) {
        this.add(this.byMarket, market, agent.id);
        for (const l of agent.languages) {
          const key = languageKey(l.language);
          if (key) this.add(this.byMarketLanguage, `${market}\u0000${key}`, agent.id);
        }
      }
      if (team.kind !== 'partner') this.noMarket.add(agent.id);
    }
  }

  /** Removes one agent. */
  remove(id: string): void {
    if (!this.entries.delete(id)) return;
    this.ranked.clear();
    for (const set of this.byMarket.values()) set.delete(id);
    for (const set of this.byMarketLanguage.values()) set.delete(id);
    this.noMarket.delete(id);
  }

  /** The agent as indexed, if any. */
  get(id: string): RoutingAgent | undefined {
    return this.entries.get(id)?.agent;
  }

  /** Changes an agent's load on a channel (after an assignment, +1; after a resolution, -1). */
  addLoad(id: string, channel: string, delta: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const key = capacityKey(entry.agent.capacity, channel);
    if (!key) return;
    const load = { ...entry.agent.load, [key]: Math.max(0, (entry.agent.load[key] ?? 0) + delta) };
    entry.agent = { ...entry.agent, load };
  }

  /** The shift state of an agent at `nowMs`, from the cache while it holds. */
  shiftOf(id: string, nowMs: number): ShiftState {
    const entry = this.entries.get(id);
    if (!entry || !entry.calendar) return OFF;
    if (nowMs >= entry.from && nowMs < entry.until) return entry.shift;
    const shift = shiftStateAt(entry.calendar, nowMs);
    entry.shift = shift;
    entry.from = nowMs;
    entry.until = (shift.onShift ? shift.endsAt : shift.nextStartAt) ?? nowMs + DAY_MS;
    return shift;
  }

  private add(map: Map<string, Set<string>>, key: string, id: string): void {
    let set = map.get(key);
    if (!set) { set = new Set(); map.set(key, set); }
    set.add(id);
  }

  private marketAgents(market: string | null): ReadonlySet<string> {
    return market === null ? this.noMarket : this.byMarket.get(market) ?? new Set();
  }

  private evaluate(id: string, ctx: ReturnType<typeof routingContext>, nowMs: number): CandidateFacts {
    return evaluateCandidate(this.entries.get(id)!.agent, this.shiftOf(id, nowMs), ctx);
  }

  /** A market × language bucket in team-order order (rank: the agent's best team for the market, whatever the channel). */
  private rankedBucket(market: string, language: string, order: readonly string[]): ReadonlyArray<{ id: string; rank: number }> {
    const key = `${market}\u0000${language}\u0000${order.join(',')}`;
    let list = this.ranked.get(key);
    if (!list) {
      list = [...(this.byMarketLanguage.get(`${market}\u0000${language}`) ?? [])].map((id) => {
        let rank = order.length;
        for (const team of this.entries.get(id)!.agent.teams) if (team.markets.includes(market)) rank = Math.min(rank, teamRank(team, order));
        return { id, rank };
      }).sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
      this.ranked.set(key, list);
    }
    return list;
  }

  /**
   * Routes one conversation. The agents who speak the customer's language (or an acceptable pivot language)
   * are looked at in team order, stopping once no later agent can outrank the best eligible one found; only
   * when none of them can take the conversation is the rest of the market evaluated (machine translation).
   * The candidates listed are those evaluated.
   */
  decide(conversation: RoutingConversation, market: RoutingMarket | null, pivotLanguages: readonly string[], nowMs: number): RoutingDecision {
    const ctx = routingContext(conversation, market, pivotLanguages);
    const all = this.marketAgents(conversation.market);
    const customer = languageKey(conversation.language);
    if (customer === null || conversation.market === null) {
      const facts: CandidateFacts[] = [];
      for (const id of all) facts.push(this.evaluate(id, ctx, nowMs));
      return decideFromCandidates(facts, ctx, market, nowMs, this.entries.size - facts.length);
    }

    const keys = [customer];
    if (ctx.requirement.pivotLevel !== null) for (const p of pivotLanguages) { const k = languageKey(p); if (k && !keys.includes(k)) keys.push(k); }
    const lists = keys.map((k) => this.rankedBucket(conversation.market!, k, ctx.policy.teamOrder));
    const seen = new Set<string>();
    const facts: CandidateFacts[] = [];
    let best: CandidateFacts | undefined;
    // The customer's previous agent outranks every team, so they are looked at first.
    const sticky = ctx.policy.stickiness ? conversation.previousAgent : null;
    const order = sticky && all.has(sticky) ? [{ id: sticky, rank: -1 }] : [];
    const cursor = lists.map(() => 0);
    for (let step = 0; ; step++) {
      let item: { id: string; rank: number } | undefined;
      if (step < order.length) item = order[step];
      else {
        let next = -1;
        for (let l = 0; l < lists.length; l++) {
          const candidate = lists[l]![cursor[l]!];
          if (candidate && (next < 0 || candidate.rank < lists[next]![cursor[next]!]!.rank)) next = l;
        }
        if (next < 0) break;
        item = lists[next]![cursor[next]!++]!;
        // Ranks only grow from here: nobody later can beat the best eligible agent's team (or stickiness).
        if (best && (best.verdict.sticky || item.rank > best.verdict.teamRank)) break;
      }
      if (!item || seen.has(item.id) || !this.entries.has(item.id)) continue;
      seen.add(item.id);
      const f = this.evaluate(item.id, ctx, nowMs);
      facts.push(f);
      if (f.verdict.eligible && (!best || compareCandidates(f, best) < 0)) best = f;
    }
    const rest = {
      count: all.size - seen.size,
      // Only an agent online, on shift and not disabled can take a conversation through machine translation:
      // the cheap checks come first, so most of a market is never evaluated in full.
      evaluate: () => {
        const more: CandidateFacts[] = [];
        for (const id of all) {
          if (seen.has(id)) continue;
          const agent = this.entries.get(id)!.agent;
          if (agent.presence === 'online' && !agent.disabled && this.shiftOf(id, nowMs).onShift) more.push(this.evaluate(id, ctx, nowMs));
        }
        return more;
      },
    };
    return decideFromCandidates(facts, ctx, market, nowMs, this.entries.size - facts.length, rest);
  }
}
