import { Type, type Static } from 'typebox';

/** `PUT /api/v1/channels/{id}` for a LINE Official Account (Messaging API channel). */
export const LineConfigSchema = Type.Object({
  kind: Type.Literal('line'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  channelSecret: Type.String({ minLength: 16, maxLength: 256, description: 'the Messaging API channel secret (signs webhooks)' }),
  channelAccessToken: Type.String({ minLength: 16, maxLength: 4096, description: 'a long-lived or v2.1 channel access token' }),
  botUserId: Type.Optional(Type.String({ pattern: '^U[0-9a-f]{32}$', description: 'the bot\'s user id (`destination` in webhooks); webhooks for another bot are ignored' })),
  apiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://api.line.me', maxLength: 500 })),
  dataApiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://api-data.line.me', maxLength: 500, description: 'where message content (images, files) is downloaded' })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'line' });

export type LineConfig = Static<typeof LineConfigSchema> & { [field: string]: unknown };
