import { Type, type TObject } from 'typebox';
import type { Kysely } from 'kysely';
import { isoInstant } from '../../lib/clock.js';
import type { Database } from '../../store/store-schema.js';
import {
  permanentFailure, retryLater, sent, type ChannelAdapter, type ChannelEnvironment, type ChannelInbound, type ChannelInstance,
  type DeliveryReceipt, type InboundAttachment, type OutboundAttachment, type SendRequest, type SendResult, type WebhookOutcome, type WebhookRequest,
} from '../channel-adapter.js';
import { mediaLink } from '../media-links.js';
import {
  callProvider, failureResult, fetchMedia, mediaFilename, multipartForm, networkReason, outsideWindow, recipientHandle, type ProviderResponse,
} from '../provider-http.js';
import { sendInParts } from '../send-parts.js';
import { metaChallenge, parseJsonWebhook, verifyHubSignature } from '../webhook-verification.js';
import { checkMetaAttachments, metaAttachmentKind, type MetaFileDelivery } from './meta-media.js';

/** Messenger's and Instagram's standard messaging window: free replies this long after the person's last message. */
export const META_WINDOW_MS = 24 * 60 * 60 * 1000;
/** With the HUMAN_AGENT tag a person may still answer for this long. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The PUT body of a Messenger-Platform kind: the fields Messenger and Instagram share plus the kind's account id.
 *
 * @example
 * const MessengerConfigSchema = metaMessagingSchema('messenger', 'pageId', 'the Facebook page id');
 */
export function metaMessagingSchema(kind: string, accountField: string, accountDescription: string): TObject {
  return Type.Object({
    kind: Type.Literal(kind),
    market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
    [accountField]: Type.String({ pattern: '^[0-9]{1,32}$', description: accountDescription }),
    pageAccessToken: Type.String({ minLength: 1, maxLength: 4096, description: 'a page access token with the messaging permission' }),
    appSecret: Type.String({ minLength: 1, maxLength: 4096 }),
    verifyToken: Type.String({ minLength: 8, maxLength: 256, description: 'the verify token entered in the app\'s webhook settings' }),
    humanAgentTag: Type.Optional(Type.Boolean({
      default: false, description: 'after 24 hours and up to 7 days, send with the HUMAN_AGENT tag (needs the Human Agent permission)',
    })),
    apiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://graph.facebook.com', maxLength: 500 })),
    apiVersion: Type.Optional(Type.String({ pattern: '^v[0-9]+\\.[0-9]+$', default: 'v21.0' })),
    enabled: Type.Optional(Type.Boolean({ default: true })),
  }, { additionalProperties: false, title: kind });
}

/** A Messenger or Instagram channel's configuration, read through the account field its kind names. */
export interface MetaMessagingConfig {
  kind: string;
  market: string;
  pageAccessToken: string;
  appSecret: string;
  verifyToken: string;
  humanAgentTag?: boolean;
  apiBaseUrl?: string;
  apiVersion?: string;
  [field: string]: unknown;
}

/** One `entry[].messaging[]` event of the Messenger Platform (also Instagram Messaging). */
export interface MetaMessagingEvent {
  sender?: { id?: string };
  recipient?: { id?: string };
  timestamp?: number;
  message?: {
    mid?: string; text?: string; is_echo?: boolean; is_deleted?: boolean; is_unsupported?: boolean;
    quick_reply?: { payload?: string };
    reply_to?: { mid?: string };
    attachments?: Array<{ type?: string; payload?: { url?: string; title?: string } }>;
  };
  postback?: { mid?: string; title?: string; payload?: string };
  delivery?: { mids?: string[]; watermark?: number };
  read?: { watermark?: number; mid?: string };
}

export interface MetaMessagingNotification {
  object?: string;
  entry?: Array<{ id?: string; time?: number; messaging?: MetaMessagingEvent[] }>;
}

/** What differs between Messenger and Instagram. */
export interface MetaMessagingProfile {
  kind: string;
  displayName: string;
  /** `page` or `instagram`. */
  object: string;
  /** The config field naming the page or Instagram account. */
  accountField: string;
  maxTextLength: number;
  /** Profile fields to ask the Graph API for a new person's name. */
  profileFields: string;
  /** How the kind takes attached files: uploaded with the message (Messenger) or fetched from a signed link (Instagram). */
  fileDelivery: MetaFileDelivery;
}

const graphBase = (config: MetaMessagingConfig): string =>
  `${(config.apiBaseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '')}/${config.apiVersion ?? 'v21.0'}`;

async function knownHandle(db: Kysely<Database>, kind: string, handle: string): Promise<boolean> {
  const row = await db.selectFrom('customer_identities').select('id').where('kind', '=', kind).where('value', '=', handle).executeTakeFirst();
  return row !== undefined;
}

async function profileName(config: MetaMessagingConfig, profile: MetaMessagingProfile, id: string): Promise<string | null> {
  const url = `${graphBase(config)}/${encodeURIComponent(id)}?fields=${profile.profileFields}&access_token=${encodeURIComponent(config.pageAccessToken)}`;
  const answer = await fetchMedia(url, {}, 16 * 1024, 5000);
  if (!answer) return null;
  try {
    const p = JSON.parse(answer.content.toString('utf8')) as { name?: string; first_name?: string; last_name?: string; username?: string };
    return p.name ?? ([p.first_name, p.last_name].filter(Boolean).join(' ') || p.username || null);
  } catch {
    return null;
  }
}

/**
 * The receipts a read (or delivery) watermark stands for: every message Borderless sent to this person on the kind
 * before the watermark that is not yet that far along.
 *
 * @example
 * await watermarkReceipts(db, 'messenger', psid, 1458668856253, 'read');
 */
export async function watermarkReceipts(db: Kysely<Database>, kind: string, handle: string, watermarkMs: number, status: 'delivered' | 'read'): Promise<DeliveryReceipt[]> {
  const rows = await db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .innerJoin('customer_identities', 'customer_identities.customer_id', 'conversations.customer_id')
    .select('messages.external_id')
    .where('customer_identities.kind', '=', kind).where('customer_identities.value', '=', handle)
    .where('messages.channel', '=', kind).where('messages.direction', '=', 'out').where('messages.external_id', 'is not', null)
    .where('messages.created_at', '<=', isoInstant(watermarkMs))
    .where('messages.delivery_status', 'in', status === 'read' ? ['sent', 'delivered'] : ['sent'])
    .limit(500).execute();
  return rows.map((r) => ({ externalId: r.external_id!, status }));
}

async function eventInbound(
  config: MetaMessagingConfig, profile: MetaMessagingProfile, event: MetaMessagingEvent, env: ChannelEnvironment, names: Map<string, string | null>,
): Promise<ChannelInbound | null> {
  const from = event.sender?.id;
  const message = event.message;
  const postback = event.postback;
  if (!from) return null;
  const mid = message?.mid ?? postback?.mid;
  if (!mid || message?.is_echo || message?.is_deleted) return null;
  const attachments: InboundAttachment[] = [];
  const described: string[] = [];
  for (const [i, a] of (message?.attachments ?? []).entries()) {
    const url = a.payload?.url;
    if (url && ['image', 'video', 'audio', 'file'].includes(a.type ?? '')) {
      const file = await fetchMedia(url);
      if (file) {
        attachments.push({ filename: mediaFilename(a.type!, file.contentType, `${mid}-${i}`), contentType: file.contentType, content: file.content });
        continue;
      }
    }
    described.push(a.payload?.title ?? (url ? `[${a.type}] ${url}` : `[${a.type ?? 'attachment'}]`));
  }
  const text = message?.text ?? postback?.title ?? (described.length ? described.join('\n') : attachments.length ? '' : message?.is_unsupported ? '[unsupported message]' : '');
  if (!names.has(from)) names.set(from, (await knownHandle(env.store.db, profile.kind, from)) ? null : await profileName(config, profile, from));
  return {
    externalId: mid,
    customer: { handle: from, name: names.get(from) ?? null },
    text: described.length && message?.text ? `${message.text}\n${described.join('\n')}` : text,
    receivedAt: event.timestamp ? isoInstant(event.timestamp) : null,
    attachments,
    meta: {
      recipient: event.recipient?.id ?? null, replyTo: message?.reply_to?.mid ?? null,
      quickReply: message?.quick_reply?.payload ?? null, postback: postback?.payload ?? null,
    },
  };
}

/**
 * The Messenger/Instagram webhook: `GET` answers the subscription challenge; `POST` is verified with
 * `X-Hub-Signature-256`, then each `entry[].messaging[]` event for this page or account becomes a message (echoes of
 * the page's own messages skipped), a delivery receipt (`delivery.mids`, or the watermark) or a read receipt
 * (`read.watermark` on Messenger, `read.mid` on Instagram).
 *
 * @example
 * verifyAndParseInbound: (request, channel, env) => parseMetaMessagingWebhook(messengerProfile, request, channel, env)
 */
export async function parseMetaMessagingWebhook(
  profile: MetaMessagingProfile, request: WebhookRequest, channel: ChannelInstance<MetaMessagingConfig>, env: ChannelEnvironment,
): Promise<WebhookOutcome> {
  const config = channel.config;
  if (request.method === 'GET') return metaChallenge(request, config.verifyToken);
  verifyHubSignature(request, config.appSecret);
  const notification = parseJsonWebhook<MetaMessagingNotification>(request.rawBody);
  const account = String(config[profile.accountField] ?? '');
  const messages: ChannelInbound[] = [];
  const receipts: DeliveryReceipt[] = [];
  const names = new Map<string, string | null>();
  if (notification.object && notification.object !== profile.object) return { messages, receipts };
  for (const entry of Array.isArray(notification.entry) ? notification.entry : []) {
    if (!entry || typeof entry !== 'object' || (entry.id && String(entry.id) !== account)) continue;
    for (const event of Array.isArray(entry.messaging) ? entry.messaging : []) {
      if (!event || typeof event !== 'object') continue;
      if (event.message || event.postback) {
        const inbound = await eventInbound(config, profile, event, env, names);
        if (inbound) messages.push(inbound);
      }
      const person = event.sender?.id;
      if (event.delivery) {
        if (event.delivery.mids?.length) receipts.push(...event.delivery.mids.map((mid) => ({ externalId: mid, status: 'delivered' as const })));
        else if (person && event.delivery.watermark) receipts.push(...await watermarkReceipts(env.store.db, profile.kind, person, event.delivery.watermark, 'delivered'));
      }
      if (event.read) {
        if (event.read.mid) receipts.push({ externalId: event.read.mid, status: 'read' });
        else if (person && event.read.watermark) receipts.push(...await watermarkReceipts(env.store.db, profile.kind, person, event.read.watermark, 'read'));
      }
    }
  }
  return { messages, receipts };
}

interface GraphError { error?: { message?: string; code?: number; error_subcode?: number } }

const describe = (response: ProviderResponse): string => {
  const e = (response.json as GraphError | null)?.error;
  return e ? `(#${e.code ?? '?'}${e.error_subcode ? `/${e.error_subcode}` : ''}) ${e.message ?? 'error'}` : (response.text.slice(0, 300) || 'no details');
};

/** One Send API call, `POST {apiBaseUrl}/{apiVersion}/me/messages`, as the outbox sees its outcome. */
async function postSendApi(
  profile: MetaMessagingProfile, config: MetaMessagingConfig, body: { json: unknown } | { multipart: FormData }, nowMs: number,
): Promise<SendResult> {
  let response: ProviderResponse;
  try {
    response = await callProvider(`${graphBase(config)}/me/messages?access_token=${encodeURIComponent(config.pageAccessToken)}`, body);
  } catch (error) {
    return retryLater(networkReason(error));
  }
  if (response.status >= 200 && response.status < 300) {
    const id = (response.json as { message_id?: string } | null)?.message_id;
    return id ? sent(id) : retryLater(`${profile.displayName} accepted the request but answered no message_id`);
  }
  const code = (response.json as GraphError | null)?.error?.code;
  if (code === 4 || code === 32 || code === 613 || code === 2) return retryLater(`${profile.displayName} answered ${response.status}: ${describe(response)}`);
  if (response.status === 401 || code === 190) return retryLater(`${profile.displayName} refused the page access token: ${describe(response)}`);
  return failureResult(response, profile.displayName, describe(response), nowMs);
}

/**
 * One attached file as its own message: uploaded in the Send API call itself (multipart: `recipient`, `message` with
 * `attachment.type` and `payload.is_reusable: false`, and the bytes in `filedata`), or for a kind that fetches files
 * by link, `attachment.payload.url` with a signed media link.
 */
async function sendMetaFile(
  profile: MetaMessagingProfile, request: SendRequest<MetaMessagingConfig>, to: string, tagging: Record<string, string>, file: OutboundAttachment,
  post: (body: { json: unknown } | { multipart: FormData }) => Promise<SendResult>,
): Promise<SendResult> {
  const type = metaAttachmentKind(profile.fileDelivery, file.contentType)?.type ?? 'file';
  if (profile.fileDelivery === 'upload') {
    return post({ multipart: multipartForm({
      recipient: JSON.stringify({ id: to }), ...tagging, message: JSON.stringify({ attachment: { type, payload: { is_reusable: false } } }),
    }, [{ field: 'filedata', ...file }]) });
  }
  const url = await mediaLink(request.env, request.channel, file);
  if (!url) return permanentFailure(`not sent: ${profile.displayName} fetches files from a public URL and none is configured (BORDERLESS_PUBLIC_URL)`);
  return post({ json: { recipient: { id: to }, ...tagging, message: { attachment: { type, payload: { url } } } } });
}

/**
 * Sends one reply with the Send API, `POST {apiBaseUrl}/{apiVersion}/me/messages`: `RESPONSE` within 24 hours of the
 * person's last message, `MESSAGE_TAG`/`HUMAN_AGENT` up to 7 days when the channel allows it, otherwise a permanent
 * failure that says why. Attached files follow the text as one message each (see {@link sendMetaFile}); a retry sends
 * only the parts the platform has not taken yet.
 *
 * @example
 * send: (request) => sendMetaMessage(messengerProfile, request)
 */
export async function sendMetaMessage(profile: MetaMessagingProfile, request: SendRequest<MetaMessagingConfig>): Promise<SendResult> {
  const config = request.channel.config;
  const nowMs = request.env.clock.now();
  const to = recipientHandle(request.customer, profile.kind);
  if (!to) return permanentFailure(`not sent: the customer has no ${profile.displayName} conversation with this account`);
  if (request.message.text.length > profile.maxTextLength) {
    return permanentFailure(`not sent: ${profile.displayName} messages hold at most ${profile.maxTextLength} characters (this one has ${request.message.text.length})`);
  }
  let tagging: Record<string, string> = { messaging_type: 'RESPONSE' };
  if (outsideWindow(request.lastInboundAt, nowMs, META_WINDOW_MS)) {
    if (!config.humanAgentTag || outsideWindow(request.lastInboundAt, nowMs, HUMAN_AGENT_WINDOW_MS)) {
      const since = request.lastInboundAt ? `the customer last wrote at ${request.lastInboundAt}` : 'the customer never wrote';
      return permanentFailure(`not sent: outside ${profile.displayName}'s 24-hour messaging window (${since})${config.humanAgentTag ? ' and past the 7 days the HUMAN_AGENT tag allows' : '; enable humanAgentTag to answer for up to 7 days'}`);
    }
    tagging = { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' };
  }
  const post = (body: { json: unknown } | { multipart: FormData }) => postSendApi(profile, config, body, nowMs);
  const text = () => post({ json: { recipient: { id: to }, ...tagging, message: { text: request.message.text } } });
  const files = request.message.attachments;
  if (files.length === 0) return text();
  return sendInParts(request, [
    { key: 'text', label: 'the text', send: text },
    ...files.map((file, i) => ({ key: `file:${i}`, label: file.filename, send: () => sendMetaFile(profile, request, to, tagging, file, post) })),
  ]);
}

/**
 * A Messenger-Platform adapter (Messenger or Instagram) from its profile and schema.
 *
 * @example
 * export const messengerAdapter = metaMessagingAdapter(messengerProfile, MessengerConfigSchema);
 */
export function metaMessagingAdapter(profile: MetaMessagingProfile, configSchema: TObject): ChannelAdapter<MetaMessagingConfig> {
  return {
    kind: profile.kind,
    displayName: profile.displayName,
    configSchema,
    secretPaths: ['/pageAccessToken', '/appSecret', '/verifyToken'],
    capabilities: {
      threading: false, html: false, attachments: true, deliveryReceipts: true, readReceipts: true,
      replyWindowMs: META_WINDOW_MS, idempotentSend: false, maxTextLength: profile.maxTextLength,
    },
    inboundKeys: (config) => [String(config[profile.accountField])],
    verifyAndParseInbound: (request, channel, env) => parseMetaMessagingWebhook(profile, request, channel, env),
    checkAttachments: (files, channel, env) => checkMetaAttachments(profile.displayName, profile.fileDelivery, files, channel, env),
    send: (request) => sendMetaMessage(profile, request),
  };
}
