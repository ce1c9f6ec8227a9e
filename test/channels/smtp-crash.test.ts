import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable, testDialects, type TestDialect } from '../helpers/dialects.js';
import { exited, freePort, inboundCounts, startServerProcess } from '../helpers/server-process.js';
import { rawMail } from './mail-fixtures.js';

/*
 * Issue 8, Reliability: "SIGKILL the server during 1,000 SMTP sends from a real SMTP client — every message that
 * got 250 is stored exactly once." The real server runs as a child process with inbound SMTP on; eight SMTP
 * clients (one connection each, like a sending MTA) stream 1,000 mails and the process is SIGKILLed mid-stream.
 * After a restart on the same database every acknowledged Message-ID is there exactly once, and re-delivering all
 * 1,000 (what MTAs do with unacknowledged mail) leaves each stored exactly once.
 */

const bootstrapToken = 'bl_smtp_crash_token_0123456789';
const clients = 8;
const total = 1000;
const killAfterAcks = 350;
const support = 'support@brand.example.jp';

interface Server { child: ChildProcess; base: string; smtpPort: number; output: string[] }

async function startServer(databaseUrl: string): Promise<Server> {
  const smtpPort = await freePort();
  const server = await startServerProcess({ BORDERLESS_DATABASE_URL: databaseUrl, BORDERLESS_BOOTSTRAP_TOKEN: bootstrapToken, BORDERLESS_SMTP_PORT: String(smtpPort) });
  return { ...server, smtpPort };
}

async function api(server: Server, method: string, path: string, body: unknown): Promise<number> {
  const res = await fetch(`${server.base}${path}`, {
    method, headers: { authorization: `Bearer ${bootstrapToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  await res.text();
  return res.status;
}

const mailFor = (n: number) => rawMail({
  from: `Customer ${n % 40} <customer${n % 40}@example.jp>`, to: support, subject: `Order ${n}`, messageId: `smtp-crash-${n}@example.jp`,
  charset: 'ISO-2022-JP', body: `注文番号${n}の商品がまだ届いていません。確認をお願いします。`,
});

/** Sends mails `ids` over `clients` connections; stops at the kill. Answers which ids got a 250. */
async function stream(server: Server, ids: number[], killAt: number | null): Promise<{ acked: Set<number>; attempted: Set<number> }> {
  const acked = new Set<number>();
  const attempted = new Set<number>();
  let killed = false;
  let next = 0;
  const sender = async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.smtpPort, secure: false, ignoreTLS: true, pool: true, maxConnections: 1, maxMessages: Infinity });
    try {
      while (!killed && next < ids.length) {
        const n = ids[next++]!;
        attempted.add(n);
        try {
          const info = await transport.sendMail({ envelope: { from: `customer${n % 40}@example.jp`, to: [support] }, raw: mailFor(n) });
          if (!/^250 /.test(info.response)) throw new Error(`unexpected answer ${info.response}`);
          acked.add(n);
          if (killAt !== null && acked.size >= killAt && !killed) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        } catch (error) {
          if (!killed && server.child.signalCode === null) throw error;
          killed = true;
        }
      }
    } finally {
      transport.close();
    }
  };
  await Promise.all(Array.from({ length: clients }, sender));
  return { acked, attempted };
}

function describeCrash(dialect: TestDialect): void {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`SIGKILL during 1,000 SMTP deliveries [${dialect}]`, () => {
    let databaseUrl = '';
    let dispose: () => Promise<void> = async () => undefined;
    let server: Server | undefined;

    beforeAll(async () => {
      if (dialect === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'borderless-smtp-crash-'));
        databaseUrl = `sqlite:${join(dir, 'db')}`;
        dispose = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const database = await createTestDatabase('postgres');
        databaseUrl = database.url;
        dispose = database.dispose;
      }
    });

    afterAll(async () => {
      if (server && server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await exited(server.child);
      }
      await dispose();
    });

    it('stores every mail that got 250 exactly once, and a full re-delivery adds nothing twice', async () => {
      server = await startServer(databaseUrl);
      expect(await api(server, 'PUT', '/api/v1/markets/jp', { preset: 'JP' })).toBe(201);
      expect(await api(server, 'PUT', '/api/v1/channels/email-jp', { kind: 'email', market: 'jp', addresses: [support] })).toBe(201);

      const all = Array.from({ length: total }, (_, n) => n);
      const first = await stream(server, all, killAfterAcks);
      expect((await exited(server.child)).signal).toBe('SIGKILL');
      expect(first.acked.size).toBeGreaterThanOrEqual(killAfterAcks);
      expect(first.acked.size).toBeLessThan(total);

      const afterCrash = await inboundCounts(databaseUrl, 'email');
      const lost = [...first.acked].filter((n) => afterCrash.get(`smtp-crash-${n}@example.jp`) !== 1);
      expect(lost, `acknowledged but not stored exactly once: ${lost.slice(0, 10).join(', ')}`).toEqual([]);
      expect([...afterCrash.values()].every((count) => count === 1)).toBe(true);

      // What a sending MTA does next: it re-delivers everything it did not get a 250 for — here, all of it.
      server = await startServer(databaseUrl);
      const second = await stream(server, all, null);
      expect(second.acked.size).toBe(total);
      const final = await inboundCounts(databaseUrl, 'email');
      expect(all.every((n) => final.get(`smtp-crash-${n}@example.jp`) === 1)).toBe(true);
      const committedUnacked = [...afterCrash.keys()].length - first.acked.size;
      console.log(`[${dialect}] SIGKILL after ${first.acked.size} of ${total} SMTP deliveries got 250: all stored once; `
        + `${committedUnacked} more had committed without their 250 reaching the client; the re-delivery stored each of the ${total} exactly once`);

      server.child.kill('SIGTERM');
      expect((await exited(server.child)).code).toBe(0);
    }, 90_000);
  });
}

for (const dialect of testDialects) describeCrash(dialect);
