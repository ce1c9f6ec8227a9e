import type { ChannelAdapter } from '../channel-adapter.js';
import { TelegramConfigSchema, telegramBotId, type TelegramConfig } from './telegram-config.js';
import { parseTelegramWebhook } from './telegram-inbound.js';
import { checkTelegramAttachments, sendTelegram, TELEGRAM_MAX_TEXT } from './telegram-sender.js';

/** Telegram Bot API: webhooks authenticated by the secret token header, private chats, sendMessage (files by sendPhoto and sendDocument). */
export const telegramAdapter: ChannelAdapter<TelegramConfig> = {
  kind: 'telegram',
  displayName: 'Telegram',
  configSchema: TelegramConfigSchema,
  secretPaths: ['/botToken', '/secretToken'],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: false, readReceipts: false,
    replyWindowMs: null, idempotentSend: false, maxTextLength: TELEGRAM_MAX_TEXT,
  },
  inboundKeys: (config) => [telegramBotId(config.botToken)],
  verifyAndParseInbound: (request, channel) => parseTelegramWebhook(request, channel),
  checkAttachments: (files) => checkTelegramAttachments(files),
  send: sendTelegram,
};
