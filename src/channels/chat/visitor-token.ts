import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isoInstant } from '../../lib/clock.js';
import type { Database } from '../../store/store-schema.js';
import type { ChannelInstance } from '../channel-adapter.js';
import { getChannelState } from '../channel-store.js';
import { safeEqual } from '../webhook-verification.js';

/** How long a visitor token stays valid; every session renews it, so a visitor who returns within this keeps their history. */
export const VISITOR_TOKEN_TTL_MS = 90 * 86_400_000;

const secretKey = 'visitorTokenSecret';
const secrets = new Map<string, Buffer>();

/**
 * The secret a chat channel signs visitor tokens with: random, made on first use and kept in the channel's state
 * (so every process shares it, and deleting the channel revokes its tokens).
 *
 * @example
 * const secret = await visitorTokenSecret(db, channel, nowMs);
 */
export async function visitorTokenSecret(db: Kysely<Database>, channel: Pick<ChannelInstance, 'id' | 'createdAt'>, nowMs: number): Promise<Buffer> {
  const cacheKey = `${channel.id}\u0000${channel.createdAt}`;
  const cached = secrets.get(cacheKey);
  if (cached) return cached;
  let stored = await getChannelState(db, channel.id, secretKey);
  if (!stored) {
    // Insert-if-absent: of two processes racing here, both end up with the first one's secret.
    await db.insertInto('channel_state').values({ channel_id: channel.id, key: secretKey, value: randomBytes(32).toString('base64url'), updated_at: isoInstant(nowMs) })
      .onConflict((oc) => oc.columns(['channel_id', 'key']).doNothing()).execute();
    stored = await getChannelState(db, channel.id, secretKey);
  }
  const secret = Buffer.from(stored!, 'base64url');
  secrets.set(cacheKey, secret);
  return secret;
}

/** What a visitor token says. */
export interface VisitorClaims {
  /** The visitor id: the customer's handle on the chat channel and the thread of their conversations. */
  visitorId: string;
  channelId: string;
  expiresAt: number;
}

/**
 * A new random visitor id.
 *
 * @example
 * newVisitorId(); // 'v_Xk3…' (22 random characters)
 */
export function newVisitorId(): string {
  return `v_${randomBytes(16).toString('base64url')}`;
}

/**
 * Signs a visitor token: `<base64url claims>.<base64url HMAC-SHA256>`.
 *
 * @example
 * const token = signVisitorToken(secret, { visitorId, channelId: 'chat-jp', expiresAt: nowMs + VISITOR_TOKEN_TTL_MS });
 */
export function signVisitorToken(secret: Buffer, claims: VisitorClaims): string {
  const body = Buffer.from(JSON.stringify({ v: claims.visitorId, c: claims.channelId, e: Math.floor(claims.expiresAt / 1000) })).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/**
 * Reads a visitor token of `channelId`; null when it is malformed, forged, expired or for another channel.
 *
 * @example
 * verifyVisitorToken(secret, token, 'chat-jp', nowMs)?.visitorId;
 */
export function verifyVisitorToken(secret: Buffer, token: string | undefined | null, channelId: string, nowMs: number): VisitorClaims | null {
  if (!token || token.length > 600) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  if (!safeEqual(signature, createHmac('sha256', secret).update(body).digest('base64url'))) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { v?: unknown; c?: unknown; e?: unknown };
    if (typeof claims.v !== 'string' || !/^v_[A-Za-z0-9_-]{10,40}$/.test(claims.v) || claims.c !== channelId || typeof claims.e !== 'number') return null;
    if (claims.e * 1000 < nowMs) return null;
    return { visitorId: claims.v, channelId, expiresAt: claims.e * 1000 };
  } catch {
    return null;
  }
}

/**
 * The channel id a token names (unverified), so a request carrying only a token finds its channel.
 *
 * @example
 * tokenChannelId(token); // 'chat-jp'
 */
export function tokenChannelId(token: string | undefined | null): string | null {
  if (!token) return null;
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { c?: unknown };
    return typeof claims.c === 'string' && /^[a-z0-9-]{2,40}$/.test(claims.c) ? claims.c : null;
  } catch {
    return null;
  }
}
