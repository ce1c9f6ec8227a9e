import { isoInstant } from '../../lib/clock.js';
import type { ChannelEnvironment, ChannelInbound, ChannelInstance, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { fetchMedia, mediaFilename } from '../provider-http.js';
import { hmac, parseJsonWebhook, requireSignature, safeEqual } from '../webhook-verification.js';
import type { LineConfig } from './line-config.js';

/** One LINE webhook event (only message events are conversations). */
export interface LineEvent {
  type?: string;
  mode?: string;
  timestamp?: number;
  webhookEventId?: string;
  deliveryContext?: { isRedelivery?: boolean };
  replyToken?: string;
  source?: { type?: string; userId?: string; groupId?: string; roomId?: string };
  message?: {
    id?: string; type?: string; text?: string; fileName?: string; fileSize?: number; title?: string; address?: string;
    latitude?: number; longitude?: number; packageId?: string; stickerId?: string; keywords?: string[];
    contentProvider?: { type?: string; originalContentUrl?: string };
  };
}

export interface LineWebhookBody {
  destination?: string;
  events?: LineEvent[];
}

/**
 * The text of a LINE message event.
 *
 * @example
 * lineText({ type: 'text', text: '配送について' }); // '配送について'
 */
export function lineText(message: NonNullable<LineEvent['message']>): string {
  switch (message.type) {
    case 'text': return message.text ?? '';
    case 'sticker': return message.keywords?.length ? `[sticker: ${message.keywords.slice(0, 3).join(', ')}]` : '[sticker]';
    case 'location': return `${[message.title, message.address].filter(Boolean).join(' ')} (${message.latitude}, ${message.longitude})`.trim();
    case 'file': return message.fileName ?? '[file]';
    default: return `[${message.type ?? 'message'}]`;
  }
}

async function downloadContent(config: LineConfig, message: NonNullable<LineEvent['message']>): Promise<InboundAttachment | null> {
  if (!message.id || !['image', 'video', 'audio', 'file'].includes(message.type ?? '')) return null;
  // Content sent from an external URL stays there; only LINE-hosted content is fetched.
  if (message.contentProvider?.type === 'external') return null;
  const base = (config.dataApiBaseUrl ?? 'https://api-data.line.me').replace(/\/+$/, '');
  const file = await fetchMedia(`${base}/v2/bot/message/${encodeURIComponent(message.id)}/content`, { authorization: `Bearer ${config.channelAccessToken}` });
  if (!file) return null;
  return { filename: message.fileName ?? mediaFilename(message.type!, file.contentType, message.id), contentType: file.contentType, content: file.content };
}

/** A new person's display name and language from the profile API; null when it cannot be read. */
async function lineProfile(config: LineConfig, userId: string): Promise<{ name: string | null; language: string | null } | null> {
  const base = (config.apiBaseUrl ?? 'https://api.line.me').replace(/\/+$/, '');
  const answer = await fetchMedia(`${base}/v2/bot/profile/${encodeURIComponent(userId)}`, { authorization: `Bearer ${config.channelAccessToken}` }, 16 * 1024, 5000);
  if (!answer) return null;
  try {
    const p = JSON.parse(answer.content.toString('utf8')) as { displayName?: string; language?: string };
    return { name: p.displayName ?? null, language: p.language ?? null };
  } catch {
    return null;
  }
}

/**
 * The LINE webhook: `X-Line-Signature` must be the base64 HMAC-SHA256 of the raw body with the channel secret; then
 * every `message` event from a user (1:1 chats) becomes a message, keyed by its message id so LINE's redeliveries
 * store nothing twice. A person seen for the first time is looked up in the profile API (display name, language).
 * The verification call LINE makes from the console (`events: []`) answers 200.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel) => parseLineWebhook(request, channel);
 */
export async function parseLineWebhook(request: WebhookRequest, channel: ChannelInstance<LineConfig>, env: ChannelEnvironment): Promise<WebhookOutcome> {
  const config = channel.config;
  const given = request.headers['x-line-signature'] ?? '';
  requireSignature(request.method === 'POST' && safeEqual(given, hmac('sha256', config.channelSecret, request.rawBody, 'base64')), 'The X-Line-Signature header is missing or wrong');
  const body = parseJsonWebhook<LineWebhookBody>(request.rawBody);
  if (config.botUserId && body.destination && body.destination !== config.botUserId) return { messages: [] };
  const messages: ChannelInbound[] = [];
  const profiles = new Map<string, { name: string | null; language: string | null } | null>();
  for (const event of Array.isArray(body.events) ? body.events : []) {
    if (event?.type !== 'message' || !event.message?.id || event.source?.type !== 'user' || !event.source.userId) continue;
    if (event.mode === 'standby') continue;
    const attachments: InboundAttachment[] = [];
    const file = await downloadContent(config, event.message);
    if (file) attachments.push(file);
    const userId = event.source.userId;
    if (!profiles.has(userId)) {
      const known = await env.store.db.selectFrom('customer_identities').select('id').where('kind', '=', 'line').where('value', '=', userId).executeTakeFirst();
      profiles.set(userId, known ? null : await lineProfile(config, userId));
    }
    const profile = profiles.get(userId);
    messages.push({
      externalId: event.message.id,
      customer: { handle: userId, name: profile?.name ?? null, locale: profile?.language ?? null },
      text: lineText(event.message),
      receivedAt: event.timestamp ? isoInstant(event.timestamp) : null,
      attachments,
      meta: {
        type: event.message.type ?? null, webhookEventId: event.webhookEventId ?? null,
        redelivery: event.deliveryContext?.isRedelivery ?? false, destination: body.destination ?? null,
      },
    });
  }
  return { messages };
}
