import { installChannels } from './channels/index.js';
import { installCultureFeature } from './culture/index.js';
import { createJobRunner, SlaTimerJob } from './jobs/index.js';
import { installLanguageFeature } from './language/language-feature.js';
import { installMarketsFeature } from './markets/index.js';
import { RealtimeHub, realtimeRoutes } from './realtime/index.js';
import { installRouting } from './routing/index.js';
import type { AppContext } from './server/app-context.js';
import type { App } from './server/fastify-types.js';
import { installTranslation } from './translation/index.js';

/** What a feature adds to a runtime: routes, and background work to stop on shutdown. */
export interface Features {
  routes: Array<(app: App, ctx: AppContext) => void | Promise<void>>;
  stop(): Promise<void>;
}

/**
 * Wires the features that hook into the pipeline and the event bus (time and SLA, language, routing, channels,
 * jobs). Each feature stays in its own folder; this is the one place that turns them on.
 */
export async function installFeatures(ctx: Omit<AppContext, 'forgetTokens'>): Promise<Features> {
  const stops: Array<() => Promise<void>> = [];
  const routes: Features['routes'] = [];

  // Live updates for consoles and integrations, relayed between processes over PostgreSQL LISTEN/NOTIFY.
  const hub = new RealtimeHub(ctx.bus, ctx.logger);
  await hub.start(ctx.store.dialect === 'postgres' ? ctx.config.databaseUrl : null);
  routes.push(realtimeRoutes(hub));
  stops.push(() => hub.stop());

  // Every customer in their own language: detection in the pipeline and at POST /api/v1/language/detect.
  routes.push(installLanguageFeature(ctx));

  // Markets on their own clock: calendars, deadlines, SLA clocks and timers, closed-hours auto-replies.
  const markets = installMarketsFeature(ctx);
  routes.push(...markets.routes);
  stops.push(() => markets.stop());
  const jobs = createJobRunner(ctx.store, (error, job) => ctx.logger.error({ err: error, job }, 'background job failed'));
  jobs.add(new SlaTimerJob(ctx.store, ctx.bus, ctx.clock).recurring());
  jobs.start();
  stops.push(() => jobs.stop());

  // Machine translation: message translations, reply previews, glossary, translation memory, language policy.
  const translation = installTranslation(ctx);
  routes.push(translation.routes);
  stops.push(() => translation.stop());

  // Culture: reply review and reviewed sending, conversation briefings, localized macros, the brand signature.
  const culture = installCultureFeature(ctx, { calendars: markets.calendars, translationProvider: translation.service.provider });
  routes.push(...culture.routes);

  // Routing: classification in the pipeline, conversations to agents by language, shift, capacity and team; the queue.
  const routing = installRouting(ctx, { jobs });
  routes.push(routing.routes);
  stops.push(() => routing.stop());

  // Channels: adapters in src/channels/<kind>/, the channel API and webhooks, inbound SMTP and IMAP, the outbox.
  const channels = await installChannels(ctx, { jobs });
  routes.push(channels.routes);
  stops.push(() => channels.stop());

  return {
    routes,
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
