import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { createTranslationProvider } from './provider-factory.js';
import { translationRoutes } from './translation-routes.js';
import { TranslationService } from './translation-service.js';

/** What `installTranslation` gives the feature switchboard. */
export interface TranslationFeature {
  service: TranslationService;
  routes: (app: App, ctx: AppContext) => void;
  stop(): Promise<void>;
}

/**
 * Turns machine translation on: the engine the configuration names (or none), the service, and its routes.
 * A misconfigured engine (named without its URL or key) stops the start with a ConfigError.
 *
 * @example
 * const translation = installTranslation(ctx);
 * routes.push(translation.routes);
 */
export function installTranslation(ctx: Omit<AppContext, 'forgetTokens'>): TranslationFeature {
  const provider = createTranslationProvider(ctx.config);
  if (provider) ctx.logger.info({ engine: provider.name }, 'machine translation enabled');
  const service = new TranslationService({
    store: ctx.store, bus: ctx.bus, clock: ctx.clock, markets: ctx.markets, outbound: ctx.outbound, logger: ctx.logger, provider,
  });
  return { service, routes: translationRoutes(service), stop: async () => undefined };
}
