import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { IntervalJobRunner, PostgresJobRunner, SlaTimerJob, type SlaEvent } from '../../src/jobs/index.js';
import { fixedClock } from '../../src/lib/clock.js';
import { createRuntime, type Runtime } from '../../src/runtime.js';
import { openStore } from '../../src/store/index.js';
import { postgresAvailable, testDialects } from '../helpers/dialects.js';
import { useTestApp, type TestApp } from '../helpers/test-app.js';

/*
 * SLA timers (issue 4): warnings at the configured share and breaches at the deadline are marked and announced
 * exactly once — across ticks, across a restart of the process, and with several workers claiming at once.
 */

const HOUR = 3_600_000;
const T0 = Date.parse('2027-04-30T08:30:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

function collect(runtime: Runtime | TestApp['runtime']): SlaEvent[] {
  const events: SlaEvent[] = [];
  runtime.ctx.bus.on('*', (event) => { if (event.type === 'sla.warning' || event.type === 'sla.breached') events.push(event); });
  return events;
}

async function ingest(t: TestApp, n: number, receivedAtMs: number): Promise<string> {
  const res = await t.request({ method: 'POST', url: '/api/v1/messages', body: {
    channel: 'email', externalId: `timer-${n}`, customer: { email: `timer-${n}@example.fr` }, market: 'fr', text: 'Bonjour', receivedAt: iso(receivedAtMs),
  } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().conversation.id;
}

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`SLA timer job [${dialect}]`, () => {
    const t = useTestApp(dialect, T0);

    it('warns at the configured share and breaches at the deadline, once each, across a restart', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/fr', body: { preset: 'FR' } });
      await t().request({ method: 'PUT', url: '/api/v1/sla-policies/fr', body: {
        market: 'fr', firstResponse: 'PT4H', resolution: 'P1D', clock: 'calendar', warningAt: 0.5,
      } });
      const id = await ingest(t(), 1, T0);
      const events = collect(t().runtime);
      const job = new SlaTimerJob(t().runtime.ctx.store, t().runtime.ctx.bus, t().clock);

      // Assertions look at the announced events, not at which worker claimed: the runtime's own job may tick too.
      t().clock.set(T0 + 1.5 * HOUR);
      await job.tick();
      expect(events).toEqual([]);
      t().clock.set(T0 + 2 * HOUR);
      await job.tick();
      await job.tick();
      expect(events).toEqual([expect.objectContaining({
        type: 'sla.warning', conversationId: id, market: 'fr', channel: 'email', target: 'firstResponse', cycle: 1, dueAt: iso(T0 + 4 * HOUR), at: iso(T0 + 2 * HOUR),
      })]);
      t().clock.set(T0 + 4 * HOUR);
      await job.tick();
      expect(events).toHaveLength(2);
      expect(events.at(-1)).toMatchObject({ type: 'sla.breached', conversationId: id, target: 'firstResponse' });

      // A second process on the same database (or this one after a restart) sees what was already announced.
      const clock = fixedClock(T0 + 30 * HOUR);
      const config = loadConfig({ BORDERLESS_DATABASE_URL: t().url, BORDERLESS_SMTP_PORT: '0', BORDERLESS_LOG_LEVEL: 'silent' });
      const restarted = await createRuntime(config, { clock, logger: pino({ level: 'silent' }) });
      try {
        const after = collect(restarted);
        const again = new SlaTimerJob(restarted.ctx.store, restarted.ctx.bus, clock);
        // Only the resolution target is new: past due, so it is a breach with no late warning.
        await again.tick();
        await again.tick();
        expect(after).toEqual([expect.objectContaining({ type: 'sla.breached', conversationId: id, target: 'resolution', dueAt: iso(T0 + 24 * HOUR) })]);
      } finally {
        await restarted.close();
      }
      t().clock.set(T0 + 30 * HOUR);
      await job.tick();
      expect(events.filter((e) => e.type === 'sla.breached' && e.target === 'firstResponse')).toHaveLength(1);
      expect(events.filter((e) => e.target === 'resolution')).toHaveLength(0);
    });

    it('never announces paused or met targets', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/sla-policies/fr', body: {
        market: 'fr', firstResponse: 'PT1H', resolution: 'PT2H', clock: 'calendar', pauseWhilePending: true,
      } });
      t().clock.set(T0 + 40 * HOUR);
      const id = await ingest(t(), 2, T0 + 40 * HOUR);
      await t().request({ method: 'POST', url: `/api/v1/conversations/${id}/replies`, body: { text: 'Nous regardons.' } });
      const events = collect(t().runtime);
      const job = new SlaTimerJob(t().runtime.ctx.store, t().runtime.ctx.bus, t().clock);
      t().clock.set(T0 + 60 * HOUR);
      await job.tick();
      expect(events.filter((e) => e.conversationId === id)).toEqual([]);
    });

    it('announces each of many due timers exactly once when workers in two processes claim at the same time', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/sla-policies/fr', body: { market: 'fr', firstResponse: 'PT1H', clock: 'calendar' } });
      t().clock.set(T0 + 100 * HOUR);
      const ids = new Set<string>();
      for (let n = 100; n < 130; n++) ids.add(await ingest(t(), n, T0 + 100 * HOUR));
      const clock = fixedClock(T0 + 102 * HOUR);
      t().clock.set(T0 + 102 * HOUR);
      const other = await openStore(t().url);
      try {
        const events = collect(t().runtime);
        const workers = [
          new SlaTimerJob(t().runtime.ctx.store, t().runtime.ctx.bus, clock, 7),
          new SlaTimerJob(other, t().runtime.ctx.bus, clock, 5),
          new SlaTimerJob(t().runtime.ctx.store, t().runtime.ctx.bus, clock, 11),
          new SlaTimerJob(other, t().runtime.ctx.bus, clock, 3),
        ];
        await Promise.all(workers.map((w) => w.tick()));
        const mine = events.filter((e) => ids.has(e.conversationId));
        expect(mine).toHaveLength(30);
        expect(new Set(mine.map((e) => e.timerId)).size).toBe(30);
        expect(mine.every((e) => e.type === 'sla.breached')).toBe(true);
        await Promise.all(workers.map((w) => w.tick()));
        expect(events.filter((e) => ids.has(e.conversationId))).toHaveLength(30);
      } finally {
        await other.close();
      }
    });
  });
}

describe('job runners', () => {
  it('runs a job on its interval, never overlapping itself, and waits for the run in flight on stop', async () => {
    const errors: unknown[] = [];
    const runner = new IntervalJobRunner((error) => errors.push(error));
    let runs = 0;
    let active = 0;
    let overlapped = false;
    let finished = 0;
    runner.add({ name: 'count', intervalMs: 5, run: async () => {
      runs++;
      active++;
      if (active > 1) overlapped = true;
      await new Promise((resolve) => setTimeout(resolve, 15));
      active--;
      finished++;
      if (runs === 2) throw new Error('one bad run');
    } });
    runner.start();
    await Promise.all([runner.runNow('count'), runner.runNow('count')]);
    while (runs < 4) await new Promise((resolve) => setTimeout(resolve, 5));
    await runner.stop();
    expect(overlapped).toBe(false);
    expect(finished).toBe(runs);
    expect(errors).toHaveLength(1);
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(runs).toBe(after);
  });

  it.skipIf(!postgresAvailable)('lets one PostgreSQL process at a time run a job', async () => {
    const { createTestDatabase } = await import('../helpers/dialects.js');
    const database = await createTestDatabase('postgres');
    const a = await openStore(database.url);
    const b = await openStore(database.url);
    try {
      const first = new PostgresJobRunner(a);
      const second = new PostgresJobRunner(b);
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => { release = resolve; });
      let entered = 0;
      const job = (wait: boolean) => ({ name: 'exclusive', intervalMs: 60_000, run: async () => { entered++; if (wait) await gate; } });
      first.add(job(true));
      second.add(job(false));
      const holding = first.runNow('exclusive');
      while (entered === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      await second.runNow('exclusive');
      expect(entered).toBe(1);
      release();
      await holding;
      await second.runNow('exclusive');
      expect(entered).toBe(2);
      await first.stop();
      await second.stop();
    } finally {
      await a.close();
      await b.close();
      await database.dispose();
    }
  });
});
