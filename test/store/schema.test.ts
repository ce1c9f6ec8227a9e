import { expect, it } from 'vitest';
import { appendAudit, systemActor } from '../../src/store/audit-store.js';
import { migrateToLatest } from '../../src/store/database.js';
import { describeEachDialect } from '../helpers/dialects.js';

describeEachDialect('schema and migrations', (ctx) => {
  it('migrating again is a no-op', async () => {
    const result = await migrateToLatest(ctx.store());
    expect(result.results).toEqual([]);
  });

  it('keeps the audit log append-only at the database level', async () => {
    const db = ctx.store().db;
    await appendAudit(db, systemActor, { action: 'test.done', entityType: 'test', entityId: '1' }, Date.parse('2027-01-01T00:00:00Z'));
    await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_log').select('action').execute();
    expect(rows.map((r) => r.action)).toContain('test.done');
  });

  it('rejects a second inbound message with the same channel and external id', async () => {
    const db = ctx.store().db;
    const now = '2027-01-01T00:00:00.000Z';
    await db.insertInto('customers').values({ id: 'c1', name: null, email: null, phone: null, country: null, locale: null, language: null,
      language_source: null, market: null, merged_into: null, attributes: '{}', created_at: now, updated_at: now }).execute();
    await db.insertInto('conversations').values({ id: 'v1', customer_id: 'c1', market: null, language: null, channel: 'email', channel_id: null,
      thread_key: null, subject: null, status: 'open', priority: 'normal', assignee_id: null, team_id: null, category: null, intent: null,
      assignment_reason: null, waiting_since: null, first_response_due_at: null, next_response_due_at: null, resolution_due_at: null,
      first_responded_at: null, last_message_at: now, resolved_at: null, message_count: 0, created_at: now, updated_at: now }).execute();
    const message = (id: string, direction: 'in' | 'out') => ({ id, conversation_id: 'v1', direction, is_private: 0, author_user_id: null,
      channel: 'email', external_id: 'same', subject: null, text: 'x', html: null, language: null, attachments: '[]',
      delivery_status: 'received', delivery_error: null, review_override: null, received_at: now, created_at: now });
    await db.insertInto('messages').values(message('m1', 'in')).execute();
    await expect(db.insertInto('messages').values(message('m2', 'in')).execute()).rejects.toThrow();
    // Outbound messages are not part of the inbound dedupe key.
    await db.insertInto('messages').values(message('m3', 'out')).execute();
  });
});
