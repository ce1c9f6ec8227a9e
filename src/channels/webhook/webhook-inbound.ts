import { AppError, type FieldError } from '../../errors/index.js';
import type { ChannelEnvironment, ChannelInbound, ChannelInstance, DeliveryReceipt, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { parseJsonWebhook } from '../webhook-verification.js';
import type { WebhookConfig } from './webhook-config.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/** A message event a bridge posts. */
export interface WebhookMessageEvent {
  type: 'message';
  id: string;
  customer: { id: string; name?: string | null; email?: string | null; phone?: string | null; locale?: string | null; country?: string | null };
  text: string;
  subject?: string | null;
  thread?: string | null;
  timestamp?: string | null;
  attachments?: Array<{ filename: string; contentType: string; contentBase64: string }>;
}

/** A status event for a reply Borderless sent (`messageId` is the id the bridge answered, or the idempotency key). */
export interface WebhookStatusEvent {
  type: 'status';
  messageId: string;
  status: 'delivered' | 'read' | 'failed';
  error?: string | null;
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const optionalString = (v: unknown, max: number): boolean => v === undefined || v === null || (typeof v === 'string' && v.length <= max);

function checkEvent(event: unknown, path: string, errors: FieldError[]): void {
  if (!event || typeof event !== 'object' || Array.isArray(event)) {
    errors.push({ path, message: 'must be an object' });
    return;
  }
  const e = event as Record<string, unknown>;
  if (e.type === 'status') {
    if (!isString(e.messageId, 512)) errors.push({ path: `${path}/messageId`, message: 'must be a string' });
    if (!['delivered', 'read', 'failed'].includes(e.status as string)) errors.push({ path: `${path}/status`, message: 'must be delivered, read or failed' });
    return;
  }
  if (e.type !== 'message') {
    errors.push({ path: `${path}/type`, message: 'must be "message" or "status"' });
    return;
  }
  if (!isString(e.id, 512)) errors.push({ path: `${path}/id`, message: 'must be a string of 1–512 characters' });
  if (typeof e.text !== 'string' || e.text.length > 200_000) errors.push({ path: `${path}/text`, message: 'must be a string' });
  const c = e.customer as Record<string, unknown> | undefined;
  if (!c || typeof c !== 'object' || !isString(c.id, 200)) errors.push({ path: `${path}/customer/id`, message: 'must be a string of 1–200 characters' });
  else {
    for (const field of ['name', 'email', 'phone', 'locale', 'country'] as const) {
      if (!optionalString(c[field], 320)) errors.push({ path: `${path}/customer/${field}`, message: 'must be a string or null' });
    }
    if (typeof c.country === 'string' && !/^[A-Z]{2}$/.test(c.country)) errors.push({ path: `${path}/customer/country`, message: 'must be an ISO 3166-1 alpha-2 code' });
  }
  for (const field of ['subject', 'thread'] as const) if (!optionalString(e[field], 998)) errors.push({ path: `${path}/${field}`, message: 'must be a string or null' });
  if (e.timestamp !== undefined && e.timestamp !== null && (typeof e.timestamp !== 'string' || Number.isNaN(Date.parse(e.timestamp)))) {
    errors.push({ path: `${path}/timestamp`, message: 'must be an ISO 8601 instant' });
  }
  if (e.attachments !== undefined) {
    if (!Array.isArray(e.attachments) || e.attachments.length > 10) errors.push({ path: `${path}/attachments`, message: 'must be an array of at most 10' });
    else e.attachments.forEach((a: Record<string, unknown>, i) => {
      if (!a || !isString(a.filename, 255) || !isString(a.contentType, 255) || typeof a.contentBase64 !== 'string') {
        errors.push({ path: `${path}/attachments/${i}`, message: 'needs filename, contentType and contentBase64' });
      }
    });
  }
}

/**
 * The generic signed webhook: the signature header is the hex HMAC-SHA256 of `<timestamp>.<raw body>` with the
 * channel secret, the timestamp header Unix seconds within the tolerance (5 minutes by default). The body is one
 * event or `{ "events": [...] }`; `message` events become messages (customer `id` is the handle), `status` events
 * receipts for replies. An invalid event is a 400 naming the field, and then nothing of the call is stored.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel, env) => parseGenericWebhook(request, channel, env);
 */
export function parseGenericWebhook(request: WebhookRequest, channel: ChannelInstance<WebhookConfig>, env: ChannelEnvironment): WebhookOutcome {
  const config = channel.config;
  if (request.method !== 'POST') throw new AppError('BL_METHOD_NOT_ALLOWED', 'Signed webhooks are POSTed');
  verifyWebhookSignature({
    secret: config.secret, body: request.rawBody, nowMs: env.clock.now(), toleranceSeconds: config.toleranceSeconds ?? 300,
    signature: request.headers[(config.signatureHeader ?? 'x-borderless-signature').toLowerCase()],
    timestamp: request.headers[(config.timestampHeader ?? 'x-borderless-timestamp').toLowerCase()],
  });
  const body = parseJsonWebhook<Record<string, unknown>>(request.rawBody);
  const batch = Array.isArray(body.events);
  const events: unknown[] = batch ? body.events as unknown[] : [body];
  const errors: FieldError[] = [];
  if (events.length > 100) errors.push({ path: '/events', message: 'at most 100 events per call' });
  events.forEach((event, i) => checkEvent(event, batch ? `/events/${i}` : '', errors));
  if (errors.length) throw new AppError('BL_VALIDATION', `${errors[0]!.path || '/'} ${errors[0]!.message}`, { errors });

  const messages: ChannelInbound[] = [];
  const receipts: DeliveryReceipt[] = [];
  for (const event of events as Array<WebhookMessageEvent | WebhookStatusEvent>) {
    if (event.type === 'status') {
      receipts.push({ externalId: event.messageId, status: event.status, ...(event.error ? { error: event.error } : {}) });
      continue;
    }
    const attachments: InboundAttachment[] = (event.attachments ?? []).map((a) => ({
      filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64'),
    }));
    messages.push({
      externalId: event.id,
      customer: {
        handle: event.customer.id, name: event.customer.name ?? null, email: event.customer.email ?? null,
        phone: event.customer.phone ?? null, locale: event.customer.locale ?? null, country: event.customer.country ?? null,
      },
      text: event.text, subject: event.subject ?? null, thread: event.thread ?? null, receivedAt: event.timestamp ?? null,
      attachments, meta: { platform: config.platform ?? null },
    });
  }
  return { messages, receipts };
}
