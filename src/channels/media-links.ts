import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import type { Database } from '../store/store-schema.js';
import type { AttachmentFacts, ChannelEnvironment, ChannelInstance } from './channel-adapter.js';
import { getChannelState } from './channel-store.js';
import { safeEqual } from './webhook-verification.js';

/** How long a signed media link works: providers fetch at once (Twilio) or when the customer opens it (LINE). */
export const MEDIA_LINK_TTL_MS = 30 * 86_400_000;

const secretKey = 'mediaLinkSecret';

/**
 * The scheme and host providers reach Borderless at for this channel: its own `publicUrl`, else
 * `BORDERLESS_PUBLIC_URL`; null when neither is set.
 *
 * @example
 * publicBase(channel, env); // 'https://help.brand.example'
 */
export function publicBase(channel: ChannelInstance | null, env: Pick<ChannelEnvironment, 'config'>): string | null {
  const own = channel?.config.publicUrl;
  const base = typeof own === 'string' && own ? own : env.config.publicUrl;
  return base ? base.replace(/\/+$/, '') : null;
}

/**
 * Why a kind that sends files as links cannot send them from this channel (no public URL, or not HTTPS where the
 * provider insists), or null.
 *
 * @example
 * mediaLinkProblem(channel, env, 'LINE', true); // 'LINE fetches files only over HTTPS: …'
 */
export function mediaLinkProblem(channel: ChannelInstance | null, env: Pick<ChannelEnvironment, 'config'>, provider: string, httpsOnly = false): string | null {
  const base = publicBase(channel, env);
  if (!base) return `${provider} fetches files from a public URL: set BORDERLESS_PUBLIC_URL (or the channel's publicUrl) to the address it can reach`;
  if (httpsOnly && !base.startsWith('https://')) return `${provider} fetches files only over HTTPS: the public URL ${base} is not https`;
  return null;
}

async function linkSecret(db: Kysely<Database>, channelId: string, nowMs: number): Promise<Buffer> {
  let stored = await getChannelState(db, channelId, secretKey);
  if (!stored) {
    // Insert-if-absent: of two processes racing here, both end up with the first one's secret.
    await db.insertInto('channel_state').values({ channel_id: channelId, key: secretKey, value: randomBytes(32).toString('base64url'), updated_at: isoInstant(nowMs) })
      .onConflict((oc) => oc.columns(['channel_id', 'key']).doNothing()).execute();
    stored = await getChannelState(db, channelId, secretKey);
  }
  return Buffer.from(stored!, 'base64url');
}

const signature = (secret: Buffer, channelId: string, attachmentId: string, expires: number): string =>
  createHmac('sha256', secret).update(`${channelId}.${attachmentId}.${expires}`).digest('base64url');

/**
 * A link a provider fetches an attached file from: `{public URL}/api/v1/media/{channel}/{attachment}/{file name}`,
 * signed with the channel's own secret and valid for {@link MEDIA_LINK_TTL_MS}. Deleting the channel revokes its
 * links. Null when the channel has no public URL.
 *
 * @example
 * await mediaLink(env, channel, file); // 'https://help.brand.example/api/v1/media/sms-us/5f0c…/label.png?expires=…&signature=…'
 */
export async function mediaLink(env: ChannelEnvironment, channel: ChannelInstance, file: AttachmentFacts): Promise<string | null> {
  const base = publicBase(channel, env);
  if (!base) return null;
  const nowMs = env.clock.now();
  const expires = Math.floor((nowMs + MEDIA_LINK_TTL_MS) / 1000);
  const secret = await linkSecret(env.store.db, channel.id, nowMs);
  const name = encodeURIComponent(file.filename.replace(/[/?#]/g, '_'));
  return `${base}/api/v1/media/${channel.id}/${file.id}/${name}?expires=${expires}&signature=${signature(secret, channel.id, file.id, expires)}`;
}

/**
 * Checks a media link's signature and expiry (constant-time).
 *
 * @example
 * await mediaLinkValid(db, 'sms-us', attachmentId, 1809000000, sig, nowMs); // true
 */
export async function mediaLinkValid(db: Kysely<Database>, channelId: string, attachmentId: string, expires: number, given: string, nowMs: number): Promise<boolean> {
  if (!Number.isSafeInteger(expires) || expires * 1000 < nowMs) return false;
  const stored = await getChannelState(db, channelId, secretKey);
  if (!stored) return false;
  return safeEqual(given, signature(Buffer.from(stored, 'base64url'), channelId, attachmentId, expires));
}
