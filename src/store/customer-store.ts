import type { Kysely } from 'kysely';
import { isoInstant } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import { preparedQuery, type PreparedQuery } from './prepared-query.js';
import type { CustomersTable, Database } from './store-schema.js';

/** One way to reach a customer: an email address, a phone number, or a per-channel handle (chat visitor, messaging user id). */
export interface CustomerIdentity {
  kind: string;
  value: string;
}

export interface Customer {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  country: string | null;
  locale: string | null;
  language: string | null;
  languageSource: string | null;
  market: string | null;
  identities: CustomerIdentity[];
  mergedInto: string | null;
  attributes: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerContact {
  email?: string | null;
  phone?: string | null;
  name?: string | null;
  country?: string | null;
  locale?: string | null;
  /** The channel's own id for the person (chat visitor id, Telegram user id, LINE user id…). */
  handle?: string | null;
}

/** Lower-cases and trims an email address so one person has one email identity. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Reduces a phone number to `+` and digits so formatting differences do not split a customer. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') || trimmed.startsWith('00') ? `+${digits.replace(/^00/, '')}` : digits;
}

/** The identities a contact carries, strongest first: the channel handle, then email, then phone. */
export function identitiesOf(channel: string, contact: CustomerContact): CustomerIdentity[] {
  const identities: CustomerIdentity[] = [];
  if (contact.handle) identities.push({ kind: channel, value: contact.handle.trim() });
  if (contact.email) identities.push({ kind: 'email', value: normalizeEmail(contact.email) });
  if (contact.phone) identities.push({ kind: 'phone', value: normalizePhone(contact.phone) });
  return identities;
}

function toCustomer(row: CustomersTable, identities: CustomerIdentity[]): Customer {
  return {
    id: row.id, name: row.name, email: row.email, phone: row.phone, country: row.country, locale: row.locale,
    language: row.language, languageSource: row.language_source, market: row.market, identities,
    mergedInto: row.merged_into, attributes: parseJsonColumn(row.attributes, {}),
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

const customerById = preparedQuery<{ id: string }, CustomersTable>((db, p) => db.selectFrom('customers').selectAll().where('id', '=', p.id));

type OwnedIdentity = { kind: string; value: string; customer_id: string } & CustomersTable;

/** The owners of any of `count` identities (a contact names one to three: handle, email, phone), with their record. */
const identityLookups = new Map<number, PreparedQuery<Record<string, string>, OwnedIdentity>>();
function identityLookup(count: number) {
  let query = identityLookups.get(count);
  if (!query) {
    query = preparedQuery((db, p) => db.selectFrom('customer_identities')
      .innerJoin('customers', 'customers.id', 'customer_identities.customer_id')
      .selectAll('customers')
      .select(['customer_identities.kind', 'customer_identities.value', 'customer_identities.customer_id'])
      .where((eb) => eb.or(Array.from({ length: count }, (_, i) => eb.and([
        eb('customer_identities.kind', '=', p[`kind${i}`]!), eb('customer_identities.value', '=', p[`value${i}`]!),
      ])))));
    identityLookups.set(count, query);
  }
  return query;
}

/**
 * Finds the customer one of `identities` belongs to (strongest identity first), or creates one; then records
 * any identities the customer did not have yet, unless another customer already owns them (that is a case for
 * a merge, never a silent steal). Must run inside a transaction.
 *
 * @example
 * const { customerId, created } = await findOrCreateCustomer(trx, 'email', { email: 'a@example.jp', country: 'JP' }, now);
 */
export async function findOrCreateCustomer(
  db: Kysely<Database>, channel: string, contact: CustomerContact, nowMs: number,
): Promise<{ customerId: string; created: boolean; row: CustomersTable }> {
  const identities = identitiesOf(channel, contact);
  const now = isoInstant(nowMs);
  let owned: OwnedIdentity[] = [];
  if (identities.length > 0) {
    const params: Record<string, string> = {};
    identities.forEach((identity, i) => { params[`kind${i}`] = identity.kind; params[`value${i}`] = identity.value; });
    owned = await identityLookup(identities.length).execute(db, params);
  }
  let row: CustomersTable | undefined;
  for (const identity of identities) {
    const hit = owned.find((o) => o.kind === identity.kind && o.value === identity.value);
    if (hit) {
      const { kind: _kind, value: _value, customer_id: _owner, ...customer } = hit;
      row = customer;
      break;
    }
  }
  let created = false;
  // Follow a merge: identities moved on merge, but be robust to a stale pointer.
  while (row?.merged_into) row = await customerById.executeTakeFirst(db, { id: row.merged_into });
  if (!row) {
    created = true;
    row = {
      id: newId(nowMs), name: contact.name ?? null,
      email: contact.email ? normalizeEmail(contact.email) : null,
      phone: contact.phone ? normalizePhone(contact.phone) : null,
      country: contact.country ?? null, locale: contact.locale ?? null, language: null, language_source: null,
      market: null, merged_into: null, attributes: '{}', created_at: now, updated_at: now,
    };
    await db.insertInto('customers').values(row).execute();
  } else {
    // Fill what we learn about a known customer, never overwrite what an agent may have corrected.
    const patch: Partial<CustomersTable> = {};
    if (!row.name && contact.name) patch.name = contact.name;
    if (!row.email && contact.email) patch.email = normalizeEmail(contact.email);
    if (!row.phone && contact.phone) patch.phone = normalizePhone(contact.phone);
    if (!row.country && contact.country) patch.country = contact.country;
    if (!row.locale && contact.locale) patch.locale = contact.locale;
    if (Object.keys(patch).length > 0) {
      patch.updated_at = now;
      await db.updateTable('customers').set(patch).where('id', '=', row.id).execute();
      row = { ...row, ...patch };
    }
  }
  const missing = identities.filter((i) => !owned.some((o) => o.kind === i.kind && o.value === i.value));
  if (missing.length > 0) {
    await db.insertInto('customer_identities')
      .values(missing.map((i) => ({ id: newId(nowMs), customer_id: row!.id, kind: i.kind, value: i.value, created_at: now })))
      .execute();
  }
  return { customerId: row.id, created, row };
}

/** Reads one customer with identities; follows merges when `followMerge`. */
export async function getCustomer(db: Kysely<Database>, id: string, followMerge = true): Promise<Customer | undefined> {
  let row = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  while (followMerge && row?.merged_into) {
    row = await db.selectFrom('customers').selectAll().where('id', '=', row.merged_into).executeTakeFirst();
  }
  if (!row) return undefined;
  const identities = await db.selectFrom('customer_identities').select(['kind', 'value'])
    .where('customer_id', '=', row.id).orderBy('created_at').execute();
  return toCustomer(row, identities);
}

/** Lists customers (not merged away), newest first, with an optional text query on name, email and phone. */
export async function listCustomers(
  db: Kysely<Database>, filter: { q?: string; before?: string; limit: number; markets?: string[] | null },
): Promise<Customer[]> {
  let q = db.selectFrom('customers').selectAll().where('merged_into', 'is', null).orderBy('id', 'desc').limit(filter.limit);
  if (filter.before) q = q.where('id', '<', filter.before);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['name']), 'like', like), eb('email', 'like', like), eb('phone', 'like', like)]));
  }
  if (filter.markets) q = q.where('market', 'in', filter.markets.length ? filter.markets : ['\u0000']);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const identities = ids.length
    ? await db.selectFrom('customer_identities').select(['customer_id', 'kind', 'value']).where('customer_id', 'in', ids).execute()
    : [];
  return rows.map((r) => toCustomer(r, identities.filter((i) => i.customer_id === r.id).map(({ kind, value }) => ({ kind, value }))));
}

/**
 * Merges `sourceId` into `targetId`: identities and conversations move to the target, the source is kept as a
 * pointer (so old links still resolve) and fields the target lacks are filled from the source.
 */
export async function mergeCustomers(db: Kysely<Database>, targetId: string, sourceId: string, nowMs: number): Promise<void> {
  const now = isoInstant(nowMs);
  const [target, source] = await Promise.all([
    db.selectFrom('customers').selectAll().where('id', '=', targetId).executeTakeFirstOrThrow(),
    db.selectFrom('customers').selectAll().where('id', '=', sourceId).executeTakeFirstOrThrow(),
  ]);
  await db.updateTable('customer_identities').set({ customer_id: targetId }).where('customer_id', '=', sourceId).execute();
  await db.updateTable('conversations').set({ customer_id: targetId, updated_at: now }).where('customer_id', '=', sourceId).execute();
  const fill: Partial<CustomersTable> = { updated_at: now };
  for (const key of ['name', 'email', 'phone', 'country', 'locale', 'language', 'market'] as const) {
    if (!target[key] && source[key]) fill[key] = source[key];
  }
  await db.updateTable('customers').set(fill).where('id', '=', targetId).execute();
  await db.updateTable('customers').set({ merged_into: targetId, updated_at: now }).where('id', '=', sourceId).execute();
}

/** Updates the editable fields of a customer. */
export async function updateCustomer(
  db: Kysely<Database>, id: string,
  patch: Partial<Pick<Customer, 'name' | 'country' | 'locale' | 'language' | 'market'>> & { languageSource?: string | null },
  nowMs: number,
): Promise<void> {
  const set: Partial<CustomersTable> = { updated_at: isoInstant(nowMs) };
  if (patch.name !== undefined) set.name = patch.name;
  if (patch.country !== undefined) set.country = patch.country;
  if (patch.locale !== undefined) set.locale = patch.locale;
  if (patch.language !== undefined) set.language = patch.language;
  if (patch.languageSource !== undefined) set.language_source = patch.languageSource;
  if (patch.market !== undefined) set.market = patch.market;
  await db.updateTable('customers').set(set).where('id', '=', id).execute();
}
