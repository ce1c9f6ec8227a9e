import type { Kysely, Transaction } from 'kysely';
import type { SlaTarget } from '../markets/sla-clock.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';

/** The typed events Borderless emits once a transaction has committed. */
export type DomainEvent =
  | { type: 'message.received'; messageId: string; conversationId: string; market: string | null; channel: string }
  | { type: 'conversation.created'; conversationId: string; market: string | null; channel: string }
  | {
    type: 'conversation.updated'; conversationId: string; market: string | null; changes: string[];
    /**
     * The SLA clocks already followed these changes in the transaction that made them (a reply, a customer message
     * reopening the conversation), so the status handler of the SLA feature has nothing left to do. Not sent to
     * live clients.
     */
    clocksFollowed?: true;
  }
  | { type: 'reply.queued'; messageId: string; conversationId: string; outboxId: string | null; market: string | null; private: boolean }
  | { type: 'customer.created'; customerId: string }
  | { type: 'customer.merged'; customerId: string; mergedId: string }
  // Announced once per SLA timer by the timer job; `cycle` counts the customer's turns for nextResponse (else 1).
  | {
    type: 'sla.warning' | 'sla.breached'; timerId: string; conversationId: string; market: string | null; channel: string | null;
    target: SlaTarget; cycle: number; dueAt: string | null; at: string;
  };

export type DomainEventType = DomainEvent['type'];
type Handler = (event: DomainEvent) => void | Promise<void>;

/**
 * An in-process event bus. Handlers never run inside a transaction and never fail the request that caused the
 * event: a failing handler is reported to `onError` (the logger) and the others still run.
 *
 * @example
 * bus.on('message.received', (e) => push.toAgents(e));
 */
export class EventBus {
  private readonly handlers = new Map<DomainEventType | '*', Handler[]>();
  constructor(private readonly onError: (error: unknown, event: DomainEvent) => void = () => undefined) {}

  on(type: DomainEventType | '*', handler: Handler): () => void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler);
    this.handlers.set(type, list);
    return () => { this.handlers.set(type, (this.handlers.get(type) ?? []).filter((h) => h !== handler)); };
  }

  emit(events: readonly DomainEvent[]): void {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          const result = handler(event);
          if (result && typeof (result as Promise<void>).catch === 'function') {
            (result as Promise<void>).catch((error: unknown) => this.onError(error, event));
          }
        } catch (error) {
          this.onError(error, event);
        }
      }
    }
  }
}

/**
 * Runs `work` in one transaction and emits the events it collected only after the commit; on rollback the
 * events are dropped with the changes they describe.
 *
 * @example
 * const id = await withTransaction(store, bus, async (trx, events) => { …; events.push({ type: 'customer.created', customerId }); return customerId; });
 */
export async function withTransaction<T>(
  store: Store, bus: EventBus, work: (trx: Transaction<Database> | Kysely<Database>, events: DomainEvent[]) => Promise<T>,
): Promise<T> {
  const events: DomainEvent[] = [];
  const result = await store.db.transaction().execute((trx) => work(trx, events));
  bus.emit(events);
  return result;
}
