import { Type } from 'typebox';
import { classifyMessage } from '../domain/classification/index.js';
import {
  resolveRoutingPolicy, routingPolicyDocument, validateRoutingPolicy, type RoutingDecision,
} from '../domain/routing/index.js';
import { AppError } from '../errors/index.js';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import { withTransaction } from '../pipeline/event-bus.js';
import { requireRole } from '../server/auth.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { problemResponses, SlugSchema, UuidSchema } from '../server/schemas/common-schema.js';
import { appendAudit } from '../store/audit-store.js';
import { getConversation, updateConversation, type ConversationView } from '../store/conversation-store.js';
import { getMarket, putMarket, type Market } from '../store/market-store.js';
import { marketScopeOf } from '../store/team-store.js';
import { getUser } from '../store/user-store.js';
import type { RoutingDecisionsTable, RoutingQueueTable } from '../store/store-schema.js';
import {
  ClassificationBodySchema, ClassificationSchema, ClassifyBodySchema, ClassifyResultSchema, ExplanationSchema, QueueItemSchema,
  QueueSchema, RouteBodySchema, RouteResultSchema, RoutingPolicyBodySchema, RoutingPolicySchema,
} from './routing-schema.js';
import type { RoutingService } from './routing-service.js';
import {
  correctionStats, getClassification, insertCorrection, insertDecision, listDecisions, listQueue, queueCounts, queueEntry,
  removeFromQueue, upsertClassification,
} from './routing-store.js';

const IdParams = Type.Object({ id: UuidSchema });
const CodeParams = Type.Object({ code: SlugSchema });
const TAGS = ['routing'];

function queueItem(row: RoutingQueueTable, position: number) {
  return {
    position, conversationId: row.conversation_id, market: row.market, language: row.language, channel: row.channel,
    category: row.category, priority: row.priority, state: row.state as 'queued' | 'held', dueAt: row.due_at,
    waitingSince: row.waiting_since, holdUntil: row.hold_until, reason: row.reason, attempts: Number(row.attempts),
    enqueuedAt: row.enqueued_at, evaluatedAt: row.evaluated_at,
  };
}

function decisionView(row: RoutingDecisionsTable) {
  return {
    id: row.id, at: row.at, trigger: row.trigger, outcome: row.outcome as RoutingDecision['outcome'], agent: row.agent_id, team: row.team_id,
    machineTranslation: Boolean(row.machine_translation), reason: row.reason, holdUntil: row.hold_until,
    requirement: parseJsonColumn(row.requirement, { mode: 'pivot-allowed', customerLevel: 'B2', pivotLevel: null, because: '' }),
    candidates: parseJsonColumn(row.candidates, []), skipped: Number(row.skipped),
  };
}

function previewView(decision: RoutingDecision, nowMs: number) {
  return {
    id: null, at: isoInstant(nowMs), trigger: 'preview', outcome: decision.outcome, agent: decision.agent, team: decision.team,
    machineTranslation: decision.machineTranslation, reason: decision.reason,
    holdUntil: decision.holdUntil === null ? null : isoInstant(decision.holdUntil), requirement: decision.requirement,
    candidates: decision.candidates.slice(0, 50), skipped: decision.skipped + Math.max(0, decision.candidates.length - 50),
  };
}

function policyView(market: Market) {
  const stored = (typeof market.settings.routing === 'object' && market.settings.routing !== null ? market.settings.routing : {}) as Record<string, unknown>;
  return { market: market.code, stored, effective: routingPolicyDocument(resolveRoutingPolicy(stored)) };
}

/**
 * The routing API: queue state, assignment explanations, manual (re)routing with the partner checks, the
 * routing policy per market, and classification (try it, correct it, see the corrections).
 *
 * @example
 * routes.push(routingRoutes(service));
 */
export function routingRoutes(routing: RoutingService) {
  return (app: App, ctx: AppContext) => {
    const visibleConversation = async (id: string, scope: string[] | null): Promise<ConversationView> => {
      const conversation = await getConversation(ctx.store.db, id, scope);
      if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${id}`);
      return conversation;
    };
    const visibleMarket = async (code: string, scope: string[] | null): Promise<Market> => {
      const market = await getMarket(ctx.store.db, code);
      if (!market || (scope && !scope.includes(code))) throw new AppError('BL_NOT_FOUND', `No market "${code}"`);
      return market;
    };

    app.get('/api/v1/routing/queue', {
      schema: {
        tags: TAGS, summary: 'Conversations waiting for an agent, in the order they are worked (priority, SLA deadline, wait)',
        querystring: Type.Object({
          market: Type.Optional(Type.String({ maxLength: 500, description: 'comma-separated market codes' })),
          state: Type.Optional(Type.Enum(['queued', 'held'])),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
        }, { additionalProperties: false }),
        response: { 200: QueueSchema, ...problemResponses(400, 401) },
      },
    }, async (request) => {
      const q = request.query;
      const offset = q.offset ?? 0;
      const market = q.market ? q.market.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
      const rows = await listQueue(ctx.store.db, { scopeMarkets: request.scopeMarkets, market, state: q.state, limit: q.limit ?? 100, offset });
      const counts = await queueCounts(ctx.store.db, request.scopeMarkets);
      return {
        items: rows.map((r, i) => queueItem(r, offset + i + 1)),
        counts: counts.map((c) => ({ market: c.market, state: c.state, count: c.n, oldestEnqueuedAt: c.oldest })),
        total: counts.reduce((n, c) => n + c.n, 0),
      };
    });

    app.post('/api/v1/routing/run', {
      schema: {
        tags: TAGS, summary: 'Work the queue now (it is also worked every minute and when agents or capacity change)',
        description: 'Send `{}` (or `{ "limit": n }` to look at no more than n queued conversations).',
        body: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ evaluated: Type.Integer(), assigned: Type.Integer(), held: Type.Integer(), queued: Type.Integer() }), ...problemResponses(401, 403) },
      },
      config: { access: 'supervisor' },
    }, async (request) => {
      if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'The queue of every market is worked by the brand, not by a partner');
      await routing.idle();
      routing.invalidate();
      return routing.runQueue('manual', { reload: true, ...(request.body.limit ? { limit: request.body.limit } : {}) });
    });

    app.get('/api/v1/conversations/:id/routing', {
      schema: {
        tags: TAGS, summary: 'Why a conversation is (or is not) with its agent: the candidates considered and why each was or was not chosen',
        params: IdParams, response: { 200: ExplanationSchema, ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const conversation = await visibleConversation(request.params.id, request.scopeMarkets);
      const [entry, decisions, classification] = await Promise.all([
        queueEntry(ctx.store.db, conversation.id), listDecisions(ctx.store.db, conversation.id, 20), getClassification(ctx.store.db, conversation.id),
      ]);
      const state: 'assigned' | 'queued' | 'held' | 'unrouted' | 'closed' = conversation.assignee ? 'assigned'
        : entry ? (entry.state as 'queued' | 'held') : conversation.status === 'open' ? 'unrouted' : 'closed';
      return {
        conversationId: conversation.id, state, assignment: conversation.assignment,
        queue: entry ? queueItem(entry, 0) : null,
        classification: classification ? {
          category: classification.category, intent: classification.intent, confidence: Number(classification.confidence),
          intentConfidence: Number(classification.intent_confidence), language: classification.language,
          source: classification.source as 'auto' | 'agent', evidence: parseJsonColumn(classification.evidence, []), updatedAt: classification.updated_at,
        } : null,
        latest: decisions[0] ? decisionView(decisions[0]) : null,
        history: decisions.map((d) => ({ id: d.id, at: d.at, trigger: d.trigger, outcome: d.outcome, agent: d.agent_id, machineTranslation: Boolean(d.machine_translation), reason: d.reason })),
      };
    });

    app.post('/api/v1/conversations/:id/routing', {
      schema: {
        tags: TAGS, summary: 'Route a conversation now: preview (dryRun), re-route to the best agent, or assign to an agent',
        description: 'With `agent`, assigns to that agent (an agent may only take a conversation for themselves); an agent of a partner team ' +
          'whose markets do not include the conversation\'s is refused (422). Without `agent`, a supervisor re-routes: the conversation is ' +
          'unassigned and routed again. With `dryRun`, nothing changes.',
        params: IdParams, body: RouteBodySchema, response: { 200: RouteResultSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    }, async (request) => {
      const actor = requireRole(request, 'agent');
      const conversation = await visibleConversation(request.params.id, request.scopeMarkets);
      const body = request.body;
      if (body.dryRun) {
        const preview = await routing.preview(conversation.id);
        return { outcome: preview.decision?.outcome ?? ('unchanged' as const), decision: preview.decision ? previewView(preview.decision, ctx.clock.now()) : null, conversation };
      }
      if (conversation.status === 'resolved') throw new AppError('BL_CONFLICT', 'The conversation is resolved; reopen it first');
      if (body.agent) {
        if (actor.role === 'agent' && body.agent !== actor.userId) throw new AppError('BL_FORBIDDEN', 'Agents may only take conversations for themselves');
        const agent = await getUser(ctx.store.db, body.agent);
        if (!agent || agent.disabled) throw new AppError('BL_UNPROCESSABLE', `No active agent "${body.agent}"`, { errors: [{ path: '/body/agent', message: 'unknown agent' }] });
        const agentScope = await marketScopeOf(ctx.store.db, agent.id);
        if (request.scopeMarkets && agentScope === null) throw new AppError('BL_FORBIDDEN', 'Partner supervisors assign within their own partner teams');
        if (agentScope && !agentScope.includes(conversation.market ?? '')) {
          throw new AppError('BL_UNPROCESSABLE', `${agent.id} works for a partner serving ${agentScope.join(', ') || 'no market'}, not ${conversation.market ?? 'this conversation\'s market'}`, {
            errors: [{ path: '/body/agent', message: 'the agent\'s partner team does not serve this market' }],
          });
        }
        const teams = await ctx.store.db.selectFrom('teams').innerJoin('team_members', 'team_members.team_id', 'teams.id')
          .select(['teams.id', 'teams.markets']).where('team_members.user_id', '=', agent.id).orderBy('teams.id').execute();
        const team = teams.find((t) => parseJsonColumn<string[]>(t.markets, []).includes(conversation.market ?? ''))?.id ?? null;
        const nowMs = ctx.clock.now();
        const reason = body.reason ?? `assigned by ${actor.userId ?? 'integration'}`;
        const decision: RoutingDecision = {
          outcome: 'assign', agent: agent.id, team, machineTranslation: false, reason, holdUntil: null,
          requirement: { mode: 'pivot-allowed', customerLevel: 'B2', pivotLevel: null, because: 'manual' }, candidates: [], skipped: 0,
        };
        await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
          await updateConversation(trx, conversation.id, { assigneeId: agent.id, assignmentReason: reason, teamId: team }, nowMs);
          await removeFromQueue(trx, conversation.id);
          await insertDecision(trx, conversation.id, decision, 'manual', nowMs, actor.userId ?? actor.id);
          await appendAudit(trx, actor, { action: 'conversation.assigned', entityType: 'conversation', entityId: conversation.id, changes: { assignee: agent.id, team, reason } }, nowMs, request.id);
          events.push({ type: 'conversation.updated', conversationId: conversation.id, market: conversation.market, changes: ['assignee'] });
        });
        return { outcome: 'assign' as const, decision: previewView(decision, nowMs), conversation: (await getConversation(ctx.store.db, conversation.id))! };
      }
      requireRole(request, 'supervisor');
      if (conversation.assignee) {
        await withTransaction(ctx.store, ctx.bus, async (trx) => {
          await updateConversation(trx, conversation.id, { assigneeId: null, assignmentReason: null }, ctx.clock.now());
          await appendAudit(trx, actor, { action: 'conversation.unassigned', entityType: 'conversation', entityId: conversation.id, changes: { previous: conversation.assignee, reroute: true } }, ctx.clock.now(), request.id);
        });
      }
      const result = await routing.route(conversation.id, 'manual', actor);
      return {
        outcome: result.decision?.outcome ?? ('unchanged' as const), decision: result.decision ? previewView(result.decision, ctx.clock.now()) : null,
        conversation: (await getConversation(ctx.store.db, conversation.id))!,
      };
    });

    app.put('/api/v1/conversations/:id/classification', {
      schema: {
        tags: TAGS, summary: 'Correct a conversation\'s category and intent (recorded, and routing follows the new requirement)',
        params: IdParams, body: ClassificationBodySchema, response: { 200: ClassificationSchema, ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const actor = requireRole(request, 'agent');
      const conversation = await visibleConversation(request.params.id, request.scopeMarkets);
      const { category, intent } = request.body;
      const nowMs = ctx.clock.now();
      await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
        await updateConversation(trx, conversation.id, { category, intent }, nowMs);
        await insertCorrection(trx, {
          conversationId: conversation.id, previousCategory: conversation.category, previousIntent: conversation.intent, category, intent,
          language: conversation.language, correctedBy: actor.userId ?? actor.id, nowMs,
        });
        const before = await getClassification(trx, conversation.id);
        await upsertClassification(trx, {
          conversationId: conversation.id, category, intent, confidence: 1, intentConfidence: 1, language: conversation.language,
          source: 'agent', evidence: before ? parseJsonColumn(before.evidence, []) : [], updatedBy: actor.userId ?? actor.id, nowMs,
        });
        await appendAudit(trx, actor, {
          action: 'conversation.classified', entityType: 'conversation', entityId: conversation.id,
          changes: { category, intent, previous: { category: conversation.category, intent: conversation.intent } },
        }, nowMs, request.id);
        events.push({ type: 'conversation.updated', conversationId: conversation.id, market: conversation.market, changes: ['category', 'intent'] });
      });
      // A diagnostic question may need a native speaker where an informational one did not: route again if waiting.
      if (!conversation.assignee) await routing.route(conversation.id, 'classification', actor);
      const row = (await getClassification(ctx.store.db, conversation.id))!;
      return {
        category: row.category, intent: row.intent, confidence: Number(row.confidence), intentConfidence: Number(row.intent_confidence),
        language: row.language, source: row.source as 'auto' | 'agent', evidence: parseJsonColumn(row.evidence, []), updatedAt: row.updated_at,
      };
    });

    app.post('/api/v1/classification/classify', {
      schema: {
        tags: TAGS, summary: 'Classify a text: category, intent, confidences and the phrases found (changes nothing)',
        body: ClassifyBodySchema, response: { 200: ClassifyResultSchema, ...problemResponses(400, 401) },
      },
    }, async (request) => classifyMessage({ text: request.body.text, subject: request.body.subject ?? null, language: request.body.language ?? null }));

    app.get('/api/v1/classification/corrections', {
      schema: {
        tags: TAGS, summary: 'Agents\' corrections of classifications per language (previous → corrected category)',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ language: Type.Union([Type.String(), Type.Null()]), from: Type.Union([Type.String(), Type.Null()]), to: Type.Union([Type.String(), Type.Null()]), count: Type.Integer() })) }), ...problemResponses(401, 403) },
      },
      config: { access: 'supervisor' },
    }, async (request) => ({
      items: (await correctionStats(ctx.store.db, request.scopeMarkets)).map((r) => ({ language: r.language, from: r.from, to: r.to, count: r.n })),
    }));

    app.get('/api/v1/markets/:code/routing-policy', {
      schema: {
        tags: TAGS, summary: 'A market\'s routing policy: team order, follow-the-sun, stickiness, language rules per category',
        params: CodeParams, response: { 200: RoutingPolicySchema, ...problemResponses(400, 401, 404) },
      },
    }, async (request) => policyView(await visibleMarket(request.params.code, request.scopeMarkets)));

    app.put('/api/v1/markets/:code/routing-policy', {
      schema: {
        tags: TAGS, summary: 'Set a market\'s routing policy (stored as settings.routing; omitted settings take the defaults)',
        params: CodeParams, body: RoutingPolicyBodySchema, response: { 200: RoutingPolicySchema, ...problemResponses(400, 401, 403, 404) },
      },
      config: { access: 'supervisor' },
    }, async (request) => {
      if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'Partner supervisors cannot change routing policies');
      const market = await visibleMarket(request.params.code, null);
      const issues = validateRoutingPolicy(request.body);
      if (issues.length > 0) {
        throw new AppError('BL_VALIDATION', `/body${issues[0]!.path} ${issues[0]!.message}`, { errors: issues.map((i) => ({ path: `/body${i.path}`, message: i.message })) });
      }
      const { code: _code, createdAt: _c, updatedAt: _u, ...input } = market;
      await withTransaction(ctx.store, ctx.bus, async (trx) => {
        await putMarket(trx, market.code, { ...input, settings: { ...market.settings, routing: request.body } }, ctx.clock.now());
        await appendAudit(trx, request.actor!, { action: 'market.routing_policy_updated', entityType: 'market', entityId: market.code, changes: { routing: request.body } }, ctx.clock.now(), request.id);
      });
      ctx.markets.invalidate();
      return policyView((await getMarket(ctx.store.db, market.code))!);
    });
  };
}

export { QueueItemSchema };
