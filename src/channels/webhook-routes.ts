import { Type } from 'typebox';
import { AppError } from '../errors/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { acceptRawBodies } from '../server/raw-body.js';
import type { ChannelInbound, ChannelServices, WebhookOutcome, WebhookRequest } from './channel-adapter.js';
import type { ChannelRegistry } from './channel-registry.js';
import { ChannelIdSchema } from './channel-schema.js';
import { getChannel } from './channel-store.js';

/** The largest webhook body accepted; providers send far less. */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

const optionalText = (value: unknown, max: number): boolean => value === undefined || value === null || (typeof value === 'string' && value.length <= max);

/** What the pipeline needs of a parsed message, checked before anything is stored (providers' fields come typed as JSON). */
function isInboundShape(message: ChannelInbound): boolean {
  const c = message.customer as Record<string, unknown> | undefined;
  return typeof message.externalId === 'string' && message.externalId.length > 0 && message.externalId.length <= 512
    && typeof message.text === 'string' && message.text.length <= 200_000 && optionalText(message.subject, 998)
    && !!c && typeof c === 'object' && ['email', 'phone', 'name', 'country', 'locale', 'handle'].every((field) => optionalText(c[field], 320))
    && !!(c.email || c.phone || c.handle);
}

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
      acceptRawBodies(scope, WEBHOOK_BODY_LIMIT_BYTES);
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
          let outcome: WebhookOutcome;
          try {
            outcome = await adapter.verifyAndParseInbound(webhook, channel, env);
          } catch (error) {
            if (!(error instanceof TypeError)) throw error;
            // A signed body whose fields have types the provider never sends: the caller's fault, and nothing is stored.
            request.log.warn({ err: error, channel: channel.id }, 'webhook body of an unexpected shape');
            throw new AppError('BL_VALIDATION', `The webhook body does not have the shape ${adapter.displayName} sends`);
          }
          const malformed = (outcome.messages ?? []).findIndex((m) => !isInboundShape(m));
          if (malformed >= 0) throw new AppError('BL_VALIDATION', `Message ${malformed} of the webhook does not have the shape ${adapter.displayName} sends`);
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
