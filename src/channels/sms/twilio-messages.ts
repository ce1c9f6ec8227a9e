import { permanentFailure, retryLater, sent, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, networkReason, type ProviderResponse } from '../provider-http.js';
import type { TwilioSender } from './sms-config.js';

/** The longest body Twilio accepts for one message (it splits it into segments itself). */
export const SMS_MAX_TEXT = 1600;
/** Twilio's limits for one MMS: ten media files, 5 MB in all. */
export const MMS_MAX_FILES = 10;
export const MMS_MAX_BYTES = 5 * 1024 * 1024;

/** Twilio error codes that are about pace or a passing state: retried. */
const retryableCodes = new Set([20429, 30001, 14107]);

interface TwilioAnswer { sid?: string; status?: string; code?: number; message?: string; more_info?: string }

/**
 * Sends one SMS with the Messages API: `POST {apiBaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json`,
 * form-encoded `To`, `From` (or `MessagingServiceSid`), `Body` and `StatusCallback`, HTTP Basic auth with the account
 * SID and auth token; with `mediaUrls`, one `MediaUrl` each, which makes it an MMS (Twilio fetches the files from
 * there). The provider id is the message SID.
 *
 * @example
 * await sendTwilioSms(config, { to: '+819012345678', body: 'お問い合わせありがとうございます。', statusCallback: null, nowMs });
 */
export async function sendTwilioSms(config: TwilioSender, input: {
  to: string; body: string; statusCallback: string | null; nowMs: number; mediaUrls?: string[];
}): Promise<SendResult> {
  if (input.body.length > SMS_MAX_TEXT) return permanentFailure(`not sent: an SMS holds at most ${SMS_MAX_TEXT} characters (this one has ${input.body.length})`);
  const form = new URLSearchParams({ To: input.to, Body: input.body });
  for (const url of input.mediaUrls ?? []) form.append('MediaUrl', url);
  if (config.messagingServiceSid) form.set('MessagingServiceSid', config.messagingServiceSid);
  else if (config.phoneNumber) form.set('From', config.phoneNumber);
  else return permanentFailure('not sent: the channel has no phoneNumber or messagingServiceSid to send from');
  if (input.statusCallback) form.set('StatusCallback', input.statusCallback);
  const url = `${(config.apiBaseUrl ?? 'https://api.twilio.com').replace(/\/+$/, '')}/2010-04-01/Accounts/${config.accountSid}/Messages.json`;
  let response: ProviderResponse;
  try {
    response = await callProvider(url, { headers: { authorization: `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}` }, form });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  const answer = response.json as TwilioAnswer | null;
  if ((response.status === 200 || response.status === 201) && answer?.sid) return sent(answer.sid);
  const reason = answer?.message ? `${answer.code ? `${answer.code} ` : ''}${answer.message}` : (response.text.slice(0, 300) || 'no details');
  if (answer?.code !== undefined && retryableCodes.has(answer.code)) return retryLater(`Twilio answered ${response.status}: ${reason}`);
  if (response.status === 401) return retryLater(`Twilio refused the account credentials: ${reason}`);
  return failureResult(response, 'Twilio', reason, input.nowMs);
}

/**
 * A Twilio message status as a receipt status (`undelivered` and `failed` are failures); statuses on the way
 * (`queued`, `sending`, `accepted`) answer null.
 *
 * @example
 * twilioReceiptStatus('delivered'); // 'delivered'
 */
export function twilioReceiptStatus(status: string | undefined): 'sent' | 'delivered' | 'read' | 'failed' | null {
  switch (status) {
    case 'sent': return 'sent';
    case 'delivered': return 'delivered';
    case 'read': return 'read';
    case 'undelivered':
    case 'failed': return 'failed';
    default: return null;
  }
}

/**
 * Twilio's empty answer to a webhook: TwiML with nothing to do.
 *
 * @example
 * return { response: emptyTwiml() };
 */
export function emptyTwiml(): { status: number; body: string; contentType: string } {
  return { status: 200, body: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>', contentType: 'text/xml; charset=utf-8' };
}

/**
 * Escapes text for TwiML (XML).
 *
 * @example
 * xmlText('A & B'); // 'A &amp; B'
 */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
