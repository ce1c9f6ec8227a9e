import { levelRank, languageFit } from './language-fit.js';
import type {
  CandidateVerdict, LanguageFit, LanguageRequirement, RejectionCode, RoutingAgent, RoutingConversation, RoutingPolicy,
  RoutingTeam, ShiftState,
} from './routing-types.js';

const VOICE_ALIASES: Readonly<Record<string, string>> = { voice: 'phone', phone: 'voice', call: 'voice' };

/**
 * Which capacity entry a channel uses for an agent: the channel kind, its phone/voice alias, else `default`;
 * null when the agent takes none of that channel.
 *
 * @example
 * capacityKey({ chat: 3, phone: 1 }, 'voice'); // 'phone'
 */
export function capacityKey(capacity: Readonly<Record<string, number>>, channel: string): string | null {
  if (Object.hasOwn(capacity, channel)) return channel;
  const alias = VOICE_ALIASES[channel];
  if (alias && Object.hasOwn(capacity, alias)) return alias;
  return Object.hasOwn(capacity, 'default') ? 'default' : null;
}

/**
 * The position of a team in a market's order (team id first, then its kind); unlisted teams come last.
 *
 * @example
 * teamRank({ id: 'tokyo-office', kind: 'local' }, ['hub', 'local']); // 1
 */
export function teamRank(team: Pick<RoutingTeam, 'id' | 'kind'>, order: readonly string[]): number {
  const byId = order.indexOf(team.id);
  if (byId >= 0) return byId;
  const byKind = order.indexOf(team.kind);
  return byKind >= 0 ? byKind : order.length;
}

/**
 * Whether a team serves a conversation's market and channel. Conversations without a market (a brand with no
 * markets yet) are served by every team but partners, who only ever see their own markets.
 *
 * @example
 * teamServes({ id: 'atlantico', kind: 'partner', markets: ['br'], channels: [], timeZone: 'America/Sao_Paulo' }, 'jp', 'chat'); // false
 */
export function teamServes(team: RoutingTeam, market: string | null, channel: string): boolean {
  if (market === null ? team.kind === 'partner' : !team.markets.includes(market)) return false;
  return team.channels.length === 0 || team.channels.includes(channel) || (channel in VOICE_ALIASES && team.channels.includes(VOICE_ALIASES[channel]!));
}

/** Everything known about one agent for one conversation, before ranking. */
export interface CandidateFacts {
  agent: RoutingAgent;
  verdict: CandidateVerdict;
  /** A team of the agent serves the conversation's market (whatever the channel). */
  servesMarket: boolean;
  /** Every check but the language one passes: a machine-translation candidate. */
  languageOnly: boolean;
  /** Qualified (market, channel, language, skill) whatever their presence, shift and load. */
  qualified: boolean;
  shift: ShiftState;
  loadRatio: number;
}

export interface EvaluationContext {
  conversation: RoutingConversation;
  policy: RoutingPolicy;
  requirement: LanguageRequirement;
  pivotLanguages: readonly string[];
}

function fitScore(fit: LanguageFit): number {
  if (fit.kind === 'customer') return 20 + (fit.level ? levelRank(fit.level) : 0);
  if (fit.kind === 'pivot' || fit.kind === 'unknown-language') return 10 + (fit.level ? levelRank(fit.level) : 0);
  return 0;
}

/**
 * Checks one agent against one conversation: serves its market and channel, speaks well enough, has the skill
 * (when the market requires it), is online, on shift and below capacity. The first failing check is the
 * verdict's rejection; the facts also say whether the agent would qualify but for presence, shift or load.
 *
 * @example
 * const facts = evaluateCandidate(agent, shiftStateAt(calendar, now), ctx);
 * facts.verdict.eligible; // false
 * facts.verdict.rejection; // 'off-shift'
 */
export function evaluateCandidate(agent: RoutingAgent, shift: ShiftState, ctx: EvaluationContext): CandidateFacts {
  const { conversation, policy, requirement } = ctx;
  let best: RoutingTeam | null = null;
  let rank = Number.POSITIVE_INFINITY;
  let servesMarket = false;
  for (const team of agent.teams) {
    const inMarket = conversation.market === null ? team.kind !== 'partner' : team.markets.includes(conversation.market);
    if (inMarket) servesMarket = true;
    if (!teamServes(team, conversation.market, conversation.channel)) continue;
    const r = teamRank(team, policy.teamOrder);
    if (r < rank) { rank = r; best = team; }
  }
  const key = capacityKey(agent.capacity, conversation.channel);
  const capacity = key ? agent.capacity[key] ?? 0 : 0;
  const load = key ? agent.load[key] ?? 0 : 0;
  const fit = languageFit(agent, conversation.language, requirement, ctx.pivotLanguages);
  const category = conversation.category;
  const intent = conversation.intent;
  const wantsSkill = category !== null || intent !== null;
  const skillMatch = wantsSkill && agent.skills.some((s) => s === category || s === intent);
  const sticky = policy.stickiness && conversation.previousAgent === agent.id;

  // Checks in the order a supervisor reads them; the first failing one is the verdict. This runs for every
  // candidate of every decision: codes only (words for the first failure alone), and no closures.
  const structural = agent.disabled || !servesMarket || !best || capacity <= 0
    || (policy.requireSkill && wantsSkill && !skillMatch);
  const language = fit.kind === 'none';
  const away = agent.presence !== 'online';
  const offShift = !shift.onShift;
  const full = capacity > 0 && load >= capacity;
  const skillMissing = policy.requireSkill && wantsSkill && !skillMatch;
  const rejection: RejectionCode | null = agent.disabled ? 'disabled'
    : !servesMarket ? 'market'
    : !best || capacity <= 0 ? 'channel'
    : language ? 'language'
    : skillMissing ? 'skill'
    : away ? 'presence'
    : offShift ? 'off-shift'
    : full ? 'capacity'
    : null;
  const failures = Number(agent.disabled) + Number(!servesMarket || !best || capacity <= 0) + Number(language)
    + Number(skillMissing) + Number(away) + Number(offShift) + Number(full);
  return {
    agent,
    shift,
    servesMarket,
    qualified: !structural && !language,
    languageOnly: failures === 1 && rejection === 'language',
    loadRatio: capacity > 0 ? load / capacity : 1,
    verdict: {
      agent: agent.id, eligible: failures === 0, chosen: false, rejection,
      detail: rejection === null ? 'eligible' : describeRejection(rejection, agent, ctx, load, capacity),
      fit, teamRank: Number.isFinite(rank) ? rank : policy.teamOrder.length,
      team: best?.id ?? null, load, capacity, onShift: shift.onShift, sticky, skillMatch,
    },
  };
}

function describeRejection(code: RejectionCode, agent: RoutingAgent, ctx: EvaluationContext, load: number, capacity: number): string {
  const { conversation, requirement } = ctx;
  switch (code) {
    case 'disabled': return 'disabled';
    case 'market': return `no team serving ${conversation.market ?? 'this market'}`;
    case 'channel': return `takes no ${conversation.channel}`;
    case 'language': return `below ${requirement.mode === 'native-required' ? requirement.customerLevel : `pivot ${requirement.pivotLevel}`} in ${conversation.language}`;
    case 'skill': return `no ${[conversation.category, conversation.intent].filter(Boolean).join('/')} skill`;
    case 'presence': return agent.presence;
    case 'off-shift': return 'off shift';
    case 'capacity': return `${load}/${capacity} ${conversation.channel}`;
  }
}

/**
 * Orders eligible candidates, best first: the customer's previous agent, then the market's team order, then a
 * skill match, then the better language fit, then the least loaded (share of capacity, then count), then id so
 * equal candidates always resolve the same way.
 *
 * @example
 * const best = facts.filter((f) => f.verdict.eligible).sort(compareCandidates)[0];
 */
export function compareCandidates(a: CandidateFacts, b: CandidateFacts): number {
  const x = a.verdict;
  const y = b.verdict;
  return Number(y.sticky) - Number(x.sticky)
    || x.teamRank - y.teamRank
    || Number(y.skillMatch) - Number(x.skillMatch)
    || fitScore(y.fit) - fitScore(x.fit)
    || a.loadRatio - b.loadRatio
    || x.load - y.load
    || (x.agent < y.agent ? -1 : x.agent > y.agent ? 1 : 0);
}

/**
 * Orders machine-translation candidates: best pivot level first, then team order, then load.
 *
 * @example
 * fallbacks.sort((a, b) => compareFallbacks(a, b, (agent) => bestPivotRank(agent)));
 */
export function compareFallbacks(a: CandidateFacts, b: CandidateFacts, pivotLevel: (agent: RoutingAgent) => number): number {
  return pivotLevel(b.agent) - pivotLevel(a.agent)
    || a.verdict.teamRank - b.verdict.teamRank
    || a.loadRatio - b.loadRatio
    || (a.agent.id < b.agent.id ? -1 : a.agent.id > b.agent.id ? 1 : 0);
}
