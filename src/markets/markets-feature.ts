import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { CalendarService } from './calendar-service.js';
import { ClosedHoursAutoReply } from './closed-hours-auto-reply.js';
import { marketTimeRoutes } from './market-time-routes.js';
import { SlaClock } from './sla-clock.js';
import { slaPolicyRoutes } from './sla-policy-routes.js';

/** The markets feature once installed: its routes, its shared services, and how to stop it. */
export interface MarketsFeature {
  routes: Array<(app: App, ctx: AppContext) => void | Promise<void>>;
  calendars: CalendarService;
  sla: SlaClock;
  autoReply: ClosedHoursAutoReply;
  stop(): Promise<void>;
}

/**
 * Turns on market time and SLA: compiled calendars shared by every user, SLA clocks inside the ingest and reply
 * transactions, SLA pauses and stops when a status changes elsewhere (after commit), closed-hours auto-replies
 * (after commit), and the routes for presets, deadlines, availability, calendars and SLA policies.
 *
 * @example
 * const markets = installMarketsFeature(ctx);
 * features.routes.push(...markets.routes);
 */
export function installMarketsFeature(ctx: Omit<AppContext, 'forgetTokens'>): MarketsFeature {
  const calendars = new CalendarService();
  const sla = new SlaClock(calendars);
  ctx.pipeline.setEnrichers({
    sla: {
      conversationOpened: (db, input) => sla.conversationOpened(db, input),
      customerMessage: (db, input) => sla.customerMessage(db, input),
    },
  });
  ctx.outbound.setSlaHooks({ agentReplied: (db, input) => sla.agentReplied(db, input) });

  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.catch((error: unknown) => ctx.logger.error({ err: error }, 'SLA status update failed')).finally(() => inFlight.delete(work));
  };
  // Status changes made outside the reply and ingest paths (PATCH, snooze, resolve) reach the clocks through the bus;
  // those two apply the change to the clocks in their own transaction and say so (`clocksFollowed`).
  const offStatus = ctx.bus.on('conversation.updated', (event) => {
    if (event.type !== 'conversation.updated' || !event.changes.includes('status') || event.clocksFollowed) return;
    track(ctx.store.db.transaction().execute(async (trx) => {
      let read = trx.selectFrom('conversations').select('status').where('id', '=', event.conversationId);
      // Locked on PostgreSQL: a customer message committing meanwhile may start a timer, and mirroring the timers
      // read before its commit would write stale deadlines over its own (SQLite runs one transaction at a time).
      if (ctx.store.dialect === 'postgres') read = read.forUpdate();
      const row = await read.executeTakeFirst();
      if (row) await sla.statusChanged(trx, { conversationId: event.conversationId, status: row.status, atMs: ctx.clock.now(), nowMs: ctx.clock.now() });
    }));
  });

  const autoReply = new ClosedHoursAutoReply(ctx.store, ctx.outbound, ctx.clock, ctx.markets, calendars, ctx.logger);
  const offAutoReply = ctx.bus.on('message.received', (event) => { void autoReply.handle(event); });

  return {
    routes: [marketTimeRoutes(calendars), slaPolicyRoutes],
    calendars,
    sla,
    autoReply,
    async stop() {
      offStatus();
      offAutoReply();
      await Promise.allSettled([...inFlight]);
      await autoReply.drain();
    },
  };
}
