import { permanentFailure, retryLater, sent, type SendRequest, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, networkReason, recipientHandle, type ProviderResponse } from '../provider-http.js';
import type { TelegramConfig } from './telegram-config.js';

export const TELEGRAM_MAX_TEXT = 4096;

interface BotApiAnswer { ok?: boolean; result?: { message_id?: number; chat?: { id?: number } }; error_code?: number; description?: string; parameters?: { retry_after?: number } }

/**
 * Sends one reply with the Bot API: `POST {apiBaseUrl}/bot<token>/sendMessage` `{ chat_id, text }`. The provider id
 * is `<chat id>:<message id>`, the same shape as inbound ids.
 *
 * @example
 * await sendTelegram(request); // { status: 'sent', externalId: '1111111:1366' }
 */
export async function sendTelegram(request: SendRequest<TelegramConfig>): Promise<SendResult> {
  const config = request.channel.config;
  const chatId = recipientHandle(request.customer, 'telegram');
  if (!chatId) return permanentFailure('not sent: the customer has no Telegram chat with this bot');
  if (request.message.text.length > TELEGRAM_MAX_TEXT) {
    return permanentFailure(`not sent: Telegram messages hold at most ${TELEGRAM_MAX_TEXT} characters (this one has ${request.message.text.length})`);
  }
  const url = `${(config.apiBaseUrl ?? 'https://api.telegram.org').replace(/\/+$/, '')}/bot${config.botToken}/sendMessage`;
  let response: ProviderResponse;
  try {
    response = await callProvider(url, { json: { chat_id: /^-?\d+$/.test(chatId) ? Number(chatId) : chatId, text: request.message.text } });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  const answer = response.json as BotApiAnswer | null;
  if (response.status === 200 && answer?.ok && answer.result?.message_id !== undefined) {
    return sent(`${answer.result.chat?.id ?? chatId}:${answer.result.message_id}`);
  }
  const reason = answer?.description ?? (response.text.slice(0, 300) || 'no details');
  if (response.status === 401) return retryLater(`Telegram refused the bot token: ${reason}`);
  const retryAfter = answer?.parameters?.retry_after;
  return failureResult(response, 'Telegram', reason, request.env.clock.now(), retryAfter !== undefined ? retryAfter * 1000 : undefined);
}
