/**
 * How often a visitor who keeps typing refreshes the agents' "is typing" indicator. The widget repeats its
 * `typing` frame about twice as often (web/widget/src/widget-view.ts) and the console hides the indicator when no
 * refresh came for a few intervals (web/src/live/visitor-typing.tsx), so a lost "stopped" frame never leaves it on.
 */
export const TYPING_RELAY_INTERVAL_MS = 2_000;

/**
 * Decides which of one widget's typing frames reach the agents: the first `typing`, then at most one refresh per
 * interval however fast the frames come, and one `stopped` after a `typing` that was relayed. Typing is a live
 * signal only: nothing here is stored or goes through the inbound pipeline.
 *
 * @example
 * const gate = new TypingGate();
 * gate.start(0);     // true: relay "typing"
 * gate.start(500);   // false: within the interval
 * gate.start(2_500); // true: refresh
 * gate.stop();       // true: relay "stopped"
 * gate.stop();       // false: already stopped
 */
export class TypingGate {
  private relayedAt: number | null = null;

  constructor(private readonly intervalMs: number = TYPING_RELAY_INTERVAL_MS) {}

  /** A `typing` frame arrived at `nowMs` (a monotonic time): whether to relay it. */
  start(nowMs: number): boolean {
    if (this.relayedAt !== null && nowMs - this.relayedAt < this.intervalMs) return false;
    this.relayedAt = nowMs;
    return true;
  }

  /** The visitor stopped (frame, message sent, socket closed): whether agents were told they were typing. */
  stop(): boolean {
    const wasTyping = this.relayedAt !== null;
    this.relayedAt = null;
    return wasTyping;
  }
}
