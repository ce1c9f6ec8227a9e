import { isoInstant } from '../../lib/clock.js';
import type { ChannelInbound, ChannelInstance, DeliveryReceipt, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { fetchMedia, mediaFilename } from '../provider-http.js';
import { metaChallenge, parseJsonWebhook, verifyHubSignature } from '../webhook-verification.js';
import type { WhatsAppConfig } from './whatsapp-config.js';

/** The parts of a Cloud API webhook notification Borderless reads (`object: whatsapp_business_account`). */
export interface WhatsAppNotification {
  object?: string;
  entry?: Array<{ id?: string; changes?: Array<{ field?: string; value?: WhatsAppChangeValue }> }>;
}

interface WhatsAppMedia { id?: string; mime_type?: string; sha256?: string; caption?: string; filename?: string }

export interface WhatsAppInboundMessage {
  from?: string;
  id?: string;
  timestamp?: string;
  type?: string;
  text?: { body?: string };
  image?: WhatsAppMedia; audio?: WhatsAppMedia; video?: WhatsAppMedia; document?: WhatsAppMedia; sticker?: WhatsAppMedia;
  location?: { latitude?: number; longitude?: number; name?: string; address?: string };
  contacts?: Array<{ name?: { formatted_name?: string }; phones?: Array<{ phone?: string }> }>;
  interactive?: { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string; description?: string } };
  button?: { text?: string; payload?: string };
  reaction?: { message_id?: string; emoji?: string };
  context?: { from?: string; id?: string };
  errors?: Array<{ code?: number; title?: string }>;
}

export interface WhatsAppStatus {
  id?: string;
  status?: string;
  timestamp?: string;
  recipient_id?: string;
  errors?: Array<{ code?: number; title?: string; message?: string; error_data?: { details?: string } }>;
}

interface WhatsAppChangeValue {
  messaging_product?: string;
  metadata?: { display_phone_number?: string; phone_number_id?: string };
  contacts?: Array<{ profile?: { name?: string }; wa_id?: string }>;
  messages?: WhatsAppInboundMessage[];
  statuses?: WhatsAppStatus[];
}

const mediaTypes = ['image', 'audio', 'video', 'document', 'sticker'] as const;

/**
 * The text a person reading the conversation should see for one WhatsApp message, or null for messages that are
 * not something the customer wrote (reactions, system notices).
 *
 * @example
 * whatsAppText({ type: 'text', text: { body: 'Olá' } }); // 'Olá'
 */
export function whatsAppText(message: WhatsAppInboundMessage): string | null {
  switch (message.type) {
    case 'text': return message.text?.body ?? '';
    case 'interactive': return message.interactive?.button_reply?.title ?? message.interactive?.list_reply?.title ?? '';
    case 'button': return message.button?.text ?? '';
    case 'location': {
      const l = message.location ?? {};
      const place = [l.name, l.address].filter(Boolean).join(', ');
      return `${place ? `${place} ` : ''}(${l.latitude}, ${l.longitude}) https://maps.google.com/?q=${l.latitude},${l.longitude}`.trim();
    }
    case 'contacts':
      return (message.contacts ?? []).map((c) => [c.name?.formatted_name, ...(c.phones ?? []).map((p) => p.phone)].filter(Boolean).join(' ')).join('\n');
    case 'reaction':
    case 'system':
    case 'ephemeral':
      return null;
    default: {
      const media = mediaTypes.includes(message.type as typeof mediaTypes[number]) ? message[message.type as typeof mediaTypes[number]] : undefined;
      if (media) return media.caption ?? (media.filename ? media.filename : `[${message.type}]`);
      return `[${message.type ?? 'unknown'} message]`;
    }
  }
}

async function downloadMedia(config: WhatsAppConfig, type: string, media: WhatsAppMedia): Promise<InboundAttachment | null> {
  if (!media.id) return null;
  const base = `${(config.apiBaseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '')}/${config.apiVersion ?? 'v21.0'}`;
  const auth = { authorization: `Bearer ${config.accessToken}` };
  // Two steps, as the Cloud API works: the media id gives a short-lived URL, the URL (with the token) gives the bytes.
  const info = await fetchMedia(`${base}/${encodeURIComponent(media.id)}`, auth, 64 * 1024);
  if (!info) return null;
  let url: string | undefined;
  try {
    url = (JSON.parse(info.content.toString('utf8')) as { url?: string }).url;
  } catch {
    return null;
  }
  if (!url) return null;
  const file = await fetchMedia(url, auth);
  if (!file) return null;
  const contentType = media.mime_type?.split(';')[0]?.trim() || file.contentType;
  return { filename: media.filename ?? mediaFilename(type, contentType, media.id), contentType, content: file.content };
}

/**
 * One inbound WhatsApp message as Borderless stores it: the sender's wa_id as handle and phone, their profile name,
 * the text (or caption), media downloaded through the Cloud API, provider facts in `meta`.
 *
 * @example
 * const inbound = await whatsAppInbound(config, message, value.contacts);
 */
export async function whatsAppInbound(
  config: WhatsAppConfig, message: WhatsAppInboundMessage, contacts: WhatsAppChangeValue['contacts'], phoneNumberId: string | undefined,
): Promise<ChannelInbound | null> {
  if (!message.id || !message.from) return null;
  const text = whatsAppText(message);
  if (text === null) return null;
  const profile = contacts?.find((c) => c.wa_id === message.from) ?? contacts?.[0];
  const attachments: InboundAttachment[] = [];
  const media = mediaTypes.includes(message.type as typeof mediaTypes[number]) ? message[message.type as typeof mediaTypes[number]] : undefined;
  if (media) {
    const file = await downloadMedia(config, message.type!, media);
    if (file) attachments.push(file);
  }
  const seconds = Number(message.timestamp);
  return {
    externalId: message.id,
    customer: { handle: message.from, phone: `+${message.from.replace(/^\+/, '')}`, name: profile?.profile?.name ?? null },
    text,
    receivedAt: Number.isFinite(seconds) && seconds > 0 ? isoInstant(seconds * 1000) : null,
    attachments,
    meta: {
      type: message.type ?? null, phoneNumberId: phoneNumberId ?? null, context: message.context ?? null,
      ...(media ? { media: { id: media.id ?? null, mimeType: media.mime_type ?? null, sha256: media.sha256 ?? null, downloaded: attachments.length > 0 } } : {}),
    },
  };
}

/**
 * A WhatsApp status (`sent`, `delivered`, `read`, `failed`) as a delivery receipt; other statuses are ignored.
 *
 * @example
 * whatsAppReceipt({ id: 'wamid.X', status: 'read' }); // { externalId: 'wamid.X', status: 'read' }
 */
export function whatsAppReceipt(status: WhatsAppStatus): DeliveryReceipt | null {
  if (!status.id || !['sent', 'delivered', 'read', 'failed'].includes(status.status ?? '')) return null;
  const receipt: DeliveryReceipt = { externalId: status.id, status: status.status as DeliveryReceipt['status'] };
  if (status.status === 'failed') {
    const e = status.errors?.[0];
    receipt.error = e ? `WhatsApp ${e.code ?? ''} ${e.title ?? e.message ?? 'failed'}${e.error_data?.details ? `: ${e.error_data.details}` : ''}`.replace(/\s+/g, ' ').trim() : 'WhatsApp reported the message failed';
  }
  return receipt;
}

/**
 * The WhatsApp webhook: `GET` answers the subscription challenge with `verifyToken`; `POST` is verified with
 * `X-Hub-Signature-256` (HMAC-SHA256 of the raw body with `appSecret`), then every
 * `entry[].changes[].value.messages[]` for this channel's number becomes a message and every `statuses[]` a receipt.
 * Changes for another phone number id (one app webhook shared by several numbers) are left alone.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel) => parseWhatsAppWebhook(request, channel);
 */
export async function parseWhatsAppWebhook(request: WebhookRequest, channel: ChannelInstance<WhatsAppConfig>): Promise<WebhookOutcome> {
  const config = channel.config;
  if (request.method === 'GET') return metaChallenge(request, config.verifyToken);
  verifyHubSignature(request, config.appSecret);
  const notification = parseJsonWebhook<WhatsAppNotification>(request.rawBody);
  const messages: ChannelInbound[] = [];
  const receipts: DeliveryReceipt[] = [];
  for (const entry of Array.isArray(notification.entry) ? notification.entry : []) {
    if (!entry || typeof entry !== 'object') continue;
    for (const change of Array.isArray(entry.changes) ? entry.changes : []) {
      const value = change?.value;
      if (!value || typeof value !== 'object' || (change.field && change.field !== 'messages')) continue;
      const phoneNumberId = value.metadata?.phone_number_id;
      if (phoneNumberId && phoneNumberId !== config.phoneNumberId) continue;
      for (const message of Array.isArray(value.messages) ? value.messages : []) {
        if (!message || typeof message !== 'object') continue;
        const inbound = await whatsAppInbound(config, message, value.contacts, phoneNumberId);
        if (inbound) messages.push(inbound);
      }
      for (const status of Array.isArray(value.statuses) ? value.statuses : []) {
        if (!status || typeof status !== 'object') continue;
        const receipt = whatsAppReceipt(status);
        if (receipt) receipts.push(receipt);
      }
    }
  }
  return { messages, receipts };
}
