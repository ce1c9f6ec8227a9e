import { Type } from 'typebox';
import { AppError } from '../errors/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import type { ChannelServices, WebhookRequest } from './channel-adapter.js';
import type { ChannelRegistry } from './channel-registry.js';
import { ChannelIdSchema } from './channel-schema.js';
import { getChannel } from './channel-store.js';

/** The largest webhook body accepted; providers send far less. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/**
 * `POST /webhooks/{channelId}` (and `GET`, for verification challenges): the way in for providers that call
 * Borderless. The body reaches the kind's adapter as raw bytes — signatures are computed over exact bytes — in a
 * plugin scope of its own, so the app's JSON-only parsing elsewhere is untouched. The adapter verifies (a missing
 * or wrong signature throws BL_BAD_SIGNATURE: 401, nothing stored) and parses; messages go through the
 * pipeline and receipts update sent messages before the provider gets its answer.
 *
 * @example
 * routes.push(webhookRoutes(registry, () => services));
 */
export function webhookRoutes(registry: ChannelRegistry, services: () => ChannelServices) {
  return async (app: App, _ctx: AppContext): Promise<void> => {
    await app.register(async (scope) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
      scope.route({
        method: ['GET', 'POST'],
        url: '/webhooks/:channelId',
        schema: {
          tags: ['channels'], summary: 'Provider webhooks (authenticated by the provider\'s signature, never by bearer token)',
          params: Type.Object({ channelId: ChannelIdSchema }),
        },
        config: { access: 'public' },
        handler: async (request, reply) => {
          const { channelId } = request.params as { channelId: string };
          const channel = await getChannel(services().store.db, channelId);
          const adapter = channel?.enabled ? registry.get(channel.kind) : undefined;
          if (!channel || !adapter?.verifyAndParseInbound) throw new AppError('BL_NOT_FOUND', `No webhook channel "${channelId}"`);
          const webhook: WebhookRequest = {
            method: request.method as 'GET' | 'POST',
            url: request.url,
            headers: headerRecord(request.headers),
            query: (request.query ?? {}) as Record<string, string | undefined>,
            rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          };
          const env = services();
          const outcome = await adapter.verifyAndParseInbound(webhook, channel, env);
          let received = 0;
          for (const message of outcome.messages ?? []) {
            await env.receive(channel, message);
            received++;
          }
          if (outcome.receipts?.length) await env.applyReceipts(channel.kind, outcome.receipts);
          const response: NonNullable<typeof outcome.response> = outcome.response ?? { status: 200, body: { received } };
          reply.status(response.status);
          if (response.contentType) reply.type(response.contentType);
          return reply.send(response.body ?? '');
        },
      });
    });
  };
}
