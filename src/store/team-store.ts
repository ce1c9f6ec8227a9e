import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database, TeamsTable } from './store-schema.js';

export const teamKinds = ['hq', 'hub', 'local', 'partner'] as const;
export type TeamKind = (typeof teamKinds)[number];

export interface Team {
  id: string;
  name: string;
  kind: TeamKind;
  timeZone: string;
  location: string | null;
  markets: string[];
  languages: string[];
  channels: string[];
  members: string[];
  createdAt: string;
  updatedAt: string;
}

export type TeamInput = Omit<Team, 'id' | 'members' | 'createdAt' | 'updatedAt'>;

function toTeam(row: TeamsTable, members: string[]): Team {
  return {
    id: row.id, name: row.name, kind: row.kind as TeamKind, timeZone: row.time_zone, location: row.location,
    markets: parseJsonColumn(row.markets, []), languages: parseJsonColumn(row.languages, []),
    channels: parseJsonColumn(row.channels, []), members, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Reads one team with its members. */
export async function getTeam(db: Kysely<Database>, id: string): Promise<Team | undefined> {
  const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const members = await db.selectFrom('team_members').select('user_id').where('team_id', '=', id).orderBy('user_id').execute();
  return toTeam(row, members.map((m) => m.user_id));
}

/** Every team with members. */
export async function listTeams(db: Kysely<Database>): Promise<Team[]> {
  const rows = await db.selectFrom('teams').selectAll().orderBy('name').execute();
  const members = await db.selectFrom('team_members').selectAll().execute();
  return rows.map((r) => toTeam(r, members.filter((m) => m.team_id === r.id).map((m) => m.user_id).sort()));
}

/** Creates or replaces a team; answers whether it was created. */
export async function putTeam(db: Kysely<Database>, id: string, input: TeamInput, nowMs: number): Promise<{ created: boolean }> {
  const now = isoInstant(nowMs);
  const values = {
    name: input.name, kind: input.kind, time_zone: input.timeZone, location: input.location,
    markets: JSON.stringify(input.markets), languages: JSON.stringify(input.languages),
    channels: JSON.stringify(input.channels), updated_at: now,
  };
  const existing = await db.selectFrom('teams').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) await db.updateTable('teams').set(values).where('id', '=', id).execute();
  else await db.insertInto('teams').values({ ...values, id, created_at: now }).execute();
  return { created: !existing };
}

/**
 * Deletes a team the caller has read and found without members: unresolved conversations it held keep going without
 * a team (routing picks a team again when it next assigns them); resolved ones keep its id for reports. Answers the
 * conversations released. The caller checks the members first: a partner agent left without a team would see every
 * market.
 */
export async function deleteTeam(db: Kysely<Database>, id: string, nowMs: number): Promise<Array<{ id: string; market: string | null }>> {
  const released = await db.selectFrom('conversations').select(['id', 'market']).where('team_id', '=', id).where('status', '!=', 'resolved').execute();
  // Resolved conversations keep the id for reports; only the ones still being worked on lose their team.
  await db.updateTable('conversations').set({ team_id: null, updated_at: isoInstant(nowMs) })
    .where('team_id', '=', id).where('status', '!=', 'resolved').execute();
  await db.deleteFrom('teams').where('id', '=', id).execute();
  return released;
}

/**
 * The markets a user may see: null (all) unless every team the user belongs to is a partner team, in which
 * case only the markets those partner teams serve. Users of mixed teams see everything their non-partner
 * teams give them, i.e. all.
 */
export async function marketScopeOf(db: Kysely<Database>, userId: string): Promise<string[] | null> {
  const teams = await db.selectFrom('team_members').innerJoin('teams', 'teams.id', 'team_members.team_id')
    .select(['teams.kind', 'teams.markets']).where('team_members.user_id', '=', userId).execute();
  if (teams.length === 0 || teams.some((t) => t.kind !== 'partner')) return null;
  return [...new Set(teams.flatMap((t) => parseJsonColumn<string[]>(t.markets, [])))];
}
