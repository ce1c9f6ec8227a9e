import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors/index.js';
import type { WebhookOutcome, WebhookRequest } from './channel-adapter.js';

/**
 * Compares two secrets in constant time. Unequal lengths answer false at once: the length of a signature is public
 * (it is fixed by the algorithm), its bytes are not.
 *
 * @example
 * safeEqual(request.headers['x-telegram-bot-api-secret-token'] ?? '', config.secretToken); // true or false
 */
export function safeEqual(given: string | Buffer, expected: string | Buffer): boolean {
  const a = Buffer.isBuffer(given) ? given : Buffer.from(given, 'utf8');
  const b = Buffer.isBuffer(expected) ? expected : Buffer.from(expected, 'utf8');
  if (a.length !== b.length || b.length === 0) return false;
  return timingSafeEqual(a, b);
}

/**
 * An HMAC of `data`, hex or base64.
 *
 * @example
 * hmac('sha256', appSecret, rawBody, 'hex'); // '5d41…'
 */
export function hmac(algorithm: 'sha1' | 'sha256', key: string | Buffer, data: string | Buffer, encoding: 'hex' | 'base64'): string {
  return createHmac(algorithm, key).update(data).digest(encoding);
}

/**
 * Throws `BL_BAD_SIGNATURE` (401, nothing stored) unless `ok`.
 *
 * @example
 * requireSignature(safeEqual(given, expected), 'The X-Line-Signature header is missing or wrong');
 */
export function requireSignature(ok: boolean, detail: string): void {
  if (!ok) throw new AppError('BL_BAD_SIGNATURE', detail);
}

/**
 * Verifies Meta's `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>` (WhatsApp
 * Cloud API, Messenger, Instagram).
 *
 * @example
 * verifyHubSignature(request, channel.config.appSecret);
 */
export function verifyHubSignature(request: WebhookRequest, appSecret: string): void {
  const header = request.headers['x-hub-signature-256'] ?? '';
  const given = header.startsWith('sha256=') ? header.slice(7).trim().toLowerCase() : '';
  const expected = hmac('sha256', appSecret, request.rawBody, 'hex');
  requireSignature(/^[0-9a-f]{64}$/.test(given) && safeEqual(given, expected), 'The X-Hub-Signature-256 header is missing or wrong');
}

/**
 * Answers Meta's subscription check (`GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=…`): the challenge
 * echoed as text when the verify token matches, 401 otherwise.
 *
 * @example
 * if (request.method === 'GET') return metaChallenge(request, channel.config.verifyToken);
 */
export function metaChallenge(request: WebhookRequest, verifyToken: string): WebhookOutcome {
  const ok = request.query['hub.mode'] === 'subscribe' && safeEqual(request.query['hub.verify_token'] ?? '', verifyToken);
  requireSignature(ok, 'hub.verify_token does not match the channel\'s verifyToken');
  const challenge = request.query['hub.challenge'] ?? '';
  // The challenge is echoed verbatim: keep it to what Meta sends (digits) so the endpoint cannot reflect markup.
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(challenge)) throw new AppError('BL_VALIDATION', 'hub.challenge is missing or malformed');
  return { response: { status: 200, body: challenge, contentType: 'text/plain; charset=utf-8' } };
}

/**
 * Parses a webhook body as a JSON object, or throws `BL_MALFORMED_JSON` (400, nothing stored).
 *
 * @example
 * const update = parseJsonWebhook<TelegramUpdate>(request.rawBody);
 */
export function parseJsonWebhook<T extends object>(rawBody: Buffer): T {
  let value: unknown;
  try {
    value = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new AppError('BL_MALFORMED_JSON', 'The webhook body is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new AppError('BL_MALFORMED_JSON', 'The webhook body is not a JSON object');
  return value as T;
}

/**
 * Parses an `application/x-www-form-urlencoded` webhook body (Twilio). Other content types are 415. Repeated keys
 * keep every value, in order.
 *
 * @example
 * const params = parseFormWebhook(request); // Map { 'From' => ['+81…'], 'Body' => ['…'] }
 */
export function parseFormWebhook(request: WebhookRequest): Map<string, string[]> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new AppError('BL_UNSUPPORTED_MEDIA_TYPE', `Expected an application/x-www-form-urlencoded body, got "${type || 'none'}"`);
  }
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(request.rawBody.toString('utf8'))) {
    const list = params.get(key);
    if (list) list.push(value);
    else params.set(key, [value]);
  }
  return params;
}

/**
 * The absolute URL a provider called, for signatures that cover it (Twilio): the channel's or the server's public
 * URL when configured (behind a proxy the Host header is not what the provider saw), else rebuilt from the
 * forwarded or Host headers.
 *
 * @example
 * webhookUrl(request, 'https://help.brand.example'); // 'https://help.brand.example/webhooks/sms-jp?event=status'
 */
export function webhookUrl(request: WebhookRequest, publicBase: string | null | undefined): string {
  if (publicBase) return `${publicBase.replace(/\/+$/, '')}${request.url}`;
  const proto = (request.headers['x-forwarded-proto'] ?? 'http').split(',')[0]!.trim();
  const host = (request.headers['x-forwarded-host'] ?? request.headers.host ?? 'localhost').split(',')[0]!.trim();
  return `${proto}://${host}${request.url}`;
}

/**
 * The public base (scheme, host, port) of the URL a provider called, to build callback URLs that reach the same
 * place.
 *
 * @example
 * publicBaseOf(request, null); // 'https://help.brand.example'
 */
export function publicBaseOf(request: WebhookRequest, publicBase: string | null | undefined): string {
  const url = new URL(webhookUrl(request, publicBase));
  return publicBase ? publicBase.replace(/\/+$/, '') : url.origin;
}
