import { Type, type Static } from 'typebox';
import { AppError, type FieldError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { validateCultureProfile } from '../../domain/culture/index.js';
import { presetMarketInput, validateMarketInput } from '../../markets/index.js';
import { deleteMarket, emptyCalendar, getMarket, listMarkets, putMarket, type Market, type MarketInput } from '../../store/market-store.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { problemResponses, SlugSchema } from '../schemas/common-schema.js';
import { MarketBodySchema } from '../schemas/market-schema.js';

const CodeParams = Type.Object({ code: SlugSchema });
type MarketBody = Static<typeof MarketBodySchema>;

/** Merges a PUT body over an existing market or a preset into the full stored shape, then validates it. */
function buildMarketInput(body: MarketBody, base: Partial<MarketInput>): { input: MarketInput; errors: FieldError[] } {
  const input: MarketInput = {
    name: body.name ?? base.name ?? '',
    countries: body.countries ?? base.countries ?? [],
    languages: body.languages ?? base.languages ?? [],
    timeZone: body.timeZone ?? base.timeZone ?? '',
    currency: body.currency ?? base.currency ?? '',
    hours: (body.hours ?? base.hours ?? emptyCalendar.hours) as MarketInput['hours'],
    holidays: body.holidays !== undefined
      ? (body.holidays ? { country: body.holidays.country, region: body.holidays.region ?? null, types: body.holidays.types ?? ['public'] } : null)
      : base.holidays ?? null,
    closures: body.closures ?? base.closures ?? [],
    openings: (body.openings ?? base.openings ?? []) as MarketInput['openings'],
    holidayOverrides: body.holidayOverrides
      ? { add: body.holidayOverrides.add ?? [], remove: body.holidayOverrides.remove ?? [] }
      : base.holidayOverrides ?? { add: [], remove: [] },
    culture: body.culture ?? base.culture ?? {},
    settings: body.settings ?? base.settings ?? {},
  };
  return { input, errors: [...validateMarketInput(input), ...validateCultureProfile(input.culture, '/body/culture')] };
}

/** Markets: each with its languages, time zone, currency, calendar and culture (see API.md). */
export function marketRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/markets', {
    schema: { tags: ['markets'], summary: 'List markets', response: { 200: Type.Object({ items: Type.Array(Type.Ref('Market')) }) } },
  }, async (request) => {
    const all = await listMarkets(ctx.store.db);
    return { items: request.scopeMarkets ? all.filter((m) => request.scopeMarkets!.includes(m.code)) : all };
  });

  app.get('/api/v1/markets/:code', {
    schema: { tags: ['markets'], summary: 'Read a market', params: CodeParams, response: { 200: Type.Ref('Market'), ...problemResponses(400, 401, 404) } },
  }, async (request) => {
    const market = await getMarket(ctx.store.db, request.params.code);
    if (!market || (request.scopeMarkets && !request.scopeMarkets.includes(market.code))) {
      throw new AppError('BL_NOT_FOUND', `No market "${request.params.code}"`);
    }
    return market;
  });

  app.put('/api/v1/markets/:code', {
    schema: {
      tags: ['markets'], summary: 'Create or replace a market',
      description: 'Give the whole market, or `{"preset": "JP"}` to start from a built-in preset (other fields override it). Fields left out keep their stored value.',
      params: CodeParams, body: MarketBodySchema,
      response: { 200: Type.Ref('Market'), 201: Type.Ref('Market'), ...problemResponses(400, 401, 403, 404, 422) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const actor = request.actor!;
    const existing = await getMarket(ctx.store.db, request.params.code);
    let base: Partial<MarketInput> = existing ?? {};
    if (request.body.preset) {
      const preset = presetMarketInput(request.body.preset.toUpperCase());
      if (!preset) throw new AppError('BL_VALIDATION', `There is no built-in preset "${request.body.preset}"`, { errors: [{ path: '/body/preset', message: 'see GET /api/v1/market-presets' }] });
      base = preset;
    }
    const { input, errors } = buildMarketInput(request.body, base);
    if (errors.length > 0) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const result = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const stored = await putMarket(trx, request.params.code, input, ctx.clock.now());
      await appendAudit(trx, actor, {
        action: stored.created ? 'market.created' : 'market.updated', entityType: 'market', entityId: request.params.code,
        changes: request.body as Record<string, unknown>,
      }, ctx.clock.now(), request.id);
      return stored;
    });
    // Compiled calendars are keyed by the market's content, so the directory is the only cache to clear.
    ctx.markets.invalidate();
    return reply.status(result.created ? 201 : 200).send(result.market satisfies Market);
  });

  app.delete('/api/v1/markets/:code', {
    schema: { tags: ['markets'], summary: 'Delete a market with no conversations', params: CodeParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) } },
    config: { access: 'admin' },
  }, async (request, reply) => {
    const used = await ctx.store.db.selectFrom('conversations').select('id').where('market', '=', request.params.code).limit(1).executeTakeFirst();
    if (used) throw new AppError('BL_CONFLICT', `Market "${request.params.code}" has conversations; it cannot be deleted`);
    const deleted = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const ok = await deleteMarket(trx, request.params.code);
      if (ok) await appendAudit(trx, request.actor!, { action: 'market.deleted', entityType: 'market', entityId: request.params.code }, ctx.clock.now(), request.id);
      return ok;
    });
    if (!deleted) throw new AppError('BL_NOT_FOUND', `No market "${request.params.code}"`);
    ctx.markets.invalidate();
    return reply.status(204).send(null);
  });
}
