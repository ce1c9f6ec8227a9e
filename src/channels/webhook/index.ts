export { genericWebhookAdapter as adapter, genericWebhookAdapter } from './webhook-adapter.js';
export { WebhookConfigSchema, type WebhookConfig } from './webhook-config.js';
export { parseGenericWebhook, type WebhookMessageEvent, type WebhookStatusEvent } from './webhook-inbound.js';
export { WEBHOOK_ATTACHMENTS_MAX_BYTES, checkWebhookAttachments, sendGenericWebhook, webhookReplyBody } from './webhook-sender.js';
export { signWebhook, verifyWebhookSignature } from './webhook-signature.js';
