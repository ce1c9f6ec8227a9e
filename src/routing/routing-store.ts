import { sql, type Kysely } from 'kysely';
import type { AgentSchedule, RoutingAgent, RoutingDecision, RoutingTeam, TeamKind } from '../domain/routing/index.js';
import { capacityKey, isProficiencyLevel } from '../domain/routing/index.js';
import { isoInstant } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import { preparedQuery } from '../store/prepared-query.js';
import type { ConversationsTable, Database, RoutingQueueTable } from '../store/store-schema.js';
import { emptyProfile, type AgentProfile } from '../store/user-store.js';

export const priorityRanks: Readonly<Record<string, number>> = { urgent: 3, high: 2, normal: 1, low: 0 };

/** Conversation fields routing reads. */
export type RoutingRow = Pick<ConversationsTable,
  'id' | 'customer_id' | 'market' | 'language' | 'channel' | 'category' | 'intent' | 'priority' | 'status' | 'assignee_id' |
  'first_response_due_at' | 'next_response_due_at' | 'first_responded_at' | 'waiting_since'>;

const ROUTING_COLUMNS = ['id', 'customer_id', 'market', 'language', 'channel', 'category', 'intent', 'priority', 'status', 'assignee_id',
  'first_response_due_at', 'next_response_due_at', 'first_responded_at', 'waiting_since'] as const;

// Read after every ingest: prepared once (see src/store/prepared-query.ts).
const routingRowById = preparedQuery((db, p: { id: string }) => db.selectFrom('conversations').select(ROUTING_COLUMNS).where('id', '=', p.id));
const previousAgent = preparedQuery((db, p: { customerId: string; excludeId: string; since: string }) => db.selectFrom('conversations')
  .select('assignee_id')
  .where('customer_id', '=', p.customerId).where('id', '!=', p.excludeId).where('assignee_id', 'is not', null)
  .where('last_message_at', '>=', p.since).orderBy('last_message_at', 'desc').limit(1));
const queueEntryById = preparedQuery((db, p: { id: string }) => db.selectFrom('routing_queue').selectAll().where('conversation_id', '=', p.id));

/**
 * Reads what routing needs of one conversation.
 *
 * @example
 * const row = await routingRow(db, conversationId);
 * row?.assignee_id; // null while it waits
 */
export async function routingRow(db: Kysely<Database>, id: string): Promise<RoutingRow | undefined> {
  return routingRowById.executeTakeFirst(db, { id });
}

/**
 * The agent who last served this customer in another conversation since `sinceIso`, if any.
 *
 * @example
 * await previousAgentOf(db, customerId, conversationId, '2027-04-26T00:00:00.000Z'); // 'kenji'
 */
export async function previousAgentOf(db: Kysely<Database>, customerId: string, excludeId: string, sinceIso: string): Promise<string | null> {
  const row = await previousAgent.executeTakeFirst(db, { customerId, excludeId, since: sinceIso });
  return row?.assignee_id ?? null;
}

/** An agent with the schedule routing compiles, read from users, teams and open assignments. */
export interface AgentSnapshot {
  agent: RoutingAgent;
  schedule: AgentSchedule | null;
}

/**
 * Every user with their teams, profile and current load (open and pending conversations per capacity entry),
 * in four queries whatever the number of agents.
 *
 * @example
 * index.setAgents(await loadAgents(db), clock.now());
 */
export async function loadAgents(db: Kysely<Database>): Promise<AgentSnapshot[]> {
  const [users, members, teams, loads] = await Promise.all([
    db.selectFrom('users').select(['id', 'name', 'profile', 'time_zone', 'disabled']).execute(),
    db.selectFrom('team_members').selectAll().execute(),
    db.selectFrom('teams').select(['id', 'kind', 'markets', 'channels', 'time_zone']).execute(),
    db.selectFrom('conversations').select(['assignee_id', 'channel', db.fn.countAll<number>().as('n')])
      .where('assignee_id', 'is not', null).where('status', 'in', ['open', 'pending'])
      .groupBy(['assignee_id', 'channel']).execute(),
  ]);
  const teamById = new Map<string, RoutingTeam>(teams.map((t) => [t.id, {
    id: t.id, kind: t.kind as TeamKind, markets: parseJsonColumn<string[]>(t.markets, []),
    channels: parseJsonColumn<string[]>(t.channels, []), timeZone: t.time_zone,
  }]));
  const teamsOf = new Map<string, RoutingTeam[]>();
  for (const m of members) {
    const team = teamById.get(m.team_id);
    if (team) teamsOf.set(m.user_id, [...(teamsOf.get(m.user_id) ?? []), team]);
  }
  const loadsOf = new Map<string, Array<{ channel: string; n: number }>>();
  for (const l of loads) loadsOf.set(l.assignee_id!, [...(loadsOf.get(l.assignee_id!) ?? []), { channel: l.channel, n: Number(l.n) }]);

  return users.map((u) => {
    const profile: AgentProfile = { ...emptyProfile, ...parseJsonColumn<Partial<AgentProfile>>(u.profile, {}) };
    const agentTeams = teamsOf.get(u.id) ?? [];
    // An agent without a zone of their own works in their first team's zone.
    const timeZone = u.time_zone ?? agentTeams[0]?.timeZone ?? 'UTC';
    const load: Record<string, number> = {};
    for (const { channel, n } of loadsOf.get(u.id) ?? []) {
      const key = capacityKey(profile.capacity, channel);
      if (key) load[key] = (load[key] ?? 0) + n;
    }
    const hasShifts = Object.keys(profile.shifts).length > 0 || profile.exceptions.length > 0;
    return {
      agent: {
        id: u.id, name: u.name, disabled: Boolean(u.disabled), presence: profile.presence, teams: agentTeams,
        languages: profile.languages.filter((l) => isProficiencyLevel(l.level)) as RoutingAgent['languages'],
        skills: profile.skills.map((s) => s.toLowerCase()), capacity: profile.capacity, load, timeZone,
      },
      schedule: hasShifts ? { timeZone, shifts: profile.shifts, exceptions: profile.exceptions, timeOff: profile.timeOff } : null,
    };
  });
}

/**
 * Open and pending conversations of one agent per channel (inside the assignment transaction).
 *
 * @example
 * (await agentLoadByChannel(trx, 'kenji')).get('chat'); // 2
 */
export async function agentLoadByChannel(db: Kysely<Database>, agentId: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('conversations').select(['channel', db.fn.countAll<number>().as('n')])
    .where('assignee_id', '=', agentId).where('status', 'in', ['open', 'pending']).groupBy('channel').execute();
  return new Map(rows.map((r) => [r.channel, Number(r.n)]));
}

/**
 * Serializes assignments to one agent across processes (PostgreSQL); SQLite transactions are already serial.
 *
 * @example
 * await lockAgent(trx, store.dialect, 'kenji');
 */
export async function lockAgent(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', agentId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${`routing:${agentId}`}))`.execute(db);
}

export type QueueEntry = Omit<RoutingQueueTable, 'attempts' | 'enqueued_at'>;

/**
 * Puts a conversation in the queue or updates its entry (attempts counts evaluations).
 *
 * @example
 * await upsertQueueEntry(trx, { conversation_id: id, state: 'held', hold_until: '2027-05-11T00:00:00.000Z', … });
 */
export async function upsertQueueEntry(db: Kysely<Database>, entry: QueueEntry): Promise<void> {
  await db.insertInto('routing_queue').values({ ...entry, attempts: 1, enqueued_at: entry.evaluated_at })
    .onConflict((oc) => oc.column('conversation_id').doUpdateSet({
      market: entry.market, language: entry.language, channel: entry.channel, category: entry.category, priority: entry.priority,
      priority_rank: entry.priority_rank, due_at: entry.due_at, waiting_since: entry.waiting_since, state: entry.state,
      hold_until: entry.hold_until, reason: entry.reason, evaluated_at: entry.evaluated_at,
      attempts: sql<number>`routing_queue.attempts + 1`,
    }))
    .execute();
}

/**
 * Takes a conversation out of the queue (assigned, resolved, or routing turned off).
 *
 * @example
 * await removeFromQueue(trx, conversationId);
 */
export async function removeFromQueue(db: Kysely<Database>, conversationId: string): Promise<void> {
  await db.deleteFrom('routing_queue').where('conversation_id', '=', conversationId).execute();
}

/**
 * The queue entry of a conversation, if it waits.
 *
 * @example
 * (await queueEntry(db, conversationId))?.state; // 'held'
 */
export async function queueEntry(db: Kysely<Database>, conversationId: string): Promise<RoutingQueueTable | undefined> {
  return queueEntryById.executeTakeFirst(db, { id: conversationId });
}

/**
 * The queue in the order it is worked: priority, then the earliest deadline, then the longest wait.
 *
 * @example
 * const first = await listQueue(db, { scopeMarkets: request.scopeMarkets, limit: 50 });
 */
export async function listQueue(
  db: Kysely<Database>, options: { scopeMarkets: string[] | null; market?: string[]; state?: string; limit: number; offset?: number },
): Promise<RoutingQueueTable[]> {
  let q = db.selectFrom('routing_queue').selectAll();
  if (options.scopeMarkets) q = q.where('market', 'in', options.scopeMarkets.length ? options.scopeMarkets : ['\u0000']);
  if (options.market?.length) q = q.where('market', 'in', options.market);
  if (options.state) q = q.where('state', '=', options.state);
  return q.orderBy('priority_rank', 'desc').orderBy(sql`due_at is null`).orderBy('due_at').orderBy('enqueued_at').orderBy('conversation_id')
    .limit(options.limit).offset(options.offset ?? 0).execute();
}

/**
 * Queue sizes per market and state, within the caller's markets.
 *
 * @example
 * await queueCounts(db, ['br']); // [{ market: 'br', state: 'queued', n: 3, oldest: '…' }]
 */
export async function queueCounts(db: Kysely<Database>, scopeMarkets: string[] | null): Promise<Array<{ market: string | null; state: string; n: number; oldest: string | null }>> {
  let q = db.selectFrom('routing_queue').select(['market', 'state', db.fn.countAll<number>().as('n'), db.fn.min('enqueued_at').as('oldest')]);
  if (scopeMarkets) q = q.where('market', 'in', scopeMarkets.length ? scopeMarkets : ['\u0000']);
  const rows = await q.groupBy(['market', 'state']).orderBy('market').orderBy('state').execute();
  return rows.map((r) => ({ market: r.market, state: r.state, n: Number(r.n), oldest: (r.oldest as string | null) ?? null }));
}

/**
 * Open, unassigned conversations that no queue entry tracks (created before routing, or left unassigned elsewhere).
 *
 * @example
 * for (const id of await untrackedConversations(db, 200)) await routing.route(id, 'sweep');
 */
export async function untrackedConversations(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('conversations').select('id')
    .where('status', '=', 'open').where('assignee_id', 'is', null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('routing_queue').select('conversation_id').whereRef('routing_queue.conversation_id', '=', 'conversations.id'))))
    .orderBy('last_message_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** How many candidates a stored decision keeps (the best first); the rest are counted. */
export const STORED_CANDIDATES = 50;

/**
 * Records a decision.
 *
 * @example
 * await insertDecision(trx, conversationId, decision, 'ingest', clock.now());
 */
export async function insertDecision(
  db: Kysely<Database>, conversationId: string, decision: RoutingDecision, trigger: string, nowMs: number, actorId: string | null = null,
): Promise<string> {
  const id = newId(nowMs);
  const kept = decision.candidates.slice(0, STORED_CANDIDATES);
  await db.insertInto('routing_decisions').values({
    id, conversation_id: conversationId, at: isoInstant(nowMs), trigger, outcome: decision.outcome, agent_id: decision.agent,
    team_id: decision.team, machine_translation: decision.machineTranslation ? 1 : 0, reason: decision.reason,
    hold_until: decision.holdUntil === null ? null : isoInstant(decision.holdUntil), requirement: JSON.stringify(decision.requirement),
    candidates: JSON.stringify(kept), skipped: decision.skipped + (decision.candidates.length - kept.length), actor_id: actorId,
  }).execute();
  return id;
}

/**
 * The latest decisions of a conversation, newest first.
 *
 * @example
 * const [latest] = await listDecisions(db, conversationId, 20);
 */
export async function listDecisions(db: Kysely<Database>, conversationId: string, limit: number) {
  return db.selectFrom('routing_decisions').selectAll().where('conversation_id', '=', conversationId)
    .orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Stores a conversation's classification (auto, or corrected by an agent).
 *
 * @example
 * await upsertClassification(trx, { conversationId, category: 'diagnostic', intent: 'technical_problem', confidence: 1, intentConfidence: 1, language: 'ja', source: 'agent', evidence: [], updatedBy: 'kenji', nowMs });
 */
export async function upsertClassification(db: Kysely<Database>, row: {
  conversationId: string; category: string | null; intent: string | null; confidence: number; intentConfidence: number;
  language: string | null; source: 'auto' | 'agent'; evidence: unknown; updatedBy: string | null; nowMs: number;
}): Promise<void> {
  const values = {
    category: row.category, intent: row.intent, confidence: row.confidence, intent_confidence: row.intentConfidence,
    language: row.language, source: row.source, evidence: JSON.stringify(row.evidence), updated_by: row.updatedBy,
    updated_at: isoInstant(row.nowMs),
  };
  await db.insertInto('conversation_classifications').values({ conversation_id: row.conversationId, ...values })
    .onConflict((oc) => oc.column('conversation_id').doUpdateSet(values)).execute();
}

/**
 * A conversation's stored classification, if any.
 *
 * @example
 * (await getClassification(db, conversationId))?.confidence; // 0.92
 */
export async function getClassification(db: Kysely<Database>, conversationId: string) {
  return db.selectFrom('conversation_classifications').selectAll().where('conversation_id', '=', conversationId).executeTakeFirst();
}

/**
 * Records an agent's correction of a classification.
 *
 * @example
 * await insertCorrection(trx, { conversationId, previousCategory: 'informational', previousIntent: 'delivery', category: 'diagnostic', intent: 'technical_problem', language: 'ja', correctedBy: 'kenji', nowMs });
 */
export async function insertCorrection(db: Kysely<Database>, row: {
  conversationId: string; previousCategory: string | null; previousIntent: string | null; category: string | null;
  intent: string | null; language: string | null; correctedBy: string | null; nowMs: number;
}): Promise<void> {
  await db.insertInto('classification_corrections').values({
    id: newId(row.nowMs), conversation_id: row.conversationId, previous_category: row.previousCategory,
    previous_intent: row.previousIntent, category: row.category, intent: row.intent, language: row.language,
    corrected_by: row.correctedBy, created_at: isoInstant(row.nowMs),
  }).execute();
}

/**
 * Corrections per (language, previous → corrected category), for measuring the classifier in production.
 *
 * @example
 * await correctionStats(db, null); // [{ language: 'ja', from: 'informational', to: 'diagnostic', n: 4 }]
 */
export async function correctionStats(db: Kysely<Database>, scopeMarkets: string[] | null) {
  let q = db.selectFrom('classification_corrections')
    .innerJoin('conversations', 'conversations.id', 'classification_corrections.conversation_id')
    .select(['classification_corrections.language', 'classification_corrections.previous_category', 'classification_corrections.category',
      db.fn.countAll<number>().as('n')]);
  if (scopeMarkets) q = q.where('conversations.market', 'in', scopeMarkets.length ? scopeMarkets : ['\u0000']);
  const rows = await q.groupBy(['classification_corrections.language', 'classification_corrections.previous_category', 'classification_corrections.category']).execute();
  return rows.map((r) => ({ language: r.language, from: r.previous_category, to: r.category, n: Number(r.n) }));
}
