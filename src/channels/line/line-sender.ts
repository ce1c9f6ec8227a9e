import { createHash } from 'node:crypto';
import {
  permanentFailure, retryLater, sent, type AttachmentFacts, type ChannelEnvironment, type ChannelInstance, type SendRequest, type SendResult,
} from '../channel-adapter.js';
import { mediaLink, mediaLinkProblem } from '../media-links.js';
import { callProvider, failureResult, networkReason, recipientHandle, type ProviderResponse } from '../provider-http.js';
import type { LineConfig } from './line-config.js';

export const LINE_MAX_TEXT = 5000;
/** One push carries at most five messages: the text and up to four images. */
const LINE_MAX_IMAGES = 4;
/** LINE shows `previewImageUrl` (at most 1 MB) in the chat; without resizing, the image itself is the preview. */
const LINE_IMAGE_MAX_BYTES = 1024 * 1024;
const lineImageTypes = new Set(['image/jpeg', 'image/png']);

/**
 * Why LINE cannot carry these files from this channel, or null: a bot sends images only (JPEG or PNG, here at most
 * 1 MB because the image doubles as its preview), at most four with the text, fetched by LINE over HTTPS.
 *
 * @example
 * checkLineAttachments([{ id, filename: 'map.png', contentType: 'image/png', size: 40_000 }], channel, env); // null with an https public URL
 */
export function checkLineAttachments(files: AttachmentFacts[], channel: ChannelInstance | null, env: Pick<ChannelEnvironment, 'config'>): string | null {
  if (files.length > LINE_MAX_IMAGES) return `LINE takes at most ${LINE_MAX_IMAGES} images with one reply`;
  for (const file of files) {
    if (!lineImageTypes.has(file.contentType.toLowerCase())) return `LINE cannot carry ${file.filename} (${file.contentType}); a LINE bot sends JPEG and PNG images only`;
    if (file.size > LINE_IMAGE_MAX_BYTES) return `${file.filename} is ${file.size} bytes; LINE images are sent with themselves as the preview, which may be at most ${LINE_IMAGE_MAX_BYTES} bytes`;
  }
  return mediaLinkProblem(channel, env, 'LINE', true);
}

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
 * with the channel access token as Bearer and the outbox item's retry key. Attached images ride in the same push as
 * `image` messages whose `originalContentUrl` and `previewImageUrl` are signed media links, so text and images are
 * one request under one retry key. A 409 for that key means an earlier attempt got through: sent, with the id LINE
 * reports.
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
  const images: Array<Record<string, string>> = [];
  for (const file of request.message.attachments) {
    const url = await mediaLink(request.env, request.channel, file);
    if (!url) return permanentFailure('not sent: LINE fetches images from a public URL and none is configured (BORDERLESS_PUBLIC_URL)');
    images.push({ type: 'image', originalContentUrl: url, previewImageUrl: url });
  }
  const retryKey = lineRetryKey(request.outbox.idempotencyKey);
  let response: ProviderResponse;
  try {
    response = await callProvider(`${(config.apiBaseUrl ?? 'https://api.line.me').replace(/\/+$/, '')}/v2/bot/message/push`, {
      headers: { authorization: `Bearer ${config.channelAccessToken}`, 'x-line-retry-key': retryKey },
      json: { to, messages: [{ type: 'text', text: request.message.text }, ...images] },
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
