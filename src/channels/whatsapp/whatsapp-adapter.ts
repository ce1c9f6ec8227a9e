import type { ChannelAdapter } from '../channel-adapter.js';
import { validateWhatsAppConfig, WhatsAppConfigSchema, type WhatsAppConfig } from './whatsapp-config.js';
import { parseWhatsAppWebhook } from './whatsapp-inbound.js';
import { checkWhatsAppAttachments } from './whatsapp-media.js';
import { sendWhatsApp, WHATSAPP_MAX_TEXT, WHATSAPP_WINDOW_MS } from './whatsapp-sender.js';

/** WhatsApp Cloud API: signed webhooks with messages and statuses, sending with the 24-hour window and templates. */
export const whatsAppAdapter: ChannelAdapter<WhatsAppConfig> = {
  kind: 'whatsapp',
  displayName: 'WhatsApp',
  configSchema: WhatsAppConfigSchema,
  secretPaths: ['/accessToken', '/appSecret', '/verifyToken'],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: true, readReceipts: true,
    replyWindowMs: WHATSAPP_WINDOW_MS, idempotentSend: false, maxTextLength: WHATSAPP_MAX_TEXT,
  },
  inboundKeys: (config) => [config.phoneNumberId],
  validateConfig: validateWhatsAppConfig,
  verifyAndParseInbound: (request, channel) => parseWhatsAppWebhook(request, channel),
  checkAttachments: (files) => checkWhatsAppAttachments(files),
  send: sendWhatsApp,
};
