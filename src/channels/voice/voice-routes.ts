import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import type { AppContext } from '../../server/app-context.js';
import type { App } from '../../server/fastify-types.js';
import { problemResponses } from '../../server/schemas/common-schema.js';
import { completeCallback, listCallbacks } from './callback-scheduler.js';

const CallbackSchema = Type.Object({
  id: Type.String({ description: 'the call SID' }),
  channelId: Type.String(),
  market: Type.String(),
  number: Type.String(),
  requestedAt: Type.String(),
  scheduledAt: Type.Union([Type.String(), Type.Null()], { description: 'inside the market\'s phone hours; null when the line never opens' }),
  status: Type.Union([Type.Literal('scheduled'), Type.Literal('done')]),
  completedAt: Type.Union([Type.String(), Type.Null()]),
  completedBy: Type.Union([Type.String(), Type.Null()]),
  conversationId: Type.Union([Type.String(), Type.Null()]),
});

/**
 * `GET /api/v1/callbacks` (callers who pressed 1 for a callback, soonest first) and
 * `POST /api/v1/callbacks/{id}/complete`, for agents, within their markets.
 *
 * @example
 * voiceRoutes(app, ctx);
 */
export function voiceRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/callbacks', {
    schema: {
      tags: ['channels'], summary: 'Callback requests from the phone line, soonest first',
      querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('scheduled'), Type.Literal('done'), Type.Literal('all')], { default: 'scheduled' })) }),
      response: { 200: Type.Object({ items: Type.Array(CallbackSchema) }), ...problemResponses(400, 401) },
    },
    config: { access: 'agent' },
  }, async (request) => {
    const status = (request.query as { status?: 'scheduled' | 'done' | 'all' }).status ?? 'scheduled';
    return { items: await listCallbacks(ctx.store.db, { status, markets: request.scopeMarkets }) };
  });

  app.post('/api/v1/callbacks/:id/complete', {
    schema: {
      tags: ['channels'], summary: 'Mark a callback as done',
      params: Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9]{10,64}$' }) }),
      response: { 200: Type.Omit(CallbackSchema, ['conversationId']), ...problemResponses(401, 404) },
    },
    config: { access: 'agent' },
  }, async (request) => {
    const { id } = request.params as { id: string };
    const done = await completeCallback(ctx.store.db, id, { markets: request.scopeMarkets, by: request.actor?.userId ?? request.actor?.id ?? null, nowMs: ctx.clock.now() });
    if (!done) throw new AppError('BL_NOT_FOUND', `No callback ${id}`);
    return done;
  });
}
