// Ingest benchmark (issue 3): POST /api/v1/messages over loopback with concurrent clients (autocannon), against a
// bare Fastify JSON endpoint and raw SQLite inserts measured in the same run, on SQLite and (when reachable)
// PostgreSQL. Run: npm run bench:ingest [-- --profile]
//
// The server under test runs in its own child process, pinned to the other core than this one when taskset exists,
// so the load generator and the server do not share a CPU. Environment knobs: BENCH_DURATION (s, default 12),
// BENCH_WARMUP (s, 3), BENCH_CONNECTIONS (16), BENCH_PIN (1), BENCH_POSTGRES_URL (admin URL), BENCH_LOG_LEVEL
// (the server's BORDERLESS_LOG_LEVEL, default: the product default).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const duration = Number(process.env.BENCH_DURATION ?? 12);
const warmup = Number(process.env.BENCH_WARMUP ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const pin = process.env.BENCH_PIN !== '0' && spawnSync('taskset', ['-V']).status === 0 && cpus().length >= 2;
const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? process.env.BORDERLESS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const profile = process.argv.includes('--profile');
const token = 'bl_bench_ingest_token_0123456789abcdef';

// --- realistic traffic ----------------------------------------------------------------------------------------

const samples: Array<{ country: string; locale: string; subject: string; text: string }> = [
  { country: 'JP', locale: 'ja-JP', subject: '注文の配送について', text: 'お世話になっております。先週注文した商品（注文番号 KM-2027-10442）がまだ届いておりません。配送状況を確認していただけますでしょうか。お忙しいところ恐れ入りますが、よろしくお願いいたします。' },
  { country: 'US', locale: 'en-US', subject: 'Where is my order?', text: 'Hi there, I ordered the linen duvet cover two weeks ago (order KM-2027-10443) and tracking has not updated since it left the warehouse. Can you tell me when it will arrive? Thanks, Jordan' },
  { country: 'FR', locale: 'fr-FR', subject: 'Retour d’un article', text: 'Bonjour, j’ai reçu ma commande hier mais la taille ne convient pas. Pourriez-vous m’indiquer la marche à suivre pour un échange ? Je vous remercie par avance. Cordialement, Camille Martin' },
  { country: 'DE', locale: 'de-DE', subject: 'Rechnung fehlt', text: 'Guten Tag, leider habe ich zu meiner Bestellung KM-2027-10444 keine Rechnung erhalten. Könnten Sie mir diese bitte per E-Mail zusenden? Vielen Dank und freundliche Grüße, Jonas Becker' },
  { country: 'IT', locale: 'it-IT', subject: 'Prodotto danneggiato', text: 'Buongiorno, il vaso che ho ricevuto oggi è arrivato con una crepa sul fondo. Allego una foto. Potete sostituirlo o rimborsarmi? Grazie mille, Giulia Rossi' },
  { country: 'RO', locale: 'ro-RO', subject: 'Schimbare adresă', text: 'Bună ziua, aș dori să schimb adresa de livrare pentru comanda KM-2027-10445, deoarece mă mut săptămâna viitoare. Este posibil? Mulțumesc, Andrei Popescu' },
  { country: 'BR', locale: 'pt-BR', subject: 'Pagamento via Pix', text: 'Olá! Fiz o pagamento via Pix ontem à noite, mas o pedido ainda aparece como pendente. Vocês podem verificar, por favor? Obrigada, Ana Souza' },
  { country: 'CN', locale: 'zh-CN', subject: '发票问题', text: '您好，我上周购买的床品套装需要开具增值税普通发票，请问应该如何申请？订单号是 KM-2027-10446。谢谢！' },
  { country: 'KR', locale: 'ko-KR', subject: '배송 지연 문의', text: '안녕하세요. 지난주에 주문한 상품이 아직 도착하지 않았습니다. 배송 상황을 확인해 주실 수 있나요? 감사합니다.' },
  { country: 'ES', locale: 'es-ES', subject: 'Cancelar pedido', text: 'Hola, quisiera cancelar el pedido KM-2027-10447 porque me equivoqué de color. ¿Todavía es posible? Muchas gracias, Lucía García' },
];
const channels = ['email', 'whatsapp', 'chat', 'telegram', 'line'] as const;
const customerCount = 100;

/** The ingest body for message `n`: one of ~100 customers, in their language, on their channel. */
function messageBody(n: number, run: string): string {
  const who = n % customerCount;
  const sample = samples[who % samples.length]!;
  const channel = channels[who % channels.length]!;
  const customer = channel === 'email' ? { email: `customer${who}@example.com`, name: `Customer ${who}`, country: sample.country, locale: sample.locale }
    : channel === 'whatsapp' ? { phone: `+1 555 01${String(who).padStart(2, '0')}`, country: sample.country }
      : { handle: `${channel}-user-${who}`, country: sample.country };
  return JSON.stringify({
    channel, externalId: `${run}-${n}`, customer, ...(channel === 'email' ? { subject: sample.subject } : {}),
    text: sample.text, receivedAt: '2027-04-30T08:30:00Z',
  });
}

// --- processes ------------------------------------------------------------------------------------------------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function launch(args: string[], env: Record<string, string>, cpu: number): ChildProcess {
  const command = pin ? 'taskset' : process.execPath;
  const argv = pin ? ['-c', String(cpu), process.execPath, ...args] : args;
  const devNull = openSync('/dev/null', 'w');
  return spawn(command, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', devNull, 'pipe'] });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString(); });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the child exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(url, { method: url.endsWith('/health') ? 'GET' : 'POST', headers: { 'content-type': 'application/json' }, body: url.endsWith('/health') ? undefined : '{}' });
      if (res.status < 500) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url} in 30 s: ${stderr}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  // With taskset in front, the signal goes to the node process itself (taskset execs it).
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await done;
  clearTimeout(timer);
}

// --- measuring ------------------------------------------------------------------------------------------------

interface Figures { label: string; rate: number; p50: number | null; p99: number | null; errors: number; non2xx: number; total: number }

async function cannon(base: string, seconds: number, run: string, counter: { n: number }, headers: Record<string, string>): Promise<autocannon.Result> {
  return autocannon({
    url: base, connections, duration: seconds, pipelining: 1, timeout: 20,
    requests: [{
      method: 'POST', path: '/api/v1/messages', headers: { 'content-type': 'application/json', ...headers },
      setupRequest: (request) => ({ ...request, body: messageBody(counter.n++, run) }),
    }],
  });
}

async function measureHttp(label: string, base: string, headers: Record<string, string>): Promise<Figures> {
  const counter = { n: 0 };
  const run = `${label.replace(/\W+/g, '-')}-${Date.now()}`;
  if (warmup > 0) await cannon(base, warmup, run, counter, headers);
  const r = await cannon(base, duration, run, counter, headers);
  const ok = r['2xx'];
  return { label, rate: ok / r.duration, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx, total: r.requests.total };
}

function rawSqlite(): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'borderless-bench-raw-'));
  try {
    const db = new BetterSqlite3(join(dir, 'raw.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`create table messages (id text primary key, channel text not null, external_id text not null, customer text not null,
      text text not null, received_at text not null, created_at text not null)`);
    db.exec('create unique index messages_dedupe on messages (channel, external_id)');
    const insert = db.prepare('insert into messages values (?, ?, ?, ?, ?, ?, ?)');
    const one = db.transaction((n: number) => {
      const sample = samples[n % samples.length]!;
      insert.run(`id-${n}`, channels[n % channels.length], `raw-${n}`, `customer${n % customerCount}`, sample.text, '2027-04-30T08:30:00.000Z', new Date().toISOString());
    });
    const seconds = Math.max(2, Math.min(5, duration / 2));
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < seconds * 1000) for (let i = 0; i < 200; i++) one(n++);
    const rate = n / ((performance.now() - start) / 1000);
    db.close();
    return { label: 'raw better-sqlite3 insert, 1 tx/row (in-process)', rate, p50: null, p99: null, errors: 0, non2xx: 0, total: n };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function bareFastify(): Promise<Figures> {
  const port = await freePort();
  const child = launch(['--import', 'tsx', 'bench/ingest-bench.ts', '--bare-fastify', String(port)], {}, 1);
  try {
    await waitFor(`http://127.0.0.1:${port}/api/v1/messages`, child);
    return await measureHttp('bare Fastify JSON POST (child process)', `http://127.0.0.1:${port}`, {});
  } finally {
    await stop(child);
  }
}

const markets = [
  { code: 'jp', name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' },
  { code: 'us', name: 'United States', countries: ['US'], languages: ['en'], timeZone: 'America/New_York', currency: 'USD' },
  { code: 'fr', name: 'France', countries: ['FR'], languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR' },
  { code: 'de', name: 'Germany', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR' },
  { code: 'it', name: 'Italy', countries: ['IT'], languages: ['it'], timeZone: 'Europe/Rome', currency: 'EUR' },
  { code: 'ro', name: 'Romania', countries: ['RO'], languages: ['ro'], timeZone: 'Europe/Bucharest', currency: 'RON' },
  { code: 'br', name: 'Brazil', countries: ['BR'], languages: ['pt-BR'], timeZone: 'America/Sao_Paulo', currency: 'BRL' },
  { code: 'cn', name: 'China', countries: ['CN'], languages: ['zh'], timeZone: 'Asia/Shanghai', currency: 'CNY' },
];

async function borderless(label: string, databaseUrl: string, profileDir: string | null): Promise<Figures> {
  const port = await freePort();
  const args = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'src/main.ts'];
  const child = launch(args, {
    BORDERLESS_DATABASE_URL: databaseUrl, BORDERLESS_PORT: String(port), BORDERLESS_HOST: '127.0.0.1', BORDERLESS_SMTP_PORT: '0',
    BORDERLESS_DEMO: '0', BORDERLESS_BOOTSTRAP_TOKEN: token, ...(process.env.BENCH_LOG_LEVEL ? { BORDERLESS_LOG_LEVEL: process.env.BENCH_LOG_LEVEL } : {}),
  }, 1);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/health`, child);
    for (const { code, ...market } of markets) {
      const res = await fetch(`${base}/api/v1/markets/${code}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(market) });
      if (res.status >= 300) throw new Error(`PUT /api/v1/markets/${code}: ${res.status} ${await res.text()}`);
    }
    return await measureHttp(label, base, { authorization: `Bearer ${token}` });
  } finally {
    await stop(child);
  }
}

async function withPostgresDatabase<T>(work: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    console.log(`NOTICE: PostgreSQL is not reachable at ${postgresAdminUrl}: the PostgreSQL run is skipped.`);
    return null;
  }
  const name = `bl_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`create database ${name}`);
  try {
    const url = new URL(postgresAdminUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

// --- where the floor is: the pipeline without HTTP, and its SQL alone ---------------------------------------------

type TracedCall = [sql: string, method: 'run' | 'all' | 'get', args: unknown[]];

/**
 * Records every statement better-sqlite3 runs while `trace.calls` is set (this process only). The statement objects
 * are better-sqlite3's own, so what is recorded is exactly what the pipeline ran, parameters included.
 */
function traceSqlite(): { calls: TracedCall[] | null; database: BetterSqlite3.Database | null } {
  const trace: { calls: TracedCall[] | null; database: BetterSqlite3.Database | null } = { calls: null, database: null };
  const probe = new BetterSqlite3(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'all', 'get'] as const) {
    const original = proto[method]!;
    proto[method] = function traced(this: BetterSqlite3.Statement, ...args: unknown[]) {
      if (trace.calls) {
        trace.database = this.database;
        trace.calls.push([this.source, method, args]);
      }
      return original.apply(this, args);
    };
  }
  return trace;
}

/**
 * The same messages through `pipeline.ingest()` in this process (no HTTP, no load generator), then the SQL those
 * ingests ran replayed on a copy of the database as it was before them: what the pipeline costs without HTTP, and
 * what its statements cost without any JavaScript of ours. Both on SQLite, on this process's CPU.
 */
async function inProcessFloor(): Promise<Figures[]> {
  const trace = traceSqlite();
  const dir = mkdtempSync(join(tmpdir(), 'borderless-bench-floor-'));
  try {
    const [{ loadConfig }, { createRuntime }, { default: pino }] = await Promise.all([
      import('../src/config/index.js'), import('../src/runtime.js'), import('pino'),
    ]);
    const config = loadConfig({ BORDERLESS_DATABASE_URL: `sqlite:${join(dir, 'floor.db')}`, BORDERLESS_DEMO: '0', BORDERLESS_SMTP_PORT: '0', BORDERLESS_BOOTSTRAP_TOKEN: token });
    const runtime = await createRuntime(config, { logger: pino({ level: 'warn' }) });
    for (const { code, ...market } of markets) {
      const res = await runtime.app.inject({ method: 'PUT', url: `/api/v1/markets/${code}`, headers: { authorization: `Bearer ${token}` }, payload: market });
      if (res.statusCode >= 300) throw new Error(`PUT /api/v1/markets/${code}: ${res.statusCode} ${res.body}`);
    }
    const run = `floor-${Date.now()}`;
    let n = 0;
    const ingestFor = async (seconds: number) => {
      const end = performance.now() + seconds * 1000;
      let done = 0;
      await Promise.all(Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          await runtime.ctx.pipeline.ingest(JSON.parse(messageBody(n++, run)));
          done++;
        }
      }));
      return done;
    };
    await ingestFor(Math.max(1, warmup));
    trace.calls = [];
    await runtime.ctx.pipeline.ingest(JSON.parse(messageBody(n++, run)));
    trace.database!.pragma('wal_checkpoint(TRUNCATE)');
    const snapshot = join(dir, 'snapshot.db');
    copyFileSync(trace.database!.name, snapshot);
    trace.calls = [];
    const seconds = Math.max(2, Math.min(6, duration / 2));
    const started = performance.now();
    const ingested = await ingestFor(seconds);
    const pipelineRate = ingested / ((performance.now() - started) / 1000);
    const calls = trace.calls;
    trace.calls = null;
    await runtime.close();

    const db = new BetterSqlite3(snapshot);
    for (const pragma of ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'cache_size = -65536']) db.pragma(pragma);
    const statements = new Map<string, BetterSqlite3.Statement>();
    let messages = 0;
    const replayStart = performance.now();
    for (const [source, method, args] of calls) {
      let statement = statements.get(source);
      if (!statement) statements.set(source, statement = db.prepare(source));
      if (source.startsWith('insert into "messages"')) messages++;
      try {
        (statement[method] as (...a: unknown[]) => unknown)(...args);
      } catch {
        // It failed in the pipeline too (a unique index refusing a retry, say), and was answered there.
      }
    }
    const sqlRate = messages / ((performance.now() - replayStart) / 1000);
    db.close();
    return [
      { label: 'Borderless pipeline.ingest() in-process, no HTTP', rate: pipelineRate, p50: null, p99: null, errors: 0, non2xx: 0, total: ingested },
      { label: '  its SQL alone, replayed (no JS of ours)', rate: sqlRate, p50: null, p99: null, errors: 0, non2xx: 0, total: messages },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- the profile summary (--profile) --------------------------------------------------------------------------

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Where a function lives, in the words a reader of the report needs: our folder, or the package. */
function areaOf(url: string, fn: string): string {
  if (!url) return fn === '(garbage collector)' ? '(garbage collector)' : fn === '(idle)' || fn === '(program)' ? fn : '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `pkg ${pkg[1]}`;
  const src = /\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(url) ?? /\/(src\/[^/]+)/.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return `node ${url.slice(5).split('/')[0]}`;
  return url.split('/').slice(-2).join('/');
}

function summarizeProfile(dir: string): void {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) { console.log('  (no CPU profile was written)'); return; }
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const total = [...self.entries()].filter(([id]) => byId.get(id)!.callFrame.functionName !== '(idle)').reduce((a, [, v]) => a + v, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${area}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  console.log(`  CPU profile of the server (${(total / 1e6).toFixed(1)} s busy, self time, warm-up and start included):`);
  for (const [area, us] of [...areas.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`    ${pct(us)}  ${area}`);
  console.log('  hottest functions:');
  for (const [fn, us] of [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`    ${pct(us)}  ${fn}`);
}

// --- the run --------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (pin) spawnSync('taskset', ['-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  console.log(`ingest bench: ${connections} connections, ${warmup} s warm-up + ${duration} s per run, ${cpus().length} CPUs, `
    + `${pin ? 'bench on CPU 0 and server on CPU 1 (taskset)' : 'no CPU pinning'}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const started = performance.now();
  const results: Figures[] = [];

  const bare = await bareFastify();
  results.push(bare);
  results.push(rawSqlite());

  const dir = mkdtempSync(join(tmpdir(), 'borderless-bench-'));
  const profileDirs = profile ? { sqlite: mkdtempSync(join(tmpdir(), 'borderless-prof-')), postgres: mkdtempSync(join(tmpdir(), 'borderless-prof-')) } : null;
  let sqliteRun: Figures;
  try {
    sqliteRun = await borderless('Borderless POST /api/v1/messages, SQLite', `sqlite:${join(dir, 'bench.db')}`, profileDirs?.sqlite ?? null);
    results.push(sqliteRun);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.push(...await inProcessFloor());
  const pgRun = await withPostgresDatabase((url) => borderless('Borderless POST /api/v1/messages, PostgreSQL', url, profileDirs?.postgres ?? null));
  if (pgRun) results.push(pgRun);

  console.log('');
  console.log(`${'run'.padEnd(52)} ${'msgs/s'.padStart(9)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'errors'.padStart(7)} ${'non-2xx'.padStart(8)} ${'÷ bare'.padStart(7)}`);
  for (const r of results) {
    const http = r.p50 !== null;
    console.log(`${r.label.padEnd(52)} ${r.rate.toFixed(0).padStart(9)} ${(http ? String(r.p50) : '-').padStart(7)} ${(http ? String(r.p99) : '-').padStart(7)} `
      + `${(http ? String(r.errors) : '-').padStart(7)} ${(http ? String(r.non2xx) : '-').padStart(8)} ${(r.rate / bare.rate).toFixed(2).padStart(7)}`);
  }
  const ratio = sqliteRun.rate / bare.rate;
  const meets = sqliteRun.rate >= 1500 && ratio >= 0.25 && sqliteRun.errors === 0 && sqliteRun.non2xx === 0;
  console.log('');
  console.log(`target on SQLite: ≥ 1,500 msgs/s and ≥ 0.25 × bare Fastify, no errors → ${sqliteRun.rate.toFixed(0)} msgs/s, ${ratio.toFixed(2)} × bare: ${meets ? 'MET' : 'MISSED'}`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on this machine skews every figure alike; compare ratios)`);
  if (profileDirs) {
    for (const [dialect, profileDir] of Object.entries(profileDirs)) {
      console.log('');
      console.log(`[${dialect}]`);
      summarizeProfile(profileDir);
      rmSync(profileDir, { recursive: true, force: true });
    }
  } else if (!meets) {
    console.log('run `npm run bench:ingest -- --profile` to see where the server spends its time');
  }
  console.log(`whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// --- the child that is a bare Fastify server, or the bench itself ----------------------------------------------

async function bareFastifyChild(port: number): Promise<void> {
  const app = Fastify({ logger: false });
  let n = 0;
  app.post('/api/v1/messages', async (request, reply) => {
    const body = request.body as { externalId?: string };
    n++;
    return reply.status(201).send({ message: { id: `m-${n}` }, conversation: { id: `c-${body.externalId ?? ''}`, status: 'open' } });
  });
  await app.listen({ port, host: '127.0.0.1' });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

if (process.argv[2] === '--bare-fastify') await bareFastifyChild(Number(process.argv[3]));
else await main();
