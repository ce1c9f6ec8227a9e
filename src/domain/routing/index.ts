export type {
  AgentSchedule, CandidateVerdict, LanguageFit, LanguageRequirement, Presence, Priority, RejectionCode, RoutingAgent,
  RoutingConversation, RoutingDecision, RoutingMarket, RoutingOutcome, RoutingPolicy, RoutingTeam, ShiftException,
  ShiftState, TeamKind, TimeOff,
} from './routing-types.js';
export {
  compileAgentSchedule, localClock, MAX_TIME_OFF_DAYS, shiftStateAt, validateAgentSchedule,
} from './agent-schedule.js';
export {
  isKnownLanguage, isProficiencyLevel, languageFit, languageKey, levelRank, pivotCheck, routingRequirement, type PivotCheck,
} from './language-fit.js';
export {
  defaultRoutingPolicy, resolveRoutingPolicy, routingPolicyDocument, teamKindsInOrder, validateRoutingPolicy,
  type RoutingPolicyDocument,
} from './routing-policy.js';
export {
  capacityKey, compareCandidates, evaluateCandidate, teamRank, teamServes, type CandidateFacts, type EvaluationContext,
} from './candidate-evaluation.js';
export { assignmentReason, describeFit, inDuration } from './assignment-reason.js';
export { decideFromCandidates, decideRoute, routingContext, type RouteInput } from './route-decision.js';
export { RoutingIndex } from './routing-index.js';
