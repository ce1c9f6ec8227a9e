import type { Kysely, Migration } from 'kysely';
import * as initial from './2026-11-24T1600-initial.js';
import * as slaTimers from './2026-11-24T1800-sla-timers.js';
import * as translation from './2026-11-24T1800-translation.js';
import * as channels from './2026-11-24T1900-channels.js';
import * as routing from './2026-11-24T2100-routing.js';
import * as culture from './2026-11-24T2000-culture.js';
import * as openConversationIndex from './2026-12-06T1000-open-conversation-index.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Every migration, keyed by a timestamped name so they apply in order. Migrations are code (not files
 * found at run time) so a bundled or compiled build carries them.
 */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
  return {
    '2026-11-24T1600-initial': {
      up: async (db: Kysely<any>) => {
        await initial.up(db);
        await initial.protectAuditLog(db, dialect);
      },
      down: initial.down,
    },
    '2026-11-24T1800-sla-timers': { up: slaTimers.up, down: slaTimers.down },
    '2026-11-24T1800-translation': { up: translation.up, down: translation.down },
    '2026-11-24T1900-channels': { up: (db: Kysely<any>) => channels.up(db, dialect), down: channels.down },
    '2026-11-24T2100-routing': { up: routing.up, down: routing.down },
    '2026-11-24T2000-culture': { up: culture.up, down: culture.down },
    '2026-12-06T1000-open-conversation-index': { up: openConversationIndex.up, down: openConversationIndex.down },
  };
}
