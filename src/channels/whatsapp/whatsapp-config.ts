import { Type, type Static } from 'typebox';
import type { FieldError } from '../../errors/index.js';

const Secret = Type.String({ minLength: 1, maxLength: 4096 });

/** A message template approved at Meta, sent instead of free text outside the 24-hour customer service window. */
export const WhatsAppTemplateSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 512, pattern: '^[a-z0-9_]+$', description: 'the approved template name' }),
  language: Type.String({ minLength: 2, maxLength: 15, pattern: '^[a-z]{2,3}(_[A-Z]{2})?$', description: 'the template language code at Meta (`pt_BR`, `ja`, `en_US`)' }),
  parameters: Type.Optional(Type.Array(Type.Union([Type.Literal('text'), Type.Literal('customerName')]), {
    maxItems: 5, description: 'values for the body placeholders {{1}}, {{2}}…: the reply text or the customer\'s name',
  })),
}, { additionalProperties: false });

/** `PUT /api/v1/channels/{id}` for a WhatsApp Cloud API number. */
export const WhatsAppConfigSchema = Type.Object({
  kind: Type.Literal('whatsapp'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  phoneNumberId: Type.String({ pattern: '^[0-9]{1,32}$', description: 'the Cloud API phone number id (not the number itself)' }),
  accessToken: Secret,
  appSecret: Secret,
  verifyToken: Type.String({ minLength: 8, maxLength: 256, description: 'the verify token entered in the app\'s webhook settings' }),
  apiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://graph.facebook.com', maxLength: 500 })),
  apiVersion: Type.Optional(Type.String({ pattern: '^v[0-9]+\\.[0-9]+$', default: 'v21.0' })),
  templates: Type.Optional(Type.Array(WhatsAppTemplateSchema, {
    maxItems: 20, description: 'templates for replies outside the 24-hour window; the one in the conversation\'s language is used, else the first',
  })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'whatsapp' });

export type WhatsAppConfig = Static<typeof WhatsAppConfigSchema> & { [field: string]: unknown };
export type WhatsAppTemplate = Static<typeof WhatsAppTemplateSchema>;

/**
 * Checks the schema cannot express: one template language listed twice.
 *
 * @example
 * validateWhatsAppConfig(config); // [{ path: '/templates/1/language', message: 'is listed twice' }]
 */
export function validateWhatsAppConfig(config: WhatsAppConfig): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (config.templates ?? []).forEach((t, i) => {
    if (seen.has(t.language)) errors.push({ path: `/templates/${i}/language`, message: 'is listed twice' });
    seen.add(t.language);
  });
  return errors;
}
