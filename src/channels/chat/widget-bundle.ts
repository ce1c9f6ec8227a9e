import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const builder = join(projectRoot, 'web', 'widget', 'build-widget.mjs');
const built = join(projectRoot, 'web', 'widget', 'dist', 'widget.js');

interface WidgetBuilder {
  buildWidget(options: { write: boolean }): Promise<{ code: Buffer }>;
  newestSourceMtime(): number;
}

/** The widget script and its ETag. */
export interface WidgetBundle {
  code: Buffer;
  etag: string;
}

let bundle: Promise<WidgetBundle> | null = null;

async function load(): Promise<WidgetBundle> {
  let code: Buffer | null = null;
  const sources = existsSync(builder);
  if (existsSync(built)) {
    const fresh = !sources || statSync(built).mtimeMs >= ((await import(pathToFileURL(builder).href)) as WidgetBuilder).newestSourceMtime();
    if (fresh) code = readFileSync(built);
  }
  if (!code) {
    // No build yet (a fresh clone run with `tsx`, or sources edited since): bundle in memory once per process.
    if (!sources) throw new Error('the chat widget is neither built (web/widget/dist/widget.js) nor buildable (web/widget/build-widget.mjs)');
    code = (await ((await import(pathToFileURL(builder).href)) as WidgetBuilder).buildWidget({ write: false })).code;
  }
  return { code, etag: `"${createHash('sha256').update(code).digest('base64url').slice(0, 27)}"` };
}

/**
 * The embeddable widget script, read from web/widget/dist (or built on first use when missing or stale) and kept
 * for the life of the process.
 *
 * @example
 * const { code, etag } = await widgetBundle();
 */
export function widgetBundle(): Promise<WidgetBundle> {
  bundle ??= load().catch((error: unknown) => {
    bundle = null;
    throw error;
  });
  return bundle;
}
