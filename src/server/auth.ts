import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.js';
import type { Clock } from '../lib/clock.js';
import type { Store } from '../store/database.js';
import type { Actor } from '../store/audit-store.js';
import { findApiToken, findSession, hashSecret, touchApiToken, type ApiTokenView } from '../store/auth-store.js';
import { marketScopeOf } from '../store/team-store.js';
import type { Role } from '../store/user-store.js';

/** Who may call a route: anyone (`public`), any signed-in person or token, or at least a role. */
export type Access = 'public' | 'authenticated' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The markets this caller may see, or null for all (partner teams see only theirs). */
    scopeMarkets: string[] | null;
  }
}

export const sessionCookieName = 'bl_session';
const rank: Record<Role, number> = { agent: 1, supervisor: 2, admin: 3 };

/** True when `role` is at least `required` (admin ⊃ supervisor ⊃ agent). */
export function roleAtLeast(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

/**
 * Throws BL_FORBIDDEN unless the request's actor has at least `required`.
 *
 * @example
 * requireRole(request, 'supervisor');
 */
export function requireRole(request: FastifyRequest, required: Role): Actor {
  const actor = request.actor;
  if (!actor) throw new AppError('BL_UNAUTHORIZED', 'Sign in or send a bearer token');
  if (!roleAtLeast(actor.role, required)) throw new AppError('BL_FORBIDDEN', `This needs the ${required} role`);
  return actor;
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authenticates every request whose route is not public: `Authorization: Bearer <token>` for integrations, the
 * session cookie for the console (with a CSRF header on writes). Token look-ups are cached briefly so a busy
 * integration does not hit the database for every call; revocation in this process clears the cache at once.
 */
export function installAuth(app: FastifyInstance, deps: { store: Store; clock: Clock; tokenCacheMs?: number }): { forgetTokens(): void } {
  const tokenCache = new Map<string, { view: ApiTokenView; scope: string[] | null; at: number }>();
  const cacheMs = deps.tokenCacheMs ?? 5000;
  app.decorateRequest('actor', null);
  app.decorateRequest('scopeMarkets', null);

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access ?? (request.url.startsWith('/api/v1/') ? 'authenticated' : 'public');
    const authorization = request.headers.authorization;
    if (access === 'public' && !authorization && !request.cookies?.[sessionCookieName]) return;
    const now = deps.clock.now();

    if (authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) {
        if (access === 'public') return;
        throw new AppError('BL_UNAUTHORIZED', 'The Authorization header must be "Bearer <token>"', { headers: { 'www-authenticate': 'Bearer' } });
      }
      const secret = match[1]!;
      const key = hashSecret(secret);
      let cached = tokenCache.get(key);
      if (!cached || now - cached.at > cacheMs) {
        const view = await findApiToken(deps.store.db, secret);
        if (!view) {
          tokenCache.delete(key);
          if (access === 'public') return;
          throw new AppError('BL_UNAUTHORIZED', 'The bearer token is not valid or was revoked', { headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
        }
        const scope = view.userId ? await marketScopeOf(deps.store.db, view.userId) : null;
        cached = { view, scope, at: now };
        tokenCache.set(key, cached);
        if (tokenCache.size > 10_000) tokenCache.delete(tokenCache.keys().next().value!);
        void touchApiToken(deps.store.db, view.id, now).catch(() => undefined);
      }
      request.actor = { type: 'token', id: cached.view.id, role: cached.view.role, userId: cached.view.userId };
      request.scopeMarkets = cached.scope;
    } else {
      const secret = request.cookies?.[sessionCookieName];
      if (secret) {
        const session = await findSession(deps.store.db, secret, now);
        if (session && !session.disabled) {
          if (unsafeMethods.has(request.method) && access !== 'public') {
            const sent = request.headers['x-csrf-token'];
            if (sent !== session.csrf_token) throw new AppError('BL_CSRF', 'Send the X-CSRF-Token header the console received at sign-in');
          }
          request.actor = { type: 'user', id: session.user_id, role: session.role as Role, userId: session.user_id };
          request.scopeMarkets = await marketScopeOf(deps.store.db, session.user_id);
        }
      }
    }
    if (access === 'public') return;
    if (!request.actor && request.cookies?.[sessionCookieName]) {
      // A cookie that no longer opens a session: tell the console to sign in again, distinct from "never signed in".
      throw new AppError('BL_SESSION_EXPIRED', 'Your session has expired; sign in again');
    }
    if (!request.actor) {
      throw new AppError('BL_UNAUTHORIZED', 'Sign in or send a bearer token', { headers: { 'www-authenticate': 'Bearer' } });
    }
    if (access !== 'authenticated' && !roleAtLeast(request.actor.role, access)) {
      throw new AppError('BL_FORBIDDEN', `This needs the ${access} role`);
    }
  });

  return { forgetTokens: () => tokenCache.clear() };
}
