import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a fake engine received, as parsed JSON. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

/**
 * How the fake answers the next requests: properly; too slowly; with a 500; with a body that is not JSON; with
 * JSON of the wrong shape; with the placeholder tags mangled (case, spaces, swallowed spaces); with them dropped.
 */
export type FakeMode = 'ok' | 'slow' | 'error-500' | 'not-json' | 'wrong-shape' | 'mangle-tags' | 'drop-tags';

export interface FakeEngine {
  url: string;
  requests: RecordedRequest[];
  mode: FakeMode;
  close(): Promise<void>;
}

/** The fake "translation": the target code in brackets before the text, tags kept (or mangled, per mode). */
export function fakeTranslate(text: string, target: string, mode: FakeMode): string {
  let out = `[${target}] ${text}`;
  if (mode === 'mangle-tags') out = out.replace(/\s*<x id="(\d+)"\/>\s*/g, '< X ID = "$1" / >');
  if (mode === 'drop-tags') out = out.replace(/<x id="\d+"\/>/g, '');
  return out;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

async function startFake(handle: (req: RecordedRequest, res: ServerResponse, engine: FakeEngine) => void): Promise<FakeEngine> {
  const timers = new Set<NodeJS.Timeout>();
  let engine!: FakeEngine;
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    let body: unknown = raw;
    try { body = raw ? JSON.parse(raw) : undefined; } catch { /* recorded as text */ }
    const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
    engine.requests.push(recorded);
    const reply = () => {
      if (engine.mode === 'error-500') { res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"Internal Server Error"}'); return; }
      if (engine.mode === 'not-json') { res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>'); return; }
      if (engine.mode === 'wrong-shape') { res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":"ok"}'); return; }
      handle(recorded, res, engine);
    };
    if (engine.mode === 'slow') {
      const timer = setTimeout(() => { timers.delete(timer); if (!res.destroyed) reply(); }, 3000);
      timers.add(timer);
    } else {
      reply();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  engine = {
    url: `http://127.0.0.1:${port}`, requests: [], mode: 'ok',
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return engine;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const DETECT: Array<[RegExp, string]> = [[/[\u3040-\u30ff]/, 'ja'], [/[\u0400-\u04ff]/, 'ru'], [/\b(le|la|merci|bonjour)\b/i, 'fr']];
const detect = (text: string) => DETECT.find(([re]) => re.test(text))?.[1] ?? 'en';

/**
 * A LibreTranslate server as the real one speaks: `POST /translate` JSON `{ q, source, target, format, api_key }`
 * with `q` a string or an array, answering `translatedText` (same shape) and, for `source: "auto"`,
 * `detectedLanguage`; `GET /languages`. With `apiKey` set, a missing or wrong `api_key` is a 403 `{ error }`.
 */
export function startFakeLibreTranslate(options: { apiKey?: string } = {}): Promise<FakeEngine> {
  return startFake((req, res, engine) => {
    if (req.method === 'GET' && req.path === '/languages') {
      json(res, 200, [{ code: 'en', name: 'English', targets: ['ja', 'zh-Hans'] }, { code: 'zh-Hans', name: 'Chinese', targets: ['en'] }, { code: 'zt', name: 'Chinese (traditional)', targets: ['en'] }]);
      return;
    }
    if (req.method !== 'POST' || req.path !== '/translate') { json(res, 404, { error: 'Not Found' }); return; }
    const b = req.body as { q?: unknown; source?: unknown; target?: unknown; format?: unknown; api_key?: unknown };
    if (options.apiKey && b.api_key !== options.apiKey) { json(res, 403, { error: 'Invalid API key' }); return; }
    if (typeof b.target !== 'string' || typeof b.source !== 'string' || (b.q === undefined)) { json(res, 400, { error: 'Invalid request: missing q, source or target' }); return; }
    if (b.target === 'xx') { json(res, 400, { error: 'xx is not supported' }); return; }
    const texts = Array.isArray(b.q) ? b.q as string[] : [b.q as string];
    const translated = texts.map((t) => fakeTranslate(t, b.target as string, engine.mode));
    const detected = texts.map((t) => ({ confidence: 90, language: detect(t) }));
    const answer: Record<string, unknown> = { translatedText: Array.isArray(b.q) ? translated : translated[0] };
    if (b.source === 'auto') answer.detectedLanguage = Array.isArray(b.q) ? detected : detected[0];
    json(res, 200, answer);
  });
}

/**
 * A DeepL API server as the real one speaks: `POST /v2/translate` with `Authorization: DeepL-Auth-Key <key>` and a
 * JSON body `{ text: [...], target_lang, source_lang?, tag_handling? }`, answering
 * `{ translations: [{ detected_source_language, text }] }`; 403 on a wrong key, 400 `{ message }` on a bad body,
 * 456 when `quota` is set; `GET /v2/languages?type=target`.
 */
export function startFakeDeepL(options: { apiKey: string; quotaExceeded?: () => boolean }): Promise<FakeEngine> {
  return startFake((req, res, engine) => {
    if (req.headers.authorization !== `DeepL-Auth-Key ${options.apiKey}`) { json(res, 403, { message: 'Wrong endpoint or authorization' }); return; }
    if (req.method === 'GET' && req.path === '/v2/languages?type=target') {
      json(res, 200, [{ language: 'EN-US', name: 'English (American)' }, { language: 'JA', name: 'Japanese' }, { language: 'ZH-HANS', name: 'Chinese (simplified)' }, { language: 'ZH-HANT', name: 'Chinese (traditional)' }]);
      return;
    }
    if (req.method !== 'POST' || req.path !== '/v2/translate') { json(res, 404, { message: 'Not found' }); return; }
    if (options.quotaExceeded?.()) { json(res, 456, { message: 'Quota exceeded' }); return; }
    const b = req.body as { text?: unknown; target_lang?: unknown; source_lang?: unknown };
    if (!Array.isArray(b.text) || typeof b.target_lang !== 'string') { json(res, 400, { message: "Parameter 'text' or 'target_lang' not specified." }); return; }
    if (!/^[A-Z]{2}(-[A-Z0-9]+)?$/.test(b.target_lang)) { json(res, 400, { message: "Value for 'target_lang' not supported." }); return; }
    json(res, 200, {
      translations: (b.text as string[]).map((t) => ({
        detected_source_language: typeof b.source_lang === 'string' ? b.source_lang : detect(t).toUpperCase(),
        text: fakeTranslate(t, b.target_lang as string, engine.mode),
      })),
    });
  });
}
