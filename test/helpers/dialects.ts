import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest, openStore, type Store } from '../../src/store/index.js';

/** The server the PostgreSQL half of every store test runs on (a fresh database per suite). */
export const postgresAdminUrl = process.env.BORDERLESS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const postgresRequired = process.env.BORDERLESS_REQUIRE_POSTGRES === '1';

async function probePostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgresAvailable = await probePostgres();
if (!postgresAvailable) {
  if (postgresRequired) {
    throw new Error(`BORDERLESS_REQUIRE_POSTGRES=1 but no PostgreSQL answers at ${postgresAdminUrl}`);
  }
  console.warn(`NOTICE: PostgreSQL is not reachable at ${postgresAdminUrl}: the PostgreSQL half of the store tests is SKIPPED.`);
}

export type TestDialect = 'sqlite' | 'postgres';
export const testDialects: TestDialect[] = ['sqlite', 'postgres'];

/** Creates an empty, migrated database of one dialect and returns its URL and a dispose function. */
export async function createTestDatabase(dialect: TestDialect): Promise<{ url: string; dispose(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'borderless-test-'));
    return { url: `sqlite:${join(dir, 'test.db')}`, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bl_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Runs a suite once per real dialect, each on its own fresh migrated database. The PostgreSQL run is
 * skipped (with a printed notice) only when no server is reachable, and fails under BORDERLESS_REQUIRE_POSTGRES=1.
 *
 * @example
 * describeEachDialect('market store', (ctx) => {
 *   it('stores a market', async () => { await ctx.store().db.selectFrom('markets').execute(); });
 * });
 */
export function describeEachDialect(
  title: string,
  suite: (ctx: { store(): Store; url(): string; dialect: TestDialect }) => void,
): void {
  for (const dialect of testDialects) {
    describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`${title} [${dialect}]`, () => {
      let store: Store | undefined;
      let database: { url: string; dispose(): Promise<void> } | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
        store = await openStore(database.url);
        await migrateToLatest(store);
      });
      afterAll(async () => {
        await store?.close();
        await database?.dispose();
      });
      suite({
        store: () => { if (!store) throw new Error('store not ready'); return store; },
        url: () => { if (!database) throw new Error('database not ready'); return database.url; },
        dialect,
      });
    });
  }
}
