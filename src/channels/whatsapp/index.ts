export { whatsAppAdapter as adapter, whatsAppAdapter } from './whatsapp-adapter.js';
export { WhatsAppConfigSchema, WhatsAppTemplateSchema, validateWhatsAppConfig, type WhatsAppConfig, type WhatsAppTemplate } from './whatsapp-config.js';
export { parseWhatsAppWebhook, whatsAppInbound, whatsAppReceipt, whatsAppText, type WhatsAppNotification } from './whatsapp-inbound.js';
export { WHATSAPP_MAX_TEXT, WHATSAPP_WINDOW_MS, describeGraphError, sendWhatsApp, templateFor, whatsAppPayload } from './whatsapp-sender.js';
export { checkWhatsAppAttachments, whatsAppMediaKind, type WhatsAppMediaKind } from './whatsapp-media.js';
