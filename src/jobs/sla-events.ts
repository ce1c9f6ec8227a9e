import type { EventBus } from '../pipeline/event-bus.js';
import type { SlaTarget } from '../markets/sla-clock.js';

/** Announced once per timer by the SLA timer job, after its claim has committed. */
export interface SlaEvent {
  type: 'sla.warning' | 'sla.breached';
  timerId: string;
  conversationId: string;
  market: string | null;
  channel: string | null;
  target: SlaTarget;
  /** 1 for first response and resolution; counts the customer's turns for next response. */
  cycle: number;
  dueAt: string | null;
  /** When the job claimed it. */
  at: string;
}

type SlaHandler = (event: SlaEvent) => void | Promise<void>;

/**
 * The typed SLA events of one event bus. They ride beside the bus's domain events (which the bus module
 * defines) so that every timer job built on the same bus — several in tests — announces to the same listeners.
 * Handlers run after commit and never fail the job; errors go to `onError`.
 *
 * @example
 * slaEventsOf(ctx.bus).on('sla.breached', (e) => notifySupervisor(e.conversationId));
 */
export class SlaEventEmitter {
  private readonly handlers = new Map<SlaEvent['type'] | '*', SlaHandler[]>();
  onError: (error: unknown, event: SlaEvent) => void = () => undefined;

  on(type: SlaEvent['type'] | '*', handler: SlaHandler): () => void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
    return () => { this.handlers.set(type, (this.handlers.get(type) ?? []).filter((h) => h !== handler)); };
  }

  emit(events: readonly SlaEvent[]): void {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.type) ?? []), ...(this.handlers.get('*') ?? [])]) {
        try {
          const result = handler(event);
          if (result && typeof (result as Promise<void>).catch === 'function') (result as Promise<void>).catch((error: unknown) => this.onError(error, event));
        } catch (error) {
          this.onError(error, event);
        }
      }
    }
  }
}

const emitters = new WeakMap<EventBus, SlaEventEmitter>();

/** The SLA event emitter that belongs to a bus (created on first use). */
export function slaEventsOf(bus: EventBus): SlaEventEmitter {
  let emitter = emitters.get(bus);
  if (!emitter) {
    emitter = new SlaEventEmitter();
    emitters.set(bus, emitter);
  }
  return emitter;
}
