// Global setup of the e2e project (vitest.config.ts): builds the console and the chat widget once, before any e2e
// file starts, when web/dist or web/widget/dist is missing or older than its sources. The browser tests serve what
// is built; when each file rebuilt a stale web/dist in its own beforeAll, several builds emptied and rewrote it at
// the same moment and every browser test failed. A lock directory keeps two test runs started together from doing
// the same to each other: the second waits, finds the build fresh, and builds nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
const lockDir = join(repoRoot, 'node_modules', '.cache', 'borderless-web-build.lock');
const outputs = [join(repoRoot, 'web', 'dist', 'index.html'), join(repoRoot, 'web', 'widget', 'dist', 'widget.js')];
const sources = [join(repoRoot, 'web', 'src'), join(repoRoot, 'web', 'widget', 'src'), join(repoRoot, 'web', 'index.html')];
const LOCK_WAIT_MS = 180_000;
// A build takes well under a minute; a lock older than this was left by a run that was killed.
const STALE_LOCK_MS = 300_000;

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0);
}

/** True when a build output is missing or older than the newest source file. */
export function consoleIsStale(): boolean {
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  return built < Math.max(...sources.map(newestMtime));
}

async function withBuildLock(work: () => void): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  mkdirSync(join(lockDir, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(lockDir, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lockDir, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`e2e: ${lockDir} is held by another build for over ${LOCK_WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Vitest global setup: runs once per test run, and only when an e2e file is queued. */
export default async function buildConsoleOnce(): Promise<void> {
  if (!consoleIsStale()) return;
  await withBuildLock(() => {
    // Another run may have built while this one waited for the lock.
    if (consoleIsStale()) execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-web.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  });
}
