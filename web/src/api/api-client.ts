import type { Me } from './api-types.js';

/** A failed API call: the problem+json fields the server sent (RFC 9457), or status 0 when the network failed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fieldErrors: ReadonlyArray<{ path: string; message: string }> = [],
    /** The whole problem document, for answers that carry more (the reply review's `issues`). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is an answer, not an expired session (sign-in, the session probe at start). */
  expect401?: boolean;
}

let csrfToken: string | null = null;
let unauthorizedListener: ((code: string) => void) | null = null;

/** Remembers the CSRF token from sign-in or `/auth/me`; every write sends it back as `X-CSRF-Token`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Registers what to do when the session has expired (any 401 on a call that expected a session).
 *
 * @example
 * const stop = onUnauthorized((code) => setSession({ status: 'signed-out', reason: code === 'BL_SESSION_EXPIRED' ? 'expired' : 'ended' }));
 */
export function onUnauthorized(listener: (code: string) => void): () => void {
  unauthorizedListener = listener;
  return () => {
    if (unauthorizedListener === listener) unauthorizedListener = null;
  };
}

/** Builds `path?query` leaving out empty values, so views map one-to-one onto the list endpoint's filters. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (unsafe.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : String(error));
  }
}

async function toError(response: Response): Promise<ApiError> {
  let problem: { code?: string; detail?: string; title?: string; errors?: Array<{ path: string; message: string }>; [key: string]: unknown } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // A proxy's HTML error page: the status alone is what we can report.
  }
  return new ApiError(response.status, problem.code ?? `HTTP_${response.status}`, problem.detail ?? problem.title ?? response.statusText, problem.errors ?? [], problem);
}

/**
 * Calls the Borderless API with the session cookie and the CSRF header, and turns problem+json answers into
 * `ApiError`s. A 401 signals an expired session to the listener; a stale CSRF token is refreshed once.
 *
 * @example
 * const page = await apiRequest<Page<Conversation>>('GET', '/api/v1/conversations', { query: { language: 'ja' } });
 */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (response.status === 403 && unsafe.has(method)) {
    const error = await toError(response.clone());
    if (error.code === 'BL_CSRF') {
      // The session was renewed in another tab: fetch its current token and try once more.
      const me = await apiRequest<Me>('GET', '/api/v1/auth/me');
      setCsrfToken(me.csrfToken ?? null);
      response = await send(method, path, options);
    }
  }
  if (!response.ok) {
    const error = await toError(response);
    // BL_SESSION_EXPIRED: the cookie outlived its session; any other 401: no session at all (signed out elsewhere).
    if (response.status === 401 && !options.expect401) unauthorizedListener?.(error.code);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Shorthands for the verbs the console uses. */
export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};
