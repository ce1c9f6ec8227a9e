import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Database, MacroVariantsTable, MacrosTable } from '../store/store-schema.js';

export const macroRegisters = ['any', 'formal', 'informal'] as const;
export type MacroRegister = (typeof macroRegisters)[number];

/** One variant as stored. */
export interface MacroVariant {
  locale: string;
  register: MacroRegister;
  text: string;
  /** `human`: written or edited by a person; `machine`: a machine draft. */
  origin: 'human' | 'machine';
  needsReview: boolean;
  /** The macro version (of its source-locale text) this variant was written from. */
  basedOnVersion: number;
  engine: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A macro with its variants, as stored. */
export interface Macro {
  id: string;
  name: string;
  description: string | null;
  sourceLocale: string;
  version: number;
  tags: string[];
  createdBy: string | null;
  variants: MacroVariant[];
  createdAt: string;
  updatedAt: string;
}

/** A macro as `PUT`/`POST /api/v1/macros` take it. */
export interface MacroInput {
  name: string;
  description: string | null;
  sourceLocale: string;
  tags: string[];
  variants: Array<{ locale: string; register: MacroRegister; text: string }>;
}

function toVariant(row: MacroVariantsTable): MacroVariant {
  return {
    locale: row.locale, register: row.register as MacroRegister, text: row.body, origin: row.origin === 'machine' ? 'machine' : 'human',
    needsReview: Boolean(row.needs_review), basedOnVersion: Number(row.based_on_version), engine: row.engine, updatedBy: row.updated_by,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function toMacro(row: MacrosTable, variants: MacroVariantsTable[]): Macro {
  return {
    id: row.id, name: row.name, description: row.description, sourceLocale: row.source_locale, version: Number(row.version),
    tags: parseJsonColumn<string[]>(row.tags, []), createdBy: row.created_by,
    variants: variants.map(toVariant).sort((a, b) => a.locale.localeCompare(b.locale) || a.register.localeCompare(b.register)),
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** Reads one macro with its variants, or undefined. */
export async function getMacro(db: Kysely<Database>, id: string): Promise<Macro | undefined> {
  const row = await db.selectFrom('macros').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const variants = await db.selectFrom('macro_variants').selectAll().where('macro_id', '=', id).execute();
  return toMacro(row, variants);
}

/** Every macro, by name. */
export async function listMacros(db: Kysely<Database>): Promise<Macro[]> {
  const rows = await db.selectFrom('macros').selectAll().orderBy('name').orderBy('id').execute();
  const variants = rows.length === 0 ? [] : await db.selectFrom('macro_variants').selectAll().execute();
  const byMacro = new Map<string, MacroVariantsTable[]>();
  for (const v of variants) byMacro.set(v.macro_id, [...(byMacro.get(v.macro_id) ?? []), v]);
  return rows.map((row) => toMacro(row, byMacro.get(row.id) ?? []));
}

const sameKey = (a: { locale: string; register: string }, b: { locale: string; register: string }) =>
  a.locale.toLowerCase() === b.locale.toLowerCase() && a.register === b.register;

/**
 * Creates or replaces a macro and all its variants. A changed source-locale text bumps the version (so the
 * other variants show as outdated); a variant whose text is unchanged keeps its origin, review flag and version.
 *
 * @example
 * const { macro, created } = await putMacro(trx, 'late-delivery', input, 'user-1', clock.now());
 */
export async function putMacro(db: Kysely<Database>, id: string, input: MacroInput, userId: string | null, nowMs: number): Promise<{ macro: Macro; created: boolean }> {
  const now = isoInstant(nowMs);
  const before = await getMacro(db, id);
  const isSource = (locale: string) => locale.toLowerCase() === input.sourceLocale.toLowerCase();
  const oldSource = (before?.variants ?? []).filter((v) => v.locale.toLowerCase() === before?.sourceLocale.toLowerCase());
  const newSource = input.variants.filter((v) => isSource(v.locale));
  const sourceChanged = !before || before.sourceLocale.toLowerCase() !== input.sourceLocale.toLowerCase()
    || oldSource.length !== newSource.length || newSource.some((v) => !oldSource.some((o) => sameKey(o, v) && o.text === v.text));
  const version = before ? before.version + (sourceChanged ? 1 : 0) : 1;
  const values = { name: input.name, description: input.description, source_locale: input.sourceLocale, version, tags: JSON.stringify(input.tags), updated_at: now };
  if (before) await db.updateTable('macros').set(values).where('id', '=', id).execute();
  else await db.insertInto('macros').values({ id, ...values, created_by: userId, created_at: now }).execute();
  await db.deleteFrom('macro_variants').where('macro_id', '=', id).execute();
  for (const variant of input.variants) {
    const old = before?.variants.find((o) => sameKey(o, variant) && o.text === variant.text);
    await db.insertInto('macro_variants').values({
      macro_id: id, locale: variant.locale, register: variant.register, body: variant.text,
      origin: old?.origin ?? 'human', needs_review: old?.needsReview ? 1 : 0,
      based_on_version: isSource(variant.locale) ? version : old?.basedOnVersion ?? version, engine: old?.engine ?? null,
      updated_by: old ? old.updatedBy : userId, created_at: old?.createdAt ?? now, updated_at: old?.updatedAt ?? now,
    }).execute();
  }
  return { macro: (await getMacro(db, id))!, created: !before };
}

/**
 * Writes one variant. A human edit clears `needsReview`; a machine draft sets it. Writing a source-locale variant
 * bumps the macro's version when its text changed.
 */
export async function putVariant(
  db: Kysely<Database>, macro: Macro, variant: { locale: string; register: MacroRegister; text: string; origin: 'human' | 'machine'; engine: string | null },
  userId: string | null, nowMs: number,
): Promise<Macro> {
  const now = isoInstant(nowMs);
  const existing = macro.variants.find((v) => sameKey(v, variant));
  const isSource = variant.locale.toLowerCase() === macro.sourceLocale.toLowerCase();
  const version = isSource && existing?.text !== variant.text ? macro.version + 1 : macro.version;
  if (version !== macro.version) await db.updateTable('macros').set({ version, updated_at: now }).where('id', '=', macro.id).execute();
  else await db.updateTable('macros').set({ updated_at: now }).where('id', '=', macro.id).execute();
  const values = {
    body: variant.text, origin: variant.origin, needs_review: variant.origin === 'machine' ? 1 : 0, based_on_version: version,
    engine: variant.engine, updated_by: userId, updated_at: now,
  };
  if (existing) {
    await db.updateTable('macro_variants').set({ ...values, locale: variant.locale }).where('macro_id', '=', macro.id)
      .where('locale', '=', existing.locale).where('register', '=', existing.register).execute();
  } else {
    await db.insertInto('macro_variants').values({ macro_id: macro.id, locale: variant.locale, register: variant.register, ...values, created_at: now }).execute();
  }
  return (await getMacro(db, macro.id))!;
}

/** Marks a machine draft as reviewed; answers false when there is no such variant. */
export async function approveVariant(db: Kysely<Database>, macro: Macro, locale: string, register: MacroRegister, userId: string | null, nowMs: number): Promise<boolean> {
  const existing = macro.variants.find((v) => sameKey(v, { locale, register }));
  if (!existing) return false;
  await db.updateTable('macro_variants').set({ needs_review: 0, updated_by: userId, updated_at: isoInstant(nowMs) })
    .where('macro_id', '=', macro.id).where('locale', '=', existing.locale).where('register', '=', existing.register).execute();
  return true;
}

/** Deletes one variant; answers whether it existed. */
export async function deleteVariant(db: Kysely<Database>, macro: Macro, locale: string, register: MacroRegister): Promise<boolean> {
  const existing = macro.variants.find((v) => sameKey(v, { locale, register }));
  if (!existing) return false;
  await db.deleteFrom('macro_variants').where('macro_id', '=', macro.id).where('locale', '=', existing.locale).where('register', '=', existing.register).execute();
  return true;
}

/** Deletes a macro and its variants; answers whether it existed. */
export async function deleteMacro(db: Kysely<Database>, id: string): Promise<boolean> {
  await db.deleteFrom('macro_variants').where('macro_id', '=', id).execute();
  const result = await db.deleteFrom('macros').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
