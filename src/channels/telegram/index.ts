export { telegramAdapter as adapter, telegramAdapter } from './telegram-adapter.js';
export { TelegramConfigSchema, telegramBotId, type TelegramConfig } from './telegram-config.js';
export { parseTelegramWebhook, telegramInbound, telegramText, type TelegramMessage, type TelegramUpdate } from './telegram-inbound.js';
export { TELEGRAM_MAX_TEXT, checkTelegramAttachments, sendTelegram } from './telegram-sender.js';
