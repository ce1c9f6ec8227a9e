import { Type } from 'typebox';
import { reviewCodes } from '../domain/culture/index.js';
import { AppError } from '../errors/index.js';
import { requireRole } from '../server/auth.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { LanguageTagSchema, problemResponses, UuidSchema } from '../server/schemas/common-schema.js';
import type { CultureContexts } from './culture-context.js';
import { MAX_REVIEW_CHARS, ReviewBlockedError, type ReviewService } from './review-service.js';

export const ReviewIssueSchema = Type.Object({
  code: Type.String({ enum: [...reviewCodes] }),
  severity: Type.String({ enum: ['warning', 'blocking'] }),
  message: Type.String(),
  span: Type.Array(Type.Integer({ minimum: 0 }), { minItems: 2, maxItems: 2, description: '[start, end) in UTF-16 code units of `text`' }),
}, { $id: 'ReviewIssue' });

const ChannelKindSchema = Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$', description: 'channel kind: email, chat, line, whatsapp, voice…' });

const ReviewRequestSchema = Type.Object({
  conversationId: Type.Optional(UuidSchema),
  market: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,40}$' })),
  language: Type.Optional(LanguageTagSchema),
  channel: Type.Optional(ChannelKindSchema),
  customerName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'the customer\'s name, to check how the reply addresses them' })),
  gender: Type.Optional(Type.String({ enum: ['male', 'female'] })),
  followUp: Type.Optional(Type.Boolean({ description: 'an agent already answered: chat follow-ups need no new greeting' })),
  text: Type.String({ maxLength: MAX_REVIEW_CHARS }),
}, { additionalProperties: false, description: '`{conversationId, text}` or `{market, language, channel?, text}`' });

const ReviewedReplySchema = Type.Object({
  text: Type.String({ maxLength: MAX_REVIEW_CHARS }),
  html: Type.Optional(Type.Union([Type.String({ maxLength: 500_000 }), Type.Null()])),
  private: Type.Optional(Type.Boolean()),
  status: Type.Optional(Type.String({ enum: ['open', 'pending', 'snoozed', 'resolved'] })),
  language: Type.Optional(Type.Union([LanguageTagSchema, Type.Null()])),
  override: Type.Optional(Type.Object({ reason: Type.String({ minLength: 1, maxLength: 1000 }) }, { additionalProperties: false })),
}, { additionalProperties: false });

const BlockedProblemSchema = Type.Object({
  type: Type.String(), title: Type.String(), status: Type.Integer(), detail: Type.String(), code: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  instance: Type.Optional(Type.String()),
  issues: Type.Optional(Type.Array(Type.Ref('ReviewIssue'))),
}, { description: 'RFC 9457 problem; when the review blocked the reply, `issues` lists what it found' });

/**
 * `POST /api/v1/replies/review` (API.md) and `POST /api/v1/conversations/{id}/reviewed-replies`: review a draft,
 * and send a reply only once the review lets it through (or an agent overrides it with a reason).
 */
export function reviewRoutes(contexts: CultureContexts, reviews: ReviewService) {
  return (app: App, _ctx: AppContext): void => {
    app.addSchema(ReviewIssueSchema);

    app.post('/api/v1/replies/review', {
      schema: {
        tags: ['culture'], summary: 'Review a reply against the customer\'s language and culture',
        description: 'Checks LANGUAGE_MISMATCH, REGISTER, NAME_FORM, CROSS_SELL, SENSITIVITY, FORMAT, GREETING and PII; messages are in the caller\'s '
          + 'language. PII and SENSITIVITY are blocking, the rest are warnings. Spans are UTF-16 offsets into `text`. See docs/culture.md.',
        body: ReviewRequestSchema,
        response: { 200: Type.Object({ issues: Type.Array(Type.Ref('ReviewIssue')) }), ...problemResponses(400, 401, 404, 422) },
      },
    }, async (request) => {
      const body = request.body;
      if (body.text.trim() === '') throw new AppError('BL_VALIDATION', 'The text is empty', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
      let culture;
      if (body.conversationId !== undefined) {
        if (body.market !== undefined || body.language !== undefined) {
          throw new AppError('BL_VALIDATION', 'Give either conversationId or market and language, not both', {
            errors: [{ path: '/body/conversationId', message: 'must not be combined with market or language' }],
          });
        }
        culture = await contexts.forConversation(request.scopeMarkets, body.conversationId);
        if (body.channel) culture = { ...culture, channel: body.channel };
      } else {
        const missing = (['market', 'language'] as const).filter((k) => body[k] === undefined);
        if (missing.length > 0) {
          throw new AppError('BL_VALIDATION', 'Give conversationId, or market and language', {
            errors: missing.map((k) => ({ path: `/body/${k}`, message: 'is required without conversationId' })),
          });
        }
        culture = await contexts.forMarket(request.scopeMarkets, {
          market: body.market!, language: body.language!, channel: body.channel, customerName: body.customerName,
          gender: body.gender as 'male' | 'female' | undefined,
        });
        if (body.followUp) culture = { ...culture, followUp: true };
      }
      const locale = await contexts.agentLocale(request.actor, request.headers['accept-language']);
      return reviews.reviewText(culture, body.text, locale);
    });

    app.post('/api/v1/conversations/:id/reviewed-replies', {
      schema: {
        tags: ['conversations', 'culture'], summary: 'Review a reply, then send it',
        description: 'Runs the reply review (not for private notes). Blocking issues (PII, SENSITIVITY) answer 422 with the issues unless '
          + '`override.reason` is given; an override is recorded on the message and in the audit log. Then the reply is queued like '
          + '`POST /api/v1/conversations/{id}/replies`.',
        params: Type.Object({ id: UuidSchema }), body: ReviewedReplySchema,
        response: {
          201: Type.Object({ message: Type.Ref('Message'), issues: Type.Array(Type.Ref('ReviewIssue')), overridden: Type.Boolean() }),
          422: BlockedProblemSchema,
          ...problemResponses(400, 401, 404),
        },
      },
    }, async (request, reply) => {
      const actor = requireRole(request, 'agent');
      const culture = await contexts.forConversation(request.scopeMarkets, request.params.id);
      const locale = await contexts.agentLocale(request.actor, request.headers['accept-language']);
      const body = request.body;
      try {
        const result = await reviews.send(actor, request.scopeMarkets, culture, {
          text: body.text, html: body.html ?? null, private: body.private ?? false,
          status: body.status as 'open' | 'pending' | 'snoozed' | 'resolved' | undefined, language: body.language ?? null, override: body.override ?? null,
        }, locale, request.id);
        return reply.status(201).send(result);
      } catch (error) {
        if (!(error instanceof ReviewBlockedError)) throw error;
        return reply.status(422).type('application/problem+json').send({ ...error.toProblem(request.url), issues: error.issues });
      }
    });
  };
}
