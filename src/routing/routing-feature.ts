import type { FastifyRequest } from 'fastify';
import { classifyMessage } from '../domain/classification/index.js';
import { AppError } from '../errors/index.js';
import type { JobRunner } from '../jobs/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { getConversation } from '../store/conversation-store.js';
import { marketScopeOf } from '../store/team-store.js';
import { routingRoutes } from './routing-routes.js';
import { RoutingService } from './routing-service.js';

/** How often the queue is worked even when nothing announced a change (agents coming on shift). */
export const ROUTING_QUEUE_INTERVAL_MS = 60_000;

/** Writes after which the agent index is reloaded and the queue worked: agents, teams, presence, markets. */
const AGENT_CHANGES = new Set([
  'PUT /api/v1/agents/:id', 'PUT /api/v1/teams/:id', 'DELETE /api/v1/teams/:id', 'PATCH /api/v1/auth/me', 'PUT /api/v1/markets/:code', 'DELETE /api/v1/markets/:code',
  'PUT /api/v1/markets/:code/language-policy', 'PUT /api/v1/markets/:code/routing-policy', 'PUT /api/v1/brand',
]);

/**
 * Refuses assigning a conversation (POST /api/v1/conversations/{id}/assignment) to an agent of a partner team
 * that does not serve the conversation's market: such an agent could not even open it.
 */
async function guardPartnerAssignment(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const body = request.body as { assignee?: unknown } | undefined;
  const id = (request.params as { id?: string }).id;
  if (!id || typeof body?.assignee !== 'string') return;
  const conversation = await getConversation(ctx.store.db, id, request.scopeMarkets);
  // Unknown conversations and agents are the route's own 404 and 422.
  if (!conversation) return;
  const scope = await marketScopeOf(ctx.store.db, body.assignee);
  if (scope && !scope.includes(conversation.market ?? '')) {
    throw new AppError('BL_UNPROCESSABLE', `${body.assignee} works for a partner serving ${scope.join(', ') || 'no market'}, not ${conversation.market ?? 'this conversation\'s market'}`, {
      errors: [{ path: '/body/assignee', message: 'the agent\'s partner team does not serve this market' }],
    });
  }
}

/**
 * Turns routing on: classification in the pipeline, the routing step after each ingest (so the ingest
 * response shows the assignment), the queue worked every minute and after changes to agents, teams, presence,
 * capacity (a conversation resolved or reassigned) and markets, and the routing API.
 *
 * @example
 * const routing = installRouting(ctx, { jobs });
 * routes.push(routing.routes);
 */
export function installRouting(ctx: Omit<AppContext, 'forgetTokens'>, deps: { jobs: JobRunner }): {
  routes: (app: App, ctx: AppContext) => void; service: RoutingService; stop(): Promise<void>;
} {
  const service = new RoutingService({ store: ctx.store, bus: ctx.bus, clock: ctx.clock, markets: ctx.markets, logger: ctx.logger });
  // The pipeline classifies each message (category and intent stored on the conversation in the ingest
  // transaction); routing records the confidence and evidence of a new conversation's first one.
  ctx.pipeline.setEnrichers({ classify: classifyMessage, route: (input) => service.afterIngest(input) });
  deps.jobs.add({ name: 'routing-queue', intervalMs: ROUTING_QUEUE_INTERVAL_MS, run: () => service.runQueue('queue', { reload: true }) });

  let stopped = false;
  const soon = (trigger: 'capacity' | 'agent-change') => {
    if (stopped) return;
    void service.runQueue(trigger).catch((error: unknown) => ctx.logger.error({ err: error }, 'routing queue run failed'));
  };
  const offUpdated = ctx.bus.on('conversation.updated', (event) => {
    if (event.type !== 'conversation.updated') return;
    // A status change or a reassignment may free capacity; an unassigned conversation is picked up by the sweep.
    // Routing's own assignments free nothing.
    const own = event.changes.length === 1 && event.changes[0] === 'assignee' && service.tookOwnAssignment(event.conversationId);
    if (!own && (event.changes.includes('status') || event.changes.includes('assignee'))) soon('capacity');
  });

  return {
    service,
    routes: (app, appCtx) => {
      // Both hooks run on every request and almost always have nothing to do: callback style, so that nothing costs
      // a promise unless it waits for the database.
      app.addHook('preHandler', (request, _reply, done) => {
        if (request.method === 'POST' && request.routeOptions.url === '/api/v1/conversations/:id/assignment') {
          guardPartnerAssignment(appCtx, request).then(() => done(), done);
        } else {
          done();
        }
      });
      app.addHook('onResponse', (request, reply, done) => {
        if (reply.statusCode < 300 && AGENT_CHANGES.has(`${request.method} ${request.routeOptions.url}`)) {
          service.invalidate();
          soon('agent-change');
        }
        done();
      });
      routingRoutes(service)(app, appCtx);
    },
    async stop() {
      stopped = true;
      offUpdated();
      await service.idle();
    },
  };
}
