import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, postgresAvailable, testDialects, type TestDialect } from '../helpers/dialects.js';
import { exited, inboundCounts, startServerProcess } from '../helpers/server-process.js';

/*
 * "A message answered 200/201 is durable" (issue 3, Reliability). The real server runs as a child process; several
 * clients stream POST /api/v1/messages at it and it is killed with SIGKILL mid-stream (no shutdown hook runs).
 * After a restart on the same database every acknowledged message is there exactly once, with the id it was
 * acknowledged with, and re-sending everything (acknowledged or not) stores no duplicate. The cycle runs twice so
 * the second crash hits a database that has already recovered from one.
 */

const bootstrapToken = 'bl_crash_durability_token_0123456789';
const clients = 8;
const killAfterAcks = 120;
const killAfterMs = 4000;

interface Server { child: ChildProcess; base: string; output: string[] }

async function startServer(databaseUrl: string): Promise<Server> {
  const server = await startServerProcess({ BORDERLESS_DATABASE_URL: databaseUrl, BORDERLESS_BOOTSTRAP_TOKEN: bootstrapToken });
  const health = await fetch(`${server.base}/health`);
  expect(health.status).toBe(200);
  return server;
}

async function api(server: Server, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${server.base}${path}`, {
    method,
    headers: { authorization: `Bearer ${bootstrapToken}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

const texts = [
  { country: 'JP', text: '注文した商品がまだ届いておりません。確認していただけますか。' },
  { country: 'DE', text: 'Meine Bestellung ist noch nicht angekommen. Können Sie das bitte prüfen?' },
  { country: 'BR', text: 'Olá, meu pedido ainda não chegou. Podem verificar, por favor?' },
  { country: 'FR', text: 'Bonjour, ma commande n’est toujours pas arrivée. Pouvez-vous vérifier ?' },
  { country: 'US', text: 'Hi, my order still has not arrived. Could you check please?' },
];

/** The ingest body for one externalId: ~20 customers on three channels, so conversations are appended to concurrently. */
function messageFor(externalId: string, n: number) {
  const who = n % 20;
  const sample = texts[who % texts.length]!;
  const channel = (['email', 'whatsapp', 'chat'] as const)[who % 3]!;
  const customer = channel === 'email' ? { email: `customer${who}@example.com`, country: sample.country }
    : channel === 'whatsapp' ? { phone: `+81 90 0000 ${String(1000 + who)}`, country: sample.country }
      : { handle: `visitor-${who}`, country: sample.country };
  return { channel, externalId, customer, text: `${sample.text} (#${n})` };
}

interface StreamResult { attempted: string[]; acked: Map<string, string> }

/**
 * Runs `clients` concurrent senders with unique externalIds and SIGKILLs the server once `killAfterAcks` messages
 * were acknowledged (or after `killAfterMs`), while requests are still in flight.
 */
async function streamAndKill(server: Server, prefix: string): Promise<StreamResult> {
  const attempted: string[] = [];
  const acked = new Map<string, string>();
  let dead = false;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    server.child.kill('SIGKILL');
  };
  const deadline = setTimeout(kill, killAfterMs);
  void exited(server.child).then(() => { dead = true; });
  let counter = 0;
  const sender = async (client: number) => {
    while (!dead) {
      const n = counter++;
      const externalId = `${prefix}-${client}-${n}`;
      attempted.push(externalId);
      try {
        const res = await api(server, 'POST', '/api/v1/messages', messageFor(externalId, n));
        if (res.status === 200 || res.status === 201) acked.set(externalId, res.json.message.id as string);
        else throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.json)}`);
        if (acked.size >= killAfterAcks) kill();
      } catch (error) {
        // Only the kill may break a request: anything else before it is a real failure.
        if (!killed) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => sender(i)));
  clearTimeout(deadline);
  const exit = await exited(server.child);
  expect(exit.signal).toBe('SIGKILL');
  return { attempted, acked };
}

function describeCrash(dialect: TestDialect): void {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`SIGKILL mid-stream loses no acknowledged message [${dialect}]`, () => {
    let databaseUrl = '';
    let dispose: () => Promise<void> = async () => undefined;
    let server: Server | undefined;

    beforeAll(async () => {
      if (dialect === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'borderless-crash-'));
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

    it('finds every acknowledged message exactly once after two crashes, and a full re-send adds nothing', async () => {
      server = await startServer(databaseUrl);
      const market = await api(server, 'PUT', '/api/v1/markets/jp', { name: 'Japan', countries: ['JP'], languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY' });
      expect(market.status).toBe(201);

      const attempted: string[] = [];
      const acked = new Map<string, string>();
      for (const round of ['first', 'second']) {
        if (round === 'second') server = await startServer(databaseUrl);
        const result = await streamAndKill(server, `crash-${round}`);
        attempted.push(...result.attempted);
        for (const [id, messageId] of result.acked) acked.set(id, messageId);
        // The kill must land mid-stream: some requests acknowledged, some still in flight.
        expect(result.acked.size).toBeGreaterThan(0);
        expect(result.attempted.length).toBeGreaterThan(result.acked.size);
      }

      server = await startServer(databaseUrl);
      // Every acknowledged message is stored exactly once, as seen by the database itself.
      const afterCrash = await inboundCounts(databaseUrl);
      const missing = [...acked.keys()].filter((id) => afterCrash.get(id) !== 1);
      expect(missing, `acknowledged but not stored exactly once: ${missing.slice(0, 10).join(', ')}`).toEqual([]);
      expect([...afterCrash.values()].every((n) => n === 1)).toBe(true);

      // Through the API: a re-send of an acknowledged message is a 200 with the id it was acknowledged with;
      // a re-send of an unacknowledged one is stored (201) or found (200, it committed before the kill).
      const resent = new Map<string, number>();
      for (let i = 0; i < attempted.length; i += clients) {
        await Promise.all(attempted.slice(i, i + clients).map(async (externalId) => {
          const res = await api(server!, 'POST', '/api/v1/messages', messageFor(externalId, Number(externalId.split('-').pop())));
          resent.set(externalId, res.status);
          if (acked.has(externalId)) {
            expect(res.status, externalId).toBe(200);
            expect(res.json.message.id, externalId).toBe(acked.get(externalId));
          } else {
            expect([200, 201], `${externalId}: ${JSON.stringify(res.json)}`).toContain(res.status);
          }
        }));
      }

      const final = await inboundCounts(databaseUrl);
      expect(final.size).toBe(new Set(attempted).size);
      expect([...final.values()].every((n) => n === 1)).toBe(true);
      const unackedButStored = attempted.filter((id) => !acked.has(id) && resent.get(id) === 200).length;
      console.log(`[${dialect}] ${attempted.length} sent over two SIGKILLs, ${acked.size} acknowledged — all stored once; `
        + `${unackedButStored} unacknowledged had committed before the kill, ${attempted.length - acked.size - unackedButStored} had not and were stored by the re-send`);

      // Graceful shutdown still works on the recovered database.
      server.child.kill('SIGTERM');
      expect((await exited(server.child)).code).toBe(0);
    }, 90_000);
  });
}

for (const dialect of testDialects) describeCrash(dialect);
