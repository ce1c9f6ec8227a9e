import { sql } from 'kysely';
import type { Store } from '../store/database.js';

/** Work that runs every `intervalMs` until the runner stops. `run` must be safe to run in several processes. */
export interface RecurringJob {
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
}

/**
 * Runs recurring background jobs. A job never overlaps itself within a process; `stop()` waits for the runs in
 * flight, so the database can be closed right after it.
 */
export interface JobRunner {
  add(job: RecurringJob): void;
  start(): void;
  /** Runs one job now (after any run in flight) — for tests and the CLI. */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

type OnError = (error: unknown, job: string) => void;

/**
 * The in-process runner: a timer per job, re-armed after each run. On SQLite this is all there is — one process
 * owns the database file.
 *
 * @example
 * const runner = new IntervalJobRunner((error, job) => logger.error({ err: error, job }));
 * runner.add({ name: 'sla-timers', intervalMs: 10_000, run: () => job.tick() });
 * runner.start();
 */
export class IntervalJobRunner implements JobRunner {
  private readonly jobs = new Map<string, RecurringJob>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<void>>();
  private started = false;
  private stopped = false;

  constructor(private readonly onError: OnError = () => undefined) {}

  add(job: RecurringJob): void {
    if (this.jobs.has(job.name)) throw new Error(`job "${job.name}" is already registered`);
    this.jobs.set(job.name, job);
    if (this.started) this.arm(job);
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    for (const job of this.jobs.values()) this.arm(job);
  }

  private arm(job: RecurringJob): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      void this.runNow(job.name).finally(() => this.arm(job));
    }, job.intervalMs);
    // Background work must never keep a finished process (or a test run) alive.
    timer.unref();
    this.timers.set(job.name, timer);
  }

  async runNow(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`no job "${name}"`);
    // Chained synchronously, so any number of callers queue up behind the run in flight instead of overlapping it.
    const previous = this.running.get(name) ?? Promise.resolve();
    const run: Promise<void> = previous.then(async () => {
      if (this.stopped) return;
      try {
        await this.execute(job);
      } catch (error) {
        this.onError(error, name);
      }
    }).finally(() => {
      if (this.running.get(name) === run) this.running.delete(name);
    });
    this.running.set(name, run);
    await run;
  }

  /** Runs the job once; subclasses add coordination between processes. */
  protected async execute(job: RecurringJob): Promise<void> {
    await job.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await Promise.all([...this.running.values()]);
  }
}

/**
 * The PostgreSQL runner: the same timers, plus a session advisory lock per job name held while a run lasts, so of
 * N processes sharing the database one scans at a time instead of N racing over the same rows. Correctness does
 * not depend on the lock — each job claims its rows with conditional updates — it only saves wasted work.
 */
export class PostgresJobRunner extends IntervalJobRunner {
  constructor(private readonly store: Store, onError?: OnError) {
    super(onError);
  }

  protected override async execute(job: RecurringJob): Promise<void> {
    const key = `borderless.job.${job.name}`;
    await this.store.db.connection().execute(async (connection) => {
      const locked = await sql<{ ok: boolean }>`select pg_try_advisory_lock(hashtext(${key})) as ok`.execute(connection);
      if (!locked.rows[0]?.ok) return;
      try {
        await job.run();
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
      }
    });
  }
}

/**
 * The runner for a store's dialect.
 *
 * @example
 * const runner = createJobRunner(store, (error, job) => logger.error({ err: error, job }, 'job failed'));
 */
export function createJobRunner(store: Store, onError?: OnError): JobRunner {
  return store.dialect === 'postgres' ? new PostgresJobRunner(store, onError) : new IntervalJobRunner(onError);
}
