// Channels benchmark (issue 8): messages/s through the inbound SMTP server (real SMTP clients, one connection each,
// like sending MTAs) and through the signed WhatsApp Cloud API webhook (keep-alive HTTP clients posting Meta's
// notification format with X-Hub-Signature-256), each against POST /api/v1/messages (keep-alive HTTP clients) with
// the same messages, measured in the same run against the same server process, on SQLite and (when reachable)
// PostgreSQL. Every path answers only after its commit (SMTP 250, webhook 200, ingest 201).
// Run: npx tsx bench/channels-bench.ts
// Knobs: BENCH_MESSAGES (per path and round, default 1500), BENCH_CONNECTIONS (8), BENCH_POSTGRES_URL (admin URL).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const messages = Number(process.env.BENCH_MESSAGES ?? 1500);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.BORDERLESS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const token = 'bl_bench_channels_token_0123456789';
const support = 'support@brand.example.jp';
const whatsAppSecret = 'bench-whatsapp-app-secret';
const phoneNumberId = '106540352242922';

const samples = [
  { name: '山田 太郎', subject: 'ご注文の配送について', text: 'お世話になっております。先週注文した商品（注文番号 KM-2027-10442）がまだ届いておりません。配送状況を確認していただけますでしょうか。' },
  { name: 'Camille Martin', subject: 'Retour d’un article', text: 'Bonjour, j’ai reçu ma commande hier mais la taille ne convient pas. Pourriez-vous m’indiquer la marche à suivre pour un échange ?' },
  { name: 'Jonas Becker', subject: 'Rechnung fehlt', text: 'Guten Tag, leider habe ich zu meiner Bestellung KM-2027-10444 keine Rechnung erhalten. Könnten Sie mir diese bitte zusenden?' },
  { name: '김민준', subject: '배송 지연 문의', text: '안녕하세요. 지난주에 주문한 상품이 아직 도착하지 않았습니다. 배송 상황을 확인해 주실 수 있나요?' },
  { name: 'Jordan Lee', subject: 'Where is my order?', text: 'Hi there, I ordered the linen duvet cover two weeks ago and tracking has not updated since it left the warehouse.' },
];

const word = (s: string) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

function mail(n: number, run: string): Buffer {
  const sample = samples[n % samples.length]!;
  return Buffer.from([
    `From: ${word(sample.name)} <customer${n % 100}@example.com>`, `To: ${support}`, `Subject: ${word(sample.subject)}`,
    `Message-ID: <${run}-${n}@bench.example>`, 'Date: Fri, 30 Apr 2027 17:30:00 +0900', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from(sample.text).toString('base64'), '',
  ].join('\r\n'));
}

function ingestBody(n: number, run: string): string {
  const sample = samples[n % samples.length]!;
  return JSON.stringify({
    channel: 'email', channelId: 'email-jp', externalId: `${run}-${n}@bench.example`, market: 'jp',
    customer: { email: `customer${n % 100}@example.com`, name: sample.name }, subject: sample.subject, text: sample.text,
  });
}

/** One inbound WhatsApp message as Meta notifies it, and its X-Hub-Signature-256. */
function whatsAppNotification(n: number, run: string): { body: string; signature: string } {
  const sample = samples[n % samples.length]!;
  const from = `55119${String(n % 100).padStart(8, '0')}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
      contacts: [{ profile: { name: sample.name }, wa_id: from }],
      messages: [{ from, id: `wamid.${run}-${n}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: sample.text } }],
    } }] }],
  });
  return { body, signature: `sha256=${createHmac('sha256', whatsAppSecret).update(body).digest('hex')}` };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string; smtpPort: number }> {
  const smtpPort = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env, BORDERLESS_DATABASE_URL: databaseUrl, BORDERLESS_PORT: '0', BORDERLESS_HOST: '127.0.0.1',
      BORDERLESS_SMTP_PORT: String(smtpPort), BORDERLESS_DEMO: '0', BORDERLESS_BOOTSTRAP_TOKEN: token, BORDERLESS_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output.join('')}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Console\s+(http:\/\/[^\s/]+)/.exec(output.join(''));
      if (match) { clearTimeout(timer); resolve(match[1]!); }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}:\n${output.join('')}`)); });
  });
  return { child, base, smtpPort };
}

async function api(base: string, method: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
}

/** Runs `work(n)` for n in [0, count) over `connections` sequential workers; answers messages per second. */
async function measure(count: number, makeWorker: () => { run(n: number): Promise<void>; close(): void }): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    const worker = makeWorker();
    try {
      while (next < count) await worker.run(next++);
    } finally {
      worker.close();
    }
  }));
  return count / ((performance.now() - started) / 1000);
}

function smtpWorker(port: number, run: string) {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity });
  return {
    async run(n: number) {
      const info = await transport.sendMail({ envelope: { from: `customer${n % 100}@example.com`, to: [support] }, raw: mail(n, run) });
      if (!info.response.startsWith('250')) throw new Error(info.response);
    },
    close: () => transport.close(),
  };
}

function httpWorker(base: string, run: string) {
  // One keep-alive connection per worker, like one SMTP connection per sending MTA.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/api/v1/messages', base);
  return {
    run(n: number) {
      const body = ingestBody(n, run);
      return new Promise<void>((resolve, reject) => {
        const req = request(url, {
          method: 'POST', agent,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 201 ? resolve() : reject(new Error(`ingest answered ${res.statusCode}`))));
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

function whatsAppWorker(base: string, run: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL('/webhooks/whatsapp-jp', base);
  return {
    run(n: number) {
      const { body, signature } = whatsAppNotification(n, run);
      return new Promise<void>((resolve, reject) => {
        const req = request(url, {
          method: 'POST', agent,
          headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature, 'content-length': Buffer.byteLength(body) },
        }, (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}`))));
        });
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

async function benchDialect(label: string, databaseUrl: string): Promise<void> {
  const server = await startServer(databaseUrl);
  try {
    await api(server.base, 'PUT', '/api/v1/markets/jp', { preset: 'JP' });
    await api(server.base, 'PUT', '/api/v1/channels/email-jp', { kind: 'email', market: 'jp', addresses: [support] });
    await api(server.base, 'PUT', '/api/v1/channels/whatsapp-jp', {
      kind: 'whatsapp', market: 'jp', phoneNumberId, accessToken: 'bench-token', appSecret: whatsAppSecret, verifyToken: 'bench-verify-token',
      // Nothing is sent in this bench; the API base points nowhere on purpose.
      apiBaseUrl: 'http://127.0.0.1:9',
    });
    // Warm every path (JIT, statement caches, pools) before measuring.
    await measure(200, () => smtpWorker(server.smtpPort, 'warm-smtp'));
    await measure(200, () => httpWorker(server.base, 'warm-http'));
    await measure(200, () => whatsAppWorker(server.base, 'warm-wa'));
    const rounds: Array<{ smtp: number; http: number; whatsapp: number }> = [];
    // Interleaved rounds so drift (database growth, other load) hits every path alike.
    for (let round = 0; round < 2; round++) {
      const http = await measure(messages, () => httpWorker(server.base, `http-${round}`));
      const smtp = await measure(messages, () => smtpWorker(server.smtpPort, `smtp-${round}`));
      const whatsapp = await measure(messages, () => whatsAppWorker(server.base, `wa-${round}`));
      rounds.push({ smtp, http, whatsapp });
    }
    const smtp = Math.max(...rounds.map((r) => r.smtp));
    const http = Math.max(...rounds.map((r) => r.http));
    const whatsapp = Math.max(...rounds.map((r) => r.whatsapp));
    console.log(`${label.padEnd(10)} POST /api/v1/messages ${http.toFixed(0).padStart(6)} msg/s`
      + `   SMTP ${smtp.toFixed(0).padStart(6)} msg/s (ratio ${(smtp / http).toFixed(2)})`
      + `   signed WhatsApp webhook ${whatsapp.toFixed(0).padStart(6)} msg/s (ratio ${(whatsapp / http).toFixed(2)})`
      + `   (best of ${rounds.length} rounds of ${messages}, ${connections} connections each)`);
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  console.log(`Channels bench: ${messages} messages per path and round, ${connections} concurrent connections, server in a child process\n`);
  const dir = mkdtempSync(join(tmpdir(), 'borderless-channels-bench-'));
  try {
    await benchDialect('SQLite', `sqlite:${join(dir, 'bench.db')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    console.log('PostgreSQL  not reachable: skipped');
    return;
  }
  const name = `bl_bench_channels_${process.pid}`;
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    await benchDialect('PostgreSQL', url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
