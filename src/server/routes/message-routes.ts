import { AppError } from '../../errors/index.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { problemResponses } from '../schemas/common-schema.js';
import { IngestResponseSchema, InboundMessageSchema } from '../schemas/conversation-schema.js';

/** `POST /api/v1/messages`: the HTTP door into the one inbound pipeline every channel shares. */
export function messageRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/messages', {
    schema: {
      tags: ['messages'],
      summary: 'Ingest one inbound message from any channel',
      description: 'Deduplicated on (channel, externalId): a repeat answers 200 with the stored message and stores nothing.',
      body: InboundMessageSchema,
      response: { 200: IngestResponseSchema, 201: IngestResponseSchema, ...problemResponses(400, 401, 403, 413, 415, 422) },
    },
    config: { access: 'agent' },
  }, async (request, reply) => {
    const body = request.body;
    const c = body.customer;
    if (!c.email && !c.phone && !c.handle) {
      throw new AppError('BL_UNPROCESSABLE', 'The customer needs an email, a phone or a channel handle to be recognised', {
        errors: [{ path: '/body/customer', message: 'needs one of email, phone, handle' }],
      });
    }
    if (body.text.trim() === '' && !(body.attachments?.length)) {
      throw new AppError('BL_UNPROCESSABLE', 'A message needs text or attachments', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
    }
    if (request.scopeMarkets && (!body.market || !request.scopeMarkets.includes(body.market))) {
      throw new AppError('BL_FORBIDDEN', 'Your team may only ingest messages for its own markets: name one of them in "market"');
    }
    const result = await ctx.pipeline.ingest(body);
    return reply.status(result.created ? 201 : 200).send({ message: result.message, conversation: result.conversation });
  });
}
