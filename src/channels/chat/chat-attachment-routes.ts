import { Type } from 'typebox';
import { AppError } from '../../errors/index.js';
import type { App } from '../../server/fastify-types.js';
import { problemResponses } from '../../server/schemas/common-schema.js';
import { sendStoredFile } from '../attachment-routes.js';
import type { ChannelServices } from '../channel-adapter.js';
import { getAttachment } from '../channel-store.js';
import { visitorMaySee } from './chat-store.js';
import { tokenChannelId, verifyVisitorToken, visitorTokenSecret } from './visitor-token.js';

/**
 * `GET /api/v1/widget/attachments/{id}?token=<visitor token>` (public, authenticated by the token): a file of the
 * visitor's own conversation — one they sent, or one an agent attached to an answer — as a download the widget can
 * link to. Anything else, a private note's file included, is 404.
 *
 * @example
 * routes: (app, ctx, services) => { chatAttachmentRoutes(app, services); }
 */
export function chatAttachmentRoutes(app: App, services: ChannelServices): void {
  app.get('/api/v1/widget/attachments/:id', {
    schema: {
      tags: ['chat widget'], summary: 'Download a file of the visitor\'s own conversation (public, visitor token in the query)',
      params: Type.Object({ id: Type.String({ pattern: '^[0-9a-f]{32}$' }) }),
      querystring: Type.Object({ token: Type.String({ minLength: 1, maxLength: 600 }) }),
      response: { ...problemResponses(400, 401, 404) },
    },
    config: { access: 'public' },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const { token } = request.query as { token: string };
    const nowMs = services.clock.now();
    const channelId = tokenChannelId(token);
    const channel = channelId ? await services.channelById(channelId) : null;
    const claims = channel?.kind === 'chat' ? verifyVisitorToken(await visitorTokenSecret(services.store.db, channel, nowMs), token, channel.id, nowMs) : null;
    if (!channel || !claims) throw new AppError('BL_UNAUTHORIZED', 'The widget token is missing, expired or not valid: start a new session');
    const attachment = await visitorMaySee(services.store.db, channel.id, claims.visitorId, id) ? await getAttachment(services.store.db, id) : undefined;
    if (!attachment?.content) throw new AppError('BL_NOT_FOUND', `No attachment ${id} in this conversation`);
    return sendStoredFile(reply, { ...attachment, content: attachment.content }, 'private, max-age=3600');
  });
}
