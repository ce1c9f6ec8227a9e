import type { AppContext } from './server/app-context.js';
import type { App } from './server/fastify-types.js';

/** What a feature adds to a runtime: routes, and background work to stop on shutdown. */
export interface Features {
  routes: Array<(app: App, ctx: AppContext) => void | Promise<void>>;
  stop(): Promise<void>;
}

/**
 * Wires the features that hook into the pipeline and the event bus (time and SLA, language, routing, channels,
 * jobs). Each feature stays in its own folder; this is the one place that turns them on.
 */
export async function installFeatures(_ctx: Omit<AppContext, 'forgetTokens'>): Promise<Features> {
  const stops: Array<() => Promise<void>> = [];
  return {
    routes: [],
    async stop() {
      for (const stop of stops.reverse()) await stop();
    },
  };
}
