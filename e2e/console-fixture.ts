// A real Borderless for the console's end-to-end test: a child process on a free port with a fresh SQLite
// database, seeded through the public API with the bootstrap admin token (the same calls an integration makes).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export const repoRoot = join(import.meta.dirname, '..');

export interface RunningServer {
  baseUrl: string;
  token: string;
  /** The demo admin's sign-in printed at start, once the demo loader exists; null before. */
  demoLogin: { email: string; password: string } | null;
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `tsx src/main.ts` with the demo switched on and a bootstrap admin token, and waits for `/health` and the
 * start banner. `env` adds or overrides settings (a translation engine on a loopback fake, say).
 *
 * @example
 * const server = await startServer(tmpDir);
 * await server.stop();
 */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const token = `e2e-${randomBytes(24).toString('hex')}`;
  let output = '';
  const child: ChildProcess = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      BORDERLESS_DATABASE_URL: `sqlite:${join(dataDir, 'db')}`,
      BORDERLESS_PORT: String(port),
      BORDERLESS_HOST: '127.0.0.1',
      BORDERLESS_SMTP_PORT: '0',
      BORDERLESS_DEMO: '1',
      BORDERLESS_BOOTSTRAP_TOKEN: token,
      BORDERLESS_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => { exited = code ?? -1; resolve(); }));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null) throw new Error(`Borderless exited with ${exited} before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Borderless did not answer /health within 60 s:\n${output}`);
    }
    try {
      const health = await fetch(`${baseUrl}/health`);
      // The banner (and the demo sign-in) is printed just after listen(); wait for it too.
      if (health.ok && output.includes('Borderless is running')) break;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  const demo = /Sign in as (\S+) \/ (\S+)/.exec(output);
  return {
    baseUrl,
    token,
    demoLogin: demo ? { email: demo[1]!, password: demo[2]! } : null,
    output: () => output,
    async stop() {
      if (exited !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

async function call<T>(server: RunningServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export interface SeededAgent { id: string; name: string; email: string; password: string }
export interface SeededConversation { id: string; subject: string; customer: string }

export interface Seed {
  /** English UI (profile locale en), admin. */
  ana: SeededAgent;
  /** French UI (profile locale fr), supervisor. */
  chloe: SeededAgent;
  /** No profile locale: the UI follows the browser (the test's browser asks for Arabic). */
  karim: SeededAgent;
  /** One Japanese conversation per flow, so the flows do not step on each other. */
  japanese: { en: SeededConversation; fr: SeededConversation; ar: SeededConversation };
}

const weekdays = { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] };

/**
 * Creates markets, a team, three agents who can sign in, and conversations in Japanese, French, German and Arabic.
 * Codes and emails are e2e-specific so they never collide with the demo brand when it is loaded too.
 */
export async function seed(server: RunningServer): Promise<Seed> {
  const markets = [
    { code: 'e2e-jp', name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' },
    { code: 'e2e-fr', name: 'France', countries: ['FR'], languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR' },
    { code: 'e2e-de', name: 'Germany', countries: ['DE'], languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR' },
    { code: 'e2e-ae', name: 'United Arab Emirates', countries: ['AE'], languages: ['ar', 'en'], timeZone: 'Asia/Dubai', currency: 'AED' },
  ];
  for (const { code, ...market } of markets) {
    await call(server, 'PUT', `/api/v1/markets/${code}`, { ...market, hours: { default: weekdays }, holidays: null });
  }
  await call(server, 'PUT', '/api/v1/teams/e2e-hub', {
    name: 'Lisbon hub', kind: 'hub', timeZone: 'Europe/Lisbon', location: 'Lisbon', markets: markets.map((m) => m.code),
  });
  const password = () => `pw-${randomBytes(9).toString('base64url')}`;
  const agent = async (id: string, name: string, role: string, locale: string | null, timeZone: string, languages: Array<{ language: string; level: string }>) => {
    const a: SeededAgent = { id, name, email: `${id}@e2e.borderless.test`, password: password() };
    await call(server, 'PUT', `/api/v1/agents/${id}`, { name, email: a.email, role, teams: ['e2e-hub'], locale, timeZone, languages, password: a.password });
    return a;
  };
  const ana = await agent('e2e-ana', 'Ana Lima', 'admin', 'en', 'Europe/Lisbon', [{ language: 'pt', level: 'native' }, { language: 'en', level: 'C2' }, { language: 'ja', level: 'B2' }]);
  const chloe = await agent('e2e-chloe', 'Chloé Durand', 'supervisor', 'fr', 'Europe/Paris', [{ language: 'fr', level: 'native' }, { language: 'ja', level: 'C1' }]);
  const karim = await agent('e2e-karim', 'Karim Haddad', 'agent', null, 'Asia/Dubai', [{ language: 'ar', level: 'native' }, { language: 'en', level: 'C1' }]);

  const now = Date.now();
  const minutesAgo = (m: number) => new Date(now - m * 60_000).toISOString();
  let n = 0;
  const ingest = async (message: { market: string; language: string; channel: string; customer: Record<string, string>; subject: string | null; text: string; at: number }) => {
    const answer = await call<{ conversation: { id: string; language: string | null } }>(server, 'POST', '/api/v1/messages', {
      channel: message.channel, externalId: `e2e-${++n}-${randomBytes(4).toString('hex')}`, customer: message.customer,
      market: message.market, subject: message.subject, text: message.text, receivedAt: minutesAgo(message.at),
    });
    // Until language detection is wired into the pipeline, set the language the way an agent would correct it.
    if (answer.conversation.language !== message.language) {
      await call(server, 'PATCH', `/api/v1/conversations/${answer.conversation.id}`, { language: message.language });
    }
    return { id: answer.conversation.id, subject: message.subject ?? '', customer: message.customer.name ?? '' };
  };

  const en = await ingest({
    market: 'e2e-jp', language: 'ja', channel: 'email', at: 95,
    customer: { email: 'hanako.yamada@example.jp', name: '山田 花子', country: 'JP' },
    subject: '注文した商品がまだ届きません',
    text: 'お世話になっております。\n先週注文したスニーカー（注文番号 BL-20418）がまだ届いておりません。\n配送状況をご確認いただけますでしょうか。',
  });
  await ingest({
    market: 'e2e-jp', language: 'ja', channel: 'email', at: 40,
    customer: { email: 'hanako.yamada@example.jp', name: '山田 花子', country: 'JP' },
    subject: 'Re: 注文した商品がまだ届きません',
    text: '追伸：週末は不在にしておりますので、平日の配達を希望いたします。',
  });
  const fr = await ingest({
    market: 'e2e-jp', language: 'ja', channel: 'line', at: 30,
    customer: { email: 'ken.sato@example.jp', name: '佐藤 健', country: 'JP' },
    subject: '返品の手続きについて',
    text: 'サイズが合わなかったので返品したいです。手続きの方法を教えていただけますか。',
  });
  const ar = await ingest({
    market: 'e2e-jp', language: 'ja', channel: 'chat', at: 12,
    customer: { email: 'misaki.suzuki@example.jp', name: '鈴木 美咲', country: 'JP' },
    subject: '領収書の再発行をお願いします',
    text: '先月の購入分の領収書を紛失してしまいました。再発行は可能でしょうか。',
  });
  await ingest({
    market: 'e2e-fr', language: 'fr', channel: 'email', at: 55,
    customer: { email: 'camille.martin@example.fr', name: 'Camille Martin', country: 'FR' },
    subject: 'Colis arrivé endommagé',
    text: 'Bonjour,\nMon colis est arrivé avec le carton déchiré et la boîte à chaussures écrasée. Que dois-je faire ?\nCordialement,\nCamille Martin',
  });
  await ingest({
    market: 'e2e-de', language: 'de', channel: 'whatsapp', at: 20,
    customer: { phone: '+49 151 2345678', name: 'Lukas Becker', country: 'DE', email: 'lukas.becker@example.de' },
    subject: null,
    text: 'Hallo, kann ich meine Bestellung noch ändern? Ich brauche Größe 43 statt 42.',
  });
  await ingest({
    market: 'e2e-ae', language: 'ar', channel: 'whatsapp', at: 8,
    customer: { phone: '+971 50 123 4567', name: 'ليلى حسن', country: 'AE', email: 'layla.hassan@example.ae' },
    subject: 'استفسار عن الشحن',
    text: 'مرحباً، متى سيصل طلبي؟ رقم الطلب BL-30991.',
  });
  return { ana, chloe, karim, japanese: { en, fr, ar } };
}

/**
 * A page of its own browser context, signed in to the console as `agent` and showing the inbox; uncaught page
 * errors are pushed to `pageErrors` so the suite can fail on them.
 *
 * @example
 * page = await signedInPage(browser, server.baseUrl, data.ana, { width: 1280, height: 800 }, pageErrors);
 */
export async function signedInPage(
  browser: Browser, baseUrl: string, agent: SeededAgent, viewport: { width: number; height: number }, pageErrors: string[],
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Europe/Lisbon' });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${baseUrl}/`);
  await page.locator('#sign-in-email').fill(agent.email);
  await page.locator('#sign-in-password').fill(agent.password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('.inbox-row').first().waitFor();
  return page;
}
