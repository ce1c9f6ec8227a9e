import { sql } from 'kysely';
import { Type } from 'typebox';
import {
  compileAgentSchedule, isKnownLanguage, localClock, pivotCheck, shiftStateAt, validateAgentSchedule,
} from '../../domain/routing/index.js';
import { AppError, type FieldError } from '../../errors/index.js';
import { isoInstant } from '../../lib/clock.js';
import { isKnownTimeZone } from '../../lib/time-zone.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import { deleteTeam, getTeam, listTeams, putTeam, teamKinds, type Team } from '../../store/team-store.js';
import {
  emptyProfile, getUser, listUsers, putUser, roles, type AgentProfile, type User,
} from '../../store/user-store.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { IdSchema, InstantSchema, LanguageTagSchema, Nullable, problemResponses, SlugSchema } from '../schemas/common-schema.js';
import { TimeRangeSchema, WeeklyHoursSchema } from '../schemas/market-schema.js';
import { hashPassword } from './auth-routes.js';

const ChannelKey = Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$' });
const DateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

const TeamBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Type.Enum(teamKinds),
  timeZone: Type.String({ minLength: 1, maxLength: 64 }),
  location: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  markets: Type.Array(SlugSchema, { maxItems: 100, uniqueItems: true }),
  languages: Type.Optional(Type.Array(LanguageTagSchema, { maxItems: 50, uniqueItems: true })),
  channels: Type.Optional(Type.Array(ChannelKey, { maxItems: 30, uniqueItems: true, description: 'channels the team serves; none = every channel' })),
}, { additionalProperties: false });

const TeamSchema = Type.Object({
  id: Type.String(), name: Type.String(), kind: Type.String(), timeZone: Type.String(), location: Type.Union([Type.String(), Type.Null()]),
  markets: Type.Array(Type.String()), languages: Type.Array(Type.String()), channels: Type.Array(Type.String()),
  members: Type.Array(Type.String()), createdAt: Type.String(), updatedAt: Type.String(),
});

const levels = ['native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'] as const;
const ExceptionSchema = Type.Object({
  date: DateSchema,
  hours: Type.Array(TimeRangeSchema, { maxItems: 12, description: 'the hours of that date; [] = a day off' }),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
}, { additionalProperties: false });
const TimeOffSchema = Type.Object({
  from: DateSchema, to: DateSchema, reason: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
}, { additionalProperties: false, description: 'inclusive local dates away' });

const AgentBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Type.String({ format: 'email', maxLength: 320 }),
  role: Type.Enum(roles),
  teams: Type.Optional(Type.Array(IdSchema, { maxItems: 50, uniqueItems: true })),
  languages: Type.Optional(Type.Array(Type.Object({ language: LanguageTagSchema, level: Type.Enum(levels) }, { additionalProperties: false }), { maxItems: 30 })),
  timeZone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()])),
  locale: Type.Optional(Type.Union([LanguageTagSchema, Type.Null()])),
  shifts: Type.Optional(WeeklyHoursSchema),
  exceptions: Type.Optional(Type.Array(ExceptionSchema, { maxItems: 400, description: 'dates whose hours replace the weekly shifts' })),
  timeOff: Type.Optional(Type.Array(TimeOffSchema, { maxItems: 100 })),
  capacity: Type.Optional(Type.Record(ChannelKey, Type.Integer({ minimum: 0, maximum: 1000 }), { additionalProperties: false })),
  presence: Type.Optional(Type.Union([Type.Literal('online'), Type.Literal('away'), Type.Literal('offline')])),
  skills: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100 })),
  password: Type.Optional(Type.String({ minLength: 10, maxLength: 1024, description: 'sets the sign-in password (10+ characters)' })),
  disabled: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

const PivotSchema = Type.Object({
  pivotLanguages: Type.Array(Type.String()),
  meets: Type.Boolean({ description: 'speaks a pivot language at near-native level (C2 or native)' }),
  best: Nullable(Type.Object({ language: Type.String(), level: Type.String() })),
  levels: Type.Array(Type.Object({ language: Type.String(), level: Nullable(Type.String()) })),
}, { description: 'the brand\'s pivot-language hiring requirement' });

const AgentSchema = Type.Object({
  id: Type.String(), name: Type.String(), email: Type.String(), role: Type.String(), teams: Type.Array(Type.String()),
  languages: Type.Array(Type.Object({ language: Type.String(), level: Type.String() })),
  timeZone: Type.Union([Type.String(), Type.Null()]), locale: Type.Union([Type.String(), Type.Null()]),
  shifts: Type.Record(Type.String(), Type.Array(Type.Array(Type.String()))),
  exceptions: Type.Array(Type.Object({ date: Type.String(), hours: Type.Array(Type.Array(Type.String())), reason: Type.Optional(Nullable(Type.String())) })),
  timeOff: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), reason: Type.Optional(Nullable(Type.String())) })),
  capacity: Type.Record(Type.String(), Type.Integer()),
  presence: Type.String(), skills: Type.Array(Type.String()), pivot: PivotSchema, disabled: Type.Boolean(),
  createdAt: Type.String(), updatedAt: Type.String(),
});

const AvailabilitySchema = Type.Object({
  agent: Type.String(), at: Type.String(), timeZone: Type.String(), localTime: Type.String(), presence: Type.String(),
  onShift: Type.Boolean(), shiftEndsAt: Nullable(Type.String()), nextShiftAt: Nullable(Type.String()),
  load: Type.Record(Type.String(), Type.Integer()), capacity: Type.Record(Type.String(), Type.Integer()),
  available: Type.Boolean({ description: 'online, on shift and below capacity on at least one channel' }),
});

function toAgentView(u: User, pivotLanguages: readonly string[]) {
  return {
    id: u.id, name: u.name, email: u.email, role: u.role, teams: u.teams, languages: u.profile.languages, timeZone: u.timeZone,
    locale: u.locale, shifts: u.profile.shifts, exceptions: u.profile.exceptions, timeOff: u.profile.timeOff, capacity: u.profile.capacity,
    presence: u.profile.presence, skills: u.profile.skills, pivot: pivotCheck(u.profile.languages, pivotLanguages),
    disabled: u.disabled, createdAt: u.createdAt, updatedAt: u.updatedAt,
  };
}

/**
 * What a caller limited to some markets (a partner team) may see of a team: teams serving one of those markets,
 * with the other markets left out.
 */
function scopeTeam(team: Team, scope: string[] | null): Team | null {
  if (!scope) return team;
  const markets = team.markets.filter((m) => scope.includes(m));
  return markets.length ? { ...team, markets } : null;
}

/** A scoped caller sees the agents of the teams it sees. */
function visibleAgent(user: User, visibleTeams: ReadonlySet<string> | null): boolean {
  return visibleTeams === null || user.teams.some((t) => visibleTeams.has(t));
}

async function visibleTeamIds(ctx: AppContext, scope: string[] | null): Promise<Set<string> | null> {
  if (!scope) return null;
  return new Set((await listTeams(ctx.store.db)).filter((t) => scopeTeam(t, scope)).map((t) => t.id));
}

/**
 * Teams (HQ, hubs, local offices, partners) and the agents in them, with schedules and the pivot check.
 *
 * @example
 * teamRoutes(app, ctx);
 */
export function teamRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/teams', {
    schema: { tags: ['teams'], summary: 'List teams (partners see the teams serving their markets)', response: { 200: Type.Object({ items: Type.Array(TeamSchema) }) } },
  }, async (request) => ({
    items: (await listTeams(ctx.store.db)).map((t) => scopeTeam(t, request.scopeMarkets)).filter((t): t is Team => t !== null),
  }));

  app.get('/api/v1/teams/:id', {
    schema: { tags: ['teams'], summary: 'Read a team', params: Type.Object({ id: IdSchema }), response: { 200: TeamSchema, ...problemResponses(404) } },
  }, async (request) => {
    const team = await getTeam(ctx.store.db, request.params.id);
    const visible = team ? scopeTeam(team, request.scopeMarkets) : null;
    if (!visible) throw new AppError('BL_NOT_FOUND', `No team "${request.params.id}"`);
    return visible;
  });

  app.put('/api/v1/teams/:id', {
    schema: {
      tags: ['teams'], summary: 'Create or replace a team', params: Type.Object({ id: SlugSchema }), body: TeamBody,
      response: { 200: TeamSchema, 201: TeamSchema, ...problemResponses(400, 401, 403, 422) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const body = request.body;
    if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'Partner supervisors cannot change teams');
    const errors: FieldError[] = [];
    if (!isKnownTimeZone(body.timeZone)) errors.push({ path: '/body/timeZone', message: `"${body.timeZone}" is not an IANA time zone` });
    const known = new Set((await ctx.markets.all()).map((m) => m.code));
    body.markets.forEach((m, i) => { if (!known.has(m)) errors.push({ path: `/body/markets/${i}`, message: `unknown market "${m}"` }); });
    (body.languages ?? []).forEach((l, i) => { if (!isKnownLanguage(l)) errors.push({ path: `/body/languages/${i}`, message: `unknown language "${l}"` }); });
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

  app.delete('/api/v1/teams/:id', {
    schema: {
      tags: ['teams'], summary: 'Delete a team that has no members',
      description: 'Its unresolved conversations keep going without a team (routing chooses one when it next assigns them); '
        + 'resolved ones keep its id for reports, and the audit log keeps what the team was. A team with members answers 409: move them to another team first, '
        + 'so that no partner agent is ever left without the team that limits what they see.',
      params: Type.Object({ id: IdSchema }),
      response: { 204: Type.Null(), ...problemResponses(401, 403, 404, 409) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'Partner supervisors cannot change teams');
    await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
      // Read inside the transaction, so no member can join between the check and the delete (on PostgreSQL the row
      // lock makes a concurrent membership insert, whose foreign key check needs the row, wait for this to finish).
      if (ctx.store.dialect === 'postgres') await sql`select id from teams where id = ${request.params.id} for update`.execute(trx);
      const team = await getTeam(trx, request.params.id);
      if (!team) throw new AppError('BL_NOT_FOUND', `No team "${request.params.id}"`);
      if (team.members.length > 0) {
        throw new AppError('BL_CONFLICT', `The team "${team.id}" still has ${team.members.length} member(s) (${team.members.join(', ')}): move them to another team first`);
      }
      const released = await deleteTeam(trx, team.id, ctx.clock.now());
      const { members: _none, ...data } = team;
      await appendAudit(trx, request.actor!, {
        action: 'team.deleted', entityType: 'team', entityId: team.id, changes: { ...data, conversationsReleased: released.length },
      }, ctx.clock.now(), request.id);
      for (const c of released) events.push({ type: 'conversation.updated', conversationId: c.id, market: c.market, changes: ['team'] });
    });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/agents', {
    schema: {
      tags: ['agents'], summary: 'List agents (every user; partners see the agents of the teams serving their markets)',
      querystring: Type.Object({
        belowPivot: Type.Optional(Type.Boolean({ description: 'only agents below near-native level in every pivot language' })),
        team: Type.Optional(IdSchema),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(AgentSchema) }), ...problemResponses(400) },
    },
  }, async (request) => {
    const pivots = (await ctx.markets.brand()).pivotLanguages;
    const teams = await visibleTeamIds(ctx, request.scopeMarkets);
    let items = (await listUsers(ctx.store.db)).filter((u) => visibleAgent(u, teams)).map((u) => toAgentView(u, pivots));
    if (request.query.team) items = items.filter((a) => a.teams.includes(request.query.team!));
    if (request.query.belowPivot !== undefined) items = items.filter((a) => a.pivot.meets !== request.query.belowPivot);
    return { items };
  });

  app.get('/api/v1/agents/:id', {
    schema: { tags: ['agents'], summary: 'Read an agent', params: Type.Object({ id: IdSchema }), response: { 200: AgentSchema, ...problemResponses(404) } },
  }, async (request) => {
    const user = await getUser(ctx.store.db, request.params.id);
    if (!user || !visibleAgent(user, await visibleTeamIds(ctx, request.scopeMarkets))) throw new AppError('BL_NOT_FOUND', `No agent "${request.params.id}"`);
    return toAgentView(user, (await ctx.markets.brand()).pivotLanguages);
  });

  app.get('/api/v1/agents/:id/availability', {
    schema: {
      tags: ['agents'], summary: 'Whether an agent is on shift (in their own time zone), online and has room, now or at an instant',
      params: Type.Object({ id: IdSchema }), querystring: Type.Object({ at: Type.Optional(InstantSchema) }, { additionalProperties: false }),
      response: { 200: AvailabilitySchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    const user = await getUser(ctx.store.db, request.params.id);
    if (!user || !visibleAgent(user, await visibleTeamIds(ctx, request.scopeMarkets))) throw new AppError('BL_NOT_FOUND', `No agent "${request.params.id}"`);
    const atMs = request.query.at ? Date.parse(request.query.at) : ctx.clock.now();
    const firstTeam = user.teams[0] ? await getTeam(ctx.store.db, user.teams[0]) : undefined;
    const timeZone = user.timeZone ?? firstTeam?.timeZone ?? 'UTC';
    const hasShifts = Object.keys(user.profile.shifts).length > 0 || user.profile.exceptions.length > 0;
    const shift = hasShifts
      ? shiftStateAt(compileAgentSchedule({ timeZone, shifts: user.profile.shifts, exceptions: user.profile.exceptions, timeOff: user.profile.timeOff }), atMs)
      : { onShift: false, endsAt: null, nextStartAt: null };
    const loads = await ctx.store.db.selectFrom('conversations').select(['channel', ctx.store.db.fn.countAll<number>().as('n')])
      .where('assignee_id', '=', user.id).where('status', 'in', ['open', 'pending']).groupBy('channel').execute();
    const load = Object.fromEntries(loads.map((l) => [l.channel, Number(l.n)]));
    const room = Object.entries(user.profile.capacity).some(([channel, cap]) => (load[channel] ?? 0) < cap);
    return {
      agent: user.id, at: isoInstant(atMs), timeZone, localTime: localClock(atMs, timeZone).time, presence: user.profile.presence,
      onShift: shift.onShift, shiftEndsAt: shift.endsAt === null ? null : isoInstant(shift.endsAt),
      nextShiftAt: shift.nextStartAt === null ? null : isoInstant(shift.nextStartAt), load, capacity: user.profile.capacity,
      available: shift.onShift && user.profile.presence === 'online' && room,
    };
  });

  app.put('/api/v1/agents/:id', {
    schema: {
      tags: ['agents'], summary: 'Create or replace an agent (a user who can sign in when given a password)',
      description: 'Shifts are weekly hours in the agent\'s own time zone (an interval ending before it starts runs past midnight); ' +
        '`exceptions` replace the hours of single dates (`[]` = day off); `timeOff` lists inclusive date ranges away. ' +
        'Overlapping or malformed intervals, unknown languages and negative capacities are refused with nothing changed.',
      params: Type.Object({ id: SlugSchema }), body: AgentBody,
      response: { 200: AgentSchema, 201: AgentSchema, ...problemResponses(400, 401, 403, 409, 422) },
    },
    config: { access: 'supervisor' },
  }, async (request, reply) => {
    const body = request.body;
    const actor = request.actor!;
    if (body.role === 'admin' && actor.role !== 'admin') throw new AppError('BL_FORBIDDEN', 'Only an admin can make an admin');
    if (request.scopeMarkets) throw new AppError('BL_FORBIDDEN', 'Partner supervisors cannot change agents');
    const errors: FieldError[] = [];
    const teams = body.teams ?? [];
    const allTeams = await listTeams(ctx.store.db);
    const knownTeams = new Set(allTeams.map((t) => t.id));
    teams.forEach((t, i) => { if (!knownTeams.has(t)) errors.push({ path: `/body/teams/${i}`, message: `unknown team "${t}"` }); });
    errors.push(...validateAgentSchedule({ timeZone: body.timeZone, shifts: body.shifts, exceptions: body.exceptions, timeOff: body.timeOff }, '/body'));
    const langs = new Set<string>();
    (body.languages ?? []).forEach((l, i) => {
      if (!isKnownLanguage(l.language)) errors.push({ path: `/body/languages/${i}/language`, message: `unknown language "${l.language}"` });
      if (langs.has(l.language)) errors.push({ path: `/body/languages/${i}`, message: 'language listed twice' });
      langs.add(l.language);
    });
    if (errors.length) throw new AppError('BL_VALIDATION', `${errors[0]!.path} ${errors[0]!.message}`, { errors });
    const sameEmail = await ctx.store.db.selectFrom('users').select('id').where('email', '=', body.email.toLowerCase()).executeTakeFirst();
    if (sameEmail && sameEmail.id !== request.params.id) throw new AppError('BL_CONFLICT', `Another user already has the email ${body.email}`);
    const existing = await getUser(ctx.store.db, request.params.id);
    // An agent without teams sees every market: one who worked for a partner must not get there by being taken out
    // of their team. Disable them, or give them their new team in the same request.
    const partnerTeams = new Set(allTeams.filter((t) => t.kind === 'partner').map((t) => t.id));
    if (existing && teams.length === 0 && existing.teams.some((t) => partnerTeams.has(t)) && !body.disabled) {
      throw new AppError('BL_CONFLICT', `${existing.name} works for a partner team: taking them out of every team would let them see every market. `
        + 'Move them to another team in the same request, or disable them.', { errors: [{ path: '/body/teams', message: 'a partner agent must stay in a team' }] });
    }
    const profile: AgentProfile = {
      ...emptyProfile, ...(existing?.profile ?? {}),
      ...(body.languages ? { languages: body.languages } : {}),
      ...(body.shifts ? { shifts: body.shifts as AgentProfile['shifts'] } : {}),
      ...(body.exceptions ? { exceptions: body.exceptions as AgentProfile['exceptions'] } : {}),
      ...(body.timeOff ? { timeOff: body.timeOff } : {}),
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
    return reply.status(created ? 201 : 200).send(toAgentView((await getUser(ctx.store.db, request.params.id))!, (await ctx.markets.brand()).pivotLanguages));
  });
}

export { TimeRangeSchema };
