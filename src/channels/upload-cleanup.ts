import { sql, type Kysely } from 'kysely';
import type { RecurringJob } from '../jobs/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/store-schema.js';
import { AGENT_UPLOADS } from './channel-store.js';

/**
 * How long a file an agent uploaded for a reply is kept while no message names it. The console keeps a draft's
 * files across reloads, so an agent who starts a reply on Friday can still send it on Monday; a week later the
 * draft is abandoned and the file is only taking space.
 */
export const UNSENT_UPLOAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** How often the clean-up runs. */
export const UPLOAD_CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes the agent uploads older than `ttlMs` that no message of their conversation lists (a reply or a private
 * note that was sent with them). A sent file is never deleted: its message points at it and the outbox may still
 * need its bytes. Answers how many were deleted.
 *
 * @example
 * const deleted = await deleteUnsentUploads(store.db, Date.now());
 */
export async function deleteUnsentUploads(db: Kysely<Database>, nowMs: number, ttlMs = UNSENT_UPLOAD_TTL_MS): Promise<number> {
  const cutoff = isoInstant(nowMs - ttlMs);
  const result = await db.deleteFrom('channel_attachments')
    .where('channel', '=', AGENT_UPLOADS)
    .where('created_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('messages').select(sql.lit(1).as('one'))
      .whereRef('messages.conversation_id', '=', 'channel_attachments.external_id')
      // A message records each file by its download URL, which ends with the file's id.
      .where('messages.attachments', 'like', sql<string>`'%' || ${sql.ref('channel_attachments.id')} || '%'`))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The hourly clean-up of unsent uploads, for the job runner (safe in several processes: a delete of what is already
 * gone deletes nothing).
 *
 * @example
 * jobs.add(uploadCleanupJob(store, clock));
 */
export function uploadCleanupJob(store: Store, clock: Clock, onDeleted: (count: number) => void = () => undefined): RecurringJob {
  return {
    name: 'upload-cleanup',
    intervalMs: UPLOAD_CLEANUP_INTERVAL_MS,
    async run() {
      const deleted = await deleteUnsentUploads(store.db, clock.now());
      if (deleted > 0) onDeleted(deleted);
      return deleted;
    },
  };
}
