import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit, listAudit } from '../../store/audit-store.js';
import { getBrandSettings, putBrandSettings } from '../../store/settings-store.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { LanguageTagSchema, Nullable, SlugSchema, UuidSchema } from '../schemas/common-schema.js';

const BrandSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  defaultLanguage: LanguageTagSchema,
  defaultMarket: Nullable(SlugSchema),
  pivotLanguages: Type.Array(LanguageTagSchema, { maxItems: 10, uniqueItems: true }),
  signature: Type.Object({ signOff: Type.Record(Type.String(), Type.String({ maxLength: 500 })) }),
}, { additionalProperties: false });

/** Health, brand settings and the audit log. */
export function adminRoutes(app: App, ctx: AppContext): void {
  app.get('/health', {
    schema: {
      tags: ['system'], summary: 'Liveness and database check',
      response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('sqlite'), Type.Literal('postgres')]) }) },
    },
    config: { access: 'public' },
  }, async () => {
    await ctx.store.db.selectFrom('settings').select('key').limit(1).execute();
    return { status: 'ok' as const, database: ctx.store.dialect };
  });

  app.get('/api/v1/brand', {
    schema: { tags: ['brand'], summary: 'The brand\'s settings', response: { 200: BrandSchema } },
  }, async () => getBrandSettings(ctx.store.db));

  app.put('/api/v1/brand', {
    schema: { tags: ['brand'], summary: 'Replace the brand\'s settings', body: BrandSchema, response: { 200: BrandSchema } },
    config: { access: 'admin' },
  }, async (request) => {
    if (request.body.defaultMarket && !(await ctx.markets.get(request.body.defaultMarket))) {
      throw new AppError('BL_UNPROCESSABLE', `No market "${request.body.defaultMarket}"`, { errors: [{ path: '/body/defaultMarket', message: 'unknown market' }] });
    }
    await withTransaction(ctx.store, ctx.bus, async (trx) => {
      await putBrandSettings(trx, request.body, ctx.clock.now());
      await appendAudit(trx, request.actor!, { action: 'brand.updated', entityType: 'brand', entityId: 'brand', changes: request.body }, ctx.clock.now(), request.id);
    });
    ctx.markets.invalidate();
    return getBrandSettings(ctx.store.db);
  });

  app.get('/api/v1/audit', {
    schema: {
      tags: ['audit'], summary: 'The append-only audit log, newest first',
      querystring: Type.Object({
        entityType: Type.Optional(Type.String({ maxLength: 40 })), entityId: Type.Optional(Type.String({ maxLength: 64 })),
        before: Type.Optional(UuidSchema), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(Type.Object({
        id: Type.String(), at: Type.String(), actor: Type.Object({ type: Type.String(), id: Nullable(Type.String()) }), action: Type.String(),
        entityType: Type.String(), entityId: Type.String(), changes: Type.Unknown(), requestId: Nullable(Type.String()),
      })) }) },
    },
    config: { access: 'supervisor' },
  }, async (request) => {
    // The audit log spans every market; partner teams do not get to read it.
    if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'The audit log is not available to partner teams');
    return { items: await listAudit(ctx.store.db, { ...request.query, limit: request.query.limit ?? 100 }) };
  });
}
