// Builds the embeddable chat widget (web/widget/src/widget.ts) into one self-contained script with esbuild:
// web/widget/dist/widget.js, served by Borderless at /widget.js. Budget: < 40 KB gzipped.
// Used by scripts/build-web.mjs, and by the server when the built file is missing or older than its sources.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const widgetRoot = new URL('.', import.meta.url).pathname;
export const widgetSource = join(widgetRoot, 'src');
export const widgetEntry = join(widgetSource, 'widget.ts');
export const widgetOutput = join(widgetRoot, 'dist', 'widget.js');
export const WIDGET_BUDGET_BYTES = 40 * 1024;

/** The newest modification time among the widget's sources (to tell whether a build is stale). */
export function newestSourceMtime() {
  return Math.max(...readdirSync(widgetSource).map((f) => statSync(join(widgetSource, f)).mtimeMs));
}

/**
 * Bundles and minifies the widget. With `write`, stores it in web/widget/dist/widget.js.
 * Answers the code and its gzipped size.
 */
export async function buildWidget({ write = true } = {}) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [widgetEntry], bundle: true, minify: true, format: 'iife', target: ['es2020'], platform: 'browser',
    write: false, legalComments: 'none', charset: 'utf8', logLevel: 'silent',
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  if (write) {
    mkdirSync(join(widgetRoot, 'dist'), { recursive: true });
    writeFileSync(widgetOutput, code);
  }
  return { code, bytes: code.length, gzipBytes: gzipSync(code).length };
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const { bytes, gzipBytes } = await buildWidget();
  const verdict = gzipBytes < WIDGET_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`  widget.js ${(bytes / 1024).toFixed(1)} KB, ${(gzipBytes / 1024).toFixed(1)} KB gzipped (${verdict} the ${WIDGET_BUDGET_BYTES / 1024} KB budget)`);
  if (gzipBytes >= WIDGET_BUDGET_BYTES) process.exit(1);
}
