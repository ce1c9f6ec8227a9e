import { permanentFailure, type ChannelAdapter, type ChannelConfig, type SendRequest, type SendResult } from '../channel-adapter.js';
import { recipientHandle } from '../provider-http.js';
import { SmsConfigSchema, validateSmsConfig, type SmsConfig, type TwilioSender } from './sms-config.js';
import { parseSmsWebhook } from './sms-inbound.js';
import { SMS_MAX_TEXT, sendTwilioSms } from './twilio-messages.js';

/**
 * Sends an agent's reply by SMS from an SMS (or voice) channel's number, to the number the customer last used on
 * `kind`, else their phone. Status callbacks come back to the channel's webhook when a public URL is known.
 *
 * @example
 * send: (request) => sendSmsReply(request, 'sms')
 */
export async function sendSmsReply(request: SendRequest<ChannelConfig>, kind: string): Promise<SendResult> {
  const config = request.channel.config as unknown as TwilioSender;
  const to = recipientHandle(request.customer, kind) ?? request.customer.phone;
  if (!to || !/^\+[1-9][0-9]{6,14}$/.test(to)) return permanentFailure('not sent: the customer has no phone number in E.164 form to text');
  const base = config.publicUrl ?? request.env.config.publicUrl;
  const statusCallback = config.statusCallbacks !== false && base ? `${base.replace(/\/+$/, '')}/webhooks/${request.channel.id}` : null;
  return sendTwilioSms(config, { to, body: request.message.text, statusCallback, nowMs: request.env.clock.now() });
}

/** SMS through Twilio: signed form webhooks for inbound messages and statuses, the Messages API out. */
export const smsAdapter: ChannelAdapter<SmsConfig> = {
  kind: 'sms',
  displayName: 'SMS',
  configSchema: SmsConfigSchema,
  secretPaths: ['/authToken'],
  capabilities: {
    threading: false, html: false, attachments: true, deliveryReceipts: true, readReceipts: false,
    replyWindowMs: null, idempotentSend: false, maxTextLength: SMS_MAX_TEXT,
  },
  inboundKeys: (config) => (config.phoneNumber ? [config.phoneNumber] : []),
  validateConfig: validateSmsConfig,
  verifyAndParseInbound: (request, channel, env) => parseSmsWebhook(request, channel, env),
  send: (request) => sendSmsReply(request, 'sms'),
};
