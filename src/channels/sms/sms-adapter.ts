import {
  permanentFailure, type AttachmentFacts, type ChannelAdapter, type ChannelConfig, type ChannelEnvironment, type ChannelInstance, type SendRequest,
  type SendResult,
} from '../channel-adapter.js';
import { mediaLink, mediaLinkProblem, publicBase } from '../media-links.js';
import { recipientHandle } from '../provider-http.js';
import { SmsConfigSchema, validateSmsConfig, type SmsConfig, type TwilioSender } from './sms-config.js';
import { parseSmsWebhook } from './sms-inbound.js';
import { MMS_MAX_BYTES, MMS_MAX_FILES, SMS_MAX_TEXT, sendTwilioSms } from './twilio-messages.js';

/**
 * Why an MMS from this channel cannot carry these files (more than ten, over 5 MB in all, no public URL for Twilio
 * to fetch them from), or null. Whether the customer's carrier takes MMS is Twilio's to say when it is sent.
 *
 * @example
 * checkMmsAttachments(files, channel, env); // 'Twilio fetches files from a public URL: set BORDERLESS_PUBLIC_URL …'
 */
export function checkMmsAttachments(files: AttachmentFacts[], channel: ChannelInstance | null, env: Pick<ChannelEnvironment, 'config'>): string | null {
  if (files.length > MMS_MAX_FILES) return `an MMS carries at most ${MMS_MAX_FILES} files`;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MMS_MAX_BYTES) return `the files come to ${total} bytes; an MMS carries at most ${MMS_MAX_BYTES} bytes in all`;
  return mediaLinkProblem(channel, env, 'Twilio');
}

/**
 * Sends an agent's reply by SMS from an SMS (or voice) channel's number, to the number the customer last used on
 * `kind`, else their phone; with attached files, as an MMS whose media Twilio fetches from signed links. Status
 * callbacks come back to the channel's webhook when a public URL is known.
 *
 * @example
 * send: (request) => sendSmsReply(request, 'sms')
 */
export async function sendSmsReply(request: SendRequest<ChannelConfig>, kind: string): Promise<SendResult> {
  const config = request.channel.config as unknown as TwilioSender;
  const to = recipientHandle(request.customer, kind) ?? request.customer.phone;
  if (!to || !/^\+[1-9][0-9]{6,14}$/.test(to)) return permanentFailure('not sent: the customer has no phone number in E.164 form to text');
  const base = publicBase(request.channel, request.env);
  const statusCallback = config.statusCallbacks !== false && base ? `${base}/webhooks/${request.channel.id}` : null;
  const mediaUrls: string[] = [];
  for (const file of request.message.attachments) {
    const url = await mediaLink(request.env, request.channel, file);
    if (!url) return permanentFailure('not sent: Twilio fetches MMS files from a public URL and none is configured (BORDERLESS_PUBLIC_URL)');
    mediaUrls.push(url);
  }
  return sendTwilioSms(config, { to, body: request.message.text, statusCallback, nowMs: request.env.clock.now(), mediaUrls });
}

/** SMS through Twilio: signed form webhooks for inbound messages and statuses, the Messages API out (MMS with files). */
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
  checkAttachments: (files, channel, env) => checkMmsAttachments(files, channel, env),
  send: (request) => sendSmsReply(request, 'sms'),
};
