import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database, UsersTable } from './store-schema.js';

export const roles = ['admin', 'supervisor', 'agent'] as const;
export type Role = (typeof roles)[number];

/** One date whose hours replace the weekly shifts (`hours: []` is a day off). */
export interface ShiftExceptionEntry {
  date: string;
  hours: Array<[string, string]>;
  reason?: string | null;
}

/** Inclusive local dates away (holiday, leave, training). */
export interface TimeOffEntry {
  from: string;
  to: string;
  reason?: string | null;
}

/**
 * What a person who works in Borderless carries besides login: languages, weekly shifts with exceptions and
 * time off (in their own time zone), capacity per channel, presence and skills (categories, intents, product
 * lines).
 */
export interface AgentProfile {
  languages: Array<{ language: string; level: string }>;
  shifts: Record<string, Array<[string, string]>>;
  exceptions: ShiftExceptionEntry[];
  timeOff: TimeOffEntry[];
  capacity: Record<string, number>;
  presence: 'online' | 'away' | 'offline';
  skills: string[];
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  timeZone: string | null;
  teams: string[];
  profile: AgentProfile;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export const emptyProfile: AgentProfile = {
  languages: [], shifts: {}, exceptions: [], timeOff: [], capacity: {}, presence: 'offline', skills: [],
};

function toUser(row: UsersTable, teams: string[]): User {
  return {
    id: row.id, email: row.email, name: row.name, role: row.role as Role, locale: row.locale, timeZone: row.time_zone,
    teams, profile: { ...emptyProfile, ...parseJsonColumn<Partial<AgentProfile>>(row.profile, {}) },
    disabled: Boolean(row.disabled), createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Reads one user with their teams. */
export async function getUser(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const teams = await db.selectFrom('team_members').select('team_id').where('user_id', '=', id).orderBy('team_id').execute();
  return toUser(row, teams.map((t) => t.team_id));
}

/** Reads a user by email (case-insensitive) together with the password hash, for sign-in. */
export async function getUserForLogin(db: Kysely<Database>, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

/** Every user with teams, by name. */
export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
  const members = await db.selectFrom('team_members').selectAll().execute();
  return rows.map((r) => toUser(r, members.filter((m) => m.user_id === r.id).map((m) => m.team_id).sort()));
}

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  timeZone: string | null;
  teams: string[];
  profile: AgentProfile;
  disabled?: boolean;
  /** An argon2id hash; undefined keeps the current one. */
  passwordHash?: string | null;
}

/** Creates or replaces a user and their team memberships; answers whether it was created. */
export async function putUser(db: Kysely<Database>, id: string, input: UserInput, nowMs: number): Promise<{ created: boolean }> {
  const now = isoInstant(nowMs);
  const values: Partial<UsersTable> = {
    email: input.email.trim().toLowerCase(), name: input.name, role: input.role, locale: input.locale,
    time_zone: input.timeZone, profile: JSON.stringify(input.profile), disabled: input.disabled ? 1 : 0, updated_at: now,
  };
  if (input.passwordHash !== undefined) values.password_hash = input.passwordHash;
  const existing = await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) {
    await db.updateTable('users').set(values).where('id', '=', id).execute();
  } else {
    await db.insertInto('users').values({
      ...(values as Omit<UsersTable, 'id' | 'created_at' | 'password_hash'>), id, created_at: now,
      password_hash: input.passwordHash ?? null,
    }).execute();
  }
  await db.deleteFrom('team_members').where('user_id', '=', id).execute();
  if (input.teams.length > 0) {
    await db.insertInto('team_members').values(input.teams.map((team) => ({ team_id: team, user_id: id }))).execute();
  }
  return { created: !existing };
}

/** Whether any enabled admin user exists (the bootstrap token only applies before the first one). */
export async function hasAdmin(db: Kysely<Database>): Promise<boolean> {
  const user = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).executeTakeFirst();
  if (user) return true;
  const token = await db.selectFrom('api_tokens').select('id').where('role', '=', 'admin').where('revoked_at', 'is', null).executeTakeFirst();
  return Boolean(token);
}
