/**
 * Market language policy: per market and channel, whether a reply in one of the brand's pivot languages
 * (English, French…) is acceptable or the customer's own language is required. Stored in a market's
 * `settings.languagePolicy`, e.g. `{ "email": "pivot-allowed", "phone": "native-required" }`; keys are channel
 * kinds (`whatsapp`), channel families (`voice`, `email`, `messaging`) or `default`.
 */
import { toDetectionLanguage } from '../language/index.js';

export type ReplyLanguageMode = 'native-required' | 'pivot-allowed';
export const replyLanguageModes: readonly ReplyLanguageMode[] = ['native-required', 'pivot-allowed'];

/** CEFR levels plus `native`, as agents' languages are recorded. */
export type ProficiencyLevel = 'native' | 'C2' | 'C1' | 'B2' | 'B1' | 'A2' | 'A1';
export const proficiencyLevels: readonly ProficiencyLevel[] = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'];

/** One channel's rule as stored: the mode alone, or the mode with the minimum level agents need. */
export type ChannelLanguageRule = ReplyLanguageMode | { mode: ReplyLanguageMode; minLevel?: ProficiencyLevel };

/** A market's stored policy: rules keyed by channel kind, channel family or `default`. */
export type LanguagePolicy = Readonly<Record<string, ChannelLanguageRule>>;

export type ChannelFamily = 'voice' | 'email' | 'messaging';

/** The channel kinds the policy endpoint lists by default. */
export const policyChannels: readonly string[] = ['email', 'chat', 'whatsapp', 'telegram', 'messenger', 'line', 'sms', 'phone', 'voice'];

const VOICE_CHANNELS = new Set(['phone', 'voice', 'call', 'video']);

/**
 * The family a channel kind belongs to: voice (phone calls), email, or messaging (chat, messaging apps, social).
 *
 * @example
 * channelFamily('whatsapp'); // 'messaging'
 */
export function channelFamily(channel: string): ChannelFamily {
  const kind = channel.toLowerCase();
  if (VOICE_CHANNELS.has(kind)) return 'voice';
  if (kind === 'email') return 'email';
  return 'messaging';
}

const BUILT_IN: Record<ChannelFamily, ReplyLanguageMode> = {
  // A customer on the phone cannot be answered in a language they do not speak; written channels can be read
  // with help, so the pivot language is acceptable unless the market says otherwise.
  voice: 'native-required',
  email: 'pivot-allowed',
  messaging: 'pivot-allowed',
};

/** A resolved rule for one channel, and where it came from. */
export interface ResolvedChannelRule {
  channel: string;
  mode: ReplyLanguageMode;
  minLevel: ProficiencyLevel | null;
  source: 'channel' | 'family' | 'default' | 'built-in';
}

function asRule(value: unknown): { mode: ReplyLanguageMode; minLevel: ProficiencyLevel | null } | null {
  if (typeof value === 'string') return replyLanguageModes.includes(value as ReplyLanguageMode) ? { mode: value as ReplyLanguageMode, minLevel: null } : null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { mode, minLevel } = value as { mode?: unknown; minLevel?: unknown };
  if (typeof mode !== 'string' || !replyLanguageModes.includes(mode as ReplyLanguageMode)) return null;
  if (minLevel !== undefined && !proficiencyLevels.includes(minLevel as ProficiencyLevel)) return null;
  return { mode: mode as ReplyLanguageMode, minLevel: (minLevel as ProficiencyLevel | undefined) ?? null };
}

/**
 * The rule for a channel: the market's entry for the channel kind, else for its family, else `default`, else
 * the built-in default (voice native-required, email and messaging pivot-allowed). Invalid entries are
 * ignored here (see `validateLanguagePolicy`).
 *
 * @example
 * channelRule({ chat: 'native-required' }, 'chat'); // { channel: 'chat', mode: 'native-required', minLevel: null, source: 'channel' }
 * channelRule(undefined, 'phone').mode; // 'native-required'
 */
export function channelRule(policy: LanguagePolicy | null | undefined, channel: string): ResolvedChannelRule {
  const kind = channel.toLowerCase();
  const family = channelFamily(kind);
  const lookups: Array<[string, ResolvedChannelRule['source']]> = [[kind, 'channel'], [family, 'family'], ['default', 'default']];
  for (const [key, source] of lookups) {
    const rule = policy && Object.hasOwn(policy, key) ? asRule(policy[key]) : null;
    if (rule) return { channel: kind, ...rule, source };
  }
  return { channel: kind, mode: BUILT_IN[family], minLevel: null, source: 'built-in' };
}

/** Why a reply language is or is not acceptable. */
export type ReplyLanguageReason =
  | 'customer-language' | 'pivot-language' | 'customer-language-unknown' | 'native-required' | 'not-a-pivot-language';

export interface ReplyLanguageVerdict {
  allowed: boolean;
  reason: ReplyLanguageReason;
  mode: ReplyLanguageMode;
}

function sameLanguage(a: string, b: string): boolean {
  const x = toDetectionLanguage(a);
  return x !== null && x === toDetectionLanguage(b);
}

/**
 * Whether a reply in `replyLanguage` is acceptable to a customer writing `customerLanguage` on `channel`:
 * always in the customer's own language; in a pivot language only where the policy allows it. With the
 * customer's language unknown there is nothing to hold the reply against, so it is allowed (and says so).
 *
 * @example
 * replyLanguageAllowed({ phone: 'native-required' }, 'email', 'ja', 'en', ['en', 'fr']);
 * // { allowed: true, reason: 'pivot-language', mode: 'pivot-allowed' }
 * replyLanguageAllowed({ phone: 'native-required' }, 'phone', 'ja', 'en', ['en', 'fr']);
 * // { allowed: false, reason: 'native-required', mode: 'native-required' }
 */
export function replyLanguageAllowed(
  policy: LanguagePolicy | null | undefined, channel: string, customerLanguage: string | null, replyLanguage: string,
  pivotLanguages: readonly string[],
): ReplyLanguageVerdict {
  const { mode } = channelRule(policy, channel);
  if (customerLanguage === null || toDetectionLanguage(customerLanguage) === null) {
    return { allowed: true, reason: 'customer-language-unknown', mode };
  }
  if (sameLanguage(customerLanguage, replyLanguage)) return { allowed: true, reason: 'customer-language', mode };
  if (mode === 'native-required') return { allowed: false, reason: 'native-required', mode };
  if (pivotLanguages.some((p) => sameLanguage(p, replyLanguage))) return { allowed: true, reason: 'pivot-language', mode };
  return { allowed: false, reason: 'not-a-pivot-language', mode };
}

/** What an agent must speak to take a conversation on a channel, for routing. */
export interface ProficiencyRequirement {
  mode: ReplyLanguageMode;
  /** Minimum level in the customer's language; null when a pivot language is enough. */
  customerLanguage: ProficiencyLevel | null;
  /** Minimum level in a pivot language when that is acceptable instead; null when it is not. */
  pivotLanguage: ProficiencyLevel | null;
}

/**
 * The proficiency routing should ask of an agent on a channel. Native-required means the customer's language
 * at C1 on voice (spoken, unscripted) or B2 in writing, unless the market sets `minLevel`; pivot-allowed means
 * the customer's language at any level or a pivot language at B2 (or `minLevel`).
 *
 * @example
 * requiredProficiency({ phone: 'native-required' }, 'phone'); // { mode: 'native-required', customerLanguage: 'C1', pivotLanguage: null }
 * requiredProficiency(undefined, 'email'); // { mode: 'pivot-allowed', customerLanguage: null, pivotLanguage: 'B2' }
 */
export function requiredProficiency(policy: LanguagePolicy | null | undefined, channel: string): ProficiencyRequirement {
  const rule = channelRule(policy, channel);
  if (rule.mode === 'native-required') {
    return { mode: rule.mode, customerLanguage: rule.minLevel ?? (channelFamily(channel) === 'voice' ? 'C1' : 'B2'), pivotLanguage: null };
  }
  return { mode: rule.mode, customerLanguage: null, pivotLanguage: rule.minLevel ?? 'B2' };
}

/**
 * Checks a stored policy value; answers the issues with JSON pointers relative to the policy.
 *
 * @example
 * validateLanguagePolicy({ phone: 'native' }); // [{ path: '/phone', message: 'must be "native-required" or "pivot-allowed" …' }]
 */
export function validateLanguagePolicy(value: unknown): Array<{ path: string; message: string }> {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) return [{ path: '', message: 'must be an object of channel → rule' }];
  const issues: Array<{ path: string; message: string }> = [];
  for (const [key, rule] of Object.entries(value)) {
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(key)) issues.push({ path: `/${key}`, message: 'must be a channel kind, a family (voice, email, messaging) or "default"' });
    else if (asRule(rule) === null) {
      issues.push({ path: `/${key}`, message: `must be "native-required" or "pivot-allowed", or { "mode": …, "minLevel": one of ${proficiencyLevels.join(', ')} }` });
    }
  }
  return issues;
}
