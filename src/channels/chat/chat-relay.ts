import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';

/** A frame for a visitor's widget (JSON-serializable). */
export type VisitorFrame = { type: string; [field: string]: unknown };

/** A frame for agents: what a visitor is doing, in a market. */
export interface AgentFrame {
  type: string;
  market: string | null;
  [field: string]: unknown;
}

interface AgentSubscriber {
  scopeMarkets: string[] | null;
  send(frame: AgentFrame): void;
}

const channelName = 'borderless_chat';
// NOTIFY payloads are limited to 8,000 bytes: a longer frame travels as a reference that the receiver loads.
const maxNotifyBytes = 7500;

type Envelope =
  | { origin: string; to: 'visitor'; visitorId: string; frame: VisitorFrame }
  | { origin: string; to: 'visitor-ref'; visitorId: string; messageId: string }
  | { origin: string; to: 'agents'; frame: AgentFrame };

/**
 * Carries chat frames to the sockets that should see them: agent replies and typing to every open widget of a
 * visitor, visitor typing to agents. In one process it is a map of sockets; with several processes on
 * PostgreSQL, frames travel between them over LISTEN/NOTIFY, so a reply sent by process A reaches a visitor
 * connected to process B. Nothing here is needed to deliver a message later: history comes from the database.
 *
 * @example
 * const relay = new ChatRelay(logger, (id) => loadWidgetMessage(db, id));
 * await relay.start(postgresUrl);
 * const leave = relay.joinVisitor(visitorId, (frame) => socket.send(JSON.stringify(frame)));
 */
export class ChatRelay {
  private readonly visitors = new Map<string, Set<(frame: VisitorFrame) => void>>();
  private readonly agents = new Set<AgentSubscriber>();
  private readonly origin = randomUUID();
  private listener: pg.Client | undefined;

  constructor(private readonly logger: Logger, private readonly loadMessage: (messageId: string) => Promise<VisitorFrame | null>) {}

  async start(postgresUrl: string | null): Promise<void> {
    if (!postgresUrl) return;
    const client = new pg.Client({ connectionString: postgresUrl });
    client.on('error', (error) => this.logger.warn({ err: error }, 'chat relay connection lost'));
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel !== channelName || !message.payload) return;
      void this.receive(message.payload);
    });
    await client.query(`listen ${channelName}`);
    this.listener = client;
  }

  private async receive(payload: string): Promise<void> {
    try {
      const envelope = JSON.parse(payload) as Envelope;
      if (envelope.origin === this.origin) return;
      if (envelope.to === 'visitor') this.deliverToVisitor(envelope.visitorId, envelope.frame);
      else if (envelope.to === 'visitor-ref') {
        if (!this.visitors.has(envelope.visitorId)) return;
        const frame = await this.loadMessage(envelope.messageId);
        if (frame) this.deliverToVisitor(envelope.visitorId, frame);
      } else this.deliverToAgents(envelope.frame);
    } catch (error) {
      this.logger.warn({ err: error }, 'ignored a malformed chat relay notification');
    }
  }

  private publish(envelope: Envelope): void {
    if (!this.listener) return;
    let payload = JSON.stringify(envelope);
    if (Buffer.byteLength(payload) > maxNotifyBytes) {
      const id = envelope.to === 'visitor' ? (envelope.frame.message as { id?: string } | undefined)?.id : undefined;
      if (envelope.to !== 'visitor' || !id) return;
      payload = JSON.stringify({ origin: this.origin, to: 'visitor-ref', visitorId: envelope.visitorId, messageId: id } satisfies Envelope);
    }
    this.listener.query('select pg_notify($1, $2)', [channelName, payload])
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not relay a chat frame to other processes'));
  }

  private deliverToVisitor(visitorId: string, frame: VisitorFrame): number {
    const sockets = this.visitors.get(visitorId);
    if (!sockets) return 0;
    for (const send of sockets) {
      try {
        send(frame);
      } catch (error) {
        this.logger.debug({ err: error }, 'dropped a chat frame for a closing widget');
      }
    }
    return sockets.size;
  }

  private deliverToAgents(frame: AgentFrame): void {
    for (const agent of this.agents) {
      if (agent.scopeMarkets && (!frame.market || !agent.scopeMarkets.includes(frame.market))) continue;
      try {
        agent.send(frame);
      } catch (error) {
        this.logger.debug({ err: error }, 'dropped a chat frame for a closing agent socket');
      }
    }
  }

  /** Sends a frame to every open widget of a visitor, in this process and the others; answers how many were local. */
  toVisitor(visitorId: string, frame: VisitorFrame): number {
    this.publish({ origin: this.origin, to: 'visitor', visitorId, frame });
    return this.deliverToVisitor(visitorId, frame);
  }

  /** Sends a frame to every agent socket that may see its market. */
  toAgents(frame: AgentFrame): void {
    this.publish({ origin: this.origin, to: 'agents', frame });
    this.deliverToAgents(frame);
  }

  joinVisitor(visitorId: string, send: (frame: VisitorFrame) => void): () => void {
    let set = this.visitors.get(visitorId);
    if (!set) {
      set = new Set();
      this.visitors.set(visitorId, set);
    }
    set.add(send);
    return () => {
      set.delete(send);
      if (set.size === 0 && this.visitors.get(visitorId) === set) this.visitors.delete(visitorId);
    };
  }

  joinAgent(scopeMarkets: string[] | null, send: (frame: AgentFrame) => void): () => void {
    const subscriber = { scopeMarkets, send };
    this.agents.add(subscriber);
    return () => this.agents.delete(subscriber);
  }

  /** Widgets of this visitor open in this process. */
  localSockets(visitorId: string): number {
    return this.visitors.get(visitorId)?.size ?? 0;
  }

  async stop(): Promise<void> {
    this.visitors.clear();
    this.agents.clear();
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }
}
