// A provider's API on loopback (node:http on 127.0.0.1:0) for the channel tests: it records every request and answers
// what the test says, so each adapter is checked against the real request format of its provider.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The body parsed as JSON, or null. */
  json: any;
  /** The body parsed as a form, when form-encoded. */
  form: URLSearchParams | null;
}

export interface ProviderAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
}

export type ProviderHandler = (request: RecordedRequest) => ProviderAnswer | Promise<ProviderAnswer>;

export interface ProviderServer {
  url: string;
  requests: RecordedRequest[];
  handle(handler: ProviderHandler): void;
  close(): Promise<void>;
}

/**
 * Starts a fake provider. The default answer is 404; `handle` sets what it answers.
 *
 * @example
 * const provider = await startProviderServer((r) => ({ status: 200, body: { ok: true } }));
 */
export async function startProviderServer(handler: ProviderHandler = () => ({ status: 404, body: { error: 'no handler' } })): Promise<ProviderServer> {
  let current = handler;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = body.toString('utf8');
      let json: unknown = null;
      try { json = text ? JSON.parse(text) : null; } catch { json = null; }
      const form = String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(text) : null;
      const recorded: RecordedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, text, json, form };
      requests.push(recorded);
      Promise.resolve(current(recorded)).then((answer) => {
        const payload = answer.body === undefined ? '' : Buffer.isBuffer(answer.body) || typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        const type = typeof answer.body === 'object' && !Buffer.isBuffer(answer.body) ? { 'content-type': 'application/json' } : {};
        res.writeHead(answer.status ?? 200, { ...type, ...(answer.headers ?? {}) });
        res.end(payload);
      }, (error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) { current = next; },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
