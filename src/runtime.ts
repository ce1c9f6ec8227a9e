import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { Config } from './config/index.js';
import { systemClock, type Clock } from './lib/clock.js';
import { EventBus } from './pipeline/event-bus.js';
import { InboundPipeline } from './pipeline/inbound-pipeline.js';
import { MarketDirectory } from './pipeline/market-directory.js';
import { OutboundService } from './pipeline/outbound-service.js';
import { buildApp } from './server/app.js';
import type { App } from './server/fastify-types.js';
import type { AppContext } from './server/app-context.js';
import { createApiToken, findApiToken } from './store/auth-store.js';
import { migrateToLatest, openStore, type Store } from './store/database.js';
import { hasAdmin } from './store/user-store.js';
import { installFeatures } from './features.js';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A running Borderless: the app (not yet listening), its context, and one close() for graceful shutdown. */
export interface Runtime {
  app: App;
  ctx: Omit<AppContext, 'forgetTokens'>;
  close(): Promise<void>;
}

/**
 * Opens the database, migrates it, applies the bootstrap token and builds the app with every feature. Used by
 * `main.ts`, the CLI and the tests, so all three run the same wiring.
 *
 * @example
 * const runtime = await createRuntime(loadConfig());
 * await runtime.app.listen({ port: 3000 });
 */
export async function createRuntime(config: Readonly<Config>, options: { clock?: Clock; logger?: Logger; store?: Store } = {}): Promise<Runtime> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'borderless' } });
  const clock = options.clock ?? systemClock;
  const store = options.store ?? (await openStore(config.databaseUrl, { onIdleError: (error) => logger.warn({ err: error }, 'an idle database connection was closed by the server') }));
  await migrateToLatest(store);
  await applyBootstrapToken(store, config.bootstrapToken, clock, logger);
  const bus = new EventBus((error, event) => logger.error({ err: error, event: event.type }, 'event handler failed'));
  const markets = new MarketDirectory(store, () => clock.now());
  const pipeline = new InboundPipeline(store, bus, markets, clock);
  const outbound = new OutboundService(store, bus, clock);
  const ctx = { config, store, bus, clock, markets, pipeline, outbound, logger };
  const features = await installFeatures(ctx);
  const app = await buildApp(ctx, { webRoot: join(projectRoot, 'web', 'dist'), plugins: features.routes, logger });
  let closed = false;
  return {
    app,
    ctx,
    async close() {
      if (closed) return;
      closed = true;
      await features.stop();
      await app.close();
      await store.close();
    },
  };
}

/** On a database with no admin yet, creates an admin API token with exactly the configured value. */
export async function applyBootstrapToken(store: Store, token: string | null, clock: Clock, logger: Logger): Promise<boolean> {
  if (!token) return false;
  if (await findApiToken(store.db, token)) return false;
  if (await hasAdmin(store.db)) {
    logger.warn('BORDERLESS_BOOTSTRAP_TOKEN is set but the database already has an admin: ignored');
    return false;
  }
  await createApiToken(store.db, { name: 'bootstrap', role: 'admin', secret: token }, clock.now());
  logger.info('created the bootstrap admin token from BORDERLESS_BOOTSTRAP_TOKEN');
  return true;
}
