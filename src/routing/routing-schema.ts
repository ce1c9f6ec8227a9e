import { Type } from 'typebox';
import { categories, intents } from '../domain/classification/index.js';
import { IdSchema, LanguageTagSchema, Nullable } from '../server/schemas/common-schema.js';

const levels = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;
const LanguageRuleSchema = Type.Union([
  Type.Enum(['native-required', 'pivot-allowed']),
  Type.Object({ mode: Type.Enum(['native-required', 'pivot-allowed']), minLevel: Type.Optional(Type.Enum(levels)) }, { additionalProperties: false }),
]);

export const CategorySchema = Type.Enum(categories as unknown as string[]);
export const IntentSchema = Type.Enum(intents as unknown as string[]);

export const RoutingPolicyBodySchema = Type.Object({
  enabled: Type.Optional(Type.Boolean({ description: 'route this market\'s conversations automatically' })),
  teamOrder: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Za-z0-9_.:-]{1,64}$' }), {
    maxItems: 50, uniqueItems: true, description: 'team ids or kinds (local, hub, hq, partner), most preferred first',
  })),
  followTheSun: Type.Optional(Type.Enum(['auto', 'hold', 'translate'], {
    description: 'nobody qualified on shift: auto = hold for the native team if its next shift leaves holdMargin before the SLA deadline, else machine translation; hold = always wait; translate = never wait',
  })),
  holdMargin: Type.Optional(Type.String({ maxLength: 64, description: 'ISO 8601 duration, e.g. PT30M' })),
  stickiness: Type.Optional(Type.Boolean({ description: 'prefer the customer\'s previous agent' })),
  stickyWindow: Type.Optional(Type.String({ maxLength: 64, description: 'ISO 8601 duration, e.g. P14D' })),
  requireSkill: Type.Optional(Type.Boolean({ description: 'agents must list the category or intent among their skills' })),
  categories: Type.Optional(Type.Object(Object.fromEntries(categories.map((c) => [c, Type.Optional(LanguageRuleSchema)])), {
    additionalProperties: false, description: 'language rule per category, e.g. { "diagnostic": { "mode": "native-required", "minLevel": "C1" } }',
  })),
}, { additionalProperties: false });

export const RoutingPolicySchema = Type.Object({
  market: Type.String(),
  stored: Type.Record(Type.String(), Type.Unknown(), { description: 'what the market stores in settings.routing' }),
  effective: Type.Object({
    enabled: Type.Boolean(), teamOrder: Type.Array(Type.String()), followTheSun: Type.String(), holdMargin: Type.String(),
    stickiness: Type.Boolean(), stickyWindow: Type.String(), requireSkill: Type.Boolean(), categories: Type.Record(Type.String(), Type.Unknown()),
  }),
});

export const QueueItemSchema = Type.Object({
  position: Type.Integer(), conversationId: Type.String(), market: Nullable(Type.String()), language: Nullable(Type.String()),
  channel: Type.String(), category: Nullable(Type.String()), priority: Type.String(), state: Type.Enum(['queued', 'held']),
  dueAt: Nullable(Type.String()), waitingSince: Nullable(Type.String()), holdUntil: Nullable(Type.String()), reason: Type.String(),
  attempts: Type.Integer(), enqueuedAt: Type.String(), evaluatedAt: Type.String(),
});

export const QueueSchema = Type.Object({
  items: Type.Array(QueueItemSchema),
  counts: Type.Array(Type.Object({ market: Nullable(Type.String()), state: Type.String(), count: Type.Integer(), oldestEnqueuedAt: Nullable(Type.String()) })),
  total: Type.Integer(),
});

const CandidateSchema = Type.Object({
  agent: Type.String(), eligible: Type.Boolean(), chosen: Type.Boolean(), rejection: Nullable(Type.String()), detail: Type.String(),
  fit: Type.Object({ kind: Type.String(), language: Nullable(Type.String()), level: Nullable(Type.String()) }),
  teamRank: Type.Integer(), team: Nullable(Type.String()), load: Type.Integer(), capacity: Type.Integer(), onShift: Type.Boolean(),
  sticky: Type.Boolean(), skillMatch: Type.Boolean(),
});

export const DecisionSchema = Type.Object({
  id: Nullable(Type.String({ description: 'null for a preview' })), at: Type.String(), trigger: Type.String(),
  outcome: Type.Enum(['assign', 'hold', 'queue']), agent: Nullable(Type.String()), team: Nullable(Type.String()),
  machineTranslation: Type.Boolean(), reason: Type.String(), holdUntil: Nullable(Type.String()),
  requirement: Type.Object({ mode: Type.String(), customerLevel: Type.String(), pivotLevel: Nullable(Type.String()), because: Type.String() }),
  candidates: Type.Array(CandidateSchema), skipped: Type.Integer({ description: 'agents not listed (serving other markets, or beyond the first 50)' }),
});

export const ClassificationSchema = Type.Object({
  category: Nullable(Type.String()), intent: Nullable(Type.String()), confidence: Type.Number(), intentConfidence: Type.Number(),
  language: Nullable(Type.String()), source: Type.Enum(['auto', 'agent']), evidence: Type.Array(Type.Object({ phrase: Type.String(), language: Type.String() })),
  updatedAt: Type.String(),
});

export const ExplanationSchema = Type.Object({
  conversationId: Type.String(),
  state: Type.Enum(['assigned', 'queued', 'held', 'unrouted', 'closed']),
  assignment: Nullable(Type.Object({ agent: Type.String(), reason: Nullable(Type.String()) })),
  queue: Nullable(QueueItemSchema),
  classification: Nullable(ClassificationSchema),
  latest: Nullable(DecisionSchema),
  history: Type.Array(Type.Object({
    id: Type.String(), at: Type.String(), trigger: Type.String(), outcome: Type.String(), agent: Nullable(Type.String()),
    machineTranslation: Type.Boolean(), reason: Type.String(),
  })),
});

export const RouteBodySchema = Type.Object({
  agent: Type.Optional(IdSchema),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  dryRun: Type.Optional(Type.Boolean({ description: 'answer what routing would decide now, change nothing' })),
}, { additionalProperties: false });

export const RouteResultSchema = Type.Object({
  outcome: Type.Enum(['assign', 'hold', 'queue', 'unchanged']),
  decision: Nullable(DecisionSchema),
  conversation: Type.Ref('Conversation'),
});

export const ClassificationBodySchema = Type.Object({
  category: Nullable(CategorySchema),
  intent: Nullable(IntentSchema),
}, { additionalProperties: false });

export const ClassifyBodySchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 100_000 }),
  subject: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  language: Type.Optional(Nullable(LanguageTagSchema)),
}, { additionalProperties: false });

export const ClassifyResultSchema = Type.Object({
  category: Nullable(Type.String()), intent: Nullable(Type.String()), confidence: Type.Number(), intentConfidence: Type.Number(),
  languages: Type.Array(Type.String()), evidence: Type.Array(Type.Object({ phrase: Type.String(), language: Type.String() })),
  categoryScores: Type.Array(Type.Object({ label: Type.String(), score: Type.Number() })),
  intentScores: Type.Array(Type.Object({ label: Type.String(), score: Type.Number() })),
});
