export { chatAdapter as adapter, chatAdapter, chatRelayOf } from './chat-adapter.js';
export { CHAT_ATTACHMENT_HARD_CAP_BYTES, ChatConfigSchema, originAllowed, preChatRules, validateChatConfig, type ChatConfig } from './chat-config.js';
export { ChatRelay, type AgentFrame, type VisitorFrame } from './chat-relay.js';
export { CHAT_MAX_TEXT, chatRoutes } from './chat-routes.js';
export { TYPING_RELAY_INTERVAL_MS, TypingGate } from './chat-typing.js';
export { WIDGET_LOCALES, chatAvailability, chatCalendars, textDirection, widgetLocale, type ChatAvailability } from './chat-session.js';
export {
  conversationVisitor, linkVisitorContact, markVisitorMessages, visitorConversation, visitorHistory, visitorMaySee, visitorProfile, widgetAttachmentPath,
  widgetMessage, type WidgetMessage,
} from './chat-store.js';
export { chatAttachmentRoutes } from './chat-attachment-routes.js';
export { VISITOR_TOKEN_TTL_MS, newVisitorId, signVisitorToken, tokenChannelId, verifyVisitorToken, visitorTokenSecret, type VisitorClaims } from './visitor-token.js';
export { widgetBundle, type WidgetBundle } from './widget-bundle.js';
