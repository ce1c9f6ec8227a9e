import { Type } from 'typebox';
import { AppError, type FieldError } from '../errors/index.js';
import { withTransaction } from '../pipeline/event-bus.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { problemResponses } from '../server/schemas/common-schema.js';
import { validatorCompiler } from '../server/validation.js';
import { appendAudit } from '../store/audit-store.js';
import { getMarket } from '../store/market-store.js';
import { isUniqueViolation } from '../store/store-errors.js';
import type { ChannelConfig, ChannelInstance } from './channel-adapter.js';
import type { ChannelRegistry } from './channel-registry.js';
import {
  CapabilitiesSchema, ChannelEnvelopeSchema, ChannelIdSchema, ChannelViewSchema, REDACTED, channelBodySchema, channelView, setValueAt, valueAt,
} from './channel-schema.js';
import { deleteChannel, getChannel, keyOwner, listChannels, putChannel } from './channel-store.js';

const IdParams = Type.Object({ id: ChannelIdSchema });

function invalid(errors: FieldError[], fallback: string): AppError {
  return new AppError('BL_VALIDATION', errors[0] ? `${errors[0].path} ${errors[0].message}` : fallback, { errors });
}

/**
 * The channel API: `PUT/GET/DELETE /api/v1/channels/{id}`, `GET /api/v1/channels` and `GET /api/v1/channel-kinds`;
 * a channel's view carries its `health` where the kind reports one (IMAP polling). A PUT body is checked in two steps: the
 * envelope (`kind`, `market`) by the route, the rest by the kind's own schema from the registry.
 *
 * @example
 * routes.push(channelRoutes(registry, () => directory.invalidate()));
 */
export function channelRoutes(registry: ChannelRegistry, onChange: () => void = () => undefined) {
  return (app: App, ctx: AppContext): void => {
    const env = { store: ctx.store, clock: ctx.clock, logger: ctx.logger, config: ctx.config };
    const viewWithHealth = async (channel: ChannelInstance) => {
      const adapter = registry.get(channel.kind);
      return { ...channelView(channel, adapter), health: (await adapter?.health?.(channel, env)) ?? null };
    };

    app.get('/api/v1/channel-kinds', {
      schema: {
        tags: ['channels'], summary: 'The channel kinds this server has adapters for, with their capabilities',
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ kind: Type.String(), displayName: Type.String(), capabilities: CapabilitiesSchema, secretPaths: Type.Array(Type.String()) })) }) },
      },
      config: { access: 'supervisor' },
    }, async () => ({
      items: registry.all().map((a) => ({ kind: a.kind, displayName: a.displayName, capabilities: a.capabilities, secretPaths: [...a.secretPaths] })),
    }));

    app.get('/api/v1/channels', {
      schema: {
        tags: ['channels'], summary: 'List channel instances (secrets redacted)',
        response: { 200: Type.Object({ items: Type.Array(ChannelViewSchema) }), ...problemResponses(401, 403) },
      },
      config: { access: 'supervisor' },
    }, async (request) => {
      const channels = await listChannels(ctx.store.db, { markets: request.scopeMarkets });
      return { items: await Promise.all(channels.map((c) => viewWithHealth(c))) };
    });

    app.get('/api/v1/channels/:id', {
      schema: {
        tags: ['channels'], summary: 'One channel instance (secrets redacted)', params: IdParams,
        response: { 200: ChannelViewSchema, ...problemResponses(401, 403, 404) },
      },
      config: { access: 'supervisor' },
    }, async (request) => {
      const channel = await getChannel(ctx.store.db, request.params.id);
      if (!channel || (request.scopeMarkets && !request.scopeMarkets.includes(channel.market))) throw new AppError('BL_NOT_FOUND', `No channel "${request.params.id}"`);
      return viewWithHealth(channel);
    });

    app.put('/api/v1/channels/:id', {
      schema: {
        tags: ['channels'], summary: 'Create or replace a channel instance',
        description: 'The body is the whole configuration of one kind (`kind`, `market` and the kind\'s fields). Secrets are stored as given and answered as `********`; sending `********` back keeps the stored secret.',
        params: IdParams, body: channelBodySchema(registry.all()),
        response: { 200: ChannelViewSchema, 201: ChannelViewSchema, ...problemResponses(400, 401, 403, 409, 422) },
      },
      config: { access: 'supervisor' },
      // The route checks the envelope; the kind's schema (registry.validate) gives precise errors for the rest.
      validatorCompiler: (route) => validatorCompiler(route.httpPart === 'body' ? { ...route, schema: ChannelEnvelopeSchema } : route),
    }, async (request, reply) => {
      const actor = request.actor!;
      const id = request.params.id;
      const body = structuredClone(request.body) as ChannelConfig;
      const adapter = registry.get(body.kind);
      if (!adapter) throw invalid([{ path: '/body/kind', message: `must be one of: ${registry.kinds().join(', ')}` }], 'Unknown channel kind');
      const existing = await getChannel(ctx.store.db, id);
      if (existing && request.scopeMarkets && !request.scopeMarkets.includes(existing.market)) throw new AppError('BL_NOT_FOUND', `No channel "${id}"`);
      if (existing && existing.kind !== body.kind) {
        throw new AppError('BL_CONFLICT', `Channel "${id}" is a ${existing.kind} channel; delete it first to reuse the id for ${body.kind}`);
      }
      const secretErrors: FieldError[] = [];
      for (const pointer of adapter.secretPaths) {
        if (valueAt(body, pointer) !== REDACTED) continue;
        const stored = existing ? valueAt(existing.config, pointer) : undefined;
        if (typeof stored === 'string' && stored !== '') setValueAt(body, pointer, stored);
        else secretErrors.push({ path: `/body${pointer}`, message: 'there is no stored secret to keep; give the value' });
      }
      if (secretErrors.length) throw invalid(secretErrors, 'A redacted secret cannot be kept');
      const errors = registry.validate(body);
      if (errors.length) throw invalid(errors, 'The channel configuration is not valid');
      if (request.scopeMarkets && !request.scopeMarkets.includes(body.market)) throw new AppError('BL_FORBIDDEN', `You may not configure channels for market "${body.market}"`);
      if (!(await getMarket(ctx.store.db, body.market))) {
        throw new AppError('BL_UNPROCESSABLE', `There is no market "${body.market}"`, { errors: [{ path: '/body/market', message: 'unknown market code' }] });
      }
      const keys = adapter.inboundKeys?.(body) ?? [];
      for (const key of keys) {
        const owner = await keyOwner(ctx.store.db, body.kind, key);
        if (owner && owner !== id) {
          throw new AppError('BL_CONFLICT', `"${key}" already belongs to channel "${owner}"`, { errors: [{ path: '/body', message: `"${key}" is claimed by channel "${owner}"` }] });
        }
      }
      const enabled = body.enabled === undefined ? true : Boolean(body.enabled);
      const { enabled: _enabled, ...config } = body;
      let result;
      try {
        result = await withTransaction(ctx.store, ctx.bus, async (trx) => {
          const stored = await putChannel(trx, id, config as ChannelConfig, keys, enabled, ctx.clock.now());
          // The audit keeps what changed, never the secrets.
          await appendAudit(trx, actor, {
            action: stored.created ? 'channel.created' : 'channel.updated', entityType: 'channel', entityId: id,
            changes: channelView(stored.channel, adapter),
          }, ctx.clock.now(), request.id);
          return stored;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('BL_CONFLICT', 'Another channel claimed one of these addresses at the same time');
        throw error;
      }
      onChange();
      return reply.status(result.created ? 201 : 200).send(channelView(result.channel, adapter));
    });

    app.delete('/api/v1/channels/:id', {
      schema: { tags: ['channels'], summary: 'Delete a channel instance', params: IdParams, response: { 204: Type.Null(), ...problemResponses(401, 403, 404) } },
      config: { access: 'supervisor' },
    }, async (request, reply) => {
      const existing = await getChannel(ctx.store.db, request.params.id);
      if (!existing || (request.scopeMarkets && !request.scopeMarkets.includes(existing.market))) throw new AppError('BL_NOT_FOUND', `No channel "${request.params.id}"`);
      await withTransaction(ctx.store, ctx.bus, async (trx) => {
        await deleteChannel(trx, existing.id);
        await appendAudit(trx, request.actor!, { action: 'channel.deleted', entityType: 'channel', entityId: existing.id }, ctx.clock.now(), request.id);
      });
      onChange();
      return reply.status(204).send(null);
    });
  };
}
