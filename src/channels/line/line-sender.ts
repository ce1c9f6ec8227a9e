import { createHash } from 'node:crypto';
import { permanentFailure, retryLater, sent, type SendRequest, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, networkReason, recipientHandle, type ProviderResponse } from '../provider-http.js';
import type { LineConfig } from './line-config.js';

export const LINE_MAX_TEXT = 5000;

/**
 * The `X-Line-Retry-Key` for an outbox item: a UUID derived from its idempotency key, so every retry of one item
 * carries the same key and LINE delivers it once (it answers 409 to a repeat).
 *
 * @example
 * lineRetryKey('0193…'); // 'c6b0e9a2-…' (always the same for the same key)
 */
export function lineRetryKey(idempotencyKey: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idempotencyKey)) return idempotencyKey.toLowerCase();
  const h = createHash('sha256').update(idempotencyKey).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface LineAnswer { message?: string; details?: Array<{ message?: string; property?: string }>; sentMessages?: Array<{ id?: string }> }

const describe = (response: ProviderResponse): string => {
  const a = response.json as LineAnswer | null;
  if (!a?.message) return response.text.slice(0, 300) || 'no details';
  return `${a.message}${a.details?.length ? ` (${a.details.map((d) => `${d.property ?? ''} ${d.message ?? ''}`.trim()).join('; ')})` : ''}`;
};

/**
 * Sends one reply with the push API: `POST {apiBaseUrl}/v2/bot/message/push` `{ to, messages: [{ type: 'text', text }] }`
 * with the channel access token as Bearer and the outbox item's retry key. A 409 for that key means an earlier
 * attempt got through: sent, with the id LINE reports.
 *
 * @example
 * await sendLine(request); // { status: 'sent', externalId: '461230966842064897' }
 */
export async function sendLine(request: SendRequest<LineConfig>): Promise<SendResult> {
  const config = request.channel.config;
  const to = recipientHandle(request.customer, 'line');
  if (!to) return permanentFailure('not sent: the customer has no LINE user id for this account');
  if (request.message.text.length > LINE_MAX_TEXT) {
    return permanentFailure(`not sent: LINE text messages hold at most ${LINE_MAX_TEXT} characters (this one has ${request.message.text.length})`);
  }
  const retryKey = lineRetryKey(request.outbox.idempotencyKey);
  let response: ProviderResponse;
  try {
    response = await callProvider(`${(config.apiBaseUrl ?? 'https://api.line.me').replace(/\/+$/, '')}/v2/bot/message/push`, {
      headers: { authorization: `Bearer ${config.channelAccessToken}`, 'x-line-retry-key': retryKey },
      json: { to, messages: [{ type: 'text', text: request.message.text }] },
    });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  const answer = response.json as LineAnswer | null;
  const id = answer?.sentMessages?.[0]?.id;
  if (response.status === 200 || (response.status === 409 && response.headers.get('x-line-accepted-request-id'))) {
    // Older API versions answer `{}`: the retry key then stands for the message.
    return sent(id ?? `retry-key:${retryKey}`);
  }
  if (response.status === 401) return retryLater(`LINE refused the channel access token: ${describe(response)}`);
  return failureResult(response, 'LINE', describe(response), request.env.clock.now());
}
