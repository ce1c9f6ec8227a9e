/**
 * The one catalogue of error codes Borderless answers with. Every problem+json body carries one of these
 * codes; the docs (docs/errors.md) and a test check this table, so add a code here, never inline.
 */
export const errorCatalogue = {
  BL_VALIDATION: { status: 400, title: 'The request is not valid' },
  BL_MALFORMED_JSON: { status: 400, title: 'The request body is not valid JSON' },
  BL_UNAUTHORIZED: { status: 401, title: 'Authentication is required' },
  BL_BAD_CREDENTIALS: { status: 401, title: 'The email or password is not correct' },
  BL_SESSION_EXPIRED: { status: 401, title: 'The session has expired; sign in again' },
  BL_BAD_SIGNATURE: { status: 401, title: 'The signature is missing or wrong' },
  BL_CSRF: { status: 403, title: 'The CSRF token is missing or wrong' },
  BL_FORBIDDEN: { status: 403, title: 'You are not allowed to do this' },
  BL_NOT_FOUND: { status: 404, title: 'Not found' },
  BL_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  BL_CONFLICT: { status: 409, title: 'The request conflicts with the current state' },
  BL_PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  BL_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'The content type is not supported' },
  BL_UNPROCESSABLE: { status: 422, title: 'The request cannot be carried out' },
  BL_NEVER_OPEN: { status: 422, title: 'The market is never open in the next 366 days' },
  BL_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  BL_INTERNAL: { status: 500, title: 'Internal error' },
  BL_UNAVAILABLE: { status: 503, title: 'The service is unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The `type` URI of a problem: a stable, documented page per code. */
export function problemTypeUri(code: ErrorCode): string {
  return `https://borderless.dev/problems/${code.toLowerCase().replace(/^bl_/, '').replaceAll('_', '-')}`;
}
