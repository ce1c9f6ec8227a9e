import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { WebSocket } from 'ws';
import { AppError } from '../../errors/index.js';
import { withTransaction } from '../../pipeline/event-bus.js';
import type { AppContext } from '../../server/app-context.js';
import type { App } from '../../server/fastify-types.js';
import { acceptRawBodies } from '../../server/raw-body.js';
import { problemResponses } from '../../server/schemas/common-schema.js';
import { getConversation } from '../../store/conversation-store.js';
import { findOrCreateCustomer } from '../../store/customer-store.js';
import { getMarket } from '../../store/market-store.js';
import type { ChannelInbound, ChannelInstance, ChannelServices, InboundAttachment } from '../channel-adapter.js';
import { CHAT_ATTACHMENT_HARD_CAP_BYTES, originAllowed, preChatRules, type ChatConfig } from './chat-config.js';
import type { ChatRelay } from './chat-relay.js';
import { chatAvailability, textDirection, widgetLocale } from './chat-session.js';
import { TypingGate } from './chat-typing.js';
import {
  conversationVisitor, linkVisitorContact, markVisitorMessages, visitorConversation, visitorHistory, visitorProfile, widgetMessage, type WidgetMessage,
} from './chat-store.js';
import { VISITOR_TOKEN_TTL_MS, newVisitorId, signVisitorToken, tokenChannelId, verifyVisitorToken, visitorTokenSecret } from './visitor-token.js';
import { widgetBundle } from './widget-bundle.js';

/** Longest message a visitor may type. */
export const CHAT_MAX_TEXT = 10_000;
/** Messages (and email requests) one widget socket may send per 10 seconds. */
const burstLimit = 20;
const heartbeatMs = 25_000;

const SessionBody = Type.Object({
  market: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,40}$' })),
  channel: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{2,40}$', description: 'a chat channel id, when a market has several' })),
  token: Type.Optional(Type.Union([Type.String({ maxLength: 600 }), Type.Null()], { description: 'the token of an earlier session: keeps the visitor and their history' })),
  languages: Type.Optional(Type.Array(Type.String({ maxLength: 35 }), { maxItems: 12, description: 'navigator.languages' })),
  timeZone: Type.Optional(Type.String({ maxLength: 64 })),
}, { additionalProperties: false });

const WidgetMessageSchema = Type.Object({
  id: Type.String(), direction: Type.Union([Type.Literal('in'), Type.Literal('out')]), text: Type.String(),
  author: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(), status: Type.String(),
  attachments: Type.Array(Type.Object({
    filename: Type.String(), contentType: Type.String(), size: Type.Integer(),
    url: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'download path on this server; add ?token=<visitor token>' })),
  })),
});

const AvailabilitySchema = Type.Object({
  open: Type.Boolean(), nextOpenAt: Type.Union([Type.String(), Type.Null()]), closesAt: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]), holidayName: Type.Union([Type.String(), Type.Null()]),
});

const SessionAnswer = Type.Object({
  token: Type.String(), visitorId: Type.String(), channelId: Type.String(), market: Type.String(), locale: Type.String(),
  direction: Type.Union([Type.Literal('ltr'), Type.Literal('rtl')]), title: Type.Union([Type.String(), Type.Null()]),
  marketTimeZone: Type.String(), availability: AvailabilitySchema,
  preChat: Type.Object({ name: Type.String(), email: Type.String(), done: Type.Boolean() }),
  visitor: Type.Object({ name: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
  emailFallback: Type.Boolean(), attachmentMaxBytes: Type.Integer(), history: Type.Array(WidgetMessageSchema),
});

const emailPattern = /^[^\s@<>()",;:\\[\]]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;

async function chatChannel(services: ChannelServices, input: { channel?: string | null; market?: string | null }): Promise<ChannelInstance<ChatConfig> | null> {
  if (input.channel) {
    const channel = await services.channelById(input.channel);
    return channel?.kind === 'chat' ? channel as ChannelInstance<ChatConfig> : null;
  }
  if (!input.market) return null;
  const channels = await services.channelsOfKind('chat');
  return (channels.find((c) => c.market === input.market) as ChannelInstance<ChatConfig> | undefined) ?? null;
}

/** The channel and visitor a widget token stands for, or a 401 problem. */
async function visitorOf(services: ChannelServices, token: string | undefined): Promise<{ channel: ChannelInstance<ChatConfig>; visitorId: string }> {
  const channelId = tokenChannelId(token);
  const channel = channelId ? await chatChannel(services, { channel: channelId }) : null;
  if (!channel) throw new AppError('BL_UNAUTHORIZED', 'The widget token is missing, expired or not valid: start a new session');
  const secret = await visitorTokenSecret(services.store.db, channel, services.clock.now());
  const claims = verifyVisitorToken(secret, token, channel.id, services.clock.now());
  if (!claims) throw new AppError('BL_UNAUTHORIZED', 'The widget token is missing, expired or not valid: start a new session');
  return { channel, visitorId: claims.visitorId };
}

function checkOrigin(channel: ChannelInstance<ChatConfig>, origin: string | undefined): void {
  if (!originAllowed(channel.config, origin)) throw new AppError('BL_FORBIDDEN', `The chat of ${channel.market} may not be embedded on ${origin ?? 'this page'}`);
}

/** What a widget socket knows about its visitor. */
interface VisitorState {
  channel: ChannelInstance<ChatConfig>;
  visitorId: string;
  locale: string | null;
  timeZone: string | null;
  name: string | null;
  email: string | null;
  page: string | null;
}

function inboundOf(state: VisitorState, clientId: string, text: string, attachments: InboundAttachment[] = []): ChannelInbound {
  return {
    externalId: `${state.visitorId}:${clientId}`,
    customer: { handle: state.visitorId, name: state.name, locale: state.locale },
    text, thread: state.visitorId, market: state.channel.market, attachments,
    meta: { widget: { locale: state.locale, timeZone: state.timeZone, page: state.page } },
  };
}

/**
 * Stores one visitor message through the inbound pipeline (deduplicated on the client's id, so a message resent
 * after a reconnect is stored once), then records what the pre-chat form said on the visitor's customer.
 */
async function receiveVisitorMessage(services: ChannelServices, state: VisitorState, inbound: ChannelInbound): Promise<WidgetMessage> {
  const result = await services.receive(state.channel, inbound);
  if (state.email || state.timeZone || state.name) {
    await linkVisitorContact(services.store.db, state.visitorId, { email: state.email, name: state.name, timeZone: state.timeZone }, services.clock.now())
      .catch((error: unknown) => services.logger.warn({ err: error }, 'could not record the visitor\'s contact details'));
  }
  const stored = await widgetMessage(services.store.db, result.message.id);
  return stored!.message;
}

/**
 * "Continue by email" while chat is closed: the visitor's customer gets the email identity (unless another customer
 * owns the address), and the message becomes an email conversation in the market's email channel, so the answer
 * goes to that address. Without an email channel it stays a chat message carrying the address.
 */
async function continueByEmail(services: ChannelServices, bus: AppContext['bus'], state: VisitorState, input: { clientId: string; email: string; text: string }): Promise<{ via: 'email' | 'chat'; linked: boolean }> {
  const nowMs = services.clock.now();
  if (!(await visitorProfile(services.store.db, state.visitorId))) {
    await withTransaction(services.store, bus, async (trx) => {
      await findOrCreateCustomer(trx, 'chat', { handle: state.visitorId, name: state.name, locale: state.locale }, nowMs);
    });
  }
  const linked = await linkVisitorContact(services.store.db, state.visitorId, { email: input.email, name: state.name, timeZone: state.timeZone }, nowMs)
    .catch(() => false);
  const emailChannel = state.channel.config.emailFallback === false ? undefined
    : (await services.channelsOfKind('email')).find((c) => c.market === state.channel.market);
  if (emailChannel) {
    const externalId = `chat-${input.clientId}.${state.visitorId.replace(/[^A-Za-z0-9-]/g, '-')}.generated@borderless.invalid`;
    const firstLine = input.text.split('\n').find((l) => l.trim())?.trim() ?? '';
    await services.receive(emailChannel, {
      externalId, customer: { email: input.email, name: state.name, locale: state.locale }, subject: firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine,
      text: input.text, thread: externalId, market: state.channel.market,
      meta: { via: 'chat-widget', visitorId: state.visitorId, chatChannelId: state.channel.id, emailLinked: linked },
    });
    return { via: 'email', linked };
  }
  await services.receive(state.channel, { ...inboundOf(state, input.clientId, input.text), meta: { continueByEmail: input.email } });
  return { via: 'chat', linked };
}

function setCors(request: FastifyRequest, reply: FastifyReply): void {
  const origin = request.headers.origin;
  if (!origin) return;
  // Public, cookie-less endpoints: any page may call them; the channel's allowedOrigins is enforced per request.
  reply.header('access-control-allow-origin', origin);
  reply.header('vary', 'Origin');
  reply.header('access-control-allow-methods', 'POST, OPTIONS');
  reply.header('access-control-allow-headers', 'content-type, x-widget-token');
  reply.header('access-control-max-age', '600');
}

/**
 * The chat widget's routes, all public and authenticated by the visitor's signed token where they concern one:
 * - `GET /widget.js`: the embeddable script.
 * - `POST /api/v1/widget/sessions` (rate-limited): a visitor token (new, or renewed from the stored one), the
 *   visitor's language and direction, the market's chat availability, the pre-chat rules and the history.
 * - `GET /api/v1/widget/socket?token=…` (WebSocket): messages both ways, typing, receipts, continue-by-email.
 * - `POST /api/v1/widget/attachments` (raw body, `X-Widget-Token`, size-limited): one file as a message.
 * And for agents: `POST /api/v1/chat/conversations/{id}/typing` and `GET /api/v1/chat/events` (WebSocket: visitors
 * typing).
 *
 * @example
 * routes: (app, ctx, services) => chatRoutes(app, ctx, services, relay)
 */
export async function chatRoutes(app: App, ctx: AppContext, services: ChannelServices, relay: ChatRelay): Promise<void> {
  const db = services.store.db;

  app.get('/widget.js', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    const { code, etag } = await widgetBundle();
    reply.header('etag', etag).header('cache-control', 'public, max-age=300').header('cross-origin-resource-policy', 'cross-origin')
      .header('x-content-type-options', 'nosniff');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('application/javascript; charset=utf-8').send(code);
  });

  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request, reply) => setCors(request, reply));
    for (const url of ['/api/v1/widget/sessions', '/api/v1/widget/attachments']) {
      scope.options(url, { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => reply.status(204).send());
    }

    scope.post('/api/v1/widget/sessions', {
      schema: {
        tags: ['chat widget'], summary: 'Start or resume a widget session (public, rate-limited)', body: SessionBody,
        response: { 200: SessionAnswer, ...problemResponses(400, 403, 404, 429) },
      },
      config: { access: 'public', rateLimit: { max: 30, timeWindow: 60_000 } },
    }, async (request) => {
      const body = request.body as Static<typeof SessionBody>;
      const channel = await chatChannel(services, body);
      if (!channel) throw new AppError('BL_NOT_FOUND', body.channel ? `No chat channel "${body.channel}"` : `No chat channel for market "${body.market ?? ''}"`);
      checkOrigin(channel, request.headers.origin);
      const nowMs = services.clock.now();
      const secret = await visitorTokenSecret(db, channel, nowMs);
      const claims = verifyVisitorToken(secret, body.token, channel.id, nowMs);
      const visitorId = claims?.visitorId ?? newVisitorId();
      const token = signVisitorToken(secret, { visitorId, channelId: channel.id, expiresAt: nowMs + VISITOR_TOKEN_TTL_MS });
      const market = await getMarket(db, channel.market);
      const locale = widgetLocale(body.languages ?? [], market?.languages ?? []);
      const profile = claims ? await visitorProfile(db, visitorId) : null;
      const rules = preChatRules(channel.config);
      const done = profile !== null && (rules.name !== 'required' || !!profile.name) && (rules.email !== 'required' || !!profile.email);
      return {
        token, visitorId, channelId: channel.id, market: channel.market, locale, direction: textDirection(locale),
        title: channel.config.title ?? null, marketTimeZone: market?.timeZone ?? 'UTC', availability: chatAvailability(market, nowMs),
        preChat: { ...rules, done }, visitor: { name: profile?.name ?? null, email: profile?.email ?? null },
        emailFallback: channel.config.emailFallback !== false, attachmentMaxBytes: channel.config.attachmentMaxBytes ?? 5 * 1024 * 1024,
        history: claims ? await visitorHistory(db, channel.id, visitorId) : [],
      };
    });

    scope.get('/api/v1/widget/socket', {
      websocket: true,
      schema: { tags: ['chat widget'], summary: 'The widget\'s WebSocket (public, visitor token in the query)', querystring: Type.Object({ token: Type.Optional(Type.String({ maxLength: 600 })) }) },
      config: { access: 'public' },
    }, (socket, request) => {
      // Listeners first: frames that arrive while the token is being checked wait for it instead of being lost.
      // One frame at a time, in order: a visitor's messages are stored in the order they were typed.
      const ready = openVisitorSocket(socket, request);
      let queue: Promise<unknown> = ready;
      socket.on('message', (data) => {
        queue = queue.then(() => ready).then((session) => session?.handle(data))
          .catch((error: unknown) => services.logger.warn({ err: error }, 'widget frame failed'));
      });
    });

    await scope.register(async (upload) => {
      acceptRawBodies(upload, CHAT_ATTACHMENT_HARD_CAP_BYTES);
      upload.post('/api/v1/widget/attachments', {
        bodyLimit: CHAT_ATTACHMENT_HARD_CAP_BYTES,
        schema: {
          tags: ['chat widget'], summary: 'Upload one file from the widget (raw body, X-Widget-Token)',
          querystring: Type.Object({
            filename: Type.String({ minLength: 1, maxLength: 255 }), clientId: Type.String({ pattern: '^[A-Za-z0-9-]{8,64}$' }),
            caption: Type.Optional(Type.String({ maxLength: 2000 })),
          }),
          response: { 201: Type.Object({ message: WidgetMessageSchema }), ...problemResponses(400, 401, 403, 413, 429) },
        },
        config: { access: 'public', rateLimit: { max: 20, timeWindow: 60_000 } },
      }, async (request, reply) => {
        const { channel, visitorId } = await visitorOf(services, request.headers['x-widget-token'] as string | undefined);
        checkOrigin(channel, request.headers.origin);
        const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const limit = channel.config.attachmentMaxBytes ?? 5 * 1024 * 1024;
        if (content.length === 0) throw new AppError('BL_VALIDATION', 'The file is empty');
        if (content.length > limit) throw new AppError('BL_PAYLOAD_TOO_LARGE', `Files may be at most ${limit} bytes; this one has ${content.length}`);
        const query = request.query as { filename: string; clientId: string; caption?: string };
        const filename = query.filename.replace(/[\\/\u0000-\u001f\u007f]/g, '_').slice(0, 200) || 'file';
        const declared = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const contentType = /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(declared) ? declared : 'application/octet-stream';
        const state: VisitorState = { channel, visitorId, locale: null, timeZone: null, name: null, email: null, page: null };
        const message = await receiveVisitorMessage(services, state, inboundOf(state, query.clientId, query.caption ?? '', [{ filename, contentType, content }]));
        relay.toVisitor(visitorId, { type: 'message', message });
        return reply.status(201).send({ message });
      });
    });
  });

  /** Checks a widget socket's token, joins the relay, and answers the frame handler (null: closed). */
  async function openVisitorSocket(socket: WebSocket, request: FastifyRequest): Promise<{ handle(data: unknown): Promise<void> } | null> {
    const send = (frame: object) => { if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame)); };
    let visitor: { channel: ChannelInstance<ChatConfig>; visitorId: string };
    try {
      visitor = await visitorOf(services, (request.query as { token?: string }).token);
      checkOrigin(visitor.channel, request.headers.origin);
    } catch (error) {
      send({ type: 'error', code: error instanceof AppError ? error.code : 'BL_UNAUTHORIZED', detail: error instanceof Error ? error.message : 'not allowed' });
      socket.close(4401, 'unauthorized');
      return null;
    }
    const state: VisitorState = { ...visitor, locale: null, timeZone: null, name: null, email: null, page: null };
    const leave = relay.joinVisitor(state.visitorId, send);
    const heartbeat = setInterval(() => { if (socket.readyState === socket.OPEN) socket.ping(); }, heartbeatMs);
    let conversation: { id: string; market: string | null } | null = null;
    const typing = new TypingGate();
    const relayTyping = (isTyping: boolean) => {
      if (conversation) relay.toAgents({ type: 'visitor.typing', market: conversation.market, conversationId: conversation.id, typing: isTyping });
    };
    const stopTyping = () => { if (typing.stop()) relayTyping(false); };
    socket.on('close', () => { clearInterval(heartbeat); leave(); stopTyping(); });
    socket.on('error', () => { clearInterval(heartbeat); leave(); });

    const market = await getMarket(db, state.channel.market);
    send({
      type: 'ready', visitorId: state.visitorId, availability: chatAvailability(market, services.clock.now()),
      history: await visitorHistory(db, state.channel.id, state.visitorId),
    });

    let windowStart = 0;
    let inWindow = 0;
    const allow = (): boolean => {
      // Monotonic time: a rate window, not business time.
      const now = performance.now();
      if (now - windowStart > 10_000) { windowStart = now; inWindow = 0; }
      return ++inWindow <= burstLimit;
    };

    return {
      async handle(data: unknown) {
        let frame: Record<string, unknown>;
        try {
          frame = JSON.parse(String(data)) as Record<string, unknown>;
          if (!frame || typeof frame !== 'object') return;
        } catch {
          send({ type: 'error', code: 'BL_MALFORMED_JSON', detail: 'Frames are JSON objects' });
          return;
        }
        const clientId = typeof frame.clientId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(frame.clientId) ? frame.clientId : null;
        try {
          switch (frame.type) {
            case 'hello':
            case 'profile': {
              // hello also carries the pre-chat answers given on an earlier visit
              if (frame.type === 'hello') {
                if (typeof frame.locale === 'string' && frame.locale.length <= 35) state.locale = frame.locale;
                if (typeof frame.timeZone === 'string' && frame.timeZone.length <= 64) state.timeZone = frame.timeZone;
                if (typeof frame.page === 'string') state.page = frame.page.slice(0, 500);
              }
              if (typeof frame.name === 'string' && frame.name.trim()) state.name = frame.name.trim().slice(0, 200);
              if (typeof frame.email === 'string' && emailPattern.test(frame.email.trim())) state.email = frame.email.trim();
              return;
            }
            case 'typing': {
              conversation ??= await visitorConversation(db, state.channel.id, state.visitorId);
              if (!conversation) return;
              // Monotonic time, like the rate window: a throttle, not business time.
              if (frame.typing !== true) stopTyping();
              else if (typing.start(performance.now())) relayTyping(true);
              return;
            }
            case 'message': {
              const text = typeof frame.text === 'string' ? frame.text.trim() : '';
              if (!clientId || !text || text.length > CHAT_MAX_TEXT) {
                send({ type: 'error', code: 'BL_VALIDATION', clientId, detail: `A message needs a clientId and 1–${CHAT_MAX_TEXT} characters of text` });
                return;
              }
              if (!allow()) { send({ type: 'error', code: 'BL_RATE_LIMITED', clientId, detail: 'Too many messages; wait a few seconds' }); return; }
              const message = await receiveVisitorMessage(services, state, inboundOf(state, clientId, text));
              send({ type: 'ack', clientId, message });
              relay.toVisitor(state.visitorId, { type: 'message', message });
              // The message ends the typing it followed, in the conversation the typing was shown in.
              stopTyping();
              conversation = await visitorConversation(db, state.channel.id, state.visitorId);
              return;
            }
            case 'email': {
              const email = typeof frame.email === 'string' ? frame.email.trim() : '';
              const text = typeof frame.text === 'string' ? frame.text.trim() : '';
              if (!clientId || !emailPattern.test(email) || !text || text.length > CHAT_MAX_TEXT) {
                send({ type: 'error', code: 'BL_VALIDATION', clientId, detail: 'Continuing by email needs a valid address and a message' });
                return;
              }
              if (!allow()) { send({ type: 'error', code: 'BL_RATE_LIMITED', clientId, detail: 'Too many messages; wait a few seconds' }); return; }
              state.email = email;
              const result = await continueByEmail(services, ctx.bus, state, { clientId, email, text });
              send({ type: 'email-ok', clientId, email, via: result.via });
              return;
            }
            case 'ack':
            case 'read': {
              const ids = Array.isArray(frame.ids) ? frame.ids.filter((id): id is string => typeof id === 'string' && id.length <= 64).slice(0, 200) : [];
              await markVisitorMessages(db, state.channel.id, state.visitorId, ids, frame.type === 'read' ? 'read' : 'delivered');
              return;
            }
            case 'ping':
              send({ type: 'pong' });
              return;
            default:
              return;
          }
        } catch (error) {
          const known = error instanceof AppError;
          if (!known) services.logger.error({ err: error, visitor: state.visitorId }, 'a widget message could not be stored');
          send({ type: 'error', code: known ? error.code : 'BL_INTERNAL', clientId, detail: known ? error.message : 'The message could not be stored; it will be retried' });
        }
      },
    };
  }

  app.post('/api/v1/chat/conversations/:id/typing', {
    schema: {
      tags: ['chat widget'], summary: 'Show (or stop showing) that an agent is typing in a chat conversation',
      params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) }), body: Type.Object({ typing: Type.Boolean() }, { additionalProperties: false }),
      response: { 204: Type.Null(), ...problemResponses(400, 401, 404, 422) },
    },
    config: { access: 'agent' },
  }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const conversation = await getConversation(db, id, request.scopeMarkets);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${id}`);
    const visitor = await conversationVisitor(db, id);
    if (!visitor) throw new AppError('BL_UNPROCESSABLE', 'This is not a chat conversation');
    const userId = request.actor?.userId;
    const user = userId ? await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst() : undefined;
    relay.toVisitor(visitor.visitorId, { type: 'typing', typing: (request.body as { typing: boolean }).typing, author: user?.name ?? null });
    return reply.status(204).send(null);
  });

  app.get('/api/v1/chat/events', {
    websocket: true,
    schema: { tags: ['chat widget'], summary: 'Live chat signals for agents over WebSocket (visitors typing)' },
    config: { access: 'agent' },
  }, (socket, request) => {
    const leave = relay.joinAgent(request.scopeMarkets, (frame) => { if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame)); });
    const heartbeat = setInterval(() => { if (socket.readyState === socket.OPEN) socket.ping(); }, heartbeatMs);
    socket.send(JSON.stringify({ type: 'hello' }));
    socket.on('close', () => { clearInterval(heartbeat); leave(); });
    socket.on('error', () => { clearInterval(heartbeat); leave(); });
  });
}
