import { CompiledQuery, type Kysely } from 'kysely';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';
import type { DomainEvent, EventBus } from './event-bus.js';

/** One unit of work: what `withTransaction` runs, here sharing a transaction with others. */
export type UnitOfWork<T> = (trx: Kysely<Database>, events: DomainEvent[]) => Promise<T>;

interface Pending {
  work: UnitOfWork<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; value: unknown; events: DomainEvent[] } | { ok: false; error: unknown };

const SAVEPOINT = CompiledQuery.raw('savepoint bl_unit');
const RELEASE = CompiledQuery.raw('release savepoint bl_unit');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint bl_unit');

/**
 * Group commit: units of work that arrive while a transaction is being written wait for it and then share the
 * next one, each inside its own savepoint. Under load, N concurrent ingests cost one commit (one WAL append on
 * SQLite, one fsync on PostgreSQL) instead of N; alone, a unit runs at once in a transaction of its own.
 *
 * What a caller sees does not change: its promise settles only after the commit that holds its changes, its
 * events are emitted only then, and a unit that fails is rolled back to its savepoint without touching the
 * others. If the shared transaction itself fails to commit, every unit of it is run again in a transaction of
 * its own, so one bad batch never turns into errors for work that would have committed alone.
 *
 * @example
 * const commits = new GroupCommit(store, bus, { maxUnits: 64 });
 * const id = await commits.run(async (trx, events) => { …; return messageId; });
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private inFlight = 0;
  private scheduled = false;
  private readonly maxUnits: number;
  private readonly concurrency: number;

  constructor(private readonly store: Store, private readonly bus: EventBus, options: { maxUnits?: number; concurrency?: number } = {}) {
    this.maxUnits = options.maxUnits ?? 64;
    // One writer at a time: SQLite has one connection; on PostgreSQL two batches in flight could take the same
    // locks in opposite orders.
    this.concurrency = options.concurrency ?? 1;
  }

  run<T>(work: UnitOfWork<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work: work as UnitOfWork<unknown>, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * Starts the next batch on the next turn of the event loop, not now: better-sqlite3 answers synchronously, so a
   * transaction started at once would finish before any other request of the same turn could join it.
   */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.concurrency || this.queue.length === 0) return;
    if (this.maxUnits === 1) {
      this.pump();
      return;
    }
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.concurrency && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxUnits);
      this.inFlight++;
      void this.commit(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      await this.alone(batch[0]!);
      return;
    }
    let outcomes: Outcome[];
    try {
      outcomes = await this.store.db.transaction().execute(async (trx) => {
        const done: Outcome[] = [];
        for (const unit of batch) done.push(await inSavepoint(trx, unit.work));
        return done;
      });
    } catch {
      // The batch as a whole did not commit (a failed commit, a deadlock with another process): nothing of it is
      // stored, so each unit may safely run again on its own.
      for (const unit of batch) await this.alone(unit);
      return;
    }
    for (const outcome of outcomes) if (outcome.ok) this.bus.emit(outcome.events);
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) batch[i]!.resolve(outcome.value);
      else batch[i]!.reject(outcome.error);
    });
  }

  private async alone(unit: Pending): Promise<void> {
    try {
      const events: DomainEvent[] = [];
      const value = await this.store.db.transaction().execute((trx) => unit.work(trx, events));
      this.bus.emit(events);
      unit.resolve(value);
    } catch (error) {
      unit.reject(error);
    }
  }
}

async function inSavepoint(trx: Kysely<Database>, work: UnitOfWork<unknown>): Promise<Outcome> {
  await trx.executeQuery(SAVEPOINT);
  const events: DomainEvent[] = [];
  try {
    const value = await work(trx, events);
    await trx.executeQuery(RELEASE);
    return { ok: true, value, events };
  } catch (error) {
    await trx.executeQuery(ROLLBACK_TO);
    await trx.executeQuery(RELEASE);
    return { ok: false, error };
  }
}
