import type { Logger } from 'pino';
import type { Store } from '../../store/database.js';
import { permanentFailure, sent, type ChannelAdapter } from '../channel-adapter.js';
import { ChatConfigSchema, validateChatConfig, type ChatConfig } from './chat-config.js';
import { ChatRelay } from './chat-relay.js';
import { chatAttachmentRoutes } from './chat-attachment-routes.js';
import { CHAT_MAX_TEXT, chatRoutes } from './chat-routes.js';
import { widgetMessage } from './chat-store.js';

const relays = new WeakMap<Store, ChatRelay>();

/**
 * The chat relay of a runtime (one per store), made on first use.
 *
 * @example
 * chatRelayOf(ctx.store, ctx.logger).localSockets(visitorId);
 */
export function chatRelayOf(store: Store, logger: Logger): ChatRelay {
  let relay = relays.get(store);
  if (!relay) {
    relay = new ChatRelay(logger, async (id) => {
      const found = await widgetMessage(store.db, id);
      return found ? { type: 'message', message: found.message } : null;
    });
    relays.set(store, relay);
  }
  return relay;
}

/**
 * The chat widget: visitors write over a WebSocket into the inbound pipeline; an agent's reply is pushed to every
 * open widget of the visitor (any process) and otherwise waits in the history for their next visit; attached files
 * go as links the visitor's widget downloads with its token. `sent` means handed to the visitor's widgets; the
 * widget's acknowledgements move it to `delivered` and `read`.
 */
export const chatAdapter: ChannelAdapter<ChatConfig> = {
  kind: 'chat',
  displayName: 'Chat widget',
  configSchema: ChatConfigSchema,
  secretPaths: [],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: true, readReceipts: true,
    replyWindowMs: null, idempotentSend: true, maxTextLength: CHAT_MAX_TEXT,
  },
  validateConfig: validateChatConfig,
  async send(request) {
    const found = await widgetMessage(request.env.store.db, request.message.id);
    if (!found?.visitorId) return permanentFailure('not sent: the conversation has no chat visitor to answer');
    if (request.message.text.length > CHAT_MAX_TEXT) return permanentFailure(`not sent: chat messages hold at most ${CHAT_MAX_TEXT} characters`);
    chatRelayOf(request.env.store, request.env.logger).toVisitor(found.visitorId, { type: 'message', message: { ...found.message, status: 'sent' } });
    // The message id is its id in the widget too: a second push after a crash is the same bubble, not a new one.
    return sent(request.message.id);
  },
  async start(services) {
    const relay = chatRelayOf(services.store, services.logger);
    await relay.start(services.store.dialect === 'postgres' ? services.config.databaseUrl : null);
    return { stop: () => relay.stop() };
  },
  checkAttachments: () => null,
  async routes(app, ctx, services) {
    await chatRoutes(app, ctx, services, chatRelayOf(services.store, services.logger));
    chatAttachmentRoutes(app, services);
  },
};
