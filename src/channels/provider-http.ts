import type { Customer } from '../store/customer-store.js';
import { ATTACHMENT_BODY_CAP_BYTES } from './channel-store.js';
import { permanentFailure, retryLater, type SendResult } from './channel-adapter.js';

/** A provider's answer: status, headers, and the body as text and (when it parses) JSON. */
export interface ProviderResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** How long one call to a provider's API may take before it counts as a network failure (retried). */
export const PROVIDER_TIMEOUT_MS = 15_000;

/**
 * Calls a provider's HTTP API. Network failures and timeouts throw (the dispatcher retries a throw); every HTTP
 * answer, 4xx and 5xx included, resolves so the caller can read the provider's reason.
 *
 * @example
 * const res = await callProvider(`${base}/bot${token}/sendMessage`, { method: 'POST', json: { chat_id, text } });
 */
export async function callProvider(url: string, options: {
  method?: 'GET' | 'POST'; headers?: Record<string, string>; json?: unknown; form?: URLSearchParams; body?: string;
  /** A multipart/form-data body (file uploads); fetch writes the boundary into the content type. */
  multipart?: FormData;
  timeoutMs?: number;
}): Promise<ProviderResponse> {
  const headers: Record<string, string> = { accept: 'application/json', ...(options.headers ?? {}) };
  let body: string | FormData | undefined = options.body;
  if (options.multipart) {
    body = options.multipart;
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  } else if (options.form) {
    body = options.form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const response = await fetch(url, {
    method: options.method ?? 'POST', headers, ...(body !== undefined ? { body } : {}),
    signal: AbortSignal.timeout(options.timeoutMs ?? PROVIDER_TIMEOUT_MS), redirect: 'error',
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/**
 * A multipart/form-data body: text fields, then files as parts with their name, type and bytes.
 *
 * @example
 * const body = multipartForm({ messaging_product: 'whatsapp', type: 'image/png' }, [{ field: 'file', ...attachment }]);
 */
export function multipartForm(fields: Record<string, string>, files: Array<{ field: string; filename: string; contentType: string; content: Buffer }> = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append(file.field, new Blob([new Uint8Array(file.content)], { type: file.contentType }), file.filename);
  return form;
}

/**
 * The wait a `Retry-After` header asks for (seconds or an HTTP date), or undefined.
 *
 * @example
 * retryAfterMs(response.headers, nowMs); // 30000
 */
export function retryAfterMs(headers: Headers, nowMs: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * The outcome of a provider's error answer: rate limits (429), timeouts (408), conflicts in flight (409 unless the
 * caller handled it) and server errors (5xx) are retried, honouring Retry-After; other 4xx are the provider saying
 * this message can never be sent (bad recipient, blocked, too long) — failed, with the provider's words.
 *
 * @example
 * if (res.status >= 300) return failureResult(res, 'WhatsApp', describeGraphError(res), nowMs);
 */
export function failureResult(response: ProviderResponse, provider: string, reason: string, nowMs: number, extraRetryAfterMs?: number): SendResult {
  const text = `${provider} answered ${response.status}: ${reason}`.slice(0, 1000);
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    const wait = extraRetryAfterMs ?? retryAfterMs(response.headers, nowMs);
    return wait === undefined ? retryLater(text) : retryLater(text, wait);
  }
  return permanentFailure(text);
}

/**
 * The text of a network failure, for the outbox's retry notes.
 *
 * @example
 * networkReason(error); // 'connect ECONNREFUSED 127.0.0.1:9'
 */
export function networkReason(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    if (error.name === 'TimeoutError') return `the provider did not answer within ${PROVIDER_TIMEOUT_MS / 1000} s`;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/**
 * Downloads an inbound media file (a photo, a voicemail recording) with a size cap. Answers null when it cannot be
 * fetched or is larger than the attachment cap: the message is stored anyway, with the media described in its meta.
 *
 * @example
 * const media = await fetchMedia(url, { authorization: `Bearer ${token}` });
 */
export async function fetchMedia(url: string, headers: Record<string, string> = {}, maxBytes = ATTACHMENT_BODY_CAP_BYTES, timeoutMs = 10_000): Promise<{
  content: Buffer; contentType: string;
} | null> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body) return null;
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      await response.body.cancel();
      return null;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) return null;
      chunks.push(Buffer.from(chunk));
    }
    return { content: Buffer.concat(chunks), contentType: (response.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]!.trim() };
  } catch {
    return null;
  }
}

/**
 * The customer's id on a channel kind (a Telegram chat id, a LINE user id, a WhatsApp number), the most recent
 * one when there are several.
 *
 * @example
 * recipientHandle(customer, 'line'); // 'U4af4980629…'
 */
export function recipientHandle(customer: Pick<Customer, 'identities'>, kind: string): string | null {
  const mine = customer.identities.filter((i) => i.kind === kind);
  return mine.at(-1)?.value ?? null;
}

/**
 * True when a reply at `nowMs` falls outside a provider's customer-service window (WhatsApp's and Messenger's 24
 * hours) — or when the customer never wrote.
 *
 * @example
 * outsideWindow('2027-04-29T08:00:00Z', Date.parse('2027-04-30T09:00:00Z'), 86_400_000); // true
 */
export function outsideWindow(lastInboundAt: string | null, nowMs: number, windowMs: number): boolean {
  if (!lastInboundAt) return true;
  return nowMs - Date.parse(lastInboundAt) > windowMs;
}

/**
 * A file name for media that arrives without one: kind and extension from its content type.
 *
 * @example
 * mediaFilename('image', 'image/jpeg', 'wamid.X'); // 'image-wamid.X.jpg'
 */
export function mediaFilename(kind: string, contentType: string, id: string): string {
  const extensions: Record<string, string> = {
    'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'audio/ogg': 'ogg', 'audio/mpeg': 'mp3',
    'audio/mp4': 'm4a', 'audio/aac': 'aac', 'audio/amr': 'amr', 'audio/x-wav': 'wav', 'audio/wav': 'wav', 'video/mp4': 'mp4',
    'video/3gpp': '3gp', 'application/pdf': 'pdf',
  };
  const safeId = id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
  return `${kind}-${safeId}.${extensions[contentType.toLowerCase()] ?? 'bin'}`;
}
