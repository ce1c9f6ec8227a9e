// Merging duplicate customers and setting up channels in the console, end to end: a real Borderless child process,
// Debian's Chromium driven by playwright-core, axe-core on each new screen, and screenshots of the English,
// Arabic (right to left) and Japanese interfaces in .e2e-artifacts/console-setup-*.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seed, signedInPage, startServer, type RunningServer, type Seed } from './console-fixture.js';
import { checkAccessibility } from './accessibility.js';
import { browserFor, launchChromium } from './browser.js';

const hasBrowser = browserFor('e2e/console-setup.test.ts');

const artifacts = join(repoRoot, '.e2e-artifacts');

// The console scrolls inside its main area, so screenshots are of the viewport, scrolled to what the step is about.
const shot = (page: Page, name: string) => page.screenshot({ path: join(artifacts, `console-setup-${name}.png`) });

describe.skipIf(!hasBrowser)('agent console: customer merge and channel setup (Chromium)', () => {
  let server: RunningServer;
  let data: Seed;
  let browser: Browser;
  let dir: string;
  let page: Page;
  let hanako: string;
  const pageErrors: string[] = [];

  const api = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: T }> => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, json: (text ? JSON.parse(text) : undefined) as T };
  };

  /** A second record of Hanako: she wrote on WhatsApp from her phone, without her email, so nothing linked them. */
  const duplicate = async (externalId: string, phone: string, text: string): Promise<string> => {
    const ingest = await api<{ conversation: { id: string } }>('POST', '/api/v1/messages', {
      channel: 'whatsapp', externalId, market: 'e2e-jp', customer: { phone, name: '山田 花子', country: 'JP' }, text,
    });
    expect(ingest.status).toBe(201);
    return (await api<{ customer: { id: string } }>('GET', `/api/v1/conversations/${ingest.json.conversation.id}`)).json.customer.id;
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'borderless-console-setup-'));
    server = await startServer(dir);
    data = await seed(server);
    hanako = (await api<{ customer: { id: string } }>('GET', `/api/v1/conversations/${data.japanese.en.id}`)).json.customer.id;
    browser = await launchChromium();
    page = await signedInPage(browser, server.baseUrl, data.ana, { width: 1280, height: 900 }, pageErrors);
  }, 120_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await page?.screenshot({ path: join(artifacts, `console-setup-failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`) });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  }, 30_000);

  it('finds a duplicate, compares both records, merges them, and the old record\'s address leads to the survivor', async () => {
    const dup = await duplicate('wa-dup-1', '+819011112222', '注文 BL-20418 の配達日を変更できますか？');
    await page.goto(`${server.baseUrl}/customers/${hanako}`);
    const merge = page.locator('[data-testid="customer-merge"]');
    await merge.waitFor();
    // The search starts from the customer's own name.
    expect(await page.locator('[data-testid="merge-query"]').inputValue()).toBe('山田 花子');
    await merge.locator('button[type="submit"]').click();
    const candidate = page.locator(`[data-testid="merge-candidates"] li[data-customer="${dup}"]`);
    await candidate.waitFor();
    expect(await page.locator(`[data-testid="merge-candidates"] li[data-customer="${hanako}"]`).count()).toBe(0);
    await candidate.locator('button').click();

    const compare = page.locator('[data-testid="merge-compare"]');
    await compare.waitFor();
    const other = compare.locator('[data-side="other"]');
    await expect.poll(() => other.textContent()).toContain('+8190');
    expect(await compare.locator('[data-side="this"]').textContent()).toContain('hanako.yamada@example.jp');
    // Focus moves to the comparison, so keyboard users land on what they asked for.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await compare.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, '1-merge-compare');
    await checkAccessibility(page, 'merge comparison');

    const before = await page.locator('[data-testid="customer-details"] .customer-conversations li').count();
    await page.locator('[data-testid="merge-start"]').click();
    await page.locator('[data-testid="merge-confirm"]').click();
    await page.locator('[data-testid="merge-done"]').waitFor();
    expect(page.url()).toBe(`${server.baseUrl}/customers/${hanako}?merged=1`);
    const identities = page.locator('[data-testid="customer-details"] .identities');
    // The email was Hanako's before the merge; the duplicate's phone shows once the page has re-read the survivor.
    await expect.poll(() => identities.textContent()).toMatch(/\+8190/);
    expect(await identities.textContent()).toContain('hanako.yamada@example.jp');
    // Hanako's own conversations and the WhatsApp one of the duplicate.
    await expect.poll(() => page.locator('[data-testid="customer-details"] .customer-conversations li').count()).toBe(before + 1);
    await shot(page, '2-merged');

    await page.goto(`${server.baseUrl}/customers/${dup}`);
    const moved = page.locator('[data-testid="customer-merged-away"]');
    await moved.waitFor();
    expect(await page.locator('h1').textContent()).toBe('Customer record merged');
    await shot(page, '3-merged-away');
    await checkAccessibility(page, 'merged-away record');
    await moved.locator('a').click();
    await page.waitForURL(`${server.baseUrl}/customers/${hanako}`);
    await page.locator('[data-testid="customer-merge"]').waitFor();
  });

  it('says so clearly when the other record went away before the merge was confirmed', async () => {
    const dup = await duplicate('wa-dup-2', '+819033334444', '領収書の宛名を変更したいです。');
    await page.goto(`${server.baseUrl}/customers/${hanako}`);
    await page.locator('[data-testid="customer-merge"] button[type="submit"]').click();
    await page.locator(`li[data-customer="${dup}"] button`).click();
    await page.locator('[data-testid="merge-compare"]').waitFor();
    await page.locator('[data-testid="merge-start"]').click();
    // A colleague merges it first.
    expect((await api('POST', `/api/v1/customers/${hanako}/merge`, { source: dup })).status).toBe(200);
    await page.locator('[data-testid="merge-confirm"]').click();
    await page.locator('[data-testid="merge-gone"]').waitFor();
    expect(await page.locator('[data-testid="merge-gone"]').textContent()).toContain('no longer exists');
  });

  it('adds a Telegram channel: server errors beside their fields, then the webhook URL; an edit keeps the secrets', async () => {
    await page.goto(`${server.baseUrl}/admin/channels`);
    const form = page.locator('[data-testid="channel-form"]');
    await form.waitFor();
    await form.locator('[data-field="kind"]').selectOption('telegram');
    await form.locator('[data-field="id"]').fill('e2e-tg');
    await form.locator('[data-field="market"]').selectOption('e2e-jp');
    await form.locator('[data-field="botToken"]').fill('not-a-bot-token');
    await form.locator('[data-field="secretToken"]').fill('short');
    await page.locator('[data-testid="channel-save"]').click();

    const botToken = form.locator('[data-field="botToken"]');
    await expect.poll(() => botToken.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field:has([data-field="botToken"]) .field-error').textContent()).toContain('Not accepted:');
    expect(await form.locator('.field:has([data-field="secretToken"]) .field-error').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('botToken');
    await shot(page, '4-channel-errors');
    await checkAccessibility(page, 'channel form with errors');
    expect((await api('GET', '/api/v1/channels/e2e-tg')).status).toBe(404);

    await botToken.fill('123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw');
    await form.locator('[data-field="secretToken"]').fill('e2e-secret-token-0123456789');
    await page.locator('[data-testid="channel-save"]').click();
    await page.waitForURL(`${server.baseUrl}/admin/channels?channel=e2e-tg`);
    const webhook = page.locator('[data-testid="channel-webhook-url"]');
    await webhook.waitFor();
    expect(await webhook.inputValue()).toBe(`${server.baseUrl}/webhooks/e2e-tg`);
    expect(await page.locator('[data-testid="channels-status"]').textContent()).toBe('Channel “e2e-tg” saved.');
    expect(await page.locator('table[data-testid="channels"] tr[data-channel="e2e-tg"]').count()).toBe(1);
    // Secrets are never shown again: empty fields, each saying a value is stored.
    const editForm = page.locator('[data-testid="channel-form"]');
    expect(await editForm.locator('[data-field="botToken"]').inputValue()).toBe('');
    expect(await editForm.locator('.secret-stored').count()).toBe(2);
    await page.locator('[data-testid="channel-connect"]').scrollIntoViewIfNeeded();
    await shot(page, '5-channel-saved');
    await checkAccessibility(page, 'saved channel');

    // Edit without retyping the secrets: they are kept (the webhook still authenticates with the stored one).
    await editForm.locator('summary').click();
    await editForm.locator('[data-field="apiBaseUrl"]').fill('https://api.telegram.org');
    await page.locator('[data-testid="channel-save"]').click();
    await expect.poll(async () => (await api<{ apiBaseUrl?: string }>('GET', '/api/v1/channels/e2e-tg')).json.apiBaseUrl).toBe('https://api.telegram.org');
    const call = (secret: string) => fetch(`${server.baseUrl}/webhooks/e2e-tg`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret }, body: JSON.stringify({ update_id: 1 }),
    });
    expect((await call('e2e-secret-token-0123456789')).status).toBe(200);
    expect((await call('a-wrong-secret-token-000000')).status).toBe(401);
  });

  it('adds an email channel (showing its addresses) and deletes it', async () => {
    await page.goto(`${server.baseUrl}/admin/channels`);
    const form = page.locator('[data-testid="channel-form"]');
    await form.locator('[data-field="kind"]').selectOption('email');
    await form.locator('[data-field="id"]').fill('e2e-mail-jp');
    await form.locator('[data-field="market"]').selectOption('e2e-jp');
    await form.locator('[data-field="addresses"]').fill('help@e2e-shop.example.jp\nhelp@e2e-shop.example.jp');
    await page.locator('[data-testid="channel-save"]').click();
    // The same address twice: the server's error lands beside the addresses.
    await expect.poll(() => form.locator('[data-field="addresses"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field:has([data-field="addresses"]) .field-error').textContent()).toContain('listed twice');
    await form.locator('[data-field="addresses"]').fill('help@e2e-shop.example.jp\nsales@e2e-shop.example.jp');
    await page.locator('[data-testid="channel-save"]').click();
    await page.waitForURL(`${server.baseUrl}/admin/channels?channel=e2e-mail-jp`);
    const addresses = page.locator('[data-testid="channel-addresses"] li');
    await addresses.first().waitFor();
    expect(await addresses.allTextContents()).toEqual(['help@e2e-shop.example.jp', 'sales@e2e-shop.example.jp']);
    await page.locator('[data-testid="channel-connect"]').scrollIntoViewIfNeeded();
    await shot(page, '6-email-channel');

    const row = page.locator('tr[data-channel="e2e-mail-jp"]');
    await row.locator('button', { hasText: 'Delete' }).click();
    await page.locator('[data-testid="channel-delete-confirm"]').click();
    await expect.poll(() => row.count()).toBe(0);
    expect(await page.locator('[data-testid="channels-status"]').textContent()).toBe('Channel “e2e-mail-jp” deleted.');
    expect(page.url()).toBe(`${server.baseUrl}/admin/channels`);
    expect((await api('GET', '/api/v1/channels/e2e-mail-jp')).status).toBe(404);
  });

  it('deletes a team without members after a confirmation; a team with members says to move them first', async () => {
    expect((await api('PUT', '/api/v1/teams/e2e-spare', { name: 'Spare desk', kind: 'hub', timeZone: 'Europe/Lisbon', markets: ['e2e-jp'] })).status).toBe(201);
    await page.goto(`${server.baseUrl}/admin/teams`);
    const spare = page.locator('tr[data-team="e2e-spare"]');
    await spare.waitFor();
    const staffed = page.locator('tr[data-team]').filter({ hasNot: page.locator('button') }).first();
    expect(await staffed.textContent()).toContain('Move its members first');
    await spare.locator('button', { hasText: 'Delete' }).click();
    await checkAccessibility(page, 'team delete confirmation');
    await shot(page, '7-team-delete');
    await page.locator('[data-testid="team-delete-confirm"]').click();
    await expect.poll(() => spare.count()).toBe(0);
    expect(await page.locator('[data-testid="teams-status"]').textContent()).toBe('Team “Spare desk” deleted.');
    expect((await api('GET', '/api/v1/teams/e2e-spare')).status).toBe(404);
  });

  it('lets the agent set their own time zone from the top bar; times follow it and the profile keeps it', async () => {
    await page.goto(`${server.baseUrl}/`);
    const switcher = page.locator('[data-testid="zone-switcher"]');
    await switcher.click();
    const input = page.locator('.zone-form input');
    await input.fill('Mars/Olympus_Mons');
    await page.locator('.zone-form button[type="submit"]').click();
    expect(await page.locator('.zone-form [role="alert"]').textContent()).toMatch(/Unknown time zone/);
    await input.fill('Asia/Tokyo');
    await page.locator('.zone-form button[type="submit"]').click();
    await expect.poll(() => switcher.textContent()).toMatch(/Asia\/Tokyo/);
    await checkAccessibility(page, 'zone switcher');
    const me = await fetch(`${server.baseUrl}/api/v1/auth/me`, { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(((await me.json()) as { user: { timeZone: string } }).user.timeZone).toBe('Asia/Tokyo');
    await switcher.click();
    await page.locator('.zone-form button[type="button"]').click();
    await expect.poll(() => switcher.textContent()).toMatch(/Europe\/Lisbon/);
  });

  for (const [locale, dir, heading] of [['ar', 'rtl', 'دمج سجل مكرر'], ['ja', 'ltr', '重複レコードを統合']] as const) {
    it(`shows the new screens in ${locale === 'ar' ? 'Arabic (right to left)' : 'Japanese'}`, async () => {
      await page.goto(`${server.baseUrl}/admin/channels?channel=e2e-tg`);
      await page.locator('[data-testid="language-switcher"]').selectOption(locale);
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe(dir);
      await page.locator('[data-testid="channel-webhook-url"]').waitFor();
      await page.locator('[data-testid="channel-connect"]').scrollIntoViewIfNeeded();
      await shot(page, `7-channel-${locale}`);
      await checkAccessibility(page, `channel setup (${locale})`);

      await duplicate(`wa-dup-${locale}`, locale === 'ar' ? '+819055556666' : '+819077778888', 'サイズ交換の手続きを教えてください。');
      await page.goto(`${server.baseUrl}/customers/${hanako}`);
      const merge = page.locator('[data-testid="customer-merge"]');
      await expect.poll(() => merge.locator('h2').textContent()).toBe(heading);
      await merge.locator('button[type="submit"]').click();
      await page.locator('[data-testid="merge-candidates"] li button').first().click();
      await page.locator('[data-testid="merge-compare"]').waitFor();
      await page.locator('[data-testid="merge-compare"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, `8-merge-${locale}`);
      await checkAccessibility(page, `merge comparison (${locale})`);
      await page.locator('[data-testid="language-switcher"]').selectOption('en');
    });
  }
});
