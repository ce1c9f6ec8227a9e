import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { DomainEvent, EventBus } from '../pipeline/event-bus.js';

/** One live subscriber: what it may see and how to reach it. */
export interface Subscriber {
  /** null: every market; otherwise only events of these markets (partner teams). */
  scopeMarkets: string[] | null;
  send(event: DomainEvent): void;
}

const channelName = 'borderless_events';

/** The market an event concerns, when it has one. */
function marketOf(event: DomainEvent): string | null | undefined {
  return 'market' in event ? event.market : undefined;
}

/**
 * Fans domain events out to live subscribers (agent consoles over WebSocket), each filtered by its market scope.
 * With several processes on PostgreSQL, events travel between them over LISTEN/NOTIFY, so an agent connected to
 * process A sees a message that arrived through process B.
 *
 * @example
 * const hub = new RealtimeHub(bus, logger);
 * await hub.start(databaseUrl);
 * const leave = hub.join({ scopeMarkets: null, send: (e) => socket.send(JSON.stringify(e)) });
 */
export class RealtimeHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly origin = randomUUID();
  private listener: pg.Client | undefined;
  private unsubscribe: (() => void) | undefined;
  // One NOTIFY at a time on the listener connection (pg queues no concurrent queries), in the order events happened.
  private relay: Promise<void> = Promise.resolve();

  constructor(private readonly bus: EventBus, private readonly logger: Logger) {}

  async start(postgresUrl: string | null): Promise<void> {
    this.unsubscribe = this.bus.on('*', (event) => {
      this.deliver(event);
      if (this.listener) this.relay = this.relay.then(() => this.publish(event));
    });
    if (!postgresUrl) return;
    const client = new pg.Client({ connectionString: postgresUrl });
    client.on('error', (error) => this.logger.warn({ err: error }, 'real-time listener connection lost'));
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel !== channelName || !message.payload) return;
      try {
        const { origin, event } = JSON.parse(message.payload) as { origin: string; event: DomainEvent };
        if (origin !== this.origin) this.deliver(event);
      } catch (error) {
        this.logger.warn({ err: error }, 'ignored a malformed real-time notification');
      }
    });
    await client.query(`listen ${channelName}`);
    this.listener = client;
  }

  private async publish(event: DomainEvent): Promise<void> {
    try {
      // NOTIFY payloads are limited to 8,000 bytes; domain events are small (ids, market, kinds).
      await this.listener!.query('select pg_notify($1, $2)', [channelName, JSON.stringify({ origin: this.origin, event })]);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not relay a real-time event to other processes');
    }
  }

  private deliver(event: DomainEvent): void {
    const market = marketOf(event);
    for (const subscriber of this.subscribers) {
      if (subscriber.scopeMarkets && (market === undefined || market === null || !subscriber.scopeMarkets.includes(market))) continue;
      try {
        subscriber.send(event);
      } catch (error) {
        this.logger.debug({ err: error }, 'dropped an event for a closing subscriber');
      }
    }
  }

  join(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.subscribers.clear();
    await this.relay;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
