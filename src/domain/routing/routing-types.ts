import type { Category, Intent } from '../classification/index.js';
import type { TimeRange, WeeklyHours } from '../business-time/index.js';
import type { LanguagePolicy, ProficiencyLevel } from '../translation/index.js';

export type TeamKind = 'hq' | 'hub' | 'local' | 'partner';
export type Presence = 'online' | 'away' | 'offline';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** A team as routing sees it: which markets and channels it serves (no channels = every channel). */
export interface RoutingTeam {
  id: string;
  kind: TeamKind;
  markets: readonly string[];
  channels: readonly string[];
  timeZone: string;
}

/** One date that replaces an agent's weekly shifts (`hours: []` = a day off). */
export interface ShiftException {
  date: string;
  hours: readonly TimeRange[];
  reason?: string | null;
}

/** Inclusive local dates an agent is away (holiday, sick leave, training). */
export interface TimeOff {
  from: string;
  to: string;
  reason?: string | null;
}

/** When an agent works, in their own time zone. */
export interface AgentSchedule {
  timeZone: string;
  shifts: WeeklyHours;
  exceptions: readonly ShiftException[];
  timeOff: readonly TimeOff[];
}

/** Whether an agent is on shift at an instant, and until when that answer holds. */
export interface ShiftState {
  onShift: boolean;
  /** End of the current shift when on shift. */
  endsAt: number | null;
  /** Start of the next shift when off shift (null: none within a year). */
  nextStartAt: number | null;
}

/** An agent as routing sees it. */
export interface RoutingAgent {
  id: string;
  name: string;
  disabled: boolean;
  presence: Presence;
  teams: readonly RoutingTeam[];
  languages: ReadonlyArray<{ language: string; level: ProficiencyLevel }>;
  skills: readonly string[];
  /** Conversations the agent can hold at once per channel kind (`chat`, `email`, `voice`…). */
  capacity: Readonly<Record<string, number>>;
  /** Open (or pending) conversations assigned now, per channel kind. */
  load: Readonly<Record<string, number>>;
  timeZone: string;
}

/** A market as routing sees it. */
export interface RoutingMarket {
  code: string;
  languages: readonly string[];
  timeZone: string;
  languagePolicy: LanguagePolicy | null;
  policy: RoutingPolicy;
}

/** A conversation waiting for an agent. */
export interface RoutingConversation {
  id: string;
  market: string | null;
  /** The customer's language (null when unknown). */
  language: string | null;
  channel: string;
  category: Category | null;
  intent: Intent | null;
  priority: Priority;
  /** The next SLA deadline (first or next response), epoch ms. */
  dueAt: number | null;
  /** The agent who last served this customer (stickiness), if any. */
  previousAgent: string | null;
}

/** How one market routes, from its `settings.routing` (see docs/routing.md). */
export interface RoutingPolicy {
  enabled: boolean;
  /** Team preference: team ids or kinds, first preferred (`["tokyo-office", "local", "hub", "hq", "partner"]`). */
  teamOrder: readonly string[];
  /**
   * When nobody qualified is on shift: `auto` holds for the native team when its next shift starts early
   * enough before the SLA deadline, else routes with machine translation; `hold` always waits; `translate`
   * never waits.
   */
  followTheSun: 'auto' | 'hold' | 'translate';
  /** Time an agent needs after assignment to answer: a hold must end this long before the deadline. */
  holdMarginMs: number;
  stickiness: boolean;
  /** How recent the customer's previous conversation must be for stickiness. */
  stickyWindowMs: number;
  /** When true, agents must list the conversation's category (or intent) among their skills. */
  requireSkill: boolean;
  /** Language rules per category, stricter of these and the channel rule applies. */
  categories: Readonly<Partial<Record<Category, LanguagePolicy[string]>>>;
}

/** What an agent must speak to take a conversation. */
export interface LanguageRequirement {
  mode: 'native-required' | 'pivot-allowed';
  /** Minimum level in the customer's language (native-required), or the level that counts as speaking it. */
  customerLevel: ProficiencyLevel;
  /** Minimum level in a pivot language when that is acceptable (null: not acceptable). */
  pivotLevel: ProficiencyLevel | null;
  /** Where the rule came from, for explanations ("phone", "category diagnostic"…). */
  because: string;
}

/** How an agent meets the language requirement. */
export interface LanguageFit {
  kind: 'customer' | 'pivot' | 'unknown-language' | 'none';
  language: string | null;
  level: ProficiencyLevel | null;
}

export type RejectionCode =
  | 'disabled' | 'market' | 'channel' | 'language' | 'skill' | 'presence' | 'off-shift' | 'capacity';

/** Why one agent was or was not chosen. */
export interface CandidateVerdict {
  agent: string;
  eligible: boolean;
  chosen: boolean;
  rejection: RejectionCode | null;
  detail: string;
  fit: LanguageFit;
  /** Position of the agent's best team in the market's team order (0 = most preferred). */
  teamRank: number;
  team: string | null;
  load: number;
  capacity: number;
  onShift: boolean;
  sticky: boolean;
  skillMatch: boolean;
}

export type RoutingOutcome = 'assign' | 'hold' | 'queue';

/** The answer for one conversation. */
export interface RoutingDecision {
  outcome: RoutingOutcome;
  agent: string | null;
  team: string | null;
  /** Routed to someone below the language requirement, replies go through machine translation. */
  machineTranslation: boolean;
  /** Human-readable reason, e.g. "native ja · on shift Tokyo 10:12 · 2/3 chats". */
  reason: string;
  /** When a hold ends (the native team's next shift), epoch ms. */
  holdUntil: number | null;
  requirement: LanguageRequirement;
  /** Agents considered (those serving the market), best first. */
  candidates: CandidateVerdict[];
  /** Agents not looked at because they serve none of the conversation's market. */
  skipped: number;
}
