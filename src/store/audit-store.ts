import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import type { Database } from './store-schema.js';

/** Who did something: a person (session), an integration (token) or Borderless itself. */
export interface Actor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  role: 'admin' | 'supervisor' | 'agent';
  /** The user a token acts for, or the user of a session. */
  userId: string | null;
}

export const systemActor: Actor = { type: 'system', id: null, role: 'admin', userId: null };

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  changes?: Record<string, unknown>;
}

/**
 * Appends one entry to the append-only audit log inside the caller's transaction, so the record of a change
 * commits or rolls back with the change itself.
 *
 * @example
 * await appendAudit(trx, actor, { action: 'market.updated', entityType: 'market', entityId: 'jp' }, now, requestId);
 */
export async function appendAudit(
  db: Kysely<Database>, actor: Actor, entry: AuditEntry, nowMs: number, requestId: string | null = null,
): Promise<void> {
  await db.insertInto('audit_log').values({
    id: newId(nowMs),
    at: isoInstant(nowMs),
    actor_type: actor.type,
    actor_id: actor.id,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    changes: JSON.stringify(entry.changes ?? {}),
    request_id: requestId,
  }).execute();
}

export interface AuditRecord {
  id: string; at: string; actor: { type: string; id: string | null }; action: string;
  entityType: string; entityId: string; changes: unknown; requestId: string | null;
}

/** Lists audit entries, newest first, optionally for one entity. */
export async function listAudit(
  db: Kysely<Database>, filter: { entityType?: string; entityId?: string; before?: string; limit: number },
): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.before) q = q.where('id', '<', filter.before);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: { type: r.actor_type, id: r.actor_id }, action: r.action,
    entityType: r.entity_type, entityId: r.entity_id, changes: JSON.parse(r.changes) as unknown, requestId: r.request_id,
  }));
}
