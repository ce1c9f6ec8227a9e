/** The source of "now" for everything outside src/domain; tests pass a fixed or stepping clock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock for tests and tools: starts at `startMs` and only moves when told to. */
export function fixedClock(startMs: number): Clock & { set(ms: number): void; advance(ms: number): void } {
  let current = startMs;
  return {
    now: () => current,
    set: (ms) => { current = ms; },
    advance: (ms) => { current += ms; },
  };
}

/** Formats epoch milliseconds the way every instant is stored and answered: fixed-width ISO 8601 UTC. */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}
