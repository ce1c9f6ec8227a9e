import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { AppError } from '../errors/index.js';
import { installAuth } from './auth.js';
import type { AppContext } from './app-context.js';
import { installErrorHandling, sendProblem } from './error-handler.js';
import type { App } from './fastify-types.js';
import { adminRoutes } from './routes/admin-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { conversationRoutes } from './routes/conversation-routes.js';
import { customerRoutes } from './routes/customer-routes.js';
import { marketRoutes } from './routes/market-routes.js';
import { messageRoutes } from './routes/message-routes.js';
import { teamRoutes } from './routes/team-routes.js';
import { tokenRoutes } from './routes/token-routes.js';
import { ConversationSchema, MessageSchema } from './schemas/conversation-schema.js';
import { MarketSchema } from './schemas/market-schema.js';
import { ProblemSchema } from './schemas/common-schema.js';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth.js';
import { isLanguageTag, validatorCompiler } from './validation.js';

/**
 * JSON.parse reviver for request bodies: keys that could pollute prototypes and NUL characters (which PostgreSQL
 * text cannot hold) make the body invalid, on every database alike.
 */
function rejectUnsafeJson(key: string, value: unknown): unknown {
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
    throw new AppError('BL_VALIDATION', `The key "${key}" is not allowed in a request body`);
  }
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new AppError('BL_VALIDATION', 'Text must not contain NUL (U+0000) characters');
  }
  return value;
}

export interface BuildAppOptions {
  /** Where the built web app lives (web/dist); the console is served from there when it exists. */
  webRoot?: string;
  /** Extra route registrations (features that live outside src/server). */
  plugins?: Array<(app: App, ctx: AppContext) => void | Promise<void>>;
  logger?: FastifyServerOptions['loggerInstance'];
}

/**
 * One log line per request, written when it is answered: method, URL, status and time together, instead of Fastify's
 * two lines ("incoming request", then "request completed") joined by the request id. Half the log writes on a busy
 * ingest, and each line says everything about its request.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * Builds the HTTP application: schemas and OpenAPI, problem+json errors, auth, rate limits, every route, and the
 * web console. Tests call `app.inject()` on it; `main.ts` listens.
 *
 * @example
 * const app = await buildApp(ctx);
 * const res = await app.inject({ method: 'GET', url: '/health' });
 */
export async function buildApp(ctx: Omit<AppContext, 'forgetTokens'>, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    // Errors Fastify raises before routing (bad percent-encoding, over-long path parameters) are problems too.
    frameworkErrors: (error, request, reply) => {
      void sendProblem(reply, request, new AppError('BL_VALIDATION', error.message));
    },
    loggerInstance: options.logger ?? ctx.logger,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: true,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: 'x-request-id',
    ajv: { customOptions: {} },
    // The response serializer compiles its own Ajv for unions: it must know our formats too (else it warns).
    serializerOpts: { ajv: { formats: { bcp47: isLanguageTag } } },
    logController: new OneLinePerRequest(),
    return503OnClosing: true,
    // On close, idle keep-alive connections are closed at once; busy ones finish their request first (below).
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  // A request in flight when shutdown begins is answered, then its keep-alive connection is closed: otherwise the
  // server would wait for the client to hang up before it can exit.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) void reply.header('connection', 'close');
    done(null, payload);
  });

  app.setValidatorCompiler(validatorCompiler);
  installErrorHandling(app);
  app.addSchema(ProblemSchema);
  app.addSchema(ConversationSchema);
  app.addSchema(MessageSchema);
  app.addSchema(MarketSchema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Borderless API', version: '1.0.0',
        description: 'The help desk and single customer record for brands that sell across borders. Errors are RFC 9457 problem+json with a `code` from the error catalogue.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token (POST /api/v1/tokens)' },
          session: { type: 'apiKey', in: 'cookie', name: 'bl_session', description: 'The console\'s session cookie; writes also need X-CSRF-Token' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
  await app.register(cookie);
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  // preHandler, so the sign-in limit can key on the email in the parsed body as well as the address.
  await app.register(rateLimit, { global: false, hook: 'preHandler' });
  // JSON only; anything else is a 415 problem, not a parse attempt.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/problem+json', 'application/merge-patch+json'], { parseAs: 'string', bodyLimit: ctx.config.bodyLimitBytes },
    (request, body, done) => {
      const text = body as string;
      if (text.trim() === '') { done(null, undefined); return; }
      if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
        done(new AppError('BL_VALIDATION', `The request body nests more than ${MAX_JSON_DEPTH} levels deep`), undefined);
        return;
      }
      try {
        done(null, JSON.parse(text, rejectUnsafeJson));
      } catch (error) {
        done(error instanceof AppError ? error : new AppError('BL_MALFORMED_JSON', 'The request body is not valid JSON'), undefined);
      }
    });

  const auth = installAuth(app, { store: ctx.store, clock: ctx.clock });
  const fullCtx: AppContext = { ...ctx, forgetTokens: auth.forgetTokens };

  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  adminRoutes(app, fullCtx);
  authRoutes(app, fullCtx);
  tokenRoutes(app, fullCtx);
  marketRoutes(app, fullCtx);
  teamRoutes(app, fullCtx);
  customerRoutes(app, fullCtx);
  messageRoutes(app, fullCtx);
  conversationRoutes(app, fullCtx);
  for (const plugin of options.plugins ?? []) await plugin(app, fullCtx);

  const webRoot = options.webRoot;
  const hasWeb = webRoot !== undefined && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url.startsWith('/webhooks/') || request.method !== 'GET') {
      return sendProblem(reply, request, new AppError('BL_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`));
    }
    // The console is a single-page app: unknown GET paths render it and it routes on the client.
    if (hasWeb) return reply.type('text/html').sendFile('index.html');
    return reply.type('text/html').send('<!doctype html><title>Borderless</title><p>Borderless is running. The web console is not built: run <code>npm run build:web</code>. API docs: <a href="/api/docs">/api/docs</a></p>');
  });
  return app;
}
