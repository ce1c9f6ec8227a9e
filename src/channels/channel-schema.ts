import { Type, type Static, type TSchema } from 'typebox';
import type { ChannelAdapter, ChannelInstance } from './channel-adapter.js';

/** What the channel API answers where a secret is stored; a PUT with this value keeps the stored secret. */
export const REDACTED = '********';

export const ChannelIdSchema = Type.String({ pattern: '^[a-z0-9-]{2,40}$', description: 'lowercase letters, digits and hyphens, 2–40 characters' });

/** The part of a PUT body every kind shares; the kind's own schema checks the rest. */
export const ChannelEnvelopeSchema = Type.Object({
  kind: Type.String({ minLength: 1, maxLength: 40 }),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
}, { additionalProperties: true });

export const CapabilitiesSchema = Type.Object({
  threading: Type.Boolean(), html: Type.Boolean(), attachments: Type.Boolean(), deliveryReceipts: Type.Boolean(),
  readReceipts: Type.Boolean(), replyWindowMs: Type.Union([Type.Integer(), Type.Null()]), idempotentSend: Type.Boolean(),
  maxTextLength: Type.Union([Type.Integer(), Type.Null()]),
});

export const ChannelHealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
  checkedAt: Type.String({ description: 'when the connection was last tried' }),
  lastSuccessAt: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()], { description: 'why the last try failed (refused login, unreachable server…)' }),
  detail: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: 'kind-specific facts: the IMAP cursor, what the last poll stored' })),
}, { description: 'the health of the channel\'s own connection to its provider (IMAP polling); null when the kind has none or it has not run yet' });

/** A channel as the API answers it: its configuration (secrets redacted), id, state and capabilities. */
export const ChannelViewSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  market: Type.String(),
  enabled: Type.Boolean(),
  capabilities: CapabilitiesSchema,
  health: Type.Optional(Type.Union([ChannelHealthSchema, Type.Null()])),
  createdAt: Type.String(),
  updatedAt: Type.String(),
}, { additionalProperties: true });

export type ChannelView = Static<typeof ChannelViewSchema> & Record<string, unknown>;

/**
 * The documented PUT body: one of the registered kinds' schemas.
 *
 * @example
 * channelBodySchema(registry.all()); // Type.Union([EmailConfigSchema, …])
 */
export function channelBodySchema(adapters: ChannelAdapter<any>[]): TSchema {
  if (adapters.length === 0) return ChannelEnvelopeSchema;
  if (adapters.length === 1) return adapters[0]!.configSchema;
  return Type.Union(adapters.map((a) => a.configSchema));
}

function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The value at a JSON pointer, or undefined.
 *
 * @example
 * valueAt({ smtp: { pass: 'x' } }, '/smtp/pass'); // 'x'
 */
export function valueAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const part of pointerParts(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * Sets the value at a JSON pointer whose parent exists; answers false when it does not.
 *
 * @example
 * setValueAt(config, '/smtp/pass', '********'); // true
 */
export function setValueAt(document: unknown, pointer: string, value: unknown): boolean {
  const parts = pointerParts(pointer);
  let node: unknown = document;
  for (const part of parts.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (node === null || typeof node !== 'object') return false;
  (node as Record<string, unknown>)[parts.at(-1)!] = value;
  return true;
}

/**
 * A channel as the API shows it: the stored configuration with every secret replaced by `********`.
 *
 * @example
 * channelView(channel, adapter).smtp.pass; // '********'
 */
export function channelView(channel: ChannelInstance, adapter: ChannelAdapter<any> | undefined): ChannelView {
  const config = structuredClone(channel.config) as Record<string, unknown>;
  for (const pointer of adapter?.secretPaths ?? []) {
    const value = valueAt(config, pointer);
    if (value !== undefined && value !== null && value !== '') setValueAt(config, pointer, REDACTED);
  }
  const none: ChannelView['capabilities'] = { threading: false, html: false, attachments: false, deliveryReceipts: false, readReceipts: false, replyWindowMs: null, idempotentSend: false, maxTextLength: null };
  return {
    ...config, id: channel.id, kind: channel.kind, market: channel.market, enabled: channel.enabled,
    capabilities: adapter?.capabilities ?? none, createdAt: channel.createdAt, updatedAt: channel.updatedAt,
  };
}
