import { Type, type Static } from 'typebox';

/** `PUT /api/v1/channels/{id}` for a generic signed-webhook channel (a bridge to a platform without an adapter). */
export const WebhookConfigSchema = Type.Object({
  kind: Type.Literal('webhook'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  secret: Type.String({ minLength: 16, maxLength: 512, description: 'shared secret for HMAC-SHA256 signatures both ways' }),
  url: Type.Optional(Type.Union([Type.String({ pattern: '^https?://', maxLength: 2000 }), Type.Null()], {
    description: 'where replies are POSTed (signed the same way); null: inbound only',
  })),
  platform: Type.Optional(Type.String({ minLength: 1, maxLength: 60, description: 'what is on the other side (WeChat, KakaoTalk…), for people reading the conversation' })),
  signatureHeader: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,60}$', default: 'x-borderless-signature' })),
  timestampHeader: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9-]{1,60}$', default: 'x-borderless-timestamp' })),
  toleranceSeconds: Type.Optional(Type.Integer({ minimum: 30, maximum: 3600, default: 300, description: 'how far a signed timestamp may be from now' })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'webhook' });

export type WebhookConfig = Static<typeof WebhookConfigSchema> & { [field: string]: unknown };
