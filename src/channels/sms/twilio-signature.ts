import { hmac, requireSignature, safeEqual } from '../webhook-verification.js';

/**
 * Twilio's request signature: base64 HMAC-SHA1, keyed with the auth token, of the full URL followed by every POST
 * parameter name and value, sorted by name (case-sensitive; repeated names by value).
 *
 * @example
 * twilioSignature('authtoken', 'https://help.brand.example/webhooks/sms-jp', new Map([['Body', ['Hi']], ['From', ['+8190…']]]));
 */
export function twilioSignature(authToken: string, url: string, params: Map<string, string[]>): string {
  let data = url;
  for (const key of [...params.keys()].sort()) {
    for (const value of [...new Set(params.get(key)!)].sort()) data += key + value;
  }
  return hmac('sha1', authToken, data, 'base64');
}

/** The URL with and without its port: Twilio signs with the URL as configured, which may or may not name it. */
function urlVariants(url: string): string[] {
  const variants = [url];
  try {
    const parsed = new URL(url);
    const defaultPort = parsed.protocol === 'https:' ? '443' : '80';
    if (parsed.port) {
      const without = new URL(url);
      without.port = '';
      variants.push(without.toString());
    } else {
      variants.push(url.replace(`${parsed.protocol}//${parsed.host}`, `${parsed.protocol}//${parsed.hostname}:${defaultPort}`));
    }
  } catch {
    // A URL that does not parse has only itself to be tried.
  }
  return variants;
}

/**
 * Checks `X-Twilio-Signature` for a form-encoded webhook (constant-time, each URL variant); throws
 * `BL_BAD_SIGNATURE` otherwise.
 *
 * @example
 * verifyTwilioSignature(config.authToken, webhookUrl(request, publicBase), params, request.headers['x-twilio-signature']);
 */
export function verifyTwilioSignature(authToken: string, url: string, params: Map<string, string[]>, signature: string | undefined): void {
  const given = (signature ?? '').trim();
  const ok = given !== '' && urlVariants(url).some((candidate) => safeEqual(given, twilioSignature(authToken, candidate, params)));
  requireSignature(ok, 'The X-Twilio-Signature header is missing or wrong');
}

/**
 * The first value of a form parameter.
 *
 * @example
 * param(params, 'From'); // '+819012345678'
 */
export function param(params: Map<string, string[]>, name: string): string | undefined {
  return params.get(name)?.[0];
}
