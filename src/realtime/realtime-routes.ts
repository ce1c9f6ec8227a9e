import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import type { RealtimeHub } from './realtime-hub.js';

const heartbeatMs = 25_000;

/** Leaves out what only the server's own handlers read (`clocksFollowed` on `conversation.updated`). */
function withoutInternals(key: string, value: unknown): unknown {
  return key === 'clocksFollowed' ? undefined : value;
}

/**
 * `GET /api/v1/events` upgraded to a WebSocket: the signed-in console (session cookie) or an integration (bearer
 * token) receives every domain event it may see as one JSON text frame each, e.g.
 * `{"type":"message.received","conversationId":"…","market":"jp",…}`. After a reconnect a client re-reads what it
 * shows: events are a live signal, not a log.
 */
export function realtimeRoutes(hub: RealtimeHub) {
  return (app: App, _ctx: AppContext) => {
    app.get('/api/v1/events', {
      websocket: true,
      schema: { tags: ['events'], summary: 'Live domain events over WebSocket (new messages, assignments, status, SLA)', hide: false },
    }, (socket, request) => {
      const leave = hub.join({
        scopeMarkets: request.scopeMarkets,
        send: (event) => { if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event, withoutInternals)); },
      });
      socket.send(JSON.stringify({ type: 'hello', actor: request.actor?.userId ?? request.actor?.id ?? null }));
      const heartbeat = setInterval(() => { if (socket.readyState === socket.OPEN) socket.ping(); }, heartbeatMs);
      socket.on('close', () => { clearInterval(heartbeat); leave(); });
      socket.on('error', () => { clearInterval(heartbeat); leave(); });
    });
  };
}
