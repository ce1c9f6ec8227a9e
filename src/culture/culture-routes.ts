import { Type } from 'typebox';
import { presetCulture, presetSources, resolveCultureProfile } from '../domain/culture/index.js';
import { AppError, assertNoFieldErrors, type FieldError } from '../errors/index.js';
import { isWellFormedLanguageTag } from '../domain/language/index.js';
import { withTransaction } from '../pipeline/event-bus.js';
import { appendAudit } from '../store/audit-store.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { problemResponses, UuidSchema } from '../server/schemas/common-schema.js';
import type { BriefingService } from './briefing-service.js';
import type { CultureContexts } from './culture-context.js';
import { putSignature } from './signature-store.js';

const text = (max: number) => Type.String({ minLength: 1, maxLength: max });
// Keys are checked by hand (signatureKeyErrors): a key pattern in the schema would let unknown keys through silently.
const SignatureSchema = Type.Object({
  toneWords: Type.Array(text(60), { maxItems: 30 }),
  promises: Type.Record(Type.String(), Type.Array(text(300), { maxItems: 20 }), { description: 'per language tag' }),
  markets: Type.Record(Type.String(), Type.Object({
    signOff: Type.Record(Type.String(), text(500), { description: 'per language tag' }),
  }, { additionalProperties: false }), { description: 'per market code' }),
}, { additionalProperties: false });

function signatureKeyErrors(body: { promises: Record<string, unknown>; markets: Record<string, { signOff: Record<string, unknown> }> }): FieldError[] {
  const errors: FieldError[] = [];
  for (const key of Object.keys(body.promises)) if (!isWellFormedLanguageTag(key)) errors.push({ path: `/body/promises/${key}`, message: 'must be keyed by a BCP 47 language tag' });
  for (const [code, entry] of Object.entries(body.markets)) {
    if (!/^[a-z0-9-]{2,40}$/.test(code)) errors.push({ path: `/body/markets/${code}`, message: 'must be keyed by a market code' });
    for (const key of Object.keys(entry.signOff)) if (!isWellFormedLanguageTag(key)) errors.push({ path: `/body/markets/${code}/signOff/${key}`, message: 'must be keyed by a BCP 47 language tag' });
  }
  return errors;
}

/**
 * The briefing, the resolved culture profile of a market, the culture presets, and the brand signature.
 */
export function cultureRoutes(contexts: CultureContexts, briefings: BriefingService) {
  return (app: App, ctx: AppContext): void => {
    app.get('/api/v1/conversations/:id/briefing', {
      schema: {
        tags: ['conversations', 'culture'], summary: 'What to know before answering this customer',
        description: 'The customer\'s local time and weekday, whether the market is open, the next holiday (and a greeting when one is due), the '
          + 'register and how to address the customer by name, preferred channels, sensitivities, expected response time and the SLA state.',
        params: Type.Object({ id: UuidSchema }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...problemResponses(400, 401, 404) },
      },
    }, async (request) => briefings.build(await contexts.forConversation(request.scopeMarkets, request.params.id)) as unknown as Record<string, unknown>);

    app.get('/api/v1/markets/:code/culture-profile', {
      schema: {
        tags: ['markets', 'culture'], summary: 'The market\'s culture profile, resolved over its preset and language defaults',
        params: Type.Object({ code: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }) }),
        response: { 200: Type.Object({ market: Type.String(), profile: Type.Record(Type.String(), Type.Unknown()), sources: Type.Array(Type.String()) }), ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const market = await ctx.markets.get(request.params.code);
      if (!market || (request.scopeMarkets !== null && !request.scopeMarkets.includes(market.code))) throw new AppError('BL_NOT_FOUND', `No market "${request.params.code}"`);
      const country = market.countries[0] ?? '';
      return { market: market.code, profile: resolveCultureProfile(market) as unknown as Record<string, unknown>, sources: presetSources(country) };
    });

    app.get('/api/v1/culture-presets/:country', {
      schema: {
        tags: ['culture'], summary: 'The built-in culture profile of a preset country, and its sources',
        params: Type.Object({ country: Type.String({ pattern: '^[A-Za-z]{2}$' }) }),
        response: { 200: Type.Object({ country: Type.String(), profile: Type.Record(Type.String(), Type.Unknown()), sources: Type.Array(Type.String()) }), ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const profile = presetCulture(request.params.country);
      if (!profile) throw new AppError('BL_NOT_FOUND', `No culture preset for "${request.params.country}"`);
      return { country: request.params.country.toUpperCase(), profile: profile as unknown as Record<string, unknown>, sources: presetSources(request.params.country) };
    });

    app.get('/api/v1/brand/signature', {
      schema: {
        tags: ['brand', 'culture'], summary: 'The brand signature: sign-offs (from the brand settings), tone words, promises, per-market sign-offs',
        response: { 200: Type.Object({ signOff: Type.Record(Type.String(), Type.String()), ...SignatureSchema.properties }), ...problemResponses(401) },
      },
    }, async () => ({ signOff: (await ctx.markets.brand()).signature.signOff, ...(await contexts.signature()) }));

    app.put('/api/v1/brand/signature', {
      schema: {
        tags: ['brand', 'culture'], summary: 'Replace tone words, promises and per-market sign-offs (the sign-off per language is in PUT /api/v1/brand)',
        body: SignatureSchema, response: { 200: Type.Object({ signOff: Type.Record(Type.String(), Type.String()), ...SignatureSchema.properties }), ...problemResponses(400, 401, 403, 422) },
      },
      config: { access: 'admin' },
    }, async (request) => {
      assertNoFieldErrors(signatureKeyErrors(request.body), 'The signature is not valid');
      const unknown = [];
      for (const code of Object.keys(request.body.markets)) if (!(await ctx.markets.get(code))) unknown.push(code);
      if (unknown.length > 0) {
        throw new AppError('BL_UNPROCESSABLE', `No market ${unknown.map((c) => `"${c}"`).join(', ')}`, { errors: unknown.map((c) => ({ path: `/body/markets/${c}`, message: 'unknown market' })) });
      }
      await withTransaction(ctx.store, ctx.bus, async (trx) => {
        await putSignature(trx, request.body, ctx.clock.now());
        await appendAudit(trx, request.actor!, { action: 'brand.signature_updated', entityType: 'brand', entityId: 'signature', changes: request.body }, ctx.clock.now(), request.id);
      });
      return { signOff: (await ctx.markets.brand()).signature.signOff, ...(await contexts.signature()) };
    });
  };
}
