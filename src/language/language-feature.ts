import { Type } from 'typebox';
import { AppError } from '../errors/index.js';
import { detectLanguage, validateLanguageHints, type LanguageHints } from '../domain/language/index.js';
import type { Enrichers } from '../pipeline/inbound-pipeline.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { CountrySchema, LanguageTagSchema, problemResponses } from '../server/schemas/common-schema.js';

const DetectBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 200_000, description: 'the text to identify; only its first 2,000 characters are read' }),
  hints: Type.Optional(Type.Object({
    country: Type.Optional(CountrySchema),
    previousLanguage: Type.Optional(LanguageTagSchema),
    acceptLanguage: Type.Optional(Type.String({ maxLength: 1000 })),
    candidates: Type.Optional(Type.Array(LanguageTagSchema, { maxItems: 50 })),
    marketLanguages: Type.Optional(Type.Array(LanguageTagSchema, { maxItems: 50 })),
    channelLocale: Type.Optional(LanguageTagSchema),
  }, { additionalProperties: false })),
}, { additionalProperties: false });

const DetectResponse = Type.Object({
  language: Type.Union([Type.String(), Type.Null()]),
  confidence: Type.Number(),
  candidates: Type.Array(Type.Object({ language: Type.String(), score: Type.Number() })),
});

/**
 * The language a customer's message is in, for the inbound pipeline: the detector with the customer's remembered
 * language (strongest when an agent set it), their country and locale, and the market's languages as priors.
 *
 * @example
 * pipeline.setEnrichers({ detectLanguage: detectInboundLanguage });
 */
export const detectInboundLanguage: NonNullable<Enrichers['detectLanguage']> = ({ text, subject, customer, marketLanguages, country }) => {
  const hints: LanguageHints = {};
  if (customer.language) hints.previousLanguage = customer.language;
  if (country) hints.country = country;
  if (marketLanguages.length > 0) hints.marketLanguages = marketLanguages;
  if (customer.locale) hints.channelLocale = customer.locale;
  // A one-word body ("merci") says little; the subject line of an email often says more.
  const sample = text.trim().length < 40 && subject ? `${subject}\n${text}` : text;
  const result = detectLanguage(sample, hints);
  return { language: result.language, confidence: result.confidence };
};

/** `POST /api/v1/language/detect` (API.md), and language detection switched on in the inbound pipeline. */
export function installLanguageFeature(ctx: Pick<AppContext, 'pipeline'>): (app: App) => void {
  ctx.pipeline.setEnrichers({ detectLanguage: detectInboundLanguage });
  return (app) => {
    app.post('/api/v1/language/detect', {
      schema: {
        tags: ['language'], summary: 'Detect the language of a text, with optional hints',
        description: 'Too little evidence and no hints answers `language: null` (200), never a guess.',
        body: DetectBody, response: { 200: DetectResponse, ...problemResponses(400, 401, 413) },
      },
    }, async (request) => {
      const hints = request.body.hints ?? {};
      const issues = validateLanguageHints(hints);
      if (issues.length > 0) {
        throw new AppError('BL_VALIDATION', `/body/hints${issues[0]!.path} ${issues[0]!.message}`, {
          errors: issues.map((i) => ({ path: `/body/hints${i.path}`, message: i.message })),
        });
      }
      return detectLanguage(request.body.text, hints);
    });
  };
}
