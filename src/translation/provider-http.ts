import { TranslationEngineError, type EngineFailureReason } from './translation-provider.js';

// An engine answer bigger than this is not a translation of a help-desk message: refuse to buffer it.
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export interface EngineRequest {
  engine: string;
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  /** Pulls the engine's own error message out of an error body (`{"error": …}`, `{"message": …}`). */
  errorMessage?: (body: unknown) => string | null;
}

function reasonForStatus(status: number): EngineFailureReason {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429 || status === 456) return 'quota';
  if (status >= 400 && status < 500) return 'rejected';
  return 'engine-error';
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_RESPONSE_BYTES) throw new Error(`answer of ${declared} bytes is too large`);
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (bytes > MAX_RESPONSE_BYTES) throw new Error(`answer larger than ${MAX_RESPONSE_BYTES} bytes`);
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * Calls an engine over HTTP with a hard timeout covering the whole exchange (connect, headers, body) and
 * answers its parsed JSON. Every way it can go wrong becomes a `TranslationEngineError` with a reason.
 *
 * @example
 * const body = await callEngine({ engine: 'libretranslate', method: 'POST', url: `${base}/translate`, body: { q: 'Hej' }, timeoutMs: 10_000 });
 */
export async function callEngine(request: EngineRequest): Promise<unknown> {
  const { engine, timeoutMs } = request;
  let response: Response;
  let text: string;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        'user-agent': 'Borderless',
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
      redirect: 'error',
    });
    text = await readLimited(response);
  } catch (error) {
    if (signal.aborted) throw new TranslationEngineError(engine, 'timeout', `${engine} did not answer within ${timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    if (error instanceof Error && /too large|larger than/.test(error.message)) {
      throw new TranslationEngineError(engine, 'bad-response', `${engine} sent an ${error.message}`);
    }
    throw new TranslationEngineError(engine, 'unreachable', `${engine} could not be reached${cause ? ` (${cause})` : ''}`);
  }

  let parsed: unknown;
  let isJson = true;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    isJson = false;
  }
  if (!response.ok) {
    const message = isJson && request.errorMessage ? request.errorMessage(parsed) : null;
    throw new TranslationEngineError(
      engine, reasonForStatus(response.status),
      `${engine} answered HTTP ${response.status}${message ? `: ${clip(message)}` : ''}`, response.status,
    );
  }
  if (!isJson || parsed === undefined) {
    throw new TranslationEngineError(engine, 'bad-response', `${engine} answered HTTP ${response.status} with a body that is not JSON${text ? `: "${clip(text, 80)}"` : ''}`, response.status);
  }
  return parsed;
}

/** Throws the bad-response error an adapter raises when a JSON answer does not have the engine's shape. */
export function badShape(engine: string, what: string): never {
  throw new TranslationEngineError(engine, 'bad-response', `${engine} answered JSON without ${what}`);
}
