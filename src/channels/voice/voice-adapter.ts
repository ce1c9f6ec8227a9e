import { permanentFailure, type ChannelAdapter } from '../channel-adapter.js';
import { checkMmsAttachments, sendSmsReply, SMS_MAX_TEXT } from '../sms/index.js';
import { VoiceConfigSchema, type VoiceConfig } from './voice-config.js';
import { parseVoiceWebhook } from './voice-inbound.js';
import { voiceRoutes } from './voice-routes.js';

/** The phone line through Twilio Voice: call records, voicemail with transcription, callbacks in phone hours. */
export const voiceAdapter: ChannelAdapter<VoiceConfig> = {
  kind: 'voice',
  displayName: 'Phone',
  configSchema: VoiceConfigSchema,
  secretPaths: ['/authToken'],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: true, readReceipts: false,
    replyWindowMs: null, idempotentSend: false, maxTextLength: SMS_MAX_TEXT,
  },
  inboundKeys: (config) => [config.phoneNumber],
  verifyAndParseInbound: (request, channel, env) => parseVoiceWebhook(request, channel, env),
  checkAttachments(files, channel, env) {
    if (!channel?.config.smsReplies) return 'a phone conversation carries files only as MMS from a voice channel with smsReplies turned on';
    return checkMmsAttachments(files, channel, env);
  },
  async send(request) {
    if (!request.channel.config.smsReplies) {
      return permanentFailure(`not sent: a phone conversation cannot carry a written reply — call the customer back, or turn on smsReplies for channel ${request.channel.id}`);
    }
    return sendSmsReply(request, 'voice');
  },
  routes: (app, ctx) => voiceRoutes(app, ctx),
};
