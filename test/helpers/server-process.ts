import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/index.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A Borderless server running as a child process, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Everything it printed, for failure messages. */
  output: string[];
}

/** A TCP port free on loopback right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts `node --import tsx src/main.ts` on an ephemeral port and resolves once it prints where it listens.
 *
 * @example
 * const server = await startServerProcess({ BORDERLESS_DATABASE_URL: url, BORDERLESS_BOOTSTRAP_TOKEN: token });
 * await fetch(`${server.base}/health`);
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env: {
      ...process.env, BORDERLESS_PORT: '0', BORDERLESS_HOST: '127.0.0.1', BORDERLESS_SMTP_PORT: '0', BORDERLESS_DEMO: '0',
      BORDERLESS_LOG_LEVEL: 'warn', ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output.join('')}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Console\s+(http:\/\/[^\s/]+)/.exec(output.join(''));
      if (match) { clearTimeout(timer); resolve(match[1]!); }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output.join('')}`)); });
  });
  return { child, base, output };
}

/** Resolves when the child has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/**
 * How many times each inbound message (by external id) is stored, read straight from a database a server process
 * used — the exactly-once check after a crash.
 *
 * @example
 * const counts = await inboundCounts(url, 'email'); // Map { '<m1@example.jp>' => 1, … }
 */
export async function inboundCounts(databaseUrl: string, channel?: string): Promise<Map<string, number>> {
  const store = await openStore(databaseUrl, { poolSize: 1 });
  try {
    let q = store.db.selectFrom('messages').select(['external_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('direction', '=', 'in');
    if (channel) q = q.where('channel', '=', channel);
    const rows = await q.groupBy('external_id').execute();
    return new Map(rows.map((r) => [r.external_id ?? '', Number(r.n)]));
  } finally {
    await store.close();
  }
}
