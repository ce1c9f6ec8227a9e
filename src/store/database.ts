import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationResultSet, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrationsFor, type Dialect } from './migrations/index.js';
import type { Database } from './store-schema.js';

/** An open database: the Kysely instance plus what the rest of the store needs to know about it. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Closes every connection; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the database a URL names: `sqlite:<path>` (WAL, busy timeout, foreign keys) or `postgres://…`.
 *
 * @example
 * const store = await openStore('sqlite:./data/borderless.db');
 * await migrateToLatest(store);
 */
export async function openStore(url: string, options: { poolSize?: number; onIdleError?: (error: Error) => void } = {}): Promise<Store> {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const sqlite = new BetterSqlite3(path === ':memory:' ? ':memory:' : resolve(path));
    // WAL lets readers run beside the writer; a committed transaction survives the process being killed
    // (synchronous=NORMAL only risks the last commits on power loss, which WAL + FULL would cover).
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -65536');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    let closed = false;
    return {
      db,
      dialect: 'sqlite',
      async close() {
        if (closed) return;
        closed = true;
        await db.destroy();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection dropped by the server (restart, failover, admin kill) must not crash the process: the pool
  // replaces it on the next checkout.
  pool.on('error', (error) => options.onIdleError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite driver prepares every statement on every call; preparing is a large share of a small query's
 * cost. The app issues a bounded set of distinct SQL texts, so keeping their prepared statements pays off.
 * Safe because the driver runs one statement at a time on its single connection.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, limit = 500): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      let statement = cache.get(sqlText);
      if (statement) return statement;
      statement = sqlite.prepare(sqlText);
      // DDL and pragmas change the schema a cached statement was compiled against: never keep them.
      if (statement.reader || /^\s*(insert|update|delete|with|begin|commit|rollback|savepoint|release)\b/i.test(sqlText)) {
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(sqlText, statement);
      }
      return statement;
    },
  };
}

/** Applies every pending migration; throws if one fails (the failed one is rolled back where the dialect can). */
export async function migrateToLatest(store: Store): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrationsFor(store.dialect) },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error instanceof Error ? result.error : new Error(String(result.error));
  return result;
}
