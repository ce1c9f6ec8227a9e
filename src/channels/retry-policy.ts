/** How the outbox retries: exponential backoff with jitter, capped, and a deadline after which it gives up. */
export interface RetryPolicy {
  /** Delay before the second attempt. */
  baseDelayMs: number;
  /** No wait is ever longer than this. */
  maxDelayMs: number;
  /** An item still undelivered this long after it was queued is marked failed. */
  giveUpAfterMs: number;
  /** An item is marked failed after this many attempts, whatever its age. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
  giveUpAfterMs: 48 * 3_600_000,
  maxAttempts: 200,
};

/**
 * The wait before the next attempt after `attempts` failed ones: base·2^(attempts−1), capped, then "equal
 * jitter" (half fixed, half random) so a provider coming back is not hit by every item at the same instant.
 * `random` is injected so tests are deterministic.
 *
 * @example
 * retryDelayMs(1, defaultRetryPolicy, () => 0.5); // 7500
 * retryDelayMs(3, defaultRetryPolicy, () => 1);   // 40000
 */
export function retryDelayMs(attempts: number, policy: RetryPolicy, random: () => number, hintMs?: number): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, Math.min(attempts - 1, 30));
  const capped = Math.min(policy.maxDelayMs, exponential);
  const jittered = capped / 2 + (capped / 2) * Math.min(1, Math.max(0, random()));
  // A provider's Retry-After outranks our guess, within the cap.
  return Math.round(hintMs !== undefined ? Math.min(policy.maxDelayMs, Math.max(hintMs, jittered)) : jittered);
}

/**
 * When to try again, or null when the item should be given up (too many attempts, or the next attempt would fall
 * after the deadline).
 *
 * @example
 * nextAttemptAt({ attempts: 2, createdMs: 0, nowMs: 60_000 }, defaultRetryPolicy, Math.random); // ~60_000 + 15–20 s
 */
export function nextAttemptAt(
  item: { attempts: number; createdMs: number; nowMs: number }, policy: RetryPolicy, random: () => number, hintMs?: number,
): number | null {
  if (item.attempts >= policy.maxAttempts) return null;
  const at = item.nowMs + retryDelayMs(item.attempts, policy, random, hintMs);
  return at > item.createdMs + policy.giveUpAfterMs ? null : at;
}
