import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import type { Database, SlaPoliciesTable } from '../store/store-schema.js';

export type SlaClockKind = 'business' | 'calendar';

/** An SLA policy as `GET /api/v1/sla-policies/{id}` answers it. */
export interface SlaPolicy {
  id: string;
  name: string | null;
  /** Market code, or null for every market. */
  market: string | null;
  /** Channel kind, or null for every channel. */
  channel: string | null;
  /** Conversation priority, or null for every priority. */
  priority: string | null;
  /** ISO 8601 durations as given; null when the policy does not track that target. */
  firstResponse: string | null;
  nextResponse: string | null;
  resolution: string | null;
  clock: SlaClockKind;
  /** Stop the clocks while the conversation is `pending` (waiting on the customer). */
  pauseWhilePending: boolean;
  /** Share of a target after which the timer job announces a warning (0 < warningAt < 1). */
  warningAt: number;
  createdAt: string;
  updatedAt: string;
}

export type SlaPolicyInput = Omit<SlaPolicy, 'id' | 'createdAt' | 'updatedAt'>;

function toPolicy(row: SlaPoliciesTable): SlaPolicy {
  return {
    id: row.id, name: row.name, market: row.market, channel: row.channel, priority: row.priority,
    firstResponse: row.first_response, nextResponse: row.next_response, resolution: row.resolution,
    clock: row.clock === 'calendar' ? 'calendar' : 'business', pauseWhilePending: Boolean(Number(row.pause_while_pending)),
    warningAt: Number(row.warning_share), createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Every policy, by id. */
export async function listSlaPolicies(db: Kysely<Database>): Promise<SlaPolicy[]> {
  return (await db.selectFrom('sla_policies').selectAll().orderBy('id').execute()).map(toPolicy);
}

/** The policies that can apply to a conversation of `market` (its own and the market-wide ones). */
export async function applicableSlaPolicies(db: Kysely<Database>, market: string | null): Promise<SlaPolicy[]> {
  let q = db.selectFrom('sla_policies').selectAll();
  q = market === null ? q.where('market', 'is', null) : q.where((eb) => eb.or([eb('market', 'is', null), eb('market', '=', market)]));
  return (await q.execute()).map(toPolicy);
}

/** One policy, or undefined. */
export async function getSlaPolicy(db: Kysely<Database>, id: string): Promise<SlaPolicy | undefined> {
  const row = await db.selectFrom('sla_policies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPolicy(row) : undefined;
}

/** Another policy with exactly this scope, if any (scopes are unique). */
export async function findSlaPolicyByScope(
  db: Kysely<Database>, scope: { market: string | null; channel: string | null; priority: string | null }, exceptId: string,
): Promise<SlaPolicy | undefined> {
  let q = db.selectFrom('sla_policies').selectAll().where('id', '!=', exceptId);
  q = scope.market === null ? q.where('market', 'is', null) : q.where('market', '=', scope.market);
  q = scope.channel === null ? q.where('channel', 'is', null) : q.where('channel', '=', scope.channel);
  q = scope.priority === null ? q.where('priority', 'is', null) : q.where('priority', '=', scope.priority);
  const row = await q.executeTakeFirst();
  return row ? toPolicy(row) : undefined;
}

/**
 * Creates or replaces a policy; answers whether it was created.
 *
 * @example
 * await putSlaPolicy(trx, 'jp-email', { market: 'jp', channel: 'email', priority: null, firstResponse: 'PT4H', … }, clock.now());
 */
export async function putSlaPolicy(
  db: Kysely<Database>, id: string, input: SlaPolicyInput, nowMs: number,
): Promise<{ policy: SlaPolicy; created: boolean }> {
  const now = isoInstant(nowMs);
  const values = {
    name: input.name, market: input.market, channel: input.channel, priority: input.priority,
    first_response: input.firstResponse, next_response: input.nextResponse, resolution: input.resolution,
    clock: input.clock, pause_while_pending: input.pauseWhilePending ? 1 : 0, warning_share: input.warningAt, updated_at: now,
  };
  const existing = await db.selectFrom('sla_policies').select('id').where('id', '=', id).executeTakeFirst();
  if (existing) await db.updateTable('sla_policies').set(values).where('id', '=', id).execute();
  else await db.insertInto('sla_policies').values({ id, ...values, created_at: now }).execute();
  return { policy: (await getSlaPolicy(db, id))!, created: !existing };
}

/** Deletes a policy; answers whether one existed. Running timers keep the targets they started with. */
export async function deleteSlaPolicy(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('sla_policies').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
