import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../store/auth-store.js';
import { roles } from '../../store/user-store.js';
import { roleAtLeast } from '../auth.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { problemResponses, UuidSchema } from '../schemas/common-schema.js';

const TokenSchema = Type.Object({
  id: Type.String(), name: Type.String(), role: Type.String(), prefix: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]), createdBy: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(), lastUsedAt: Type.Union([Type.String(), Type.Null()]), revokedAt: Type.Union([Type.String(), Type.Null()]),
});

/** API tokens for integrations: created by admins, shown once, stored hashed, revocable. */
export function tokenRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/tokens', {
    schema: {
      tags: ['tokens'], summary: 'Create an API token (the secret is shown only in this answer)',
      body: Type.Object({
        name: Type.String({ minLength: 1, maxLength: 100 }),
        role: Type.Enum(roles),
        userId: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
      }, { additionalProperties: false }),
      response: { 201: Type.Object({ token: Type.String(), ...TokenSchema.properties }), ...problemResponses(400, 401, 403, 422) },
    },
    config: { access: 'admin' },
  }, async (request, reply) => {
    const actor = request.actor!;
    if (!roleAtLeast(actor.role, request.body.role)) throw new AppError('BL_FORBIDDEN', 'A token cannot have more rights than its creator');
    if (request.body.userId) {
      const user = await ctx.store.db.selectFrom('users').select('id').where('id', '=', request.body.userId).executeTakeFirst();
      if (!user) throw new AppError('BL_UNPROCESSABLE', `No user "${request.body.userId}"`, { errors: [{ path: '/body/userId', message: 'unknown user' }] });
    }
    const created = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const result = await createApiToken(trx, { name: request.body.name, role: request.body.role, userId: request.body.userId ?? null, createdBy: actor.userId ?? actor.id }, ctx.clock.now());
      await appendAudit(trx, actor, { action: 'token.created', entityType: 'token', entityId: result.view.id, changes: { name: request.body.name, role: request.body.role } }, ctx.clock.now(), request.id);
      return result;
    });
    return reply.status(201).send({ token: created.token, ...created.view });
  });

  app.get('/api/v1/tokens', {
    schema: { tags: ['tokens'], summary: 'List API tokens (never their secrets)', response: { 200: Type.Object({ items: Type.Array(TokenSchema) }) } },
    config: { access: 'admin' },
  }, async () => ({ items: await listApiTokens(ctx.store.db) }));

  app.delete('/api/v1/tokens/:id', {
    schema: { tags: ['tokens'], summary: 'Revoke an API token', params: Type.Object({ id: UuidSchema }), response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
    config: { access: 'admin' },
  }, async (request, reply) => {
    const revoked = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const ok = await revokeApiToken(trx, request.params.id, ctx.clock.now());
      if (ok) await appendAudit(trx, request.actor!, { action: 'token.revoked', entityType: 'token', entityId: request.params.id }, ctx.clock.now(), request.id);
      return ok;
    });
    if (!revoked) throw new AppError('BL_NOT_FOUND', `No live token ${request.params.id}`);
    ctx.forgetTokens();
    return reply.status(204).send(null);
  });
}
