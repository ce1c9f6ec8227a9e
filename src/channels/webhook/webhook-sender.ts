import { permanentFailure, retryLater, sent, type AttachmentFacts, type SendRequest, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, networkReason, recipientHandle, type ProviderResponse } from '../provider-http.js';
import type { WebhookConfig } from './webhook-config.js';
import { signWebhook } from './webhook-signature.js';

/** Attached files in all that one reply body carries (base64 inside JSON). */
export const WEBHOOK_ATTACHMENTS_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Why a generic webhook reply cannot carry these files (over 10 MB in all), or null.
 *
 * @example
 * checkWebhookAttachments(files); // null
 */
export function checkWebhookAttachments(files: AttachmentFacts[]): string | null {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return total > WEBHOOK_ATTACHMENTS_MAX_BYTES ? `the files come to ${total} bytes; a webhook reply carries at most ${WEBHOOK_ATTACHMENTS_MAX_BYTES} bytes of files` : null;
}

/**
 * The body of a reply POSTed to a generic webhook's `url`; attached files ride along as
 * `attachments: [{ filename, contentType, size, contentBase64 }]`, the shape inbound webhook messages use.
 *
 * @example
 * webhookReplyBody(request); // { type: 'message', id: '<idempotency key>', customer: { id: 'u-42', … }, text: '…' }
 */
export function webhookReplyBody(request: SendRequest<WebhookConfig>): Record<string, unknown> {
  const { customer, message, conversation, outbox, channel } = request;
  return {
    type: 'message', id: outbox.idempotencyKey, channelId: channel.id, conversationId: conversation.id,
    customer: { id: recipientHandle(customer, 'webhook'), name: customer.name, email: customer.email, phone: customer.phone },
    text: message.text, html: message.html, subject: message.subject, language: message.language, automatic: message.automatic,
    createdAt: message.createdAt,
    attachments: message.attachments.map((file) => ({
      filename: file.filename, contentType: file.contentType, size: file.size, contentBase64: file.content.toString('base64'),
    })),
  };
}

/**
 * Sends one reply to the configured URL, signed like inbound calls (timestamp header, `sha256=` HMAC of
 * `<timestamp>.<body>`) and with `Idempotency-Key` (the outbox key, stable across retries). The answer may name the
 * platform's id (`{ "id": "…" }`); otherwise the idempotency key stands for the message.
 *
 * @example
 * await sendGenericWebhook(request); // { status: 'sent', externalId: 'bridge-991' }
 */
export async function sendGenericWebhook(request: SendRequest<WebhookConfig>): Promise<SendResult> {
  const config = request.channel.config;
  if (!config.url) return permanentFailure(`not sent: channel ${request.channel.id} has no url to deliver replies to`);
  const body = JSON.stringify(webhookReplyBody(request));
  const timestamp = Math.floor(request.env.clock.now() / 1000);
  let response: ProviderResponse;
  try {
    response = await callProvider(config.url, {
      headers: {
        'content-type': 'application/json', 'idempotency-key': request.outbox.idempotencyKey,
        [config.timestampHeader ?? 'x-borderless-timestamp']: String(timestamp),
        [config.signatureHeader ?? 'x-borderless-signature']: signWebhook(config.secret, timestamp, body),
      },
      body,
    });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  if (response.status >= 200 && response.status < 300) {
    const id = (response.json as { id?: unknown } | null)?.id;
    return sent(typeof id === 'string' && id.length > 0 && id.length <= 512 ? id : request.outbox.idempotencyKey);
  }
  if (response.status === 409) return sent(request.outbox.idempotencyKey);
  const reason = (response.json as { detail?: string; error?: string; message?: string } | null);
  return failureResult(response, config.platform ?? 'The webhook', reason?.detail ?? reason?.error ?? reason?.message ?? (response.text.slice(0, 300) || 'no details'), request.env.clock.now());
}
