import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './store-schema.js';

/**
 * Building and compiling a Kysely query costs more than running it on SQLite (7–40 µs against 2–10 µs for the
 * queries of the ingest path). A prepared query is built once per dialect with named placeholders and run many
 * times with new values: the hot paths (ingest, routing after ingest, reading a conversation back) use these.
 *
 * The builder must only pass parameters through to Kysely as values (`where('id', '=', p.id)`, `values({ … })`):
 * it must not branch on them, transform them or spread an array into `in (…)`. A builder that does is refused
 * when it is first compiled.
 *
 * @example
 * const byId = preparedQuery<{ id: string }, { name: string }>((db, p) =>
 *   db.selectFrom('customers').select('name').where('id', '=', p.id));
 * const rows = await byId.execute(trx, { id });
 */
export interface PreparedQuery<P extends Record<string, unknown>, O> {
  /** All result rows. */
  execute(db: Kysely<Database>, params: P): Promise<O[]>;
  /** The first row, if any. */
  executeTakeFirst(db: Kysely<Database>, params: P): Promise<O | undefined>;
  /** The raw result (affected rows of an insert, update or delete). */
  run(db: Kysely<Database>, params: P): Promise<QueryResult<O>>;
}

interface Compiled {
  query: CompiledQuery<unknown>;
  /** Per position of the compiled parameters: the name of a placeholder, or a constant the builder supplied. */
  slots: Array<{ name: string } | { value: unknown }>;
}

const PLACEHOLDER = '\u0000bl-param:';

/** Builds a {@link PreparedQuery}; see there. */
export function preparedQuery<P extends Record<string, unknown>, O>(
  build: (db: Kysely<Database>, params: P) => Compilable<O>,
): PreparedQuery<P, O> {
  // Kysely compiles differently per dialect; one process may hold both (the test suites do).
  const byAdapter = new WeakMap<object, Compiled>();

  function compiledFor(db: Kysely<Database>): Compiled {
    // The adapter is shared by a Kysely instance and every transaction it opens, so it keys the dialect.
    const adapter = db.getExecutor().adapter;
    let compiled = byAdapter.get(adapter);
    if (compiled) return compiled;
    const placeholders = new Proxy({} as P, { get: (_target, name) => `${PLACEHOLDER}${String(name)}` });
    const query = build(db, placeholders).compile();
    const slots = query.parameters.map((value) =>
      typeof value === 'string' && value.startsWith(PLACEHOLDER) ? { name: value.slice(PLACEHOLDER.length) } : { value });
    for (const value of query.parameters) {
      if (typeof value === 'string' && value.includes(PLACEHOLDER) && !value.startsWith(PLACEHOLDER)) {
        throw new Error(`A prepared query transformed its parameter ${JSON.stringify(value)}: pass parameters through unchanged`);
      }
    }
    if (query.sql.includes(PLACEHOLDER)) throw new Error('A prepared query put a parameter into its SQL text: pass parameters as values');
    compiled = { query, slots };
    byAdapter.set(adapter, compiled);
    return compiled;
  }

  async function run(db: Kysely<Database>, params: P): Promise<QueryResult<O>> {
    const compiled = compiledFor(db);
    const parameters = compiled.slots.map((slot) => {
      if (!('name' in slot)) return slot.value;
      const value = params[slot.name];
      if (value === undefined) throw new Error(`The prepared query needs a value for "${slot.name}"`);
      return value;
    });
    return db.executeQuery<O>({ ...compiled.query, parameters } as CompiledQuery<O>);
  }

  return {
    run,
    async execute(db, params) {
      return (await run(db, params)).rows;
    },
    async executeTakeFirst(db, params) {
      return (await run(db, params)).rows[0];
    },
  };
}
