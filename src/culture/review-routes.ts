import { Type } from 'typebox';
import { AppError } from '../errors/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { LanguageTagSchema, problemResponses, UuidSchema } from '../server/schemas/common-schema.js';
import type { CultureContexts } from './culture-context.js';
import { MAX_REVIEW_CHARS, type ReviewService } from './review-service.js';

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

/**
 * `POST /api/v1/replies/review` (API.md): review a draft. Sent replies are reviewed by the outbound service
 * (`POST …/replies`, see `ReviewService.review`).
 */
export function reviewRoutes(contexts: CultureContexts, reviews: ReviewService) {
  return (app: App, _ctx: AppContext): void => {
    app.post('/api/v1/replies/review', {
      schema: {
        tags: ['culture'], summary: 'Review a reply against the customer\'s language and culture',
        description: 'Checks LANGUAGE_MISMATCH, REGISTER, NAME_FORM, CROSS_SELL, SENSITIVITY, FORMAT, GREETING and PII; messages are in the caller\'s '
          + 'language. PII and SENSITIVITY are blocking, the rest are warnings. Spans are UTF-16 offsets into `text`. Sending a reply '
          + '(`POST /api/v1/conversations/{id}/replies`) runs the same review. See docs/culture.md.',
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

  };
}
