import type { ChannelAdapter } from '../channel-adapter.js';
import { WebhookConfigSchema, type WebhookConfig } from './webhook-config.js';
import { parseGenericWebhook } from './webhook-inbound.js';
import { checkWebhookAttachments, sendGenericWebhook } from './webhook-sender.js';

/** A generic signed webhook, both ways: for platforms without an adapter yet, through a small bridge. */
export const genericWebhookAdapter: ChannelAdapter<WebhookConfig> = {
  kind: 'webhook',
  displayName: 'Signed webhook',
  configSchema: WebhookConfigSchema,
  secretPaths: ['/secret'],
  capabilities: {
    threading: false, html: true, attachments: true, deliveryReceipts: true, readReceipts: true,
    replyWindowMs: null, idempotentSend: true, maxTextLength: null,
  },
  verifyAndParseInbound: (request, channel, env) => parseGenericWebhook(request, channel, env),
  checkAttachments: (files) => checkWebhookAttachments(files),
  send: sendGenericWebhook,
};
