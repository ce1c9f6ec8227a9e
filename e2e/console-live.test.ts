// The console's live parts end to end: a message ingested through the API appears in the open inbox without a
// reload (WebSocket), the SLA countdown and the market's open/closed state show beside the thread, a translation
// with no engine configured shows its labelled state, and a signed-out session (no cookie) is told apart from an
// expired one. Screenshots land in .e2e-artifacts/console-live-*.png.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFor, launchChromium } from './browser.js';
import { repoRoot, seed, signedInPage, startServer, type RunningServer, type Seed } from './console-fixture.js';

const hasBrowser = browserFor('e2e/console-live.test.ts');

// This suite checks the "no engine configured" state, whatever the developer's shell sets.
delete process.env.BORDERLESS_TRANSLATION_PROVIDER;

const artifacts = join(repoRoot, '.e2e-artifacts');

describe.skipIf(!hasBrowser)('agent console: live updates, SLA, availability, translation (Chromium)', () => {
  let server: RunningServer;
  let data: Seed;
  let browser: Browser;
  let dir: string;
  let page: Page;
  const pageErrors: string[] = [];

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${server.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path} → ${response.status}`).toBe(true);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'borderless-console-live-'));
    server = await startServer(dir);
    data = await seed(server);
    browser = await launchChromium();
    page = await signedInPage(browser, server.baseUrl, data.ana, { width: 1280, height: 800 }, pageErrors);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  }, 30_000);

  it('shows a newly ingested message in the open inbox without a reload, with per-view counts', async () => {
    await page.locator('[data-live-state="live"]').waitFor({ timeout: 10_000 });
    const countBefore = Number(await page.locator('[data-view="all"] .count').textContent());
    const marker = await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; return 1; });
    const text = `Bonjour, ma commande n'est pas arrivée ${randomBytes(3).toString('hex')}`;
    await api('POST', '/api/v1/messages', {
      channel: 'chat', externalId: `live-${randomBytes(6).toString('hex')}`, market: 'e2e-fr',
      customer: { name: 'Léa Martin', email: `lea-${randomBytes(3).toString('hex')}@example.test` }, text,
    });
    // A chat message has no subject: the row shows the start of the message (the new `preview` field).
    const row = page.locator('.inbox-row', { hasText: text.slice(0, 30) });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('[data-testid="row-preview"]').count()).toBe(1);
    // Same document: no navigation happened.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(marker);
    await page.waitForFunction((before) => Number(document.querySelector('[data-view="all"] .count')?.textContent) === before + 1, countBefore);
    expect(await page.locator('[data-sla-view="soon"] .count').count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'console-live-1-inbox-live.png') });
  });

  it('shows the SLA countdown and whether the market is open, and a labelled "no engine" translation state', async () => {
    await page.locator('.inbox-row', { hasText: data.japanese.en.subject }).click();
    await page.locator('#conversation-heading').waitFor();
    const availability = page.locator('[data-testid="market-availability"]');
    await availability.waitFor();
    expect(['true', 'false']).toContain(await availability.getAttribute('data-open'));
    expect(await availability.textContent()).toMatch(/(Open now|Closed now)/);
    expect(await availability.textContent()).toMatch(/(Closes|Next open)/);
    const sla = page.locator('[data-testid="sla-countdown"]');
    await sla.waitFor();
    expect(await sla.textContent()).toMatch(/(left|Overdue by)/);

    await page.locator('[data-testid="translate-button"]').first().click();
    const missing = page.locator('[data-testid="translation-unavailable"]');
    await missing.waitFor();
    expect(await missing.textContent()).toContain('No translation engine is configured');
    await page.locator('[data-testid="translation-engine-missing"]').waitFor();
    // One notice, not an error storm: the other buttons give way and no error box appears.
    expect(await page.locator('[data-testid="translate-button"]').count()).toBe(0);
    expect(await page.locator('.thread .notice-error').count()).toBe(0);
    await page.screenshot({ path: join(artifacts, 'console-live-2-conversation.png') });
    // The side panel scrolls on its own: a tall window shows all of it at once.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.screenshot({ path: join(artifacts, 'console-live-3-side-panel.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('re-reads the open conversation when a colleague changes it', async () => {
    await api('PATCH', `/api/v1/conversations/${data.japanese.en.id}`, { priority: 'urgent' });
    await page.waitForFunction(() => (document.querySelector('#control-priority') as HTMLSelectElement | null)?.value === 'urgent', undefined, { timeout: 10_000 });
  });

  it('shows a market\'s week and calendar, and the SLA policies', async () => {
    await page.goto(`${server.baseUrl}/admin/markets/e2e-jp`);
    await page.locator('[data-testid="week-view"] tbody tr').nth(6).waitFor();
    expect(await page.locator('[data-testid="week-view"]').textContent()).toContain('09:00–18:00');
    await page.screenshot({ path: join(artifacts, 'console-live-4-market-week.png'), fullPage: true });
    await page.goto(`${server.baseUrl}/admin/sla`);
    await page.locator('[data-testid="sla-policies"] [data-policy="fallback"]').waitFor();
    await page.screenshot({ path: join(artifacts, 'console-live-5-sla.png'), fullPage: true });
  });

  it('tells a missing session apart from an expired one', async () => {
    await page.context().clearCookies();
    await page.locator('nav.topnav a', { hasText: 'Inbox' }).click();
    const notice = page.locator('[data-testid="sign-in-reason"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('You are no longer signed in');
  });
});
