import { hash, verify } from '@node-rs/argon2';
import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import { createSession, deleteSession, findSession, sessionLifetimeMs } from '../../store/auth-store.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { getUser, getUserForLogin, putUser } from '../../store/user-store.js';
import { sessionCookieName } from '../auth.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { LanguageTagSchema, problemResponses } from '../schemas/common-schema.js';
import { isKnownTimeZone } from '../../lib/time-zone.js';

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes). */
export const passwordHashOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions);
}

// Verifying against a real hash even for unknown emails keeps response times from revealing which emails exist.
let dummyHash: Promise<string> | undefined;

const MeSchema = Type.Object({
  user: Type.Object({
    id: Type.String(), email: Type.String(), name: Type.String(), role: Type.String(),
    locale: Type.Union([Type.String(), Type.Null()]), timeZone: Type.Union([Type.String(), Type.Null()]), teams: Type.Array(Type.String()),
    presence: Type.Optional(Type.Enum(['online', 'away', 'offline'])),
  }),
  csrfToken: Type.Optional(Type.String()),
});

/** Sign-in with email and password (argon2id), a session cookie, sign-out, and who am I. */
export function authRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/auth/login', {
    schema: {
      tags: ['auth'], summary: 'Sign in; sets an httpOnly session cookie and returns the CSRF token for writes',
      body: Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1024 }) }, { additionalProperties: false }),
      response: { 200: MeSchema, ...problemResponses(400, 401, 429) },
    },
    config: {
      access: 'public',
      rateLimit: { max: 10, timeWindow: 60_000, keyGenerator: (request) => `${request.ip}:${String((request.body as { email?: string } | undefined)?.email ?? '').toLowerCase()}` },
    },
  }, async (request, reply) => {
    const row = await getUserForLogin(ctx.store.db, request.body.email);
    dummyHash ??= hashPassword('not-a-real-password');
    const ok = row?.password_hash && !row.disabled
      ? await verify(row.password_hash, request.body.password)
      : (await verify(await dummyHash, request.body.password), false);
    if (!ok || !row) throw new AppError('BL_BAD_CREDENTIALS', 'The email or password is not correct');
    const session = await createSession(ctx.store.db, row.id, ctx.clock.now());
    reply.setCookie(sessionCookieName, session.secret, {
      path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.secureCookies, maxAge: Math.floor(sessionLifetimeMs / 1000),
    });
    const user = (await getUser(ctx.store.db, row.id))!;
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, timeZone: user.timeZone, teams: user.teams, presence: user.profile.presence }, csrfToken: session.csrfToken };
  });

  app.post('/api/v1/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: Type.Null() } },
    config: { access: 'public' },
  }, async (request, reply) => {
    const secret = request.cookies[sessionCookieName];
    if (secret) await deleteSession(ctx.store.db, secret);
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in person (or the token\'s user) and a fresh view of their CSRF token', response: { 200: MeSchema, ...problemResponses(401) } },
  }, async (request) => {
    const actor = request.actor!;
    if (!actor.userId) {
      return { user: { id: actor.id ?? 'token', email: '', name: 'API token', role: actor.role, locale: null, timeZone: null, teams: [] } };
    }
    const user = await getUser(ctx.store.db, actor.userId);
    if (!user) throw new AppError('BL_UNAUTHORIZED', 'The user no longer exists');
    let csrfToken: string | undefined;
    const secret = request.cookies[sessionCookieName];
    if (actor.type === 'user' && secret) {
      csrfToken = (await findSession(ctx.store.db, secret, ctx.clock.now()))?.csrf_token;
    }
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, timeZone: user.timeZone, teams: user.teams, presence: user.profile.presence }, ...(csrfToken ? { csrfToken } : {}) };
  });

  app.patch('/api/v1/auth/me', {
    schema: {
      tags: ['auth'], summary: 'Change your own working language, time zone or presence',
      body: Type.Object({
        locale: Type.Optional(Type.Union([LanguageTagSchema, Type.Null()])),
        timeZone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
        presence: Type.Optional(Type.Enum(['online', 'away', 'offline'])),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: MeSchema, ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const actor = request.actor!;
    if (!actor.userId) throw new AppError('BL_UNPROCESSABLE', 'This token does not belong to a person');
    const body = request.body;
    if (body.timeZone && !isKnownTimeZone(body.timeZone)) {
      throw new AppError('BL_VALIDATION', `"${body.timeZone}" is not an IANA time zone`, { errors: [{ path: '/body/timeZone', message: 'unknown time zone' }] });
    }
    const user = await getUser(ctx.store.db, actor.userId);
    if (!user) throw new AppError('BL_UNAUTHORIZED', 'The user no longer exists');
    await withTransaction(ctx.store, ctx.bus, async (trx) => {
      await putUser(trx, user.id, {
        email: user.email, name: user.name, role: user.role, teams: user.teams, disabled: user.disabled,
        locale: body.locale !== undefined ? body.locale : user.locale,
        timeZone: body.timeZone !== undefined ? body.timeZone : user.timeZone,
        profile: { ...user.profile, ...(body.presence ? { presence: body.presence } : {}) },
      }, ctx.clock.now());
      await appendAudit(trx, actor, { action: 'user.preferences_changed', entityType: 'user', entityId: user.id, changes: body }, ctx.clock.now(), request.id);
    });
    const fresh = (await getUser(ctx.store.db, user.id))!;
    return { user: { id: fresh.id, email: fresh.email, name: fresh.name, role: fresh.role, locale: fresh.locale, timeZone: fresh.timeZone, teams: fresh.teams, presence: fresh.profile.presence } };
  });
}
