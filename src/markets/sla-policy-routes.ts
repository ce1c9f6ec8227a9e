import { Type, type Static } from 'typebox';
import { AppError, type FieldError } from '../errors/index.js';
import { withTransaction } from '../pipeline/event-bus.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { Nullable, problemResponses } from '../server/schemas/common-schema.js';
import { appendAudit } from '../store/audit-store.js';
import { priorities } from '../store/conversation-store.js';
import { getMarket } from '../store/market-store.js';
import { isUniqueViolation } from '../store/store-errors.js';
import { parseTargetDuration } from './market-time-routes.js';
import { DEFAULT_SLA_TERMS } from './sla-policy-selection.js';
import {
  deleteSlaPolicy, findSlaPolicyByScope, getSlaPolicy, listSlaPolicies, putSlaPolicy, type SlaPolicyInput,
} from './sla-policy-store.js';

const IdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9-]{2,40}$', description: 'lowercase letters, digits and hyphens' }) });
const Duration = Type.String({ minLength: 2, maxLength: 64, description: 'ISO 8601 duration (`PT4H`, `PT30M`, `P3D`); more than zero, at most one year' });

export const SlaPolicyBodySchema = Type.Object({
  name: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  market: Type.Optional(Nullable(Type.String({ pattern: '^[a-z0-9-]{2,40}$', description: 'market code; null for every market' }))),
  channel: Type.Optional(Nullable(Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$', description: 'channel kind; null for every channel' }))),
  priority: Type.Optional(Nullable(Type.Enum(priorities, { description: 'null for every priority' }))),
  firstResponse: Type.Optional(Nullable(Duration)),
  nextResponse: Type.Optional(Nullable(Duration)),
  resolution: Type.Optional(Nullable(Duration)),
  clock: Type.Optional(Type.Enum(['business', 'calendar'], { default: 'business', description: '`business`: the market\'s open time for the channel; `calendar`: every hour counts' })),
  pauseWhilePending: Type.Optional(Type.Boolean({ default: false, description: 'stop the clocks while the conversation waits on the customer (`pending`)' })),
  warningAt: Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1, default: 0.75, description: 'share of each target after which a warning is announced' })),
}, { additionalProperties: false });

const SlaPolicySchema = Type.Object({
  id: Type.String(), name: Nullable(Type.String()), market: Nullable(Type.String()), channel: Nullable(Type.String()),
  priority: Nullable(Type.String()), firstResponse: Nullable(Type.String()), nextResponse: Nullable(Type.String()),
  resolution: Nullable(Type.String()), clock: Type.String(), pauseWhilePending: Type.Boolean(), warningAt: Type.Number(),
  createdAt: Type.String(), updatedAt: Type.String(),
});

const FallbackSchema = Type.Object({
  firstResponse: Nullable(Type.String()), nextResponse: Nullable(Type.String()), resolution: Nullable(Type.String()),
  clock: Type.String(), pauseWhilePending: Type.Boolean(), warningAt: Type.Number(),
}, { description: 'the built-in terms used when no policy applies (replace them with a policy whose market, channel and priority are null)' });

type Body = Static<typeof SlaPolicyBodySchema>;

/** Validates a policy body into the stored shape; field errors under `/body`. */
export function policyInput(body: Body): { input: SlaPolicyInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const field of ['firstResponse', 'nextResponse', 'resolution'] as const) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    const parsed = parseTargetDuration(value);
    if ('error' in parsed) errors.push({ path: `/body/${field}`, message: parsed.error });
    else if (parsed.ms % 1000 !== 0) errors.push({ path: `/body/${field}`, message: 'must be whole seconds' });
  }
  if (body.name?.includes('\u0000')) errors.push({ path: '/body/name', message: 'must not contain the NUL character (U+0000)' });
  if (!body.firstResponse && !body.nextResponse && !body.resolution) {
    errors.push({ path: '/body/firstResponse', message: 'a policy needs at least one target (firstResponse, nextResponse or resolution)' });
  }
  const input: SlaPolicyInput = {
    name: body.name ?? null, market: body.market ?? null, channel: body.channel ?? null, priority: body.priority ?? null,
    firstResponse: body.firstResponse ?? null, nextResponse: body.nextResponse ?? null, resolution: body.resolution ?? null,
    clock: body.clock ?? 'business', pauseWhilePending: body.pauseWhilePending ?? false, warningAt: body.warningAt ?? 0.75,
  };
  return { input, errors };
}

/**
 * SLA policies (API.md): targets per market, channel and priority; the most specific policy applies to each new
 * conversation (docs/sla.md). A PUT replaces the whole policy.
 */
export function slaPolicyRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/sla-policies', {
    schema: {
      tags: ['sla'], summary: 'List SLA policies, and the built-in terms used when none applies',
      response: { 200: Type.Object({ items: Type.Array(SlaPolicySchema), fallback: FallbackSchema }), ...problemResponses(401) },
    },
  }, async (request) => {
    const { id: _id, ...fallback } = DEFAULT_SLA_TERMS;
    const scope = request.scopeMarkets;
    // Partner teams see the policies of their own markets only (and none that span every market).
    const items = (await listSlaPolicies(ctx.store.db)).filter((p) => !scope || (p.market !== null && scope.includes(p.market)));
    return { items, fallback };
  });

  app.get('/api/v1/sla-policies/:id', {
    schema: { tags: ['sla'], summary: 'Read an SLA policy', params: IdParams, response: { 200: SlaPolicySchema, ...problemResponses(400, 401, 404) } },
  }, async (request) => {
    const policy = await getSlaPolicy(ctx.store.db, request.params.id);
    const scope = request.scopeMarkets;
    if (!policy || (scope && (policy.market === null || !scope.includes(policy.market)))) {
      throw new AppError('BL_NOT_FOUND', `No SLA policy "${request.params.id}"`);
    }
    return policy;
  });

  app.put('/api/v1/sla-policies/:id', {
    schema: {
      tags: ['sla'], summary: 'Create or replace an SLA policy',
      description: 'One policy per (market, channel, priority) scope; null matches everything. Applies to conversations opened from now on; running clocks keep their targets.',
      params: IdParams, body: SlaPolicyBodySchema,
      response: { 200: SlaPolicySchema, 201: SlaPolicySchema, ...problemResponses(400, 401, 403, 409) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const { input, errors } = policyInput(request.body);
    if (input.market !== null && !(await getMarket(ctx.store.db, input.market))) {
      errors.push({ path: '/body/market', message: `there is no market "${input.market}"` });
    }
    if (errors.length > 0) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const clash = await findSlaPolicyByScope(ctx.store.db, input, request.params.id);
    if (clash) throw new AppError('BL_CONFLICT', `SLA policy "${clash.id}" already has this market, channel and priority`);
    let result;
    try {
      result = await withTransaction(ctx.store, ctx.bus, async (trx) => {
        const stored = await putSlaPolicy(trx, request.params.id, input, ctx.clock.now());
        await appendAudit(trx, request.actor!, {
          action: stored.created ? 'sla_policy.created' : 'sla_policy.updated', entityType: 'sla_policy', entityId: request.params.id,
          changes: request.body as Record<string, unknown>,
        }, ctx.clock.now(), request.id);
        return stored;
      });
    } catch (error) {
      // Two concurrent PUTs of one scope: the unique index lets one win.
      if (isUniqueViolation(error)) throw new AppError('BL_CONFLICT', 'Another SLA policy already has this market, channel and priority');
      throw error;
    }
    return reply.status(result.created ? 201 : 200).send(result.policy);
  });

  app.delete('/api/v1/sla-policies/:id', {
    schema: { tags: ['sla'], summary: 'Delete an SLA policy', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const deleted = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const ok = await deleteSlaPolicy(trx, request.params.id);
      if (ok) await appendAudit(trx, request.actor!, { action: 'sla_policy.deleted', entityType: 'sla_policy', entityId: request.params.id }, ctx.clock.now(), request.id);
      return ok;
    });
    if (!deleted) throw new AppError('BL_NOT_FOUND', `No SLA policy "${request.params.id}"`);
    return reply.status(204).send(null);
  });
}
