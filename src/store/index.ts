export { openStore, migrateToLatest, type Store } from './database.js';
export type { Database } from './store-schema.js';
export { isUniqueViolation } from './store-errors.js';
