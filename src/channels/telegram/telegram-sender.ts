import { permanentFailure, retryLater, sent, type AttachmentFacts, type OutboundAttachment, type SendRequest, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, multipartForm, networkReason, recipientHandle, type ProviderResponse } from '../provider-http.js';
import { sendInParts } from '../send-parts.js';
import type { TelegramConfig } from './telegram-config.js';

export const TELEGRAM_MAX_TEXT = 4096;
/** The Bot API's limits for files a bot uploads: photos up to 10 MB, other files (documents) up to 50 MB. */
const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_MAX_BYTES = 50 * 1024 * 1024;
const photoTypes = new Set(['image/jpeg', 'image/png']);

interface BotApiAnswer { ok?: boolean; result?: { message_id?: number; chat?: { id?: number } }; error_code?: number; description?: string; parameters?: { retry_after?: number } }

/** A photo goes out as a photo (Telegram shows it inline); every other file as a document, keeping its name and bytes. */
const isPhoto = (file: AttachmentFacts): boolean => photoTypes.has(file.contentType.toLowerCase()) && file.size <= PHOTO_MAX_BYTES;

/**
 * Why Telegram cannot carry these files (a document over the Bot API's 50 MB upload limit), or null.
 *
 * @example
 * checkTelegramAttachments([{ id, filename: 'manual.pdf', contentType: 'application/pdf', size: 2048 }]); // null
 */
export function checkTelegramAttachments(files: AttachmentFacts[]): string | null {
  const tooBig = files.find((f) => f.size > DOCUMENT_MAX_BYTES);
  return tooBig ? `${tooBig.filename} is ${tooBig.size} bytes; a Telegram bot can send files up to ${DOCUMENT_MAX_BYTES} bytes` : null;
}

/** One Bot API call, as the outbox sees its outcome. The provider id is `<chat id>:<message id>`, the shape of inbound ids. */
async function botCall(config: TelegramConfig, chatId: string, method: string, body: { json: unknown } | { multipart: FormData }, nowMs: number): Promise<SendResult> {
  const url = `${(config.apiBaseUrl ?? 'https://api.telegram.org').replace(/\/+$/, '')}/bot${config.botToken}/${method}`;
  let response: ProviderResponse;
  try {
    response = await callProvider(url, body);
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
  return failureResult(response, 'Telegram', reason, nowMs, retryAfter !== undefined ? retryAfter * 1000 : undefined);
}

/** One attached file: `sendPhoto` or `sendDocument`, uploaded as multipart/form-data. */
function sendTelegramFile(config: TelegramConfig, chatId: string, file: OutboundAttachment, nowMs: number): Promise<SendResult> {
  const field = isPhoto(file) ? 'photo' : 'document';
  return botCall(config, chatId, isPhoto(file) ? 'sendPhoto' : 'sendDocument', {
    multipart: multipartForm({ chat_id: chatId }, [{ field, ...file }]),
  }, nowMs);
}

/**
 * Sends one reply with the Bot API: `POST {apiBaseUrl}/bot<token>/sendMessage` `{ chat_id, text }`, then each attached
 * file with `sendPhoto` (JPEG and PNG) or `sendDocument` (anything else), uploaded as multipart/form-data. A retry
 * sends only what Telegram has not taken yet.
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
  const nowMs = request.env.clock.now();
  const text = () => botCall(config, chatId, 'sendMessage', { json: { chat_id: /^-?\d+$/.test(chatId) ? Number(chatId) : chatId, text: request.message.text } }, nowMs);
  const files = request.message.attachments;
  if (files.length === 0) return text();
  return sendInParts(request, [
    { key: 'text', label: 'the text', send: text },
    ...files.map((file, i) => ({ key: `file:${i}`, label: file.filename, send: () => sendTelegramFile(config, chatId, file, nowMs) })),
  ]);
}
