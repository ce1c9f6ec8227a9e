import type { SlaClockKind } from './sla-policy-store.js';

/** What a policy is scoped by; null matches anything. */
export interface SlaPolicyScope {
  market: string | null;
  channel: string | null;
  priority: string | null;
}

/** The targets and options of the policy that applies to a conversation. */
export interface SlaTerms {
  /** The stored policy's id, or null for the built-in default. */
  id: string | null;
  firstResponse: string | null;
  nextResponse: string | null;
  resolution: string | null;
  clock: SlaClockKind;
  pauseWhilePending: boolean;
  warningAt: number;
}

/**
 * What applies when no stored policy matches: the targets of the contract's example policy, on the business clock.
 * A brand replaces it with a global policy (`market`, `channel` and `priority` all null).
 */
export const DEFAULT_SLA_TERMS: Readonly<SlaTerms> = Object.freeze({
  id: null, firstResponse: 'PT4H', nextResponse: 'PT8H', resolution: 'P3D', clock: 'business', pauseWhilePending: false, warningAt: 0.75,
});

function channelMatches(policyChannel: string, channel: string): boolean {
  // The contract names phone hours `phone`; conversations on the phone are of kind `voice`.
  return policyChannel === channel || (policyChannel === 'phone' && channel === 'voice') || (policyChannel === 'voice' && channel === 'phone');
}

/**
 * Specificity of a policy for a conversation, or -1 when it does not apply: market counts 4, channel 2, priority 1,
 * so market+channel+priority > market+channel > market+priority > market > channel+priority > channel >
 * priority > global.
 */
export function slaPolicyScore(policy: SlaPolicyScope, conversation: SlaPolicyScope): number {
  let score = 0;
  if (policy.market !== null) {
    if (policy.market !== conversation.market) return -1;
    score += 4;
  }
  if (policy.channel !== null) {
    if (conversation.channel === null || !channelMatches(policy.channel, conversation.channel)) return -1;
    score += 2;
  }
  if (policy.priority !== null) {
    if (policy.priority !== conversation.priority) return -1;
    score += 1;
  }
  return score;
}

/**
 * The most specific policy that applies to a conversation, or undefined. Scopes are unique, so there is never
 * a tie; should two still score the same, the one with the smaller id wins so the answer is stable.
 *
 * @example
 * selectSlaPolicy([global, japan, japanEmail], { market: 'jp', channel: 'email', priority: 'normal' }); // japanEmail
 */
export function selectSlaPolicy<T extends SlaPolicyScope & { id: string }>(policies: readonly T[], conversation: SlaPolicyScope): T | undefined {
  let best: T | undefined;
  let bestScore = -1;
  for (const policy of policies) {
    const score = slaPolicyScore(policy, conversation);
    if (score > bestScore || (score === bestScore && score >= 0 && best !== undefined && policy.id < best.id)) {
      best = policy;
      bestScore = score;
    }
  }
  return bestScore >= 0 ? best : undefined;
}
