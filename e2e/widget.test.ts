// The chat widget end to end: Borderless in this process (fixed clock, fresh SQLite), a shop page on another loopback
// port that embeds <script src=".../widget.js" data-market="…" async>, Debian's Chromium driven by playwright-core.
// A visitor writes in Japanese and sees the agent's reply arrive live; the Arabic widget is right-to-left; closed
// hours show the next opening in the visitor's own zone and continue by email. Screenshots in .e2e-artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/index.js';
import { fixedClock } from '../src/lib/clock.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { checkAccessibility } from './accessibility.js';
import { browserFor, launchChromium, startShopPage } from './browser.js';

const hasBrowser = browserFor('e2e/widget.test.ts');

const repoRoot = join(import.meta.dirname, '..');
const artifacts = join(repoRoot, '.e2e-artifacts');
const yuiPassword = 'yui-e2e-password-2027';
const token = 'bl_e2e_widget_admin_token_0123456789';
// Friday 30 April 2027, 11:00 in Tokyo: the Japanese chat is open.
const fridayMorningTokyo = Date.parse('2027-04-30T02:00:00Z');
const weekdays = (from: string, to: string) => Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [[from, to]]]));

describe.skipIf(!hasBrowser)('chat widget in Chromium', () => {
  let runtime: Runtime;
  let clock: ReturnType<typeof fixedClock>;
  let dataDir: string;
  let borderless: string;
  let shop: Awaited<ReturnType<typeof startShopPage>> | undefined;
  let browser: Browser;
  let agentToken: string;

  async function api<T = any>(method: string, path: string, body?: unknown, bearer = token): Promise<T> {
    const response = await fetch(`${borderless}${path}`, {
      method, headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async function openShop(market: string, locale: string, timezoneId: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 760 }, locale, timezoneId });
    const page = await context.newPage();
    page.on('pageerror', (error) => { throw error; });
    await page.goto(`${shop!.url}/${market}`);
    await page.locator('#borderless-chat .launcher').waitFor();
    return page;
  }

  /** axe-core over the page, the widget's shadow root included: no serious or critical violations. */

  /** The conversation a visitor's widget writes into, found through its message. */
  async function conversationOf(text: string): Promise<string> {
    const row = await runtime.ctx.store.db.selectFrom('messages').select('conversation_id').where('text', '=', text).executeTakeFirstOrThrow();
    return row.conversation_id;
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'borderless-widget-e2e-'));
    clock = fixedClock(fridayMorningTokyo);
    const config = loadConfig({
      BORDERLESS_DATABASE_URL: `sqlite:${join(dataDir, 'db')}`, BORDERLESS_BOOTSTRAP_TOKEN: token, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent',
    });
    runtime = await createRuntime(config, { clock, logger: pino({ level: 'silent' }) });
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    borderless = `http://127.0.0.1:${(runtime.app.server.address() as AddressInfo).port}`;

    await api('PUT', '/api/v1/markets/jp', {
      name: 'Japan', countries: ['JP'], languages: ['ja', 'en'], timeZone: 'Asia/Tokyo', currency: 'JPY', hours: { default: weekdays('09:00', '18:00') }, holidays: null,
    });
    await api('PUT', '/api/v1/markets/ae', {
      name: 'United Arab Emirates', countries: ['AE'], languages: ['ar', 'en'], timeZone: 'Asia/Dubai', currency: 'AED',
      hours: { default: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) }, holidays: null,
    });
    await api('PUT', '/api/v1/channels/chat-jp', { kind: 'chat', market: 'jp' });
    await api('PUT', '/api/v1/channels/chat-ae', { kind: 'chat', market: 'ae', preChat: { name: 'optional', email: 'off' } });
    await api('PUT', '/api/v1/channels/email-jp', { kind: 'email', market: 'jp', addresses: ['support@brand.example.jp'] });
    await api('PUT', '/api/v1/agents/e2e-yui', {
      name: 'Yui Tanaka', email: 'yui@e2e.borderless.test', role: 'agent', teams: [], timeZone: 'Asia/Tokyo', locale: 'ja', password: yuiPassword,
      languages: [{ language: 'ja', level: 'native' }, { language: 'en', level: 'C1' }], presence: 'online',
    });
    agentToken = (await api<{ token: string }>('POST', '/api/v1/tokens', { name: 'yui', role: 'agent', userId: 'e2e-yui' })).token;

    shop = await startShopPage(borderless, 'jp');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await runtime?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a Japanese visitor writes, sees the agent typing and the reply live, and finds the history after a reload', async () => {
    clock.set(fridayMorningTokyo);
    const page = await openShop('jp', 'ja-JP', 'Asia/Tokyo');
    await page.locator('#borderless-chat .launcher').click();
    const widget = page.locator('#borderless-chat .bl');
    await expect.poll(() => widget.getAttribute('lang')).toBe('ja');
    await page.locator('#borderless-chat .prechat input[name="name"]').fill('山田 花子');
    await page.screenshot({ path: join(artifacts, 'widget-ja-prechat.png') });
    await page.locator('#borderless-chat .prechat button[type="submit"]').click();

    const text = '先週注文したスニーカーがまだ届きません。配送状況を確認していただけますか？';
    await page.locator('#borderless-chat .composer textarea').fill(text);
    await page.keyboard.press('Enter');
    await page.locator('#borderless-chat .msg.in:not(.pending)', { hasText: 'スニーカー' }).waitFor();
    const conversation = await conversationOf(text);
    const stored = await api<{ customer: { name: string }; channel: string; market: string }>('GET', `/api/v1/conversations/${conversation}`);
    expect(stored).toMatchObject({ channel: 'chat', market: 'jp', customer: { name: '山田 花子' } });

    await api('POST', `/api/v1/chat/conversations/${conversation}/typing`, { typing: true }, agentToken);
    await page.locator('#borderless-chat .typing', { hasText: 'Yui Tanaka' }).waitFor();
    await api('POST', `/api/v1/conversations/${conversation}/replies`, { text: 'お問い合わせありがとうございます。ただいま配送状況を確認いたします。' }, agentToken);
    const reply = page.locator('#borderless-chat .msg.out', { hasText: '配送状況を確認いたします' });
    await reply.waitFor();
    await expect.poll(() => reply.locator('.who').textContent()).toBe('Yui Tanaka');
    await expect.poll(() => page.locator('#borderless-chat .typing').isHidden()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'widget-ja-live-reply.png') });
    await checkAccessibility(page, 'Japanese widget with a reply', '#borderless-chat');
    // The open widget marks the answer read.
    await expect.poll(async () => (await runtime.ctx.store.db.selectFrom('messages').select('delivery_status')
      .where('conversation_id', '=', conversation).where('direction', '=', 'out').executeTakeFirstOrThrow()).delivery_status).toBe('read');

    await page.locator('#borderless-chat .attach input[type="file"]').setInputFiles({ name: '伝票.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 e2e') });
    await page.locator('#borderless-chat .msg.in:not(.pending) .file', { hasText: '伝票.pdf' }).waitFor();

    await page.reload();
    // The visitor, the open panel and the history all survive the reload.
    await page.locator('#borderless-chat .msg.out', { hasText: '配送状況を確認いたします' }).waitFor();
    await expect.poll(() => page.locator('#borderless-chat .msg.in', { hasText: 'スニーカー' }).count()).toBe(1);
    expect(await page.locator('#borderless-chat .prechat').isHidden()).toBe(true);
    expect(await page.locator('#borderless-chat .composer').isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, 'widget-ja-after-reload.png') });

    // A reply while the visitor is away waits for them.
    await page.close();
    await api('POST', `/api/v1/conversations/${conversation}/replies`, { text: '本日発送されました。追跡番号は JP123456789 です。' }, agentToken);
    const back = await openShop('jp', 'ja-JP', 'Asia/Tokyo');
    await back.locator('#borderless-chat .launcher').click();
    // A new context is a new browser profile: a new visitor, with no history of the first one.
    expect(await back.locator('#borderless-chat .msg.out').count()).toBe(0);
    await back.close();
  });

  it('the agent sees the visitor typing in the console, and the visitor sees the agent typing there', async () => {
    clock.set(fridayMorningTokyo);
    const visitor = await openShop('jp', 'ja-JP', 'Asia/Tokyo');
    await visitor.locator('#borderless-chat .launcher').click();
    await visitor.locator('#borderless-chat .prechat input[name="name"]').fill('佐藤 健');
    await visitor.locator('#borderless-chat .prechat button[type="submit"]').click();
    const first = 'サイズ交換をお願いしたいのですが、27 cm の在庫はありますか？';
    const textarea = visitor.locator('#borderless-chat .composer textarea');
    await textarea.fill(first);
    await visitor.keyboard.press('Enter');
    await visitor.locator('#borderless-chat .msg.in:not(.pending)', { hasText: '在庫' }).waitFor();
    const conversation = await conversationOf(first);

    // Yui reads the conversation in the console (Japanese interface).
    const agentContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    const agent = await agentContext.newPage();
    const agentErrors: string[] = [];
    agent.on('pageerror', (error) => agentErrors.push(error.message));
    await agent.goto(`${borderless}/`);
    await agent.locator('#sign-in-email').fill('yui@e2e.borderless.test');
    await agent.locator('#sign-in-password').fill(yuiPassword);
    await agent.locator('form button[type="submit"]').click();
    await agent.locator('.inbox-row').first().waitFor();
    await agent.goto(`${borderless}/conversations/${conversation}`);
    const indicator = agent.locator('[data-testid="visitor-typing"]');
    await indicator.waitFor({ state: 'attached' });
    expect(await indicator.getAttribute('data-typing')).toBe('no');

    // The visitor types for a while without sending: the console says so, in Yui's language, with the visitor's name.
    await textarea.pressSequentially('もう一つ質問があります。配送は', { delay: 250 });
    await expect.poll(() => indicator.getAttribute('data-typing')).toBe('yes');
    expect(await indicator.textContent()).toBe('佐藤 健 さんが入力中…');
    await agent.screenshot({ path: join(artifacts, 'widget-typing-console-ja.png') });
    // A pause: the widget says "stopped" and the indicator goes; nothing was stored.
    await expect.poll(() => indicator.getAttribute('data-typing'), { timeout: 10_000 }).toBe('no');
    expect((await api<{ messages: unknown[] }>('GET', `/api/v1/conversations/${conversation}`)).messages).toHaveLength(1);

    // Yui starts a reply: the visitor sees her typing; after her pause it goes away.
    await agent.locator('[data-testid="composer-text"]').pressSequentially('在庫を確認いたします', { delay: 40 });
    const typing = visitor.locator('#borderless-chat .typing', { hasText: 'Yui Tanaka' });
    await typing.waitFor();
    await visitor.screenshot({ path: join(artifacts, 'widget-typing-visitor-ja.png') });
    await expect.poll(() => typing.isHidden(), { timeout: 10_000 }).toBe(true);

    await agent.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await agent.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null }> }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), 'console conversation page').toEqual([]);
    expect(agentErrors).toEqual([]);
    await agentContext.close();
    await visitor.close();
  });

  it('an Arabic visitor gets the widget right to left', async () => {
    clock.set(fridayMorningTokyo);
    const page = await openShop('ae', 'ar-AE', 'Asia/Dubai');
    const launcher = page.locator('#borderless-chat .launcher');
    const box = (await launcher.boundingBox())!;
    expect(box.x).toBeLessThan(200);
    await launcher.click();
    const widget = page.locator('#borderless-chat .bl');
    expect(await widget.getAttribute('dir')).toBe('rtl');
    expect(await widget.getAttribute('lang')).toBe('ar');
    expect(await page.locator('#borderless-chat .panel').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('#borderless-chat header h2').textContent()).toBe('تحدث معنا');
    await page.locator('#borderless-chat .prechat button[type="submit"]').click();
    await page.locator('#borderless-chat .composer textarea').fill('مرحباً، متى سيصل طلبي؟ رقم الطلب BL-30991.');
    await page.keyboard.press('Enter');
    const bubble = page.locator('#borderless-chat .msg.in:not(.pending)', { hasText: 'BL-30991' });
    await bubble.waitFor();
    const panel = (await page.locator('#borderless-chat .panel').boundingBox())!;
    const mine = (await bubble.boundingBox())!;
    // The visitor's own messages sit on the reading end: the left in Arabic.
    expect(mine.x - panel.x).toBeLessThan(panel.width / 3);
    await page.screenshot({ path: join(artifacts, 'widget-ar-rtl.png') });
    await checkAccessibility(page, 'Arabic widget', '#borderless-chat');
    await page.close();
  });

  it('when chat is closed it says when it opens in the visitor\'s own zone and continues by email', async () => {
    clock.set(Date.parse('2027-05-01T03:00:00Z')); // Saturday noon in Tokyo; chat reopens Monday 09:00 JST
    const page = await openShop('jp', 'en-GB', 'Europe/Paris');
    await page.locator('#borderless-chat .launcher').click();
    const time = page.locator('#borderless-chat .notice time');
    await time.waitFor();
    expect(await time.getAttribute('datetime')).toBe('2027-05-03T00:00:00.000Z');
    // 09:00 in Tokyo is 02:00 in Paris (CEST), on Monday 3 May.
    const shown = (await time.textContent())!;
    expect(shown).toContain('Monday');
    expect(shown).toContain('3 May');
    expect(shown).toContain('02:00');
    expect(shown).toMatch(/CEST|GMT\+2/);
    expect(await page.locator('#borderless-chat .composer').isHidden()).toBe(true);

    await page.locator('#borderless-chat .email-offer input[name="email"]').fill('camille.martin@example.fr');
    await page.locator('#borderless-chat .email-offer textarea').fill('Hello, can I still change the size of order BL-20418?');
    await page.locator('#borderless-chat .email-offer button[type="submit"]').click();
    await page.locator('#borderless-chat .thanks', { hasText: 'camille.martin@example.fr' }).waitFor();
    await page.screenshot({ path: join(artifacts, 'widget-closed-email.png') });
    await checkAccessibility(page, 'closed widget', '#borderless-chat');
    const conversation = await conversationOf('Hello, can I still change the size of order BL-20418?');
    const view = await api<{ channel: string; channelId: string; customer: { id: string } }>('GET', `/api/v1/conversations/${conversation}`);
    expect(view).toMatchObject({ channel: 'email', channelId: 'email-jp' });
    const customer = await api<{ identities: Array<{ kind: string; value: string }> }>('GET', `/api/v1/customers/${view.customer.id}`);
    expect(customer.identities).toEqual(expect.arrayContaining([{ kind: 'email', value: 'camille.martin@example.fr' }, expect.objectContaining({ kind: 'chat' })]));
    await page.close();
  });
});
