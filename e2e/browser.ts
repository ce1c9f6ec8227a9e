// What every browser test shares: Debian's Chromium (skipped with a notice when it is not installed), launched with
// the flags this machine needs, and a shop page on loopback that embeds the chat widget.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether Chromium is installed; when it is not, says which test file is skipped and how to install it.
 *
 * @example
 * const hasBrowser = browserFor('e2e/widget.test.ts');
 * describe.skipIf(!hasBrowser)('chat widget in Chromium', () => { … });
 */
export function browserFor(testFile: string): boolean {
  const present = existsSync(chromiumPath);
  if (!present) console.warn(`${testFile}: SKIPPED — ${chromiumPath} is not installed (apt-get install -y chromium)`);
  return present;
}

/** Headless Chromium without the background traffic this machine's closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A brand's shop page on a free loopback port that embeds the widget from `borderlessUrl`, for the market the path
 * names (`/ae`) or `defaultMarket`.
 *
 * @example
 * const shop = await startShopPage(base, 'jp');
 * await page.goto(`${shop.url}/ae`);
 * await shop.close();
 */
export async function startShopPage(borderlessUrl: string, defaultMarket: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const market = (request.url ?? '/').slice(1).replace(/[^a-z]/g, '') || defaultMarket;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brand shop</title></head>
<body style="font-family:sans-serif;margin:40px"><h1>Brand shop</h1><p>Sneakers, shipped to your country.</p>
<script src="${borderlessUrl}/widget.js" data-market="${market}" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); }),
  };
}
