import type { ChannelAdapter } from '../channel-adapter.js';
import { LineConfigSchema, type LineConfig } from './line-config.js';
import { parseLineWebhook } from './line-inbound.js';
import { checkLineAttachments, LINE_MAX_TEXT, sendLine } from './line-sender.js';

/** LINE Messaging API: signed webhooks with message events and content, push messages with a retry key. */
export const lineAdapter: ChannelAdapter<LineConfig> = {
  kind: 'line',
  displayName: 'LINE',
  configSchema: LineConfigSchema,
  secretPaths: ['/channelSecret', '/channelAccessToken'],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: false, readReceipts: false,
    replyWindowMs: null, idempotentSend: true, maxTextLength: LINE_MAX_TEXT,
  },
  inboundKeys: (config) => (config.botUserId ? [config.botUserId] : []),
  verifyAndParseInbound: (request, channel, env) => parseLineWebhook(request, channel, env),
  checkAttachments: (files, channel, env) => checkLineAttachments(files, channel, env),
  send: sendLine,
};
