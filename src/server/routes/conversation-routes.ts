import { Type } from 'typebox';
import { ReviewBlockedProblemSchema, ReviewIssueSchema, ReviewOverrideSchema } from '../../culture/review-schema.js';
import { AppError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import { appendAudit } from '../../store/audit-store.js';
import {
  countConversations, getConversation, listConversations, listMessages, updateConversation,
  type ConversationStatus, type ConversationPatch,
} from '../../store/conversation-store.js';
import { getUser } from '../../store/user-store.js';
import { requireRole } from '../auth.js';
import type { AppContext } from '../app-context.js';
import type { App } from '../fastify-types.js';
import { problemResponses, UuidSchema } from '../schemas/common-schema.js';
import {
  AssignSchema, ConversationPatchSchema, ConversationQuerySchema, ConversationSchema, ReplySchema,
} from '../schemas/conversation-schema.js';

const IdParams = Type.Object({ id: UuidSchema });
const ConversationWithMessagesSchema = Type.Object({
  ...ConversationSchema.properties,
  messages: Type.Array(Type.Ref('Message')),
});
const ReplyBodySchema = Type.Object({
  ...ReplySchema.properties,
  override: Type.Optional(ReviewOverrideSchema),
}, { additionalProperties: false });
const split = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** Conversations: list with filters and cursor pagination, read with messages, reply, assign, change status. */
export function conversationRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/conversations', {
    schema: {
      tags: ['conversations'], summary: 'List conversations, most recent activity first',
      querystring: ConversationQuerySchema,
      response: {
        200: Type.Object({ items: Type.Array(Type.Ref('Conversation')), nextCursor: Type.Union([Type.String(), Type.Null()]) }),
        ...problemResponses(400, 401),
      },
    },
  }, async (request) => {
    const q = request.query;
    const statuses = split(q.status);
    const bad = statuses?.find((s) => !['open', 'pending', 'snoozed', 'resolved'].includes(s));
    if (bad) throw new AppError('BL_VALIDATION', `Unknown status "${bad}"`, { errors: [{ path: '/querystring/status', message: 'must be open, pending, snoozed or resolved' }] });
    let assignee = q.assignee;
    if (assignee === 'me') assignee = request.actor?.userId ?? 'none';
    return listConversations(ctx.store.db, {
      status: statuses as ConversationStatus[] | undefined, market: split(q.market), language: split(q.language),
      channel: split(q.channel), assignee, team: q.team, customer: q.customer, q: q.q, dueBefore: q.dueBefore, breached: q.breached,
      scopeMarkets: request.scopeMarkets, cursor: q.cursor, limit: q.limit ?? 50,
    });
  });

  app.get('/api/v1/conversations/counts', {
    schema: {
      tags: ['conversations'], summary: 'Counts per status (and mine, unassigned) under the same filters as the list',
      querystring: Type.Omit(ConversationQuerySchema, ['status', 'cursor', 'limit']),
      response: { 200: Type.Object({
        open: Type.Integer(), pending: Type.Integer(), snoozed: Type.Integer(), resolved: Type.Integer(),
        mine: Type.Integer({ description: 'unresolved and assigned to the caller' }), unassigned: Type.Integer({ description: 'unresolved and unassigned' }),
        total: Type.Integer(),
      }), ...problemResponses(400, 401) },
    },
  }, async (request) => {
    const q = request.query;
    const me = request.actor?.userId ?? null;
    const counts = await countConversations(ctx.store.db, {
      market: split(q.market), language: split(q.language), channel: split(q.channel),
      assignee: q.assignee === 'me' ? (me ?? 'none') : q.assignee, team: q.team, customer: q.customer, q: q.q,
      dueBefore: q.dueBefore, breached: q.breached, scopeMarkets: request.scopeMarkets,
    }, me);
    return { ...(counts.byStatus as { open: number; pending: number; snoozed: number; resolved: number }), mine: counts.mine, unassigned: counts.unassigned, total: counts.total };
  });

  app.get('/api/v1/conversations/:id', {
    schema: {
      tags: ['conversations'], summary: 'One conversation with its messages', params: IdParams,
      response: { 200: ConversationWithMessagesSchema, ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    const conversation = await getConversation(ctx.store.db, request.params.id, request.scopeMarkets);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${request.params.id}`);
    const messages = await listMessages(ctx.store.db, conversation.id, true);
    return { ...conversation, messages };
  });

  app.addSchema(ReviewIssueSchema);
  const replyResponses = {
    201: Type.Object({
      message: Type.Ref('Message'), conversation: Type.Ref('Conversation'),
      issues: Type.Array(Type.Ref('ReviewIssue'), { description: 'what the review found (warnings, or the blocking issues an override let through); empty for notes' }),
      overridden: Type.Boolean({ description: 'blocking issues were sent anyway with `override.reason`' }),
    }),
    422: ReviewBlockedProblemSchema,
    ...problemResponses(400, 401, 404),
  };
  const replyDescription = 'A public reply is reviewed against the customer\'s language and culture (the checks of `POST /api/v1/replies/review`, '
    + 'messages in the caller\'s language), then recorded and queued in the durable outbox for its channel. Blocking issues (PII, SENSITIVITY) '
    + 'answer 422 problem+json with `issues` and change nothing, unless `override.reason` is given: the reply is then sent and the override '
    + 'is recorded on the message and in the audit log (`reply.review_overridden`). Warnings never block; they come back in `issues`. '
    + 'A private note is not reviewed and never leaves Borderless.';
  // `reviewed-replies` came first, when only it ran the review; it stays as the same endpoint for the clients that use it.
  for (const [url, summary, deprecated] of [
    ['/api/v1/conversations/:id/replies', 'Reply to the customer (reviewed), or add a private note', false],
    ['/api/v1/conversations/:id/reviewed-replies', 'The same as POST /api/v1/conversations/{id}/replies', true],
  ] as const) {
    app.post(url, {
      schema: {
        tags: ['conversations'], summary, description: replyDescription, deprecated,
        params: IdParams, body: ReplyBodySchema, response: replyResponses,
      },
    }, async (request, reply) => {
      const actor = requireRole(request, 'agent');
      const body = request.body;
      const sent = await ctx.outbound.send(actor, request.scopeMarkets, request.params.id, {
        text: body.text, html: body.html ?? null, private: body.private ?? false, status: body.status, language: body.language ?? null,
        review: { override: body.override ?? null, acceptLanguage: request.headers['accept-language'] },
        attachments: body.attachments ?? [],
      }, request.id);
      return reply.status(201).send({ ...sent, conversation: (await getConversation(ctx.store.db, request.params.id))! });
    });
  }

  app.patch('/api/v1/conversations/:id', {
    schema: {
      tags: ['conversations'], summary: 'Change status, priority, category or language',
      params: IdParams, body: ConversationPatchSchema,
      response: { 200: Type.Ref('Conversation'), ...problemResponses(400, 401, 404) },
    },
  }, async (request) => {
    const actor = requireRole(request, 'agent');
    const before = await getConversation(ctx.store.db, request.params.id, request.scopeMarkets);
    if (!before) throw new AppError('BL_NOT_FOUND', `No conversation ${request.params.id}`);
    const patch: ConversationPatch = { ...request.body } as ConversationPatch;
    await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
      await updateConversation(trx, before.id, patch, ctx.clock.now());
      if (patch.language !== undefined) {
        // An agent's correction becomes the customer's remembered language and outranks detection from now on.
        await trx.updateTable('customers').set({ language: patch.language, language_source: 'agent' }).where('id', '=', before.customer.id).execute();
      }
      await appendAudit(trx, actor, { action: 'conversation.updated', entityType: 'conversation', entityId: before.id, changes: { ...request.body } }, ctx.clock.now(), request.id);
      events.push({ type: 'conversation.updated', conversationId: before.id, market: before.market, changes: Object.keys(request.body) });
    });
    return (await getConversation(ctx.store.db, before.id))!;
  });

  app.post('/api/v1/conversations/:id/assignment', {
    schema: {
      tags: ['conversations'], summary: 'Assign to an agent (or unassign with null)',
      params: IdParams, body: AssignSchema,
      response: { 200: Type.Ref('Conversation'), ...problemResponses(400, 401, 403, 404, 422) },
    },
  }, async (request) => {
    const actor = requireRole(request, 'agent');
    const conversation = await getConversation(ctx.store.db, request.params.id, request.scopeMarkets);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${request.params.id}`);
    const { assignee, team } = request.body;
    if (assignee) {
      const agent = await getUser(ctx.store.db, assignee);
      if (!agent || agent.disabled) throw new AppError('BL_UNPROCESSABLE', `No active agent "${assignee}"`, { errors: [{ path: '/body/assignee', message: 'unknown agent' }] });
      if (actor.role === 'agent' && assignee !== actor.userId && request.scopeMarkets) {
        throw new AppError('BL_FORBIDDEN', 'Partner agents may only assign conversations to themselves');
      }
    }
    if (team && !(await ctx.store.db.selectFrom('teams').select('id').where('id', '=', team).executeTakeFirst())) {
      throw new AppError('BL_UNPROCESSABLE', `No team "${team}"`, { errors: [{ path: '/body/team', message: 'unknown team' }] });
    }
    const reason = request.body.reason ?? (assignee ? `assigned by ${actor.type === 'user' ? actor.userId : 'integration'}` : null);
    await withTransaction(ctx.store, ctx.bus, async (trx, events) => {
      await updateConversation(trx, conversation.id, {
        assigneeId: assignee, assignmentReason: reason, ...(team !== undefined ? { teamId: team } : {}),
      }, ctx.clock.now());
      await appendAudit(trx, actor, { action: 'conversation.assigned', entityType: 'conversation', entityId: conversation.id, changes: { assignee, team, reason } }, ctx.clock.now(), request.id);
      events.push({ type: 'conversation.updated', conversationId: conversation.id, market: conversation.market, changes: ['assignee'] });
    });
    return (await getConversation(ctx.store.db, conversation.id))!;
  });
}
