import { Type, type Static } from 'typebox';

/** `PUT /api/v1/channels/{id}` for a Telegram bot (Bot API webhooks with a secret token). */
export const TelegramConfigSchema = Type.Object({
  kind: Type.Literal('telegram'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  botToken: Type.String({ pattern: '^[0-9]{3,20}:[A-Za-z0-9_-]{20,100}$', description: 'the token @BotFather gave, `<bot id>:<secret>`' }),
  secretToken: Type.String({
    pattern: '^[A-Za-z0-9_-]{16,256}$',
    description: 'the secret_token given to setWebhook; Telegram sends it back in X-Telegram-Bot-Api-Secret-Token',
  }),
  apiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://api.telegram.org', maxLength: 500 })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'telegram' });

export type TelegramConfig = Static<typeof TelegramConfigSchema> & { [field: string]: unknown };

/**
 * The bot's numeric id, the part of the token before the colon (public: it is the bot's user id).
 *
 * @example
 * telegramBotId('123456789:AAH…'); // '123456789'
 */
export function telegramBotId(botToken: string): string {
  return botToken.split(':')[0] ?? '';
}
