import { Type } from 'typebox';
import { ReviewBlockedProblemSchema } from '../culture/review-schema.js';
import { toDetectionLanguage } from '../domain/language/index.js';
import {
  channelRule, policyChannels, replyLanguageAllowed, requiredProficiency, validateGlossary, validateLanguagePolicy,
  type LanguagePolicy,
} from '../domain/translation/index.js';
import { AppError } from '../errors/index.js';
import { withTransaction } from '../pipeline/event-bus.js';
import { requireRole } from '../server/auth.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { problemResponses, SlugSchema, UuidSchema } from '../server/schemas/common-schema.js';
import { appendAudit } from '../store/audit-store.js';
import { getMarket, putMarket, type Market } from '../store/market-store.js';
import { TranslationEngineError } from './translation-provider.js';
import {
  EngineSchema, GlossaryBodySchema, GlossarySchema, LanguagePolicyBodySchema, LanguagePolicyQuerySchema, LanguagePolicySchema,
  MemoryBodySchema, MemoryEntrySchema, MemoryQuerySchema, MessageTranslationSchema, ReplyLinkSchema, ReplyPreviewBodySchema,
  ReplyPreviewSchema, TranslatedReplyBodySchema, TranslateMessageBodySchema,
} from './translation-schema.js';
import { assertNoNul, engineProblem, translationLanguage, type TranslationService } from './translation-service.js';
import { deleteMemory, getGlossary, listMemory, putGlossary, upsertMemory } from './translation-store.js';

const IdParams = Type.Object({ id: UuidSchema });
const CodeParams = Type.Object({ code: SlugSchema });
const TAGS = ['translation'];

function policyOf(market: Market): LanguagePolicy {
  const raw = market.settings.languagePolicy;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw as LanguagePolicy : {};
}

/** A market's policy as the API answers it: every usual channel resolved, plus an optional check of one reply language. */
function describePolicy(
  market: Market, pivotLanguages: string[], q: { channel?: string; customerLanguage?: string; replyLanguage?: string },
): Record<string, unknown> {
  const stored = policyOf(market);
  const channels: Record<string, unknown> = {};
  const named = Object.keys(stored).filter((k) => !['voice', 'email', 'messaging', 'default'].includes(k) || policyChannels.includes(k));
  for (const channel of new Set([...policyChannels, ...named, ...(q.channel ? [q.channel] : [])])) {
    const rule = channelRule(stored, channel);
    const need = requiredProficiency(stored, channel);
    channels[channel] = {
      mode: rule.mode, source: rule.source, minLevel: rule.minLevel,
      proficiency: { customerLanguage: need.customerLanguage, pivotLanguage: need.pivotLanguage },
    };
  }
  const answer: Record<string, unknown> = {
    market: market.code, languages: market.languages, pivotLanguages, stored,
    issues: validateLanguagePolicy(market.settings.languagePolicy), channels,
  };
  if (q.channel && q.customerLanguage && q.replyLanguage) {
    answer.check = {
      channel: q.channel, customerLanguage: q.customerLanguage, replyLanguage: q.replyLanguage,
      ...replyLanguageAllowed(stored, q.channel, q.customerLanguage, q.replyLanguage, pivotLanguages),
    };
  }
  return answer;
}

/**
 * Machine translation over HTTP: translations of messages, reply previews and translated replies, the brand
 * glossary, the translation memory, the engine's status, and each market's language policy.
 */
export function translationRoutes(service: TranslationService) {
  return (app: App, ctx: AppContext): void => {
    app.get('/api/v1/translation/engine', {
      schema: { tags: TAGS, summary: 'The configured machine-translation engine', response: { 200: EngineSchema } },
    }, async () => ({ engine: service.engineName, configured: service.engineName !== null, timeoutMs: ctx.config.translationTimeoutMs }));

    app.get('/api/v1/translation/languages', {
      schema: {
        tags: TAGS, summary: 'The languages the engine translates into',
        response: { 200: Type.Object({ engine: Type.String(), items: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })) }), ...problemResponses(401, 503) },
      },
    }, async () => {
      const provider = service.provider;
      if (!provider?.languages) throw new AppError('BL_UNAVAILABLE', 'No translation engine is configured: set BORDERLESS_TRANSLATION_PROVIDER to libretranslate or deepl');
      try {
        return { engine: provider.name, items: await provider.languages() };
      } catch (error) {
        if (error instanceof TranslationEngineError) throw engineProblem(error);
        throw error;
      }
    });

    app.post('/api/v1/messages/:id/translations', {
      schema: {
        tags: TAGS, summary: 'Translate a message (cached per target language)',
        description: 'Translates into `to`, by default the caller\'s working language (`locale`), else the brand\'s default. ' +
          '201 when a translation was made or attempted now, 200 when a cached one is answered. An engine that times out, ' +
          'fails or answers garbage gives `status: "failed"` with `error.reason`; the message itself is never changed. ' +
          '503 when no engine is configured (approved translation memory still answers).',
        params: IdParams, body: TranslateMessageBodySchema,
        response: { 200: MessageTranslationSchema, 201: MessageTranslationSchema, ...problemResponses(400, 401, 404, 422, 503) },
      },
      config: { access: 'agent' },
      // The body is optional: no body means the default target language.
      preValidation: async (request) => { if (request.body === undefined || request.body === null) request.body = {}; },
    }, async (request, reply) => {
      const actor = requireRole(request, 'agent');
      const { translation, created } = await service.translateMessage(actor, request.scopeMarkets, request.params.id, request.body.to);
      return reply.status(created ? 201 : 200).send(translation);
    });

    app.get('/api/v1/messages/:id/translations', {
      schema: {
        tags: TAGS, summary: 'The cached translations of a message',
        description: '`reply` is set for a reply sent from a preview: the agent\'s draft, the machine output they saw, the engine and whether they edited it.',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(MessageTranslationSchema), reply: Type.Union([ReplyLinkSchema, Type.Null()]) }), ...problemResponses(400, 401, 404) },
      },
    }, async (request) => service.messageTranslations(request.scopeMarkets, request.params.id));

    app.post('/api/v1/conversations/:id/reply-preview', {
      schema: {
        tags: TAGS, summary: 'Translate a draft reply into the conversation\'s language',
        description: '`from` defaults to the caller\'s working language, `to` to the conversation\'s language. Answers the text to show the ' +
          'agent and a `previewId` to send it with (`POST …/translated-replies`), valid 24 hours for this caller only. `policy` says whether ' +
          'the market\'s language policy accepts a reply in `to` on this channel. 503 when the engine is down or not configured.',
        params: IdParams, body: ReplyPreviewBodySchema,
        response: { 200: ReplyPreviewSchema, ...problemResponses(400, 401, 404, 422, 503) },
      },
      config: { access: 'agent' },
    }, async (request) => {
      const actor = requireRole(request, 'agent');
      return service.previewReply(actor, request.scopeMarkets, request.params.id, request.body);
    });

    app.post('/api/v1/conversations/:id/translated-replies', {
      schema: {
        tags: TAGS, summary: 'Send a reply made from a translation preview',
        description: 'Sends exactly `text` (the preview as the agent left it, edited or not) through the normal outbound path and records ' +
          'the draft, the machine output and the engine on the message. An edited translation becomes approved translation memory. ' +
          'The preview must be this caller\'s, for this conversation, unused and unexpired. The text is reviewed like any reply ' +
          '(`POST …/replies`): blocking issues answer 422 with `issues` and leave the preview usable, unless `override.reason` is given.',
        params: IdParams, body: TranslatedReplyBodySchema,
        response: {
          201: Type.Object({
            message: Type.Ref('Message'), translation: ReplyLinkSchema,
            issues: Type.Array(Type.Ref('ReviewIssue'), { description: 'what the review found (warnings, or the blocking issues an override let through)' }),
            overridden: Type.Boolean({ description: 'blocking issues were sent anyway with `override.reason`' }),
          }),
          422: ReviewBlockedProblemSchema,
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
      config: { access: 'agent' },
    }, async (request, reply) => {
      const actor = requireRole(request, 'agent');
      const result = await service.sendTranslatedReply(actor, request.scopeMarkets, request.params.id, {
        ...request.body, acceptLanguage: request.headers['accept-language'],
      }, request.id);
      return reply.status(201).send(result);
    });

    app.get('/api/v1/glossary', {
      schema: { tags: TAGS, summary: 'The brand glossary', response: { 200: GlossarySchema, ...problemResponses(401) } },
    }, async () => getGlossary(ctx.store.db));

    app.put('/api/v1/glossary', {
      schema: {
        tags: TAGS, summary: 'Replace the brand glossary',
        description: 'Do-not-translate terms (brand and product names) and forced translations per target language, applied around the engine.',
        body: GlossaryBodySchema, response: { 200: GlossarySchema, ...problemResponses(400, 401, 403) },
      },
      config: { access: 'supervisor' },
    }, async (request) => {
      const actor = request.actor!;
      const issues = validateGlossary(request.body);
      if (issues.length > 0) {
        throw new AppError('BL_VALIDATION', `${issues[0]!.path} ${issues[0]!.message}`, { errors: issues.map((i) => ({ path: `/body${i.path}`, message: i.message })) });
      }
      await withTransaction(ctx.store, ctx.bus, async (trx) => {
        await putGlossary(trx, request.body, actor.userId ?? actor.id, ctx.clock.now());
        await appendAudit(trx, actor, {
          action: 'glossary.updated', entityType: 'glossary', entityId: 'brand',
          changes: { doNotTranslate: request.body.doNotTranslate.length, forced: request.body.forced.length },
        }, ctx.clock.now(), request.id);
      });
      return getGlossary(ctx.store.db);
    });

    app.get('/api/v1/translation-memory', {
      schema: {
        tags: TAGS, summary: 'Approved translations, newest first', querystring: MemoryQuerySchema,
        response: { 200: Type.Object({ items: Type.Array(MemoryEntrySchema), nextCursor: Type.Union([Type.String(), Type.Null()]) }), ...problemResponses(400, 401) },
      },
    }, async (request) => {
      const q = request.query;
      return listMemory(ctx.store.db, {
        ...(q.from ? { from: toDetectionLanguage(q.from) ?? q.from } : {}), ...(q.to ? { to: translationLanguage(q.to, '/querystring/to') } : {}),
        ...(q.cursor ? { after: q.cursor } : {}), limit: q.limit ?? 50,
      });
    });

    app.post('/api/v1/translation-memory', {
      schema: {
        tags: TAGS, summary: 'Add or replace an approved translation', body: MemoryBodySchema,
        response: { 201: MemoryEntrySchema, ...problemResponses(400, 401, 403) },
      },
      config: { access: 'supervisor' },
    }, async (request, reply) => {
      const actor = request.actor!;
      assertNoNul(request.body.source, '/body/source');
      assertNoNul(request.body.target, '/body/target');
      const from = toDetectionLanguage(request.body.from)!;
      const to = translationLanguage(request.body.to, '/body/to');
      if (from === toDetectionLanguage(to)) throw new AppError('BL_VALIDATION', '"from" and "to" are the same language', { errors: [{ path: '/body/to', message: 'must differ from "from"' }] });
      const entry = await withTransaction(ctx.store, ctx.bus, async (trx) => {
        const stored = await upsertMemory(trx, { from, to, source: request.body.source, target: request.body.target, origin: 'manual', approvedBy: actor.userId ?? actor.id }, ctx.clock.now());
        await appendAudit(trx, actor, { action: 'translation_memory.updated', entityType: 'translation_memory', entityId: stored.id }, ctx.clock.now(), request.id);
        return stored;
      });
      return reply.status(201).send(entry);
    });

    app.delete('/api/v1/translation-memory/:id', {
      schema: { tags: TAGS, summary: 'Remove an approved translation', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
      config: { access: 'supervisor' },
    }, async (request, reply) => {
      const deleted = await withTransaction(ctx.store, ctx.bus, async (trx) => {
        const ok = await deleteMemory(trx, request.params.id);
        if (ok) await appendAudit(trx, request.actor!, { action: 'translation_memory.deleted', entityType: 'translation_memory', entityId: request.params.id }, ctx.clock.now(), request.id);
        return ok;
      });
      if (!deleted) throw new AppError('BL_NOT_FOUND', `No translation memory entry ${request.params.id}`);
      return reply.status(204).send(null);
    });

    app.get('/api/v1/markets/:code/language-policy', {
      schema: {
        tags: TAGS, summary: 'A market\'s language policy per channel',
        description: 'For each channel: whether a reply in a pivot language is acceptable (`pivot-allowed`) or the customer\'s language is ' +
          'required (`native-required`), where the rule comes from, and the proficiency routing should ask of agents. With `channel`, ' +
          '`customerLanguage` and `replyLanguage` it also answers `check`: whether that reply language is allowed.',
        params: CodeParams, querystring: LanguagePolicyQuerySchema,
        response: { 200: LanguagePolicySchema, ...problemResponses(400, 401, 404) },
      },
    }, async (request) => {
      const market = await getMarket(ctx.store.db, request.params.code);
      if (!market || (request.scopeMarkets && !request.scopeMarkets.includes(market.code))) {
        throw new AppError('BL_NOT_FOUND', `No market "${request.params.code}"`);
      }
      if (request.query.channel || request.query.customerLanguage || request.query.replyLanguage) {
        const missing = (['channel', 'customerLanguage', 'replyLanguage'] as const).filter((k) => !request.query[k]);
        if (missing.length > 0) {
          throw new AppError('BL_VALIDATION', 'A check needs channel, customerLanguage and replyLanguage together', {
            errors: missing.map((k) => ({ path: `/querystring/${k}`, message: 'is required for a check' })),
          });
        }
      }
      return describePolicy(market, (await ctx.markets.brand()).pivotLanguages, request.query) as never;
    });

    app.put('/api/v1/markets/:code/language-policy', {
      schema: {
        tags: TAGS, summary: 'Set a market\'s language policy',
        description: 'Stored as the market\'s `settings.languagePolicy`, e.g. `{ "email": "pivot-allowed", "phone": "native-required" }`.',
        params: CodeParams, body: LanguagePolicyBodySchema,
        response: { 200: LanguagePolicySchema, ...problemResponses(400, 401, 403, 404) },
      },
      config: { access: 'supervisor' },
    }, async (request, reply) => {
      const market = await getMarket(ctx.store.db, request.params.code);
      if (!market || (request.scopeMarkets && !request.scopeMarkets.includes(market.code))) {
        throw new AppError('BL_NOT_FOUND', `No market "${request.params.code}"`);
      }
      const issues = validateLanguagePolicy(request.body);
      if (issues.length > 0) {
        throw new AppError('BL_VALIDATION', `${issues[0]!.path} ${issues[0]!.message}`, { errors: issues.map((i) => ({ path: `/body${i.path}`, message: i.message })) });
      }
      const { code: _code, createdAt: _c, updatedAt: _u, ...input } = market;
      await withTransaction(ctx.store, ctx.bus, async (trx) => {
        await putMarket(trx, market.code, { ...input, settings: { ...market.settings, languagePolicy: request.body } }, ctx.clock.now());
        await appendAudit(trx, request.actor!, {
          action: 'market.language_policy_updated', entityType: 'market', entityId: market.code, changes: { languagePolicy: request.body },
        }, ctx.clock.now(), request.id);
      });
      ctx.markets.invalidate();
      const stored = (await getMarket(ctx.store.db, market.code))!;
      return reply.status(200).send(describePolicy(stored, (await ctx.markets.brand()).pivotLanguages, {}) as never);
    });
  };
}
