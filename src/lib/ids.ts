import { randomBytes, randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(10 * 512);
let poolOffset = pool.length;

/**
 * A UUIDv7 (RFC 9562): time-ordered, so ids sort by creation time and make stable pagination cursors.
 *
 * @example
 * const id = newId(); // '01934f4e-8a2b-7c3d-9e1f-2a3b4c5d6e7f'
 */
let lastMs = -1;
let sequence = 0;

export function newId(nowMs: number = Date.now()): string {
  // Within one millisecond the 12-bit rand_a field counts up (RFC 9562 §6.2, method 1), so ids made in the same
  // millisecond by this process still sort in creation order.
  if (nowMs === lastMs && sequence < 0xfff) {
    sequence++;
  } else {
    lastMs = nowMs;
    sequence = Math.floor(Math.random() * 0x7ff);
  }
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const rand = pool.subarray(poolOffset, poolOffset + 10);
  poolOffset += 10;
  const hex = nowMs.toString(16).padStart(12, '0');
  const r = rand.toString('hex');
  const variant = ((rand[2]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${sequence.toString(16).padStart(3, '0')}-${variant}${r.slice(6, 8)}-${r.slice(8, 20)}`;
}

/** A URL-safe random secret of `bytes` bytes of entropy (tokens, session ids, CSRF tokens). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
