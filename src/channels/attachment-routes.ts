import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../errors/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import { acceptRawBodies } from '../server/raw-body.js';
import { problemResponses, UuidSchema } from '../server/schemas/common-schema.js';
import { validatorCompiler } from '../server/validation.js';
import { appendAudit } from '../store/audit-store.js';
import { getConversation } from '../store/conversation-store.js';
import { AGENT_UPLOADS, ATTACHMENT_BODY_CAP_BYTES, getAttachment } from './channel-store.js';
import { ChannelIdSchema } from './channel-schema.js';
import { mediaLinkValid } from './media-links.js';
import { safeFilename, storeUpload } from './outbound-attachments.js';

const AttachmentIdSchema = Type.String({ pattern: '^[0-9a-f]{32}$', description: 'an attachment id (32 hex characters)' });

export const UploadSchema = Type.Object({
  id: AttachmentIdSchema,
  conversationId: Type.String(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer({ minimum: 1 }),
  url: Type.String({ description: 'where agents download it' }),
  createdAt: Type.String(),
}, { description: 'a file uploaded for a reply; name its id in the reply\'s `attachments`' });

/** A filename for Content-Disposition: ASCII fallback plus the UTF-8 original (RFC 6266). */
function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

const inlineTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Sends a stored file: images inline with their type, everything else as an octet-stream download, never sniffed
 * and sandboxed, so a file a customer sent cannot run as a page of the console's origin.
 *
 * @example
 * return sendStoredFile(reply, { filename, contentType, content }, 'private, max-age=3600');
 */
export function sendStoredFile(reply: FastifyReply, file: { filename: string; contentType: string; content: Buffer }, cacheControl: string): FastifyReply {
  const inline = inlineTypes.has(file.contentType);
  return reply
    .header('content-type', inline ? file.contentType : 'application/octet-stream')
    .header('content-disposition', disposition(inline ? 'inline' : 'attachment', file.filename))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', cacheControl)
    .send(file.content);
}

/**
 * Attachments: `POST /api/v1/conversations/{id}/attachments` (agents upload one file as the raw body — its type in
 * Content-Type, its name in `?filename=` — for a reply to name in `attachments`), `GET /api/v1/attachments/{id}`
 * (agents download an inbound attachment or an upload, within the markets they may see) and
 * `GET /api/v1/media/{channelId}/{id}/{filename}` (public, signed: where providers that take files by URL — Twilio
 * MMS, LINE, Instagram — fetch an attached file).
 *
 * @example
 * attachmentRoutes(app, ctx);
 */
export async function attachmentRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    acceptRawBodies(scope, ATTACHMENT_BODY_CAP_BYTES);
    scope.post('/api/v1/conversations/:id/attachments', {
      bodyLimit: ATTACHMENT_BODY_CAP_BYTES,
      schema: {
        tags: ['conversations'], summary: 'Upload a file to attach to a reply',
        description: `The request body is the file itself (at most ${ATTACHMENT_BODY_CAP_BYTES} bytes), its media type in Content-Type `
          + '(`application/octet-stream` when unknown) and its name in `filename`. Answers the id a reply names in `attachments`; '
          + 'whether the conversation\'s channel can carry the file is checked when the reply is sent (422 with the channel\'s reason).',
        consumes: ['application/octet-stream', '*/*'],
        params: Type.Object({ id: UuidSchema }),
        querystring: Type.Object({ filename: Type.String({ minLength: 1, maxLength: 255 }) }, { additionalProperties: false }),
        body: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }),
        response: { 201: UploadSchema, ...problemResponses(400, 401, 403, 404, 413, 415) },
      },
      config: { access: 'agent' },
      // The body is bytes, checked below; the schema above only documents it.
      validatorCompiler: (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route)),
    }, async (request, reply) => {
      const { id } = request.params as { id: string };
      const conversation = await getConversation(ctx.store.db, id, request.scopeMarkets);
      if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${id}`);
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (content.length === 0) throw new AppError('BL_VALIDATION', 'The file is empty: send its bytes as the request body', { errors: [{ path: '/body', message: 'must not be empty' }] });
      // Fastify has already answered 415 to a Content-Type that is not a media type.
      const declared = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (declared.startsWith('multipart/') || declared === 'application/x-www-form-urlencoded') {
        throw new AppError('BL_UNSUPPORTED_MEDIA_TYPE', 'Send the file itself as the request body (its type in Content-Type), not a form');
      }
      const filename = safeFilename((request.query as { filename: string }).filename);
      const nowMs = ctx.clock.now();
      const upload = await ctx.store.db.transaction().execute(async (trx) => {
        const stored = await storeUpload(trx, conversation.id, { filename, contentType: declared || 'application/octet-stream', content }, nowMs);
        await appendAudit(trx, request.actor!, {
          action: 'conversation.attachment_uploaded', entityType: 'conversation', entityId: conversation.id,
          changes: { attachment: stored.id, filename: stored.filename, contentType: stored.contentType, size: stored.size },
        }, nowMs, request.id);
        return stored;
      });
      return reply.status(201).send(upload);
    });
  });

  app.get('/api/v1/attachments/:id', {
    schema: {
      tags: ['conversations'], summary: 'Download an attachment: of an inbound message, or a file uploaded for a reply',
      params: Type.Object({ id: AttachmentIdSchema }), response: { ...problemResponses(401, 404) },
    },
    config: { access: 'agent' },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const attachment = await getAttachment(ctx.store.db, id);
    const visible = attachment && attachment.market !== undefined
      && (!request.scopeMarkets || (attachment.market !== null && request.scopeMarkets.includes(attachment.market)));
    if (!attachment || !visible) throw new AppError('BL_NOT_FOUND', `No attachment ${id}`);
    if (!attachment.content) throw new AppError('BL_NOT_FOUND', `The body of attachment ${id} was over the size cap and was not kept`);
    return sendStoredFile(reply, { ...attachment, content: attachment.content }, 'private, max-age=3600');
  });

  app.get('/api/v1/media/:channelId/:id/:filename', {
    schema: {
      tags: ['channels'], summary: 'A file attached to a reply, for the provider that delivers it (public, signed link)',
      params: Type.Object({ channelId: ChannelIdSchema, id: AttachmentIdSchema, filename: Type.String({ minLength: 1, maxLength: 255 }) }),
      querystring: Type.Object({ expires: Type.Integer(), signature: Type.String({ minLength: 20, maxLength: 100 }) }),
      response: { ...problemResponses(400, 404) },
    },
    config: { access: 'public' },
  }, async (request, reply) => {
    const { channelId, id } = request.params as { channelId: string; id: string };
    const { expires, signature } = request.query as { expires: number; signature: string };
    const valid = await mediaLinkValid(ctx.store.db, channelId, id, expires, signature, ctx.clock.now());
    const row = valid ? await ctx.store.db.selectFrom('channel_attachments').select(['filename', 'content_type', 'content'])
      .where('id', '=', id).where('channel', '=', AGENT_UPLOADS).executeTakeFirst() : undefined;
    // One answer for forged, expired and deleted: a link either works or it does not.
    if (!row?.content) throw new AppError('BL_NOT_FOUND', 'This media link is not valid or has expired');
    // Providers take the type from Content-Type (MMS, LINE), so the file goes out as what it is, still never sniffed.
    return reply
      .header('content-type', row.content_type)
      .header('content-disposition', disposition('inline', row.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'public, max-age=86400')
      .send(Buffer.from(row.content));
  });
}
