export { lineAdapter as adapter, lineAdapter } from './line-adapter.js';
export { LineConfigSchema, type LineConfig } from './line-config.js';
export { lineText, parseLineWebhook, type LineEvent, type LineWebhookBody } from './line-inbound.js';
export { LINE_MAX_TEXT, checkLineAttachments, lineRetryKey, sendLine } from './line-sender.js';
