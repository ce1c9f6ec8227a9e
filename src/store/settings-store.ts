import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database } from './store-schema.js';

/** The brand's own settings: one row per key, JSON values. */
export interface BrandSettings {
  name: string;
  defaultLanguage: string;
  defaultMarket: string | null;
  pivotLanguages: string[];
  signature: { signOff: Record<string, string> };
}

export const defaultBrandSettings: BrandSettings = {
  name: 'My brand',
  defaultLanguage: 'en',
  defaultMarket: null,
  pivotLanguages: ['en'],
  signature: { signOff: {} },
};

/** Reads the brand settings, filling defaults for what was never set. */
export async function getBrandSettings(db: Kysely<Database>): Promise<BrandSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'brand').executeTakeFirst();
  return { ...defaultBrandSettings, ...parseJsonColumn<Partial<BrandSettings>>(row?.value, {}) };
}

/** Stores the brand settings (the whole object). */
export async function putBrandSettings(db: Kysely<Database>, settings: BrandSettings, nowMs: number): Promise<void> {
  const value = JSON.stringify(settings);
  await db.insertInto('settings').values({ key: 'brand', value, updated_at: isoInstant(nowMs) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: isoInstant(nowMs) }))
    .execute();
}
