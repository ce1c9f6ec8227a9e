import type { Category } from '../classification/index.js';
import { parseLanguageTag, toDetectionLanguage } from '../language/index.js';
import {
  channelFamily, channelRule, proficiencyLevels, type ChannelLanguageRule, type LanguagePolicy, type ProficiencyLevel,
} from '../translation/index.js';
import type { LanguageFit, LanguageRequirement, RoutingAgent, RoutingPolicy } from './routing-types.js';

const RANK: Readonly<Record<ProficiencyLevel, number>> = { native: 7, C2: 6, C1: 5, B2: 4, B1: 3, A2: 2, A1: 1 };

/**
 * A level's rank, higher is better (`native` 7 … `A1` 1).
 *
 * @example
 * levelRank('C1') > levelRank('B2'); // true
 */
export function levelRank(level: ProficiencyLevel): number {
  return RANK[level];
}

/**
 * True when `level` is a known level (`native`, `C2` … `A1`).
 *
 * @example
 * isProficiencyLevel('C3'); // false
 */
export function isProficiencyLevel(level: unknown): level is ProficiencyLevel {
  return typeof level === 'string' && (proficiencyLevels as readonly string[]).includes(level);
}

/**
 * The key two language tags share when speakers of one serve the other: the primary language, with
 * Traditional and Simplified Chinese together and Norwegian as Bokmål (`pt-BR` → `pt`, `zh-Hant` → `zh`).
 *
 * @example
 * languageKey('pt-BR'); // 'pt'
 */
export function languageKey(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const cached = keyCache.get(tag);
  if (cached !== undefined) return cached;
  const detected = toDetectionLanguage(tag);
  const key = detected === null ? null : detected === 'zh-Hant' ? 'zh' : detected.split('-')[0]!;
  // Tags repeat endlessly (a few dozen languages) and canonicalizing one goes through Intl: remember them.
  if (keyCache.size > 10_000) keyCache.clear();
  keyCache.set(tag, key);
  return key;
}

const keyCache = new Map<string, string | null>();
const pivotKeyCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The language keys of the brand's pivot languages (the same array is asked about for every candidate). */
function pivotKeys(pivotLanguages: readonly string[]): ReadonlySet<string> {
  let keys = pivotKeyCache.get(pivotLanguages);
  if (!keys) {
    keys = new Set(pivotLanguages.map((p) => languageKey(p)).filter((k): k is string => k !== null));
    pivotKeyCache.set(pivotLanguages, keys);
  }
  return keys;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * True when a language tag names a language the ICU data knows (`ja`, `pt-BR`, `fil`); well-formed but
 * invented tags (`xx`, `qaa`) are refused so a typo cannot create a language nobody is routed.
 *
 * @example
 * isKnownLanguage('ko'); // true
 * isKnownLanguage('xx'); // false
 */
export function isKnownLanguage(tag: string): boolean {
  const parts = parseLanguageTag(tag);
  if (parts === null) return false;
  try {
    return displayNames.of(parts.language) !== undefined;
  } catch {
    return false;
  }
}

function asRule(rule: ChannelLanguageRule | undefined): { mode: LanguageRequirement['mode']; minLevel: ProficiencyLevel | null } | null {
  if (rule === undefined) return null;
  if (typeof rule === 'string') return { mode: rule, minLevel: null };
  return { mode: rule.mode, minLevel: rule.minLevel ?? null };
}

const higher = (a: ProficiencyLevel, b: ProficiencyLevel) => (RANK[a] >= RANK[b] ? a : b);

/**
 * What an agent must speak: the stricter of the market's channel rule (`settings.languagePolicy`) and the
 * routing policy's rule for the category. Native-required asks for the customer's language at C1 on voice and
 * B2 in writing unless a rule sets `minLevel`; pivot-allowed also accepts a pivot language at B2.
 *
 * @example
 * routingRequirement(null, defaultRoutingPolicy, 'email', 'informational');
 * // { mode: 'pivot-allowed', customerLevel: 'B2', pivotLevel: 'B2', because: 'email' }
 * routingRequirement(null, defaultRoutingPolicy, 'email', 'diagnostic').mode; // 'native-required'
 */
export function routingRequirement(
  languagePolicy: LanguagePolicy | null, policy: RoutingPolicy, channel: string, category: Category | null,
): LanguageRequirement {
  const channelSide = channelRule(languagePolicy, channel);
  const categorySide = category ? asRule(policy.categories[category]) : null;
  const voice = channelFamily(channel) === 'voice';
  const nativeDefault: ProficiencyLevel = voice ? 'C1' : 'B2';
  const native = channelSide.mode === 'native-required' || categorySide?.mode === 'native-required';
  if (native) {
    let level: ProficiencyLevel = nativeDefault;
    if (channelSide.mode === 'native-required' && channelSide.minLevel) level = channelSide.minLevel;
    if (categorySide?.mode === 'native-required' && categorySide.minLevel) level = higher(level, categorySide.minLevel);
    const reasons = [
      channelSide.mode === 'native-required' ? channel : null,
      categorySide?.mode === 'native-required' ? `category ${category}` : null,
    ].filter(Boolean);
    return { mode: 'native-required', customerLevel: level, pivotLevel: null, because: reasons.join(' + ') };
  }
  let pivot: ProficiencyLevel = channelSide.minLevel ?? 'B2';
  if (categorySide?.minLevel) pivot = higher(pivot, categorySide.minLevel);
  // Under pivot-allowed the customer's own language from B2 beats a pivot language; below B2 a fluent reply in
  // the pivot language serves the customer better than a halting one in theirs.
  return { mode: 'pivot-allowed', customerLevel: 'B2', pivotLevel: pivot, because: channel };
}

/**
 * How an agent meets a requirement: in the customer's language, in a pivot language, or not at all. With the
 * customer's language unknown every agent fits (`unknown-language`), ranked by their best pivot language.
 *
 * @example
 * languageFit(agent, 'ja', { mode: 'native-required', customerLevel: 'B2', pivotLevel: null, because: 'phone' }, ['en']);
 * // { kind: 'customer', language: 'ja', level: 'native' }
 */
export function languageFit(
  agent: Pick<RoutingAgent, 'languages'>, customerLanguage: string | null, requirement: LanguageRequirement,
  pivotLanguages: readonly string[],
): LanguageFit {
  const customer = languageKey(customerLanguage);
  const pivots = pivotKeys(pivotLanguages);
  let pivotBest: { language: string; level: ProficiencyLevel } | null = null;
  for (const { language, level } of agent.languages) {
    const key = languageKey(language);
    if (customer !== null && key === customer && RANK[level] >= RANK[requirement.customerLevel]) {
      return { kind: 'customer', language: customer, level };
    }
    if (key !== null && pivots.has(key) && (!pivotBest || RANK[level] > RANK[pivotBest.level])) {
      pivotBest = { language: key, level };
    }
  }
  if (customer === null) {
    return { kind: 'unknown-language', language: pivotBest?.language ?? null, level: pivotBest?.level ?? null };
  }
  if (requirement.pivotLevel !== null && pivotBest && RANK[pivotBest.level] >= RANK[requirement.pivotLevel]) {
    return { kind: 'pivot', language: pivotBest.language, level: pivotBest.level };
  }
  return { kind: 'none', language: null, level: null };
}

/** Where an agent stands on the brand's pivot languages (a hiring requirement: near-native, C2 or native). */
export interface PivotCheck {
  pivotLanguages: string[];
  meets: boolean;
  /** The agent's best pivot language, if any. */
  best: { language: string; level: ProficiencyLevel } | null;
  /** Each pivot language with the agent's level in it (null: not spoken). */
  levels: Array<{ language: string; level: ProficiencyLevel | null }>;
}

/**
 * Checks the pivot-language hiring requirement: at least one pivot language at near-native level (C2 or
 * native).
 *
 * @example
 * pivotCheck([{ language: 'ja', level: 'native' }, { language: 'en', level: 'B2' }], ['en', 'fr']).meets; // false
 */
export function pivotCheck(
  languages: ReadonlyArray<{ language: string; level: string }>, pivotLanguages: readonly string[],
): PivotCheck {
  const levels = pivotLanguages.map((pivot) => {
    let level: ProficiencyLevel | null = null;
    for (const l of languages) {
      if (languageKey(l.language) === languageKey(pivot) && isProficiencyLevel(l.level) && (!level || RANK[l.level] > RANK[level])) level = l.level;
    }
    return { language: pivot, level };
  });
  let best: PivotCheck['best'] = null;
  for (const l of levels) if (l.level && (!best || RANK[l.level] > RANK[best.level])) best = { language: l.language, level: l.level };
  return { pivotLanguages: [...pivotLanguages], meets: best !== null && RANK[best.level] >= RANK.C2, best, levels };
}
