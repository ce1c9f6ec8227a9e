import { localClock } from './agent-schedule.js';
import { assignmentReason, inDuration } from './assignment-reason.js';
import {
  compareCandidates, compareFallbacks, evaluateCandidate, type CandidateFacts, type EvaluationContext,
} from './candidate-evaluation.js';
import { languageKey, levelRank, routingRequirement } from './language-fit.js';
import { defaultRoutingPolicy } from './routing-policy.js';
import type {
  LanguageRequirement, RoutingAgent, RoutingConversation, RoutingDecision, RoutingMarket, ShiftState,
} from './routing-types.js';

/** What one routing decision looks at. */
export interface RouteInput {
  conversation: RoutingConversation;
  /** The conversation's market, null when it has none. */
  market: RoutingMarket | null;
  pivotLanguages: readonly string[];
  /** Every agent with their shift state at `nowMs`. */
  agents: ReadonlyArray<{ agent: RoutingAgent; shift: ShiftState }>;
  nowMs: number;
}

/**
 * The requirement and evaluation context of a conversation (shared by the full scan and the index).
 *
 * @example
 * const ctx = routingContext(conversation, market, ['en']);
 * ctx.requirement.mode; // 'pivot-allowed'
 */
export function routingContext(conversation: RoutingConversation, market: RoutingMarket | null, pivotLanguages: readonly string[]): EvaluationContext {
  const policy = market?.policy ?? defaultRoutingPolicy;
  const requirement: LanguageRequirement = routingRequirement(market?.languagePolicy ?? null, policy, conversation.channel, conversation.category);
  return { conversation, policy, requirement, pivotLanguages };
}

function bestPivotLevel(pivotLanguages: readonly string[]) {
  const keys = new Set(pivotLanguages.map((p) => languageKey(p)));
  return (agent: RoutingAgent) => {
    let best = 0;
    for (const l of agent.languages) if (keys.has(languageKey(l.language))) best = Math.max(best, levelRank(l.level));
    return best;
  };
}

/** The language a machine-translated conversation will be worked in: the agent's best pivot language. */
function workingLanguage(agent: RoutingAgent, pivotLanguages: readonly string[]): string {
  const keys = new Set(pivotLanguages.map((p) => languageKey(p)));
  let best: { language: string; level: RoutingAgent['languages'][number]['level'] } | null = null;
  for (const l of agent.languages) {
    if (keys.has(languageKey(l.language)) && (!best || levelRank(l.level) > levelRank(best.level))) best = l;
  }
  best ??= agent.languages[0] ?? null;
  return best ? `works in ${languageKey(best.language)} ${best.level}` : 'no shared language';
}

function clock(ms: number, zone: string): string {
  const { city, time } = localClock(ms, zone);
  return `${city} ${time}`;
}

/**
 * Decides from evaluated candidates (the candidates serving the market; `skipped` counts the others). The
 * best eligible agent gets the conversation. When nobody is eligible: with qualified agents on shift but at
 * capacity it waits for capacity (or, SLA at risk, goes to machine translation); with nobody qualified on
 * shift it follows the sun per market policy — hold until the native team's next shift if that leaves
 * `holdMargin` before the deadline, else the best available agent with machine translation flagged.
 *
 * @example
 * decideFromCandidates(agents.map((a) => evaluateCandidate(a, shiftOf(a), ctx)), ctx, market, now, 0);
 */
export function decideFromCandidates(
  facts: CandidateFacts[], ctx: EvaluationContext, market: RoutingMarket | null, nowMs: number, skipped: number,
  rest?: { count: number; evaluate(): CandidateFacts[] },
): RoutingDecision {
  const { conversation, policy, requirement } = ctx;
  const eligible = facts.filter((f) => f.verdict.eligible).sort(compareCandidates);
  // Eligible first and ranked; the others in the order they were looked at (an explanation, not a ranking).
  let candidates = [...eligible, ...facts.filter((f) => !f.verdict.eligible)].map((f) => f.verdict);
  const base = { requirement, skipped };
  const language = conversation.language ?? 'unknown language';

  const best = eligible[0];
  if (best) {
    best.verdict.chosen = true;
    return {
      ...base, outcome: 'assign', agent: best.agent.id, team: best.verdict.team, machineTranslation: false,
      reason: assignmentReason(best, conversation, nowMs), holdUntil: null, candidates,
    };
  }

  // Machine-translation candidates may be anywhere in the market: the rest is only evaluated when needed.
  let fallbackFacts: CandidateFacts[] | undefined;
  const fallbackPool = () => {
    if (!fallbackFacts) {
      const more = rest ? rest.evaluate() : [];
      if (more.length) {
        candidates = [...candidates, ...more.map((f) => f.verdict)];
        base.skipped -= more.length;
      }
      const pivotLevel = bestPivotLevel(ctx.pivotLanguages);
      fallbackFacts = [...facts, ...more].filter((f) => f.languageOnly).sort((a, b) => compareFallbacks(a, b, pivotLevel));
    }
    return fallbackFacts;
  };
  const assignWithTranslation = (why: string): RoutingDecision => {
    const fallback = fallbackPool()[0]!;
    fallback.verdict.chosen = true;
    return {
      ...base, outcome: 'assign', agent: fallback.agent.id, team: fallback.verdict.team, machineTranslation: true,
      reason: assignmentReason(fallback, conversation, nowMs, [`machine translation: ${why}`], workingLanguage(fallback.agent, ctx.pivotLanguages)),
      holdUntil: null, candidates,
    };
  };
  const hasFallback = () => fallbackPool().length > 0;
  const due = conversation.dueAt;
  const dueText = due !== null && market ? `SLA due ${clock(due, market.timeZone)}` : null;

  const qualified = facts.filter((f) => f.qualified);
  const busy = qualified.filter((f) => f.shift.onShift && f.agent.presence === 'online');
  if (busy.length > 0) {
    const atRisk = due !== null && due - nowMs < policy.holdMarginMs;
    if (atRisk && policy.followTheSun !== 'hold' && hasFallback()) {
      return assignWithTranslation(`all ${busy.length} ${language} agents on shift at capacity, ${dueText ?? 'SLA at risk'}`);
    }
    return {
      ...base, outcome: 'queue', agent: null, team: null, machineTranslation: false, holdUntil: null, candidates,
      reason: `waiting for capacity: ${busy.length} qualified agent${busy.length === 1 ? '' : 's'} on shift, all at capacity`,
    };
  }

  let next: CandidateFacts | undefined;
  for (const f of qualified) {
    const at = f.shift.nextStartAt;
    if (at !== null && !f.agent.disabled && (next === undefined || at < next.shift.nextStartAt!)) next = f;
  }
  const nextAt = next?.shift.nextStartAt ?? null;
  const nextText = next && nextAt !== null ? `next ${language} agent on shift ${clock(nextAt, next.agent.timeZone)} (${inDuration(nextAt - nowMs)})` : null;
  const hold = (): RoutingDecision => ({
    ...base, outcome: 'hold', agent: null, team: null, machineTranslation: false, holdUntil: nextAt, candidates,
    reason: [`holding for ${requirement.mode === 'native-required' ? 'a native' : 'a'} ${language} agent`, nextText, dueText].filter(Boolean).join(' · '),
  });
  const deadlineAllows = nextAt !== null && (due === null || nextAt + policy.holdMarginMs <= due);

  if (policy.followTheSun === 'hold' && nextAt !== null) return hold();
  if (policy.followTheSun === 'auto' && deadlineAllows) return hold();
  if (policy.followTheSun !== 'hold' && hasFallback()) {
    return assignWithTranslation(nextAt === null
      ? `no ${language} agent serves ${conversation.market ?? 'this market'} on ${conversation.channel}`
      : `no ${language} agent on shift before the deadline (${[nextText, dueText].filter(Boolean).join(', ')})`);
  }
  if (nextAt !== null) return hold();
  const why = facts.length === 0 && (rest?.count ?? 0) === 0
    ? `no agent serves ${conversation.market ?? 'this market'}`
    : `no qualified agent on shift and none available for machine translation`;
  return { ...base, outcome: 'queue', agent: null, team: null, machineTranslation: false, holdUntil: null, candidates, reason: why };
}

/**
 * Routes one conversation by looking at every agent: the pure reference decision (the index in
 * `RoutingIndex` reaches the same answer faster).
 *
 * @example
 * const decision = decideRoute({ conversation, market, pivotLanguages: ['en'], agents, nowMs });
 * decision.outcome; // 'assign'
 * decision.reason;  // 'native ja · on shift Tokyo 10:12 · 2/3 chats'
 */
export function decideRoute(input: RouteInput): RoutingDecision {
  const ctx = routingContext(input.conversation, input.market, input.pivotLanguages);
  const facts: CandidateFacts[] = [];
  let skipped = 0;
  for (const { agent, shift } of input.agents) {
    const f = evaluateCandidate(agent, shift, ctx);
    if (!f.servesMarket) skipped++;
    else facts.push(f);
  }
  return decideFromCandidates(facts, ctx, input.market, input.nowMs, skipped);
}
