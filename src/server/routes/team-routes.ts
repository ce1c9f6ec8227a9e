import { Type } from 'typebox';
import { AppError, type FieldError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { getTeam, listTeams, putTeam, teamKinds } from '../../store/team-store.js';
import { getUser, listUsers, putUser, roles, emptyProfile, type AgentProfile } from '../../store/user-store.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { IdSchema, LanguageTagSchema, problemResponses, SlugSchema } from '../schemas/common-schema.js';
import { TimeRangeSchema, WeeklyHoursSchema } from '../schemas/market-schema.js';
import { hashPassword } from './auth-routes.js';
import { isKnownTimeZone } from '../../lib/time-zone.js';

const TeamBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Enum(teamKinds),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  location: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  markets: Type.Array(SlugSchema, { maxItems: 100, uniqueItems: true }),
  languages: Type.Optional(Type.Array(LanguageTagSchema, { maxItems: 50, uniqueItems: true })),
  channels: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$' }), { maxItems: 30, uniqueItems: true })),
}, { additionalProperties: false });

const TeamSchema = Type.Object({
  id: Type.String(), name: Type.String(), kind: Type.String(), timeZone: Type.String(), location: Type.Union([Type.String(), Type.Null()]),
  markets: Type.Array(Type.String()), languages: Type.Array(Type.String()), channels: Type.Array(Type.String()),
  members: Type.Array(Type.String()), createdAt: Type.String(), updatedAt: Type.String(),
});

const levels = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;
const AgentBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ format: 'email', maxLength: 320 }),
  role: Type.Enum(roles),
  teams: Type.Optional(Type.Array(IdSchema, { maxItems: 50, uniqueItems: true })),
  languages: Type.Optional(Type.Array(Type.Object({ language: LanguageTagSchema, level: Type.Enum(levels) }, { additionalProperties: false }), { maxItems: 30 })),
  timeZone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
  locale: Type.Optional(Type.Union([LanguageTagSchema, Type.Null()])),
  shifts: Type.Optional(WeeklyHoursSchema),
  capacity: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$' }), Type.Integer({ minimum: 0, maximum: 1000 }), { additionalProperties: false })),
  presence: Type.Optional(Type.Union([Type.Literal('online'), Type.Literal('away'), Type.Literal('offline')])),
  skills: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100 })),
  password: Type.Optional(Type.String({ minLength: 10, maxLength: 1024, description: 'sets the sign-in password (10+ characters)' })),
  disabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const AgentSchema = Type.Object({
  id: Type.String(), name: Type.String(), email: Type.String(), role: Type.String(), teams: Type.Array(Type.String()),
  languages: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
  timeZone: Type.Union([Type.String(), Type.Null()]), locale: Type.Union([Type.String(), Type.Null()]),
  shifts: Type.Record(Type.String(), Type.Array(Type.Array(Type.String()))), capacity: Type.Record(Type.String(), Type.Integer()),
  presence: Type.String(), skills: Type.Array(Type.String()), disabled: Type.Boolean(), createdAt: Type.String(), updatedAt: Type.String(),
});

function toAgentView(u: NonNullable<Awaited<ReturnType<typeof getUser>>>) {
  return {
    id: u.id, name: u.name, email: u.email, role: u.role, teams: u.teams, languages: u.profile.languages, timeZone: u.timeZone,
    locale: u.locale, shifts: u.profile.shifts, capacity: u.profile.capacity, presence: u.profile.presence, skills: u.profile.skills,
    disabled: u.disabled, createdAt: u.createdAt, updatedAt: u.updatedAt,
  };
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** Overlapping or empty intervals within one day of a weekly schedule. */
export function shiftErrors(shifts: Record<string, ReadonlyArray<readonly [string, string]>> | undefined, path: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const [day, ranges] of Object.entries(shifts ?? {})) {
    const spans = ranges.map(([a, b], i) => {
      const start = minutes(a);
      let end = minutes(b);
      if (start === end) errors.push({ path: `${path}/${day}/${i}`, message: 'an interval must not be empty' });
      if (end < start) end += 24 * 60;
      return { start, end, i };
    }).sort((x, y) => x.start - y.start);
    for (let k = 1; k < spans.length; k++) {
      if (spans[k]!.start < spans[k - 1]!.end) errors.push({ path: `${path}/${day}/${spans[k]!.i}`, message: 'overlaps another interval of the same day' });
    }
  }
  return errors;
}

/** Teams (HQ, hubs, local offices, partners) and the agents in them. */
export function teamRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/teams', {
    schema: { tags: ['teams'], summary: 'List teams', response: { 200: Type.Object({ items: Type.Array(TeamSchema) }) } },
  }, async () => ({ items: await listTeams(ctx.store.db) }));

  app.get('/api/v1/teams/:id', {
    schema: { tags: ['teams'], summary: 'Read a team', params: Type.Object({ id: IdSchema }), response: { 200: TeamSchema, ...problemResponses(404) } },
  }, async (request) => {
    const team = await getTeam(ctx.store.db, request.params.id);
    if (!team) throw new AppError('BL_NOT_FOUND', `No team "${request.params.id}"`);
    return team;
  });

  app.put('/api/v1/teams/:id', {
    schema: {
      tags: ['teams'], summary: 'Create or replace a team', params: Type.Object({ id: SlugSchema }), body: TeamBody,
      response: { 200: TeamSchema, 201: TeamSchema, ...problemResponses(400, 401, 403, 422) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const body = request.body;
    const errors: FieldError[] = [];
    if (!isKnownTimeZone(body.timeZone)) errors.push({ path: '/body/timeZone', message: `"${body.timeZone}" is not an IANA time zone` });
    const known = new Set((await ctx.markets.all()).map((m) => m.code));
    body.markets.forEach((m, i) => { if (!known.has(m)) errors.push({ path: `/body/markets/${i}`, message: `unknown market "${m}"` }); });
    if (errors.length) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const { created } = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const r = await putTeam(trx, request.params.id, {
        name: body.name, kind: body.kind, timeZone: body.timeZone, location: body.location ?? null, markets: body.markets,
        languages: body.languages ?? [], channels: body.channels ?? [],
      }, ctx.clock.now());
      await appendAudit(trx, request.actor!, { action: r.created ? 'team.created' : 'team.updated', entityType: 'team', entityId: request.params.id, changes: body }, ctx.clock.now(), request.id);
      return r;
    });
    return reply.status(created ? 201 : 200).send((await getTeam(ctx.store.db, request.params.id))!);
  });

  app.get('/api/v1/agents', {
    schema: { tags: ['agents'], summary: 'List agents (every user)', response: { 200: Type.Object({ items: Type.Array(AgentSchema) }) } },
  }, async () => ({ items: (await listUsers(ctx.store.db)).map(toAgentView) }));

  app.get('/api/v1/agents/:id', {
    schema: { tags: ['agents'], summary: 'Read an agent', params: Type.Object({ id: IdSchema }), response: { 200: AgentSchema, ...problemResponses(404) } },
  }, async (request) => {
    const user = await getUser(ctx.store.db, request.params.id);
    if (!user) throw new AppError('BL_NOT_FOUND', `No agent "${request.params.id}"`);
    return toAgentView(user);
  });

  app.put('/api/v1/agents/:id', {
    schema: {
      tags: ['agents'], summary: 'Create or replace an agent (a user who can sign in when given a password)',
      params: Type.Object({ id: SlugSchema }), body: AgentBody,
      response: { 200: AgentSchema, 201: AgentSchema, ...problemResponses(400, 401, 403, 409, 422) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const body = request.body;
    const actor = request.actor!;
    if (body.role === 'admin' && actor.role !== 'admin') throw new AppError('BL_FORBIDDEN', 'Only an admin can make an admin');
    const errors: FieldError[] = [];
    if (body.timeZone && !isKnownTimeZone(body.timeZone)) errors.push({ path: '/body/timeZone', message: `"${body.timeZone}" is not an IANA time zone` });
    const teams = body.teams ?? [];
    const knownTeams = new Set((await listTeams(ctx.store.db)).map((t) => t.id));
    teams.forEach((t, i) => { if (!knownTeams.has(t)) errors.push({ path: `/body/teams/${i}`, message: `unknown team "${t}"` }); });
    errors.push(...shiftErrors(body.shifts as Record<string, Array<[string, string]>> | undefined, '/body/shifts'));
    const langs = new Set<string>();
    (body.languages ?? []).forEach((l, i) => {
      if (langs.has(l.language)) errors.push({ path: `/body/languages/${i}`, message: 'language listed twice' });
      langs.add(l.language);
    });
    if (errors.length) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const sameEmail = await ctx.store.db.selectFrom('users').select('id').where('email', '=', body.email.toLowerCase()).executeTakeFirst();
    if (sameEmail && sameEmail.id !== request.params.id) throw new AppError('BL_CONFLICT', `Another user already has the email ${body.email}`);
    const existing = await getUser(ctx.store.db, request.params.id);
    const profile: AgentProfile = {
      ...emptyProfile, ...(existing?.profile ?? {}),
      ...(body.languages ? { languages: body.languages } : {}),
      ...(body.shifts ? { shifts: body.shifts as AgentProfile['shifts'] } : {}),
      ...(body.capacity ? { capacity: body.capacity } : {}),
      ...(body.presence ? { presence: body.presence } : {}),
      ...(body.skills ? { skills: body.skills } : {}),
    };
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    const { created } = await withTransaction(ctx.store, ctx.bus, async (trx) => {
      const r = await putUser(trx, request.params.id, {
        email: body.email, name: body.name, role: body.role, locale: body.locale ?? existing?.locale ?? null,
        timeZone: body.timeZone ?? existing?.timeZone ?? null, teams, profile, disabled: body.disabled ?? false, passwordHash,
      }, ctx.clock.now());
      const { password: _omit, ...changes } = body;
      await appendAudit(trx, actor, { action: r.created ? 'agent.created' : 'agent.updated', entityType: 'user', entityId: request.params.id, changes: { ...changes, passwordChanged: Boolean(body.password) } }, ctx.clock.now(), request.id);
      return r;
    });
    return reply.status(created ? 201 : 200).send(toAgentView((await getUser(ctx.store.db, request.params.id))!));
  });
}

export { TimeRangeSchema };
