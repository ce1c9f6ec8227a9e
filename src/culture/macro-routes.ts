import { Type } from 'typebox';
import { assertNoFieldErrors } from '../errors/index.js';
import { requireRole } from '../server/auth.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { LanguageTagSchema, Nullable, problemResponses, UuidSchema } from '../server/schemas/common-schema.js';
import type { CultureContexts } from './culture-context.js';
import { macroRegisters, type MacroRegister } from './macro-store.js';
import type { MacroService } from './macro-service.js';
import type { ReviewService } from './review-service.js';

const MacroIdSchema = Type.String({ pattern: '^[a-z0-9-]{2,64}$', description: 'lowercase letters, digits and hyphens' });
const RegisterSchema = Type.String({ enum: [...macroRegisters], description: '`any` serves every register' });
const IdParams = Type.Object({ id: MacroIdSchema });
const VariantParams = Type.Object({ id: MacroIdSchema, locale: Type.String({ pattern: '^[A-Za-z0-9-]{2,35}$' }) });
const RegisterQuery = Type.Object({ register: Type.Optional(RegisterSchema) }, { additionalProperties: false });

const MacroInputSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  sourceLocale: LanguageTagSchema,
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 30 })),
  variants: Type.Array(Type.Object({
    locale: LanguageTagSchema,
    register: Type.Optional(RegisterSchema),
    text: Type.String({ minLength: 1, maxLength: 20_000, description: 'ICU MessageFormat; placeholders {customerName}, {orderNumber}, {amount}, {date} are formatted for the customer' }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 200 }),
}, { additionalProperties: false });

const PLACEHOLDERS = 'the ICU arguments of `text`, in order of first use: the values a render needs (`customerName` is filled from the '
  + 'customer\'s record when it has a name)';

const VariantSchema = Type.Object({
  locale: Type.String(), register: Type.String(), text: Type.String(), origin: Type.String(), needsReview: Type.Boolean(),
  basedOnVersion: Type.Integer(), outdated: Type.Boolean(), engine: Nullable(Type.String()), updatedBy: Nullable(Type.String()),
  placeholders: Type.Array(Type.String(), { description: PLACEHOLDERS }),
  createdAt: Type.String(), updatedAt: Type.String(),
});

const MacroSchema = Type.Object({
  id: Type.String(), name: Type.String(), description: Nullable(Type.String()), sourceLocale: Type.String(), version: Type.Integer(),
  tags: Type.Array(Type.String()), createdBy: Nullable(Type.String()), variants: Type.Array(VariantSchema),
  placeholders: Type.Array(Type.String(), { description: 'every placeholder any variant uses' }),
  missingLocales: Type.Array(Type.String()), outdatedLocales: Type.Array(Type.String()), needsReviewLocales: Type.Array(Type.String()),
  createdAt: Type.String(), updatedAt: Type.String(),
}, { $id: 'Macro' });

const RenderSchema = Type.Object({
  conversationId: UuidSchema,
  values: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 2000 }), Type.Number()]), { maxProperties: 50, description: 'placeholder name → value' })),
}, { additionalProperties: false });

const RenderedSchema = Type.Object({
  text: Type.String(), locale: Type.String(), register: Type.String(), requestedLocale: Type.String(), chain: Type.Array(Type.String()),
  fellBack: Type.Boolean(), needsReview: Type.Boolean(), outdated: Type.Boolean(), issues: Type.Array(Type.Ref('ReviewIssue')),
});

function toInput(body: { name: string; description?: string | null; sourceLocale: string; tags?: string[]; variants: Array<{ locale: string; register?: string; text: string }> }) {
  return {
    name: body.name, description: body.description ?? null, sourceLocale: body.sourceLocale, tags: body.tags ?? [],
    variants: body.variants.map((v) => ({ locale: v.locale, register: (v.register ?? 'any') as MacroRegister, text: v.text })),
  };
}

/** Localized macros: CRUD, one variant at a time, machine drafts, review approval, rendering for a conversation. */
export function macroRoutes(contexts: CultureContexts, macros: MacroService, reviews: ReviewService) {
  return (app: App, _ctx: AppContext): void => {
    app.addSchema(MacroSchema);
    const userOf = (request: { actor: { userId: string | null } | null }) => request.actor?.userId ?? null;

    app.get('/api/v1/macros', {
      schema: { tags: ['macros'], summary: 'List macros, with missing, outdated and unreviewed locales', response: { 200: Type.Object({ items: Type.Array(Type.Ref('Macro')) }), ...problemResponses(401) } },
    }, async () => ({ items: await macros.list() }));

    app.post('/api/v1/macros', {
      schema: { tags: ['macros'], summary: 'Create a macro', body: MacroInputSchema, response: { 201: Type.Ref('Macro'), ...problemResponses(400, 401, 403) } },
    }, async (request, reply) => {
      requireRole(request, 'supervisor');
      const { macro } = await macros.put(null, toInput(request.body), userOf(request));
      return reply.status(201).send(macro);
    });

    app.get('/api/v1/macros/:id', {
      schema: { tags: ['macros'], summary: 'One macro', params: IdParams, response: { 200: Type.Ref('Macro'), ...problemResponses(400, 401, 404) } },
    }, async (request) => macros.get(request.params.id));

    app.put('/api/v1/macros/:id', {
      schema: { tags: ['macros'], summary: 'Create or replace a macro and all its variants', params: IdParams, body: MacroInputSchema, response: { 200: Type.Ref('Macro'), 201: Type.Ref('Macro'), ...problemResponses(400, 401, 403) } },
    }, async (request, reply) => {
      requireRole(request, 'supervisor');
      const { macro, created } = await macros.put(request.params.id, toInput(request.body), userOf(request));
      return reply.status(created ? 201 : 200).send(macro);
    });

    app.delete('/api/v1/macros/:id', {
      schema: { tags: ['macros'], summary: 'Delete a macro', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
    }, async (request, reply) => {
      requireRole(request, 'supervisor');
      await macros.remove(request.params.id);
      return reply.status(204).send(null);
    });

    app.put('/api/v1/macros/:id/variants/:locale', {
      schema: {
        tags: ['macros'], summary: 'Write one variant (a human edit: clears needsReview)', params: VariantParams,
        body: Type.Object({ register: Type.Optional(RegisterSchema), text: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false }),
        response: { 200: Type.Ref('Macro'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request) => {
      requireRole(request, 'supervisor');
      return macros.putVariant(request.params.id, request.params.locale, (request.body.register ?? 'any') as MacroRegister, request.body.text, userOf(request));
    });

    app.delete('/api/v1/macros/:id/variants/:locale', {
      schema: { tags: ['macros'], summary: 'Delete one variant', params: VariantParams, querystring: RegisterQuery, response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) } },
    }, async (request, reply) => {
      requireRole(request, 'supervisor');
      await macros.removeVariant(request.params.id, request.params.locale, (request.query.register ?? 'any') as MacroRegister);
      return reply.status(204).send(null);
    });

    app.post('/api/v1/macros/:id/variants/:locale/draft', {
      schema: {
        tags: ['macros'], summary: 'Machine-draft a variant from the source text (marked needsReview)',
        description: '503 when no translation engine is configured or it is down, as for translations.', params: VariantParams,
        body: Type.Optional(Type.Object({ register: Type.Optional(RegisterSchema) }, { additionalProperties: false })),
        response: { 201: Type.Ref('Macro'), ...problemResponses(400, 401, 403, 404, 422, 503) },
      },
    }, async (request, reply) => {
      requireRole(request, 'supervisor');
      const macro = await macros.draft(request.params.id, request.params.locale, (request.body?.register ?? 'any') as MacroRegister, userOf(request));
      return reply.status(201).send(macro);
    });

    app.post('/api/v1/macros/:id/variants/:locale/approve', {
      schema: {
        tags: ['macros'], summary: 'Mark a machine draft as reviewed', params: VariantParams,
        body: Type.Optional(Type.Object({ register: Type.Optional(RegisterSchema) }, { additionalProperties: false })),
        response: { 200: Type.Ref('Macro'), ...problemResponses(400, 401, 403, 404) },
      },
    }, async (request) => {
      requireRole(request, 'supervisor');
      return macros.approve(request.params.id, request.params.locale, (request.body?.register ?? 'any') as MacroRegister, userOf(request));
    });

    app.post('/api/v1/macros/:id/render', {
      schema: {
        tags: ['macros'], summary: 'Render a macro for a conversation',
        description: 'Picks the variant through the customer\'s locale fallback chain and the market\'s register, formats the customer\'s name, '
          + '`amount` (a number, in the market currency) and `date` (ISO 8601, in the customer\'s zone), and reviews the result.',
        params: IdParams, body: RenderSchema, response: { 200: RenderedSchema, ...problemResponses(400, 401, 404, 422) },
      },
    }, async (request) => {
      const badNames = Object.keys(request.body.values ?? {}).filter((name) => !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name));
      assertNoFieldErrors(badNames.map((name) => ({ path: `/body/values/${name}`, message: 'must be a placeholder name (letters, digits, _)' })), 'The values are not valid');
      const culture = await contexts.forConversation(request.scopeMarkets, request.body.conversationId);
      const locale = await contexts.agentLocale(request.actor, request.headers['accept-language']);
      return macros.render(culture, request.params.id, request.body.values ?? {}, async (text) => (await reviews.reviewText(culture, text, locale)).issues);
    });
  };
}
