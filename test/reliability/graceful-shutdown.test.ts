import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { exited, startServerProcess } from '../helpers/server-process.js';

describe('graceful shutdown', () => {
  it('finishes in-flight requests on SIGTERM, closes the database and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borderless-shutdown-'));
    const token = 'bl_shutdown_test_token_123456';
    const server = await startServerProcess({ BORDERLESS_DATABASE_URL: `sqlite:${join(dir, 'db')}`, BORDERLESS_BOOTSTRAP_TOKEN: token });
    const child = server.child;
    const stopped = exited(child);
    try {
      const base = server.base;
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const inFlight = Array.from({ length: 40 }, (_, i) => fetch(`${base}/api/v1/messages`, {
        method: 'POST', headers,
        body: JSON.stringify({ channel: 'email', externalId: `shutdown-${i}`, customer: { email: `s${i}@example.com` }, text: 'Hallo, wo ist meine Bestellung?' }),
      }).then((r) => r.status, () => 0));
      await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGTERM');
      const statuses = await Promise.all(inFlight);
      expect((await stopped).code).toBe(0);
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
