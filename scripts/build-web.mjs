// Builds the web console, chat widget and help center with Vite into web/dist, and prints the size of the
// initial JavaScript (gzipped) so the budget is visible on every build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const webConfig = join(root, 'web', 'vite.config.ts');
if (!existsSync(webConfig)) {
  console.log('build:web: no web app yet (web/vite.config.ts missing); skipping');
  process.exit(0);
}
const { build } = await import('vite');
await build({ configFile: webConfig, logLevel: 'warn' });
const assets = join(root, 'web', 'dist', 'assets');
// What a browser loads before the console can start: the entry script and the chunks index.html preloads. The
// other chunks (interface languages, admin pages) load on demand.
const indexHtml = readFileSync(join(root, 'web', 'dist', 'index.html'), 'utf8');
const initialFiles = new Set([...indexHtml.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
const INITIAL_BUDGET_BYTES = 200 * 1024;
let total = 0;
let initial = 0;
for (const file of existsSync(assets) ? readdirSync(assets) : []) {
  if (!file.endsWith('.js')) continue;
  const size = gzipSync(readFileSync(join(assets, file))).length;
  total += size;
  if (initialFiles.has(file)) initial += size;
  console.log(`  ${file.padEnd(40)} ${(statSync(join(assets, file)).size / 1024).toFixed(1)} KB, ${(size / 1024).toFixed(1)} KB gzipped${initialFiles.has(file) ? ' (initial)' : ''}`);
}
console.log(`build:web: initial JavaScript ${(initial / 1024).toFixed(1)} KB gzipped (budget ${INITIAL_BUDGET_BYTES / 1024} KB); all chunks together ${(total / 1024).toFixed(1)} KB`);
if (initial > INITIAL_BUDGET_BYTES) {
  console.error('build:web: the initial JavaScript is over its budget');
  process.exit(1);
}

// The embeddable chat widget: its own esbuild bundle (web/widget/dist/widget.js, served at /widget.js), budget 40 KB gzipped.
const widgetBuilder = join(root, 'web', 'widget', 'build-widget.mjs');
if (existsSync(widgetBuilder)) {
  const { buildWidget, WIDGET_BUDGET_BYTES } = await import(widgetBuilder);
  const widget = await buildWidget();
  console.log(`build:web: widget.js ${(widget.bytes / 1024).toFixed(1)} KB, ${(widget.gzipBytes / 1024).toFixed(1)} KB gzipped (budget ${WIDGET_BUDGET_BYTES / 1024} KB)`);
  if (widget.gzipBytes >= WIDGET_BUDGET_BYTES) {
    console.error('build:web: the chat widget is over its budget');
    process.exit(1);
  }
}
