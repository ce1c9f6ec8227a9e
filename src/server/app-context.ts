import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Clock } from '../lib/clock.js';
import type { EventBus } from '../pipeline/event-bus.js';
import type { InboundPipeline } from '../pipeline/inbound-pipeline.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import type { OutboundService } from '../pipeline/outbound-service.js';
import type { Store } from '../store/database.js';

/** Everything a route needs, built once at start and passed to every feature's routes. */
export interface AppContext {
  config: Readonly<Config>;
  store: Store;
  bus: EventBus;
  clock: Clock;
  markets: MarketDirectory;
  pipeline: InboundPipeline;
  outbound: OutboundService;
  logger: Logger;
  /** Clears cached bearer tokens (after a revocation). */
  forgetTokens(): void;
}
