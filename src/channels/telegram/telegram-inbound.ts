import { isoInstant } from '../../lib/clock.js';
import type { ChannelInbound, ChannelInstance, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { fetchMedia, mediaFilename } from '../provider-http.js';
import { parseJsonWebhook, requireSignature, safeEqual } from '../webhook-verification.js';
import type { TelegramConfig } from './telegram-config.js';

interface TelegramFile { file_id?: string; file_unique_id?: string; file_size?: number; file_name?: string; mime_type?: string }

/** The parts of a Bot API `Message` Borderless reads. */
export interface TelegramMessage {
  message_id?: number;
  from?: { id?: number; is_bot?: boolean; first_name?: string; last_name?: string; username?: string; language_code?: string };
  chat?: { id?: number; type?: string; title?: string };
  date?: number;
  text?: string;
  caption?: string;
  photo?: TelegramFile[];
  document?: TelegramFile;
  voice?: TelegramFile & { duration?: number };
  audio?: TelegramFile;
  video?: TelegramFile;
  sticker?: TelegramFile & { emoji?: string };
  location?: { latitude?: number; longitude?: number };
  contact?: { phone_number?: string; first_name?: string; last_name?: string; user_id?: number };
  reply_to_message?: { message_id?: number };
}

/** A Bot API `Update`: one of its fields is set. */
export interface TelegramUpdate {
  update_id?: number;
  message?: TelegramMessage;
  edited_message?: TelegramMessage;
  channel_post?: TelegramMessage;
  callback_query?: unknown;
}

/**
 * What the customer wrote, or sent, as text.
 *
 * @example
 * telegramText({ text: 'こんにちは' }); // 'こんにちは'
 */
export function telegramText(message: TelegramMessage): string {
  if (message.text !== undefined) return message.text;
  if (message.caption !== undefined) return message.caption;
  if (message.location) return `(${message.location.latitude}, ${message.location.longitude}) https://maps.google.com/?q=${message.location.latitude},${message.location.longitude}`;
  if (message.contact) return [message.contact.first_name, message.contact.last_name, message.contact.phone_number].filter(Boolean).join(' ');
  if (message.sticker) return message.sticker.emoji ?? '[sticker]';
  if (message.photo) return '[photo]';
  if (message.voice) return '[voice message]';
  if (message.document) return message.document.file_name ?? '[document]';
  if (message.audio) return message.audio.file_name ?? '[audio]';
  if (message.video) return '[video]';
  return '[unsupported message]';
}

function fileOf(message: TelegramMessage): { file: TelegramFile; kind: string } | null {
  // Telegram sends each photo in several sizes, smallest first: the last is the original.
  const photo = message.photo?.at(-1);
  if (photo) return { file: photo, kind: 'photo' };
  for (const kind of ['document', 'voice', 'audio', 'video'] as const) {
    const file = message[kind];
    if (file) return { file, kind };
  }
  return null;
}

async function downloadFile(config: TelegramConfig, kind: string, file: TelegramFile): Promise<InboundAttachment | null> {
  if (!file.file_id) return null;
  const base = (config.apiBaseUrl ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const info = await fetchMedia(`${base}/bot${config.botToken}/getFile?file_id=${encodeURIComponent(file.file_id)}`, {}, 64 * 1024);
  if (!info) return null;
  let path: string | undefined;
  try {
    path = (JSON.parse(info.content.toString('utf8')) as { ok?: boolean; result?: { file_path?: string } }).result?.file_path;
  } catch {
    return null;
  }
  if (!path) return null;
  const body = await fetchMedia(`${base}/file/bot${config.botToken}/${path.split('/').map(encodeURIComponent).join('/')}`);
  if (!body) return null;
  const contentType = file.mime_type ?? (kind === 'photo' ? 'image/jpeg' : body.contentType);
  return { filename: file.file_name ?? mediaFilename(kind, contentType, file.file_unique_id ?? file.file_id), contentType, content: body.content };
}

/**
 * One private-chat message as Borderless stores it: the chat id as handle (replies go to it), the sender's name and
 * language, attachments through getFile. Messages from groups, channels and other bots are not customer
 * conversations and are skipped.
 *
 * @example
 * const inbound = await telegramInbound(config, update.message);
 */
export async function telegramInbound(config: TelegramConfig, message: TelegramMessage, edited: boolean): Promise<ChannelInbound | null> {
  if (message.message_id === undefined || message.chat?.id === undefined) return null;
  if (message.chat.type !== 'private' || message.from?.is_bot) return null;
  const chatId = String(message.chat.id);
  const attachments: InboundAttachment[] = [];
  const media = fileOf(message);
  if (media) {
    const file = await downloadFile(config, media.kind, media.file);
    if (file) attachments.push(file);
  }
  const name = [message.from?.first_name, message.from?.last_name].filter(Boolean).join(' ') || message.from?.username || null;
  return {
    // Message ids count per chat; an edit is a new version the customer wants read.
    externalId: `${chatId}:${message.message_id}${edited ? `:edit:${message.date ?? 0}` : ''}`,
    customer: {
      handle: chatId, name, locale: message.from?.language_code ?? null,
      phone: message.contact?.user_id === message.from?.id ? message.contact?.phone_number ?? null : null,
    },
    text: edited ? `✎ ${telegramText(message)}` : telegramText(message),
    receivedAt: message.date ? isoInstant(message.date * 1000) : null,
    attachments,
    meta: { username: message.from?.username ?? null, userId: message.from?.id ?? null, edited, replyTo: message.reply_to_message?.message_id ?? null },
  };
}

/**
 * The Telegram webhook: the `X-Telegram-Bot-Api-Secret-Token` header must equal the channel's `secretToken`
 * (constant-time); then `message` (and `edited_message`) of the update becomes a message.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel) => parseTelegramWebhook(request, channel);
 */
export async function parseTelegramWebhook(request: WebhookRequest, channel: ChannelInstance<TelegramConfig>): Promise<WebhookOutcome> {
  requireSignature(
    request.method === 'POST' && safeEqual(request.headers['x-telegram-bot-api-secret-token'] ?? '', channel.config.secretToken),
    'The X-Telegram-Bot-Api-Secret-Token header is missing or wrong',
  );
  const update = parseJsonWebhook<TelegramUpdate>(request.rawBody);
  const message = update.message ?? update.edited_message;
  if (!message || typeof message !== 'object') return { messages: [] };
  const inbound = await telegramInbound(channel.config, message, !update.message);
  return { messages: inbound ? [inbound] : [] };
}
