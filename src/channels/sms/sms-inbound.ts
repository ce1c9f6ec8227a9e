import type { ChannelEnvironment, ChannelInbound, ChannelInstance, DeliveryReceipt, InboundAttachment, WebhookOutcome, WebhookRequest } from '../channel-adapter.js';
import { fetchMedia, mediaFilename } from '../provider-http.js';
import { parseFormWebhook, webhookUrl } from '../webhook-verification.js';
import type { SmsConfig } from './sms-config.js';
import { param, verifyTwilioSignature } from './twilio-signature.js';
import { emptyTwiml, twilioReceiptStatus } from './twilio-messages.js';

/**
 * Verifies a Twilio webhook of an SMS or voice channel: a form body (415 otherwise) whose `X-Twilio-Signature`
 * matches the public URL it was sent to. Answers the parameters.
 *
 * @example
 * const params = verifiedTwilioParams(request, channel.config, env);
 */
export function verifiedTwilioParams(request: WebhookRequest, config: { authToken: string; publicUrl?: string | null }, env: ChannelEnvironment): Map<string, string[]> {
  const params = parseFormWebhook(request);
  verifyTwilioSignature(config.authToken, webhookUrl(request, config.publicUrl ?? env.config.publicUrl), params, request.headers['x-twilio-signature']);
  return params;
}

/**
 * The media of an MMS (`MediaUrl0`…, fetched with the account's credentials).
 *
 * @example
 * const attachments = await twilioMedia(params, config);
 */
export async function twilioMedia(params: Map<string, string[]>, config: { accountSid: string; authToken: string }, sid: string): Promise<InboundAttachment[]> {
  const count = Math.min(10, Number(param(params, 'NumMedia') ?? '0') || 0);
  const attachments: InboundAttachment[] = [];
  const auth = { authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}` };
  for (let i = 0; i < count; i++) {
    const url = param(params, `MediaUrl${i}`);
    if (!url) continue;
    const file = await fetchMedia(url, auth);
    if (!file) continue;
    const contentType = param(params, `MediaContentType${i}`) ?? file.contentType;
    attachments.push({ filename: mediaFilename('media', contentType, `${sid}-${i}`), contentType, content: file.content });
  }
  return attachments;
}

/**
 * The SMS webhook (Twilio): one URL for inbound messages and status callbacks, both form-encoded and signed with
 * `X-Twilio-Signature`. An inbound SMS (or MMS) becomes a message from its `From` number; a status callback
 * (`MessageStatus` sent, delivered, undelivered, failed, read) a receipt. Twilio gets empty TwiML back.
 *
 * @example
 * adapter.verifyAndParseInbound = (request, channel, env) => parseSmsWebhook(request, channel, env);
 */
export async function parseSmsWebhook(request: WebhookRequest, channel: ChannelInstance<SmsConfig>, env: ChannelEnvironment): Promise<WebhookOutcome> {
  const config = channel.config;
  const params = verifiedTwilioParams(request, config, env);
  const sid = param(params, 'MessageSid') ?? param(params, 'SmsSid');
  const status = param(params, 'MessageStatus');
  if (status && status !== 'received' && sid) {
    const receiptStatus = twilioReceiptStatus(status);
    const receipts: DeliveryReceipt[] = [];
    if (receiptStatus) {
      const code = param(params, 'ErrorCode');
      receipts.push({ externalId: sid, status: receiptStatus, ...(receiptStatus === 'failed' ? { error: `Twilio ${status}${code ? ` (error ${code})` : ''}` } : {}) });
    }
    return { receipts, response: emptyTwiml() };
  }
  const from = param(params, 'From');
  if (!sid || !from) return { response: emptyTwiml() };
  const attachments = await twilioMedia(params, config, sid);
  const inbound: ChannelInbound = {
    externalId: sid,
    customer: { handle: from, phone: /^\+?[0-9]{5,16}$/.test(from) ? from : null, country: param(params, 'FromCountry') ?? null },
    text: param(params, 'Body') ?? '',
    attachments,
    meta: { to: param(params, 'To') ?? null, segments: Number(param(params, 'NumSegments') ?? '1'), fromCity: param(params, 'FromCity') ?? null },
  };
  return { messages: [inbound], response: emptyTwiml() };
}
