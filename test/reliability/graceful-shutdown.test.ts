import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('graceful shutdown', () => {
  it('finishes in-flight requests on SIGTERM, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borderless-shutdown-'));
    const port = await freePort();
    const token = 'bl_shutdown_test_token_123456';
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, BORDERLESS_DATABASE_URL: `sqlite:${join(dir, 'db')}`, BORDERLESS_PORT: String(port), BORDERLESS_SMTP_PORT: '0',
        BORDERLESS_DEMO: '0', BORDERLESS_BOOTSTRAP_TOKEN: token, BORDERLESS_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 100; i++) {
        if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const inFlight = Array.from({ length: 40 }, (_, i) => fetch(`${base}/api/v1/messages`, {
        method: 'POST', headers,
        body: JSON.stringify({ channel: 'email', externalId: `shutdown-${i}`, customer: { email: `s${i}@example.com` }, text: 'Hallo, wo ist meine Bestellung?' }),
      }).then((r) => r.status, () => 0));
      await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      const statuses = await Promise.all(inFlight);
      expect(await exited).toBe(0);
      const acknowledged = statuses.filter((s) => s === 201).length;
      // Every request either completed (201) or was refused cleanly before it started (503 / connection refused).
      expect(statuses.every((s) => s === 201 || s === 503 || s === 0)).toBe(true);
      const store = await openStore(`sqlite:${join(dir, 'db')}`);
      const rows = await store.db.selectFrom('messages').select('id').execute();
      await store.close();
      expect(rows.length).toBeGreaterThanOrEqual(acknowledged);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
