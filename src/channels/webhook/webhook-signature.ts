import { hmac, requireSignature, safeEqual } from '../webhook-verification.js';

/**
 * The signature of a generic-webhook call: hex HMAC-SHA256 of `<timestamp>.<body>` with the shared secret, written
 * `sha256=<hex>`. Signing the timestamp with the body is what makes a replayed call fail once it is old.
 *
 * @example
 * signWebhook('s3cret-s3cret-s3cret', 1809072000, '{"type":"message"}'); // 'sha256=9f…'
 */
export function signWebhook(secret: string, timestampSeconds: number | string, body: string | Buffer): string {
  const payload = Buffer.concat([Buffer.from(`${timestampSeconds}.`, 'utf8'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
  return `sha256=${hmac('sha256', secret, payload, 'hex')}`;
}

/**
 * Checks a generic-webhook signature and its timestamp (Unix seconds, within `toleranceSeconds` of now either way);
 * throws `BL_BAD_SIGNATURE` otherwise. The signature may be written with or without the `sha256=` prefix.
 *
 * @example
 * verifyWebhookSignature({ secret, signature: headers['x-borderless-signature'], timestamp: headers['x-borderless-timestamp'], body, nowMs, toleranceSeconds: 300 });
 */
export function verifyWebhookSignature(input: {
  secret: string; signature: string | undefined; timestamp: string | undefined; body: Buffer; nowMs: number; toleranceSeconds: number;
}): void {
  const timestamp = (input.timestamp ?? '').trim();
  requireSignature(/^\d{9,11}$/.test(timestamp), 'The timestamp header is missing or not Unix seconds');
  const skew = Math.abs(input.nowMs / 1000 - Number(timestamp));
  requireSignature(skew <= input.toleranceSeconds, `The signed timestamp is ${Math.round(skew)} s away from now (tolerance ${input.toleranceSeconds} s)`);
  const given = (input.signature ?? '').trim().toLowerCase().replace(/^sha256=/, '');
  const expected = signWebhook(input.secret, timestamp, input.body).slice('sha256='.length);
  requireSignature(/^[0-9a-f]{64}$/.test(given) && safeEqual(given, expected), 'The signature header is missing or wrong');
}
