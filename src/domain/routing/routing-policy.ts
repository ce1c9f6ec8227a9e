import { categories, type Category } from '../classification/index.js';
import { formatIsoDuration, parseIsoDuration } from '../business-time/index.js';
import { validateLanguagePolicy, type ChannelLanguageRule } from '../translation/index.js';
import type { RoutingPolicy } from './routing-types.js';

export const teamKindsInOrder = ['local', 'hub', 'hq', 'partner'] as const;

/**
 * The policy of a market that sets none: local office first, then hubs, HQ, partners; hold for the native team
 * when the SLA allows, else machine translation; stickiness for two weeks; diagnostic questions need the
 * customer's language at C1 (troubleshooting through a translator goes wrong).
 */
export const defaultRoutingPolicy: RoutingPolicy = {
  enabled: true,
  teamOrder: teamKindsInOrder,
  followTheSun: 'auto',
  holdMarginMs: 30 * 60_000,
  stickiness: true,
  stickyWindowMs: 14 * 86_400_000,
  requireSkill: false,
  categories: { diagnostic: { mode: 'native-required', minLevel: 'C1' } },
};

/** The policy as stored in `settings.routing` and answered by the API (durations as ISO 8601). */
export interface RoutingPolicyDocument {
  enabled: boolean;
  teamOrder: string[];
  followTheSun: RoutingPolicy['followTheSun'];
  holdMargin: string;
  stickiness: boolean;
  stickyWindow: string;
  requireSkill: boolean;
  categories: Partial<Record<Category, ChannelLanguageRule>>;
}

const FOLLOW = ['auto', 'hold', 'translate'] as const;
const KEYS = ['enabled', 'teamOrder', 'followTheSun', 'holdMargin', 'stickiness', 'stickyWindow', 'requireSkill', 'categories'];
const TEAM_REF = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * Checks a stored routing policy (all keys optional); answers issues with JSON Pointers relative to it.
 *
 * @example
 * validateRoutingPolicy({ followTheSun: 'sometimes' }); // [{ path: '/followTheSun', message: 'must be auto, hold or translate' }]
 */
export function validateRoutingPolicy(value: unknown): Array<{ path: string; message: string }> {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ path: '', message: 'must be an object' }];
  const v = value as Record<string, unknown>;
  const issues: Array<{ path: string; message: string }> = [];
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) issues.push({ path: `/${key}`, message: 'is not a routing policy setting' });
  for (const key of ['enabled', 'stickiness', 'requireSkill']) {
    if (v[key] !== undefined && typeof v[key] !== 'boolean') issues.push({ path: `/${key}`, message: 'must be true or false' });
  }
  if (v.teamOrder !== undefined) {
    if (!Array.isArray(v.teamOrder) || v.teamOrder.length > 50) issues.push({ path: '/teamOrder', message: 'must be a list of team ids or kinds (local, hub, hq, partner)' });
    else {
      const seen = new Set<string>();
      v.teamOrder.forEach((t: unknown, i: number) => {
        if (typeof t !== 'string' || !TEAM_REF.test(t)) issues.push({ path: `/teamOrder/${i}`, message: 'must be a team id or kind' });
        else if (seen.has(t)) issues.push({ path: `/teamOrder/${i}`, message: 'is listed twice' });
        else seen.add(t);
      });
    }
  }
  if (v.followTheSun !== undefined && !FOLLOW.includes(v.followTheSun as never)) {
    issues.push({ path: '/followTheSun', message: 'must be auto, hold or translate' });
  }
  for (const key of ['holdMargin', 'stickyWindow']) {
    if (v[key] === undefined) continue;
    const ms = typeof v[key] === 'string' ? parseIsoDuration(v[key]) : null;
    if (ms === null || ms < 0 || ms > 366 * 86_400_000) issues.push({ path: `/${key}`, message: 'must be an ISO 8601 duration up to a year (PT30M, P14D)' });
  }
  if (v.categories !== undefined) {
    if (typeof v.categories !== 'object' || v.categories === null || Array.isArray(v.categories)) {
      issues.push({ path: '/categories', message: 'must be an object of category → language rule' });
    } else {
      for (const [category, rule] of Object.entries(v.categories)) {
        if (!categories.includes(category as Category)) {
          issues.push({ path: `/categories/${category}`, message: `must be one of ${categories.join(', ')}` });
          continue;
        }
        for (const issue of validateLanguagePolicy({ [category]: rule })) issues.push({ path: `/categories${issue.path}`, message: issue.message });
      }
    }
  }
  return issues;
}

/**
 * A market's effective policy: its `settings.routing` over the defaults. Invalid values (stored before
 * validation existed) fall back to the default of that setting.
 *
 * @example
 * resolveRoutingPolicy({ teamOrder: ['tokyo-office', 'hub'] }).followTheSun; // 'auto'
 */
export function resolveRoutingPolicy(stored: unknown): RoutingPolicy {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return defaultRoutingPolicy;
  const v = stored as Record<string, unknown>;
  const bad = new Set(validateRoutingPolicy(stored).map((i) => i.path.split('/')[1]));
  const ok = (key: string) => v[key] !== undefined && !bad.has(key);
  return {
    enabled: ok('enabled') ? (v.enabled as boolean) : defaultRoutingPolicy.enabled,
    teamOrder: ok('teamOrder') ? (v.teamOrder as string[]) : defaultRoutingPolicy.teamOrder,
    followTheSun: ok('followTheSun') ? (v.followTheSun as RoutingPolicy['followTheSun']) : defaultRoutingPolicy.followTheSun,
    holdMarginMs: ok('holdMargin') ? parseIsoDuration(v.holdMargin as string)! : defaultRoutingPolicy.holdMarginMs,
    stickiness: ok('stickiness') ? (v.stickiness as boolean) : defaultRoutingPolicy.stickiness,
    stickyWindowMs: ok('stickyWindow') ? parseIsoDuration(v.stickyWindow as string)! : defaultRoutingPolicy.stickyWindowMs,
    requireSkill: ok('requireSkill') ? (v.requireSkill as boolean) : defaultRoutingPolicy.requireSkill,
    categories: ok('categories') ? (v.categories as RoutingPolicy['categories']) : defaultRoutingPolicy.categories,
  };
}

/**
 * The document form of a policy (what `GET /api/v1/markets/{code}/routing-policy` answers).
 *
 * @example
 * routingPolicyDocument(defaultRoutingPolicy).holdMargin; // 'PT30M'
 */
export function routingPolicyDocument(policy: RoutingPolicy): RoutingPolicyDocument {
  return {
    enabled: policy.enabled, teamOrder: [...policy.teamOrder], followTheSun: policy.followTheSun,
    holdMargin: formatIsoDuration(policy.holdMarginMs), stickiness: policy.stickiness,
    stickyWindow: formatIsoDuration(policy.stickyWindowMs), requireSkill: policy.requireSkill,
    categories: { ...policy.categories },
  };
}
