import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { newId, newSecret } from '../lib/ids.js';
import type { Database } from './store-schema.js';
import type { Role } from './user-store.js';

/** Tokens and session ids are high-entropy secrets, so a plain SHA-256 is the right hash (no argon2 needed). */
export function hashSecret(secret: string): string {
  // The one-shot hash: every authenticated request hashes its token or session id.
  return hash('sha256', secret, 'hex');
}

export interface ApiTokenView {
  id: string; name: string; role: Role; prefix: string; userId: string | null; createdBy: string | null;
  createdAt: string; lastUsedAt: string | null; revokedAt: string | null;
}

/**
 * Creates an API token and returns its secret once; only the hash is stored.
 *
 * @example
 * const { token } = await createApiToken(db, { name: 'Shopify sync', role: 'agent' }, clock.now());
 */
export async function createApiToken(
  db: Kysely<Database>,
  input: { name: string; role: Role; userId?: string | null; createdBy?: string | null; secret?: string },
  nowMs: number,
): Promise<{ token: string; view: ApiTokenView }> {
  const token = input.secret ?? `bl_${newSecret(32)}`;
  const id = newId(nowMs);
  const row = {
    id, name: input.name, role: input.role, token_hash: hashSecret(token), token_prefix: token.slice(0, 7),
    user_id: input.userId ?? null, created_by: input.createdBy ?? null, created_at: isoInstant(nowMs),
    last_used_at: null, revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return { token, view: toTokenView(row) };
}

function toTokenView(r: {
  id: string; name: string; role: string; token_prefix: string; user_id: string | null; created_by: string | null;
  created_at: string; last_used_at: string | null; revoked_at: string | null;
}): ApiTokenView {
  return {
    id: r.id, name: r.name, role: r.role as Role, prefix: r.token_prefix, userId: r.user_id, createdBy: r.created_by,
    createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
  };
}

/** Finds the live token a bearer secret belongs to. */
export async function findApiToken(db: Kysely<Database>, secret: string): Promise<ApiTokenView | undefined> {
  const row = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashSecret(secret))
    .where('revoked_at', 'is', null).executeTakeFirst();
  return row ? toTokenView(row) : undefined;
}

/** Every token (without secrets), newest first. */
export async function listApiTokens(db: Kysely<Database>): Promise<ApiTokenView[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toTokenView);
}

/** Revokes a token; answers whether a live one existed. */
export async function revokeApiToken(db: Kysely<Database>, id: string, nowMs: number): Promise<boolean> {
  const r = await db.updateTable('api_tokens').set({ revoked_at: isoInstant(nowMs) }).where('id', '=', id)
    .where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Stamps last use at most once a minute per token, so bearer traffic does not write on every request. */
export async function touchApiToken(db: Kysely<Database>, id: string, nowMs: number): Promise<void> {
  const cutoff = isoInstant(nowMs - 60_000);
  await db.updateTable('api_tokens').set({ last_used_at: isoInstant(nowMs) }).where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', cutoff)])).execute();
}

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/** Opens a session for a user; returns the cookie secret and the CSRF token the console must echo. */
export async function createSession(db: Kysely<Database>, userId: string, nowMs: number): Promise<{ secret: string; csrfToken: string; expiresAt: string }> {
  const secret = newSecret(32);
  const csrfToken = newSecret(24);
  const expiresAt = isoInstant(nowMs + sessionLifetimeMs);
  await db.insertInto('sessions').values({
    id_hash: hashSecret(secret), user_id: userId, csrf_token: csrfToken, created_at: isoInstant(nowMs),
    expires_at: expiresAt, last_seen_at: isoInstant(nowMs),
  }).execute();
  return { secret, csrfToken, expiresAt };
}

/** Finds a live session by its cookie secret, with its user's role. */
export async function findSession(db: Kysely<Database>, secret: string, nowMs: number) {
  return db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id_hash', 'sessions.user_id', 'sessions.csrf_token', 'sessions.expires_at', 'users.role', 'users.disabled'])
    .where('sessions.id_hash', '=', hashSecret(secret)).where('sessions.expires_at', '>', isoInstant(nowMs))
    .executeTakeFirst();
}

/** Ends a session. */
export async function deleteSession(db: Kysely<Database>, secret: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(secret)).execute();
}
