// Files agents attach to replies, end to end: Borderless in this process (fresh SQLite), a loopback SMTP server as
// the brand's mail provider, a shop page that embeds the chat widget, Debian's Chromium driven by playwright-core.
// An agent attaches a PNG and a PDF to an email reply (button and file chooser), the draft keeps them across a
// reload, the thread shows them as links and a thumbnail, and the mail provider receives them as MIME parts; a note
// takes a dropped file; a phone conversation refuses files with the channel's reason, in Japanese; the Arabic
// interface refuses a file over 10 MB; a chat visitor sees the agent's files as links and downloads them with their
// token. axe-core on every screen, screenshots in .e2e-artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelsFeatureOf, type ChannelServices } from '../src/channels/index.js';
import { loadConfig } from '../src/config/index.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { startProvider, waitFor, type FakeProvider } from '../test/channels/mail-fixtures.js';
import { checkAccessibility } from './accessibility.js';
import { browserFor, launchChromium, startShopPage } from './browser.js';

const hasBrowser = browserFor('e2e/console-attachments.test.ts');

const repoRoot = join(import.meta.dirname, '..');
const artifacts = join(repoRoot, '.e2e-artifacts');
const adminToken = 'bl_e2e_attachments_admin_token_0123456789';
const accountSid = `AC${'0b'.repeat(16)}`;
// A 32×32 checkerboard in the widget's colours: a real PNG, so thumbnails have something to draw.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAOUlEQVR42mOQj+/Gij5tZ8WKSFXPMGrBqAVDwAJqGYRL/agFoxYMBQtGi4pRC0YtGK0PRi0YtQCIANwDbkw76zBaAAAAAElFTkSuQmCC', 'base64');
const pdf = Buffer.from('%PDF-1.4\n% Borderless e2e invoice 2027-04\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const allDay = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]));

interface Agent { id: string; email: string; password: string }

describe.skipIf(!hasBrowser)('attachments in the console and the chat widget (Chromium)', () => {
  let runtime: Runtime;
  let services: ChannelServices;
  let base: string;
  let smtp: FakeProvider;
  let shop: Awaited<ReturnType<typeof startShopPage>> | undefined;
  let browser: Browser;
  let dataDir: string;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const agents: Record<'ana' | 'kenji' | 'karim', Agent> = {
    ana: { id: 'e2e-ana', email: 'ana@e2e.borderless.test', password: 'ana-e2e-password-2027' },
    kenji: { id: 'e2e-kenji', email: 'kenji@e2e.borderless.test', password: 'kenji-e2e-password-2027' },
    karim: { id: 'e2e-karim', email: 'karim@e2e.borderless.test', password: 'karim-e2e-password-2027' },
  };
  const conversations = { email: '', voice: '' };

  async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method, headers: { authorization: `Bearer ${adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async function newPage(locale: string, timezoneId: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale, timezoneId });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Intercepting file choosers is switched on by the first listener, asynchronously: on from the start, no chooser
    // opened by a key press can slip past a `waitForEvent('filechooser')` that is still setting up.
    page.on('filechooser', () => undefined);
    return page;
  }

  async function signIn(page: Page, agent: Agent): Promise<void> {
    await page.goto(`${base}/`);
    await page.locator('#sign-in-email').fill(agent.email);
    await page.locator('#sign-in-password').fill(agent.password);
    await page.locator('form button[type="submit"]').click();
    await page.locator('.inbox-row').first().waitFor();
  }

  async function openConversation(page: Page, id: string): Promise<void> {
    await page.goto(`${base}/conversations/${id}`);
    await page.locator('[data-testid="attach-button"]').waitFor();
  }

  /** axe-core over the page (the widget's shadow root included when `within` names it): nothing serious or critical. */

  const uploaded = (page: Page) => page.locator('[data-testid="attach-list"] li[data-uploaded="true"]');

  /** Waits until every thumbnail on the page has loaded a real image (through the authenticated download route). */
  async function thumbnailsLoaded(page: Page, selector: string, count: number): Promise<void> {
    await page.waitForFunction(({ selector, count }) => {
      const images = [...document.querySelectorAll<HTMLImageElement>(selector)];
      return images.length === count && images.every((img) => img.complete && img.naturalWidth > 0);
    }, { selector, count });
  }

  async function messages(conversationId: string) {
    return (await api<{ messages: Array<{ direction: string; private: boolean; text: string; attachments: Array<{ filename: string; contentType: string; size: number; url: string | null }> }> }>(
      'GET', `/api/v1/conversations/${conversationId}`)).messages;
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'borderless-attachments-e2e-'));
    smtp = await startProvider();
    const config = loadConfig({
      BORDERLESS_DATABASE_URL: `sqlite:${join(dataDir, 'db')}`, BORDERLESS_BOOTSTRAP_TOKEN: adminToken, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent',
    });
    runtime = await createRuntime(config, { logger: pino({ level: 'silent' }) });
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(runtime.app.server.address() as AddressInfo).port}`;
    services = channelsFeatureOf(runtime.ctx)!.services;

    // Open around the clock, so the chat is never closed whenever the test runs.
    await api('PUT', '/api/v1/markets/jp', { name: 'Japan', countries: ['JP'], languages: ['ja', 'en'], timeZone: 'Asia/Tokyo', currency: 'JPY', hours: { default: allDay }, holidays: null });
    await api('PUT', '/api/v1/markets/ae', { name: 'United Arab Emirates', countries: ['AE'], languages: ['ar', 'en'], timeZone: 'Asia/Dubai', currency: 'AED', hours: { default: allDay }, holidays: null });
    await api('PUT', '/api/v1/channels/email-jp', { kind: 'email', market: 'jp', addresses: ['support@brand.example.jp'], smtp: { host: '127.0.0.1', port: smtp.port, secure: false } });
    await api('PUT', '/api/v1/channels/voice-jp', { kind: 'voice', market: 'jp', accountSid, authToken: 'twilio-auth-token-e2e', phoneNumber: '+81312345679', apiBaseUrl: 'http://127.0.0.1:9' });
    await api('PUT', '/api/v1/channels/chat-ae', { kind: 'chat', market: 'ae', preChat: { name: 'off', email: 'off' } });
    await api('PUT', '/api/v1/teams/e2e-desk', { name: 'Support desk', kind: 'hub', timeZone: 'Europe/Lisbon', markets: ['jp', 'ae'] });
    const person = (agent: Agent, name: string, locale: string, timeZone: string) => api('PUT', `/api/v1/agents/${agent.id}`, {
      name, email: agent.email, role: 'agent', teams: ['e2e-desk'], locale, timeZone, password: agent.password,
      languages: [{ language: 'ja', level: 'C1' }, { language: 'ar', level: 'C1' }, { language: 'en', level: 'C2' }],
    });
    await person(agents.ana, 'Ana Lima', 'en', 'Europe/Lisbon');
    await person(agents.kenji, '木村 健二', 'ja', 'Asia/Tokyo');
    await person(agents.karim, 'كريم حداد', 'ar', 'Asia/Dubai');

    const email = (await services.channelById('email-jp'))!;
    conversations.email = (await services.receive(email, {
      externalId: '<receipt-1@mail.example.jp>', customer: { email: 'hanako.yamada@example.jp', name: '山田 花子' },
      subject: '請求書の再発行をお願いします',
      text: 'お世話になっております。先月の注文の請求書を再発行していただけますでしょうか。レシートの写真を添付いたします。',
      attachments: [{ filename: 'レシート.png', contentType: 'image/png', content: png }],
    })).conversation.id;
    const voice = (await services.channelById('voice-jp'))!;
    conversations.voice = (await services.receive(voice, {
      externalId: `CA${'1c'.repeat(16)}`, customer: { phone: '+81 90 1234 5678', name: '佐藤 健' },
      text: '留守番電話：返品の送り状をお送りいただけますか。',
    })).conversation.id;

    shop = await startShopPage(base, 'ae');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await shop?.close();
    await runtime?.close();
    await smtp?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  afterEach(() => {
    const errors = pageErrors.splice(0);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });

  it('English: attaches a PNG and a PDF to an email reply; the draft keeps them, the thread and the mail carry them', async () => {
    const page = await newPage('en-US', 'Europe/Lisbon');
    await signIn(page, agents.ana);
    await openConversation(page, conversations.email);

    // The customer's own photo: a thumbnail loaded with the agent's session, linking to the file.
    const inbound = page.locator('li.message-in [data-testid="message-attachments"] li[data-filename="レシート.png"]');
    await inbound.waitFor();
    await thumbnailsLoaded(page, 'li.message-in img.file-thumbnail', 1);
    expect(await inbound.locator('a').getAttribute('href')).toMatch(/^\/api\/v1\/attachments\/[0-9a-f]{32}$/);

    const text = 'ご依頼の請求書（PDF）と、お届けした商品の写真をお送りいたします。よろしくお願いいたします。';
    await page.locator('[data-testid="composer-text"]').fill(text);
    // The keyboard way in: the button opens the file chooser.
    await page.locator('[data-testid="attach-button"]').focus();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: 'product.png', mimeType: 'image/png', buffer: png },
      { name: 'invoice-2027-04.pdf', mimeType: 'application/pdf', buffer: pdf },
    ]);
    await expect.poll(() => uploaded(page).count()).toBe(2);
    const chip = page.locator('[data-testid="attach-list"] li[data-filename="invoice-2027-04.pdf"]');
    expect(await chip.locator('.file-size').textContent()).toBe(`${pdf.length} byte`);
    expect(await chip.locator('[data-testid="attach-remove"]').getAttribute('aria-label')).toBe('Remove invoice-2027-04.pdf');

    // A file over 10 MB is refused before any upload, with a message beside the list.
    await page.locator('[data-testid="attach-input"]').setInputFiles({ name: 'catalogue-scan.tiff', mimeType: 'image/tiff', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1) });
    const tooLarge = page.locator('[data-testid="attach-problems"] [data-kind="tooLarge"]');
    expect(await tooLarge.textContent()).toBe('catalogue-scan.tiff is too large: a file may be at most 10 MB.');
    expect(await uploaded(page).count()).toBe(2);
    await checkAccessibility(page, 'composer with files (en)');
    await page.locator('.composer').screenshot({ path: join(artifacts, 'attachments-en-composer.png') });

    // A reload keeps the draft: its text and its uploaded files.
    await page.reload();
    await expect.poll(() => uploaded(page).count()).toBe(2);
    expect(await page.locator('[data-testid="composer-text"]').inputValue()).toBe(text);

    await page.locator('[data-testid="composer-send"]').click();
    const sent = page.locator('li.message-out', { hasText: '請求書（PDF）' });
    await sent.waitFor();
    expect(await page.locator('[data-testid="attach-list"]').count()).toBe(0);
    const links = sent.locator('[data-testid="message-attachments"] li');
    expect(await links.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.filename))).toEqual(['product.png', 'invoice-2027-04.pdf']);
    await thumbnailsLoaded(page, 'li.message-out img.file-thumbnail', 1);
    const pdfLink = sent.locator('li[data-filename="invoice-2027-04.pdf"] a');
    expect(await pdfLink.getAttribute('download')).toBe('invoice-2027-04.pdf');
    const download = await page.evaluate(async (href) => {
      const response = await fetch(href!);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    }, await pdfLink.getAttribute('href'));
    expect(download).toEqual({ status: 200, type: 'application/octet-stream', text: pdf.toString() });
    await checkAccessibility(page, 'thread with attachments (en)');
    await page.screenshot({ path: join(artifacts, 'attachments-en-thread.png') });

    // The message records both files, and the mail provider received them as parts of the one message.
    const reply = (await messages(conversations.email)).find((m) => m.direction === 'out')!;
    expect(reply.attachments.map((a) => [a.filename, a.contentType, a.size])).toEqual([['product.png', 'image/png', png.length], ['invoice-2027-04.pdf', 'application/pdf', pdf.length]]);
    await waitFor(() => smtp.received.length === 1, 15_000, 'the reply at the SMTP provider');
    const [mail] = await smtp.parsed();
    expect(mail!.text).toContain('請求書（PDF）');
    expect(mail!.attachments.map((a) => [a.filename, a.contentType])).toEqual([['product.png', 'image/png'], ['invoice-2027-04.pdf', 'application/pdf']]);
    expect(mail!.attachments[0]!.content.equals(png)).toBe(true);
    expect(mail!.attachments[1]!.content.equals(pdf)).toBe(true);

    // A private note takes a file dropped onto the composer.
    await page.locator('input[type="radio"][value="note"]').check();
    await page.locator('[data-testid="composer-text"]').fill('Call log from the carrier attached.');
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['09:40 carrier: parcel held at the Osaka depot'], 'call-log.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.dispatchEvent('form.composer', 'dragover', { dataTransfer: dropped });
    expect(await page.locator('form.composer').getAttribute('data-drop-active')).toBe('true');
    await page.dispatchEvent('form.composer', 'drop', { dataTransfer: dropped });
    await expect.poll(() => uploaded(page).count()).toBe(1);
    expect(await page.locator('form.composer').getAttribute('data-drop-active')).toBeNull();
    await page.locator('[data-testid="composer-send"]').click();
    const note = page.locator('li.message-note', { hasText: 'Call log from the carrier' });
    await note.locator('li[data-filename="call-log.txt"] a[download="call-log.txt"]').waitFor();
    expect((await messages(conversations.email)).find((m) => m.private)!.attachments.map((a) => a.filename)).toEqual(['call-log.txt']);
  }, 120_000);

  it('Japanese: a phone conversation refuses files with the channel\'s reason, and at most 10 files go in a draft', async () => {
    const page = await newPage('ja-JP', 'Asia/Tokyo');
    await signIn(page, agents.kenji);
    await openConversation(page, conversations.voice);
    expect(await page.locator('[data-testid="attach-button"]').textContent()).toBe('ファイルを添付');
    await page.locator('[data-testid="composer-text"]').fill('返品用の送り状をお送りいたします。');
    const memos = Array.from({ length: 11 }, (_, i) => ({ name: `送り状-${i + 1}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`送り状 ${i + 1}`) }));
    await page.locator('[data-testid="attach-input"]').setInputFiles(memos);
    expect(await page.locator('[data-testid="attach-problems"] [data-kind="tooMany"]').textContent())
      .toBe('1 件のファイルを追加できませんでした。1 通のメッセージに添付できるのは 10 ファイルまでです。');
    await expect.poll(() => uploaded(page).count()).toBe(10);
    expect(await page.locator('[data-testid="attach-button"]').isDisabled()).toBe(true);
    // Down to two files, then send: the channel cannot carry them, and says why beside the list.
    for (let i = 0; i < 8; i++) await page.locator('[data-testid="attach-remove"]').last().click();
    await expect.poll(() => uploaded(page).count()).toBe(2);
    await page.locator('[data-testid="composer-send"]').click();
    const refusal = page.locator('[data-testid="attach-problems"] [data-kind="refused"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('この会話のチャネルではこれらのファイルを送信できません');
    expect(await refusal.locator('[data-testid="attach-refusal"]').textContent()).toContain('a phone conversation carries files only as MMS');
    expect(await refusal.locator('[data-testid="attach-refusal"]').getAttribute('lang')).toBe('en');
    // Nothing was stored, and the draft is intact to try again without the files.
    expect(await messages(conversations.voice)).toHaveLength(1);
    expect(await page.locator('[data-testid="composer-text"]').inputValue()).toBe('返品用の送り状をお送りいたします。');
    expect(await uploaded(page).count()).toBe(2);
    await checkAccessibility(page, 'refused attachments (ja)');
    await page.screenshot({ path: join(artifacts, 'attachments-ja-refused.png') });
  }, 120_000);

  it('Arabic: the thread\'s files and the picker read right to left; a file over 10 MB is refused in Arabic', async () => {
    const page = await newPage('ar-AE', 'Asia/Dubai');
    await signIn(page, agents.karim);
    await openConversation(page, conversations.email);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await thumbnailsLoaded(page, 'img.file-thumbnail', 2);
    await page.locator('[data-testid="attach-input"]').setInputFiles([
      { name: 'صورة المنتج.png', mimeType: 'image/png', buffer: png },
      { name: 'كتالوج كامل.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024, 1) },
    ]);
    await expect.poll(() => uploaded(page).count()).toBe(1);
    expect(await page.locator('[data-testid="attach-problems"] [data-kind="tooLarge"]').textContent())
      .toBe('الملف كتالوج كامل.pdf كبير جدًا: الحد الأقصى لحجم الملف 10 ميغابايت.');
    expect(await page.locator('[data-testid="attach-remove"]').getAttribute('aria-label')).toBe('إزالة صورة المنتج.png');
    await checkAccessibility(page, 'composer with files (ar)');
    await page.screenshot({ path: join(artifacts, 'attachments-ar-composer.png') });
  }, 120_000);

  it('the chat widget shows the agent\'s files as links the visitor downloads with their token (Arabic, right to left)', async () => {
    const visitor = await newPage('ar-AE', 'Asia/Dubai');
    await visitor.goto(`${shop!.url}/`);
    await visitor.locator('#borderless-chat .launcher').click();
    const question = 'مرحباً، أحتاج إلى فاتورة طلبي BL-30991 من فضلكم.';
    await visitor.locator('#borderless-chat .composer textarea').fill(question);
    await visitor.keyboard.press('Enter');
    await visitor.locator('#borderless-chat .msg.in:not(.pending)', { hasText: 'BL-30991' }).waitFor();
    const row = await runtime.ctx.store.db.selectFrom('messages').select('conversation_id').where('text', '=', question).executeTakeFirstOrThrow();

    const agent = await newPage('ar-AE', 'Asia/Dubai');
    await signIn(agent, agents.karim);
    await openConversation(agent, row.conversation_id);
    await agent.locator('[data-testid="composer-text"]').fill('تفضل، هذه فاتورة طلبك وصورة المنتج.');
    await agent.locator('[data-testid="attach-input"]').setInputFiles([
      { name: 'فاتورة BL-30991.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'product.png', mimeType: 'image/png', buffer: png },
    ]);
    await expect.poll(() => uploaded(agent).count()).toBe(2);
    await agent.locator('[data-testid="composer-send"]').click();
    await agent.locator('li.message-out', { hasText: 'فاتورة طلبك' }).waitFor();

    const answer = visitor.locator('#borderless-chat .msg.out', { hasText: 'فاتورة طلبك' });
    await answer.waitFor();
    const files = answer.locator('a.file');
    await expect.poll(() => files.count()).toBe(2);
    const pdfLink = answer.locator('a.file:not(.image)');
    expect(await pdfLink.locator('bdi').textContent()).toBe('فاتورة BL-30991.pdf');
    expect(await pdfLink.getAttribute('title')).toMatch(/^تنزيل فاتورة BL-30991\.pdf \(.+\)$/);
    const href = (await pdfLink.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${base}/api/v1/widget/attachments/[0-9a-f]{32}\\?token=.+`));
    // The image is a thumbnail the browser loaded with the visitor's token, from the shop's page.
    await expect.poll(() => answer.locator('a.file.image img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(32);

    const downloaded = await visitor.request.get(href);
    expect(downloaded.status()).toBe(200);
    expect((await downloaded.body()).equals(pdf)).toBe(true);
    expect(downloaded.headers()['content-disposition']).toContain('attachment;');
    // Without the visitor's token the file is not served.
    const stranger = await visitor.request.get(href.replace(/\?token=.*$/, '?token=x'));
    expect(stranger.status()).toBe(401);

    await checkAccessibility(visitor, 'widget with attachments (ar)', '#borderless-chat');
    await visitor.screenshot({ path: join(artifacts, 'attachments-widget-ar.png') });
  }, 120_000);
});
