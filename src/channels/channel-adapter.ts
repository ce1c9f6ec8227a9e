import type { TSchema } from 'typebox';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { FieldError } from '../errors/index.js';
import type { Clock } from '../lib/clock.js';
import type { JobRunner } from '../jobs/index.js';
import type { InboundMessage, IngestResult, InboundPipeline } from '../pipeline/inbound-pipeline.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import type { Store } from '../store/database.js';
import type { ConversationView } from '../store/conversation-store.js';
import type { Customer } from '../store/customer-store.js';

/** The configuration every channel kind shares; each kind's schema adds its own fields. */
export interface ChannelConfig {
  kind: string;
  market: string;
  [field: string]: unknown;
}

/** A configured channel instance (`PUT /api/v1/channels/{id}`) with its kind's configuration. */
export interface ChannelInstance<C extends ChannelConfig = ChannelConfig> {
  id: string;
  kind: string;
  market: string;
  enabled: boolean;
  config: C;
  createdAt: string;
  updatedAt: string;
}

/** What a kind of channel can do; the console and other features read it instead of switching on the kind. */
export interface ChannelCapabilities {
  /** Replies thread with the customer's message (email headers, reply-to-message ids). */
  threading: boolean;
  /** Messages may carry HTML. */
  html: boolean;
  /** Inbound attachments are stored; outbound attachments can be sent. */
  attachments: boolean;
  /** The provider reports delivered/failed after `sent`. */
  deliveryReceipts: boolean;
  /** The provider reports when the customer read a message. */
  readReceipts: boolean;
  /** Free-form replies are allowed only this long after the customer's last message (WhatsApp: 24 h); null: always. */
  replyWindowMs: number | null;
  /** Sending the same outbox item twice is recognisable as one message (same id/key at the provider or recipient). */
  idempotentSend: boolean;
  /** The longest text one message may carry, or null. */
  maxTextLength: number | null;
}

/** A provider's HTTP call to `/webhooks/{channelId}` as the adapter sees it: the exact bytes, for signatures. */
export interface WebhookRequest {
  method: 'GET' | 'POST';
  /** Path and query as received (signatures of some providers cover the URL). */
  url: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: Buffer;
}

/** A delivery or read receipt for a message Borderless sent, found by the provider's id for it. */
export interface DeliveryReceipt {
  externalId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  error?: string | null;
}

/** An inbound message as a channel hands it over: the pipeline's shape plus what only the channel knows. */
export interface ChannelInbound extends Omit<InboundMessage, 'channel' | 'channelId' | 'attachments'> {
  /** Automated mail or messages (auto-replies, bounces, loops, bulk): stored, flagged and never answered. */
  automated?: { kind: AutomatedKind; reason: string } | null;
  /** Provider facts worth keeping beside the message (email headers, provider ids); JSON-serializable. */
  meta?: Record<string, unknown>;
  attachments?: InboundAttachment[];
}

export type AutomatedKind = 'auto-reply' | 'bounce' | 'loop' | 'bulk';

/** One inbound attachment with its bytes; bodies over the size cap keep their metadata only. */
export interface InboundAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  contentId?: string | null;
  inline?: boolean;
}

/** What a webhook call amounts to once verified: messages to ingest, receipts to apply, and the answer to give. */
export interface WebhookOutcome {
  messages?: ChannelInbound[];
  receipts?: DeliveryReceipt[];
  /** The HTTP answer (verification challenges echo a value); default 200 `{"received": n}`. */
  response?: { status: number; body?: string | Record<string, unknown>; contentType?: string };
}

/** The outbox row being delivered. `idempotencyKey` is stable across retries: use it as the provider's key. */
export interface OutboxItem {
  id: string;
  idempotencyKey: string;
  /** 1 on the first attempt. */
  attempt: number;
  createdAt: string;
}

/** What is known about a file an agent attached to a reply before its bytes are read. */
export interface AttachmentFacts {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** A file an agent attached to a reply (uploaded with `POST /api/v1/conversations/{id}/attachments`), with its bytes. */
export interface OutboundAttachment extends AttachmentFacts {
  content: Buffer;
}

/** The outbound message to deliver. `automatic` is true for replies no person wrote (closed-hours auto-replies). */
export interface OutboundMessage {
  id: string;
  text: string;
  html: string | null;
  subject: string | null;
  language: string | null;
  automatic: boolean;
  /** Files to send with the text, in the order the agent gave them; empty for most replies. */
  attachments: OutboundAttachment[];
  createdAt: string;
}

/** Everything an adapter's `send` gets: the item, the message, the conversation and customer, the channel. */
export interface SendRequest<C extends ChannelConfig = ChannelConfig> {
  outbox: OutboxItem;
  message: OutboundMessage;
  conversation: ConversationView;
  customer: Customer;
  channel: ChannelInstance<C>;
  /** When the customer last wrote in this conversation (for reply windows), or null. */
  lastInboundAt: string | null;
  env: ChannelEnvironment;
}

/** The outcome of one send: delivered to the provider, try again later, or give up with a reason. */
export type SendResult =
  | { status: 'sent'; externalId: string }
  | { status: 'retry'; error: string; retryAfterMs?: number }
  | { status: 'failed'; error: string };

/** What adapters may use at run time (store, clock, logger, process configuration). */
export interface ChannelEnvironment {
  store: Store;
  clock: Clock;
  logger: Logger;
  config: Readonly<Config>;
}

/** What an adapter's background services get: the environment plus the ways in (ingest) and the job runner. */
export interface ChannelServices extends ChannelEnvironment {
  pipeline: InboundPipeline;
  jobs: JobRunner | null;
  /** Enabled channel instances of one kind. */
  channelsOfKind(kind: string): Promise<ChannelInstance[]>;
  /** One enabled channel instance by id. */
  channelById(id: string): Promise<ChannelInstance | null>;
  /** The channel instance of `kind` that claims `key` (an address, a phone number id), if any. */
  channelByKey(kind: string, key: string): Promise<ChannelInstance | null>;
  /** Stores one inbound message of `channel` (flags, attachments, then the pipeline). Resolves after commit. */
  receive(channel: ChannelInstance, inbound: ChannelInbound): Promise<IngestResult>;
  /** Applies delivery receipts to messages sent on `kind`. */
  applyReceipts(kind: string, receipts: DeliveryReceipt[]): Promise<number>;
}

/** How a channel's own connection to its provider is doing (IMAP polling), as the channel API shows it. */
export interface ChannelHealth {
  status: 'ok' | 'error';
  /** The last time the connection was tried. */
  checkedAt: string;
  lastSuccessAt: string | null;
  /** Why the last try failed, in words a supervisor can act on; null when it worked. */
  error: string | null;
  /** Kind-specific facts (the IMAP cursor, what the last poll stored). */
  detail?: Record<string, unknown>;
}

/** A running background service of an adapter (an SMTP listener, a poller). */
export interface ChannelService {
  stop(): Promise<void>;
}

/**
 * One kind of channel. Implement it in `src/channels/<kind>/index.ts` as `export const adapter`, and the registry
 * finds it: the channel API validates configurations with `configSchema`, webhooks reach `verifyAndParseInbound`,
 * the outbox dispatcher calls `send`, and `start` runs listeners and pollers. Nothing outside the folder switches
 * on the kind.
 *
 * @example
 * export const adapter: ChannelAdapter<TelegramConfig> = {
 *   kind: 'telegram', displayName: 'Telegram', configSchema: TelegramConfigSchema, secretPaths: ['/botToken', '/secretToken'],
 *   capabilities: { threading: false, html: false, attachments: true, deliveryReceipts: false, readReceipts: false,
 *     replyWindowMs: null, idempotentSend: false, maxTextLength: 4096 },
 *   verifyAndParseInbound: (request, channel) => parseTelegramUpdate(request, channel),
 *   send: (request) => sendTelegramMessage(request),
 * };
 */
export interface ChannelAdapter<C extends ChannelConfig = ChannelConfig> {
  readonly kind: string;
  readonly displayName: string;
  /** The whole PUT body for this kind, `kind` and `market` included (TypeBox, so also the OpenAPI document). */
  readonly configSchema: TSchema;
  /** JSON pointers of secret fields: answered as `********`, and a PUT with `********` keeps the stored value. */
  readonly secretPaths: readonly string[];
  readonly capabilities: ChannelCapabilities;
  /** Keys this instance claims so inbound traffic finds it (lower-cased addresses, provider account ids). */
  inboundKeys?(config: C): string[];
  /** Checks beyond the schema; paths are JSON pointers into the body (`/addresses/0`). */
  validateConfig?(config: C): FieldError[];
  /** Verifies a webhook (throw `AppError('BL_BAD_SIGNATURE')` on a bad signature) and parses what it carries. */
  verifyAndParseInbound?(request: WebhookRequest, channel: ChannelInstance<C>, env: ChannelEnvironment): WebhookOutcome | Promise<WebhookOutcome>;
  /**
   * Whether a reply on this kind can carry these files (types, sizes, count, a public URL for providers that fetch
   * media): null when it can, else the reason, answered to the agent as 422 before anything is stored. `channel` is
   * null while the conversation's market has no enabled channel of the kind. A kind without this cannot carry files.
   */
  checkAttachments?(files: AttachmentFacts[], channel: ChannelInstance<C> | null, env: ChannelEnvironment): string | null;
  /** Delivers one outbox item. Throwing counts as a retryable failure. */
  send(request: SendRequest<C>): Promise<SendResult>;
  /** The health of an instance's own connection (pollers), or null when there is nothing to report. */
  health?(channel: ChannelInstance<C>, env: ChannelEnvironment): Promise<ChannelHealth | null>;
  /** Starts the kind's listeners and pollers (once per process); stopped on shutdown. */
  start?(services: ChannelServices): Promise<ChannelService | void>;
  /**
   * Routes the kind serves beyond `/webhooks/{channelId}` (the chat widget's script, sessions and socket; phone
   * callback lists). Called once per app, after `start`.
   */
  routes?(app: App, ctx: AppContext, services: ChannelServices): void | Promise<void>;
}

/** A successful send. @example return sent(info.messageId); */
export function sent(externalId: string): SendResult {
  return { status: 'sent', externalId };
}

/** A failure worth retrying (network, 4xx SMTP, rate limits). @example return retryLater('connect ECONNREFUSED'); */
export function retryLater(error: string, retryAfterMs?: number): SendResult {
  return retryAfterMs === undefined ? { status: 'retry', error } : { status: 'retry', error, retryAfterMs };
}

/** A failure that retrying cannot fix (invalid address, 5xx SMTP). @example return permanentFailure('550 5.1.1 unknown user'); */
export function permanentFailure(error: string): SendResult {
  return { status: 'failed', error };
}
