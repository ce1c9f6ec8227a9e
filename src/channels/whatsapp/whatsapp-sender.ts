import { isoInstant } from '../../lib/clock.js';
import { permanentFailure, retryLater, sent, type OutboundAttachment, type SendRequest, type SendResult } from '../channel-adapter.js';
import { callProvider, failureResult, multipartForm, networkReason, outsideWindow, recipientHandle, type ProviderResponse } from '../provider-http.js';
import { sendInParts } from '../send-parts.js';
import type { WhatsAppConfig, WhatsAppTemplate } from './whatsapp-config.js';
import { whatsAppMediaKind } from './whatsapp-media.js';

/** WhatsApp's customer service window: free-form replies only this long after the customer's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;
export const WHATSAPP_MAX_TEXT = 4096;

/** Graph API error codes that are about pace, not about the message: retried. */
const retryableCodes = new Set([4, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);

interface GraphError { error?: { message?: string; type?: string; code?: number; error_subcode?: number; error_data?: { details?: string } } }

/**
 * A Graph API error as one line: code, message and details.
 *
 * @example
 * describeGraphError(response); // '(#131047) Re-engagement message: More than 24 hours have passed…'
 */
export function describeGraphError(response: ProviderResponse): string {
  const e = (response.json as GraphError | null)?.error;
  if (!e) return response.text.slice(0, 300) || 'no details';
  return `(#${e.code ?? '?'}) ${e.message ?? 'error'}${e.error_data?.details ? `: ${e.error_data.details}` : ''}`;
}

/**
 * The template for a conversation language: the one whose language matches it (`pt` matches `pt_BR`), else the
 * first configured one, else null.
 *
 * @example
 * templateFor([{ name: 'follow_up', language: 'pt_BR' }], 'pt'); // { name: 'follow_up', language: 'pt_BR' }
 */
export function templateFor(templates: readonly WhatsAppTemplate[] | undefined, language: string | null): WhatsAppTemplate | null {
  if (!templates?.length) return null;
  const wanted = (language ?? '').replace('-', '_');
  return templates.find((t) => t.language === wanted)
    ?? templates.find((t) => t.language.split('_')[0] === wanted.split('_')[0])
    ?? templates[0]!;
}

// Template parameters may not hold new lines, tabs or more than four spaces in a row.
const parameterText = (text: string): string => text.replace(/\s*\n\s*/g, ' · ').replace(/\t/g, ' ').replace(/ {4,}/g, '   ').trim().slice(0, 1024);

/**
 * The Cloud API request body for one reply: free text inside the 24-hour window, the configured template outside
 * it, or null (with the reason) when neither is allowed.
 *
 * @example
 * whatsAppPayload(request, nowMs); // { body: { messaging_product: 'whatsapp', to: '5511…', type: 'text', … } }
 */
export function whatsAppPayload(request: SendRequest<WhatsAppConfig>, nowMs: number): { body: Record<string, unknown>; template: boolean } | { error: string } {
  const { customer, message, channel, lastInboundAt } = request;
  const to = recipientHandle(customer, 'whatsapp') ?? customer.phone?.replace(/\D/g, '') ?? null;
  if (!to) return { error: 'not sent: the customer has no WhatsApp number' };
  const base = { messaging_product: 'whatsapp', recipient_type: 'individual', to };
  if (!outsideWindow(lastInboundAt, nowMs, WHATSAPP_WINDOW_MS)) {
    if (message.text.length > WHATSAPP_MAX_TEXT) return { error: `not sent: WhatsApp messages hold at most ${WHATSAPP_MAX_TEXT} characters (this one has ${message.text.length})` };
    return { body: { ...base, type: 'text', text: { preview_url: false, body: message.text } }, template: false };
  }
  const template = templateFor(channel.config.templates, message.language ?? request.conversation.language);
  if (!template) {
    const since = lastInboundAt ? `the customer last wrote at ${lastInboundAt}` : 'the customer never wrote on WhatsApp';
    return { error: `not sent: outside WhatsApp's 24-hour customer service window (${since}; now ${isoInstant(nowMs)}) and no template is configured for market ${channel.market} — add one under "templates" in channel ${channel.id}` };
  }
  const values = (template.parameters ?? []).map((p) => parameterText(p === 'text' ? message.text : (customer.name ?? '')));
  return {
    body: {
      ...base, type: 'template',
      template: {
        name: template.name, language: { code: template.language },
        ...(values.length ? { components: [{ type: 'body', parameters: values.map((text) => ({ type: 'text', text })) }] } : {}),
      },
    },
    template: true,
  };
}

const graphBase = (config: WhatsAppConfig): string =>
  `${(config.apiBaseUrl ?? 'https://graph.facebook.com').replace(/\/+$/, '')}/${config.apiVersion ?? 'v21.0'}/${config.phoneNumberId}`;

/** What a Graph API error answer means for the outbox: pace and token problems are retried, the rest fail with Meta's words. */
function graphFailure(response: ProviderResponse, nowMs: number): SendResult {
  const code = (response.json as GraphError | null)?.error?.code;
  const reason = describeGraphError(response);
  if (code !== undefined && retryableCodes.has(code)) return retryLater(`WhatsApp answered ${response.status}: ${reason}`);
  // An expired or revoked token is fixed by configuration, not by giving up on the customer.
  if (response.status === 401 || code === 190) return retryLater(`WhatsApp refused the access token: ${reason}`);
  return failureResult(response, 'WhatsApp', reason, nowMs);
}

/** `POST /{phoneNumberId}/messages` with one message body. */
async function postMessage(config: WhatsAppConfig, body: Record<string, unknown>, nowMs: number): Promise<SendResult> {
  let response: ProviderResponse;
  try {
    response = await callProvider(`${graphBase(config)}/messages`, { headers: { authorization: `Bearer ${config.accessToken}` }, json: body });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  if (response.status >= 200 && response.status < 300) {
    const id = (response.json as { messages?: Array<{ id?: string }> } | null)?.messages?.[0]?.id;
    return id ? sent(id) : retryLater('WhatsApp accepted the request but answered no message id');
  }
  return graphFailure(response, nowMs);
}

/**
 * One attached file as its own WhatsApp message, the way the Cloud API takes media: upload it
 * (`POST /{phoneNumberId}/media`, multipart `file`, `type`, `messaging_product`), then send a message of the media's
 * kind naming the uploaded id (documents keep their file name).
 */
async function sendWhatsAppFile(config: WhatsAppConfig, to: string, file: OutboundAttachment, nowMs: number): Promise<SendResult> {
  const kind = whatsAppMediaKind(file.contentType)!;
  let uploaded: ProviderResponse;
  try {
    uploaded = await callProvider(`${graphBase(config)}/media`, {
      headers: { authorization: `Bearer ${config.accessToken}` },
      multipart: multipartForm({ messaging_product: 'whatsapp', type: file.contentType }, [{ field: 'file', ...file }]),
    });
  } catch (error) {
    return retryLater(networkReason(error));
  }
  if (uploaded.status < 200 || uploaded.status >= 300) return graphFailure(uploaded, nowMs);
  const mediaId = (uploaded.json as { id?: string } | null)?.id;
  if (!mediaId) return retryLater('WhatsApp accepted the upload but answered no media id');
  const media: Record<string, string> = { id: mediaId, ...(kind.type === 'document' ? { filename: file.filename } : {}) };
  return postMessage(config, { messaging_product: 'whatsapp', recipient_type: 'individual', to, type: kind.type, [kind.type]: media }, nowMs);
}

/**
 * Sends one reply through the Cloud API: `POST {apiBaseUrl}/{apiVersion}/{phoneNumberId}/messages` with the access
 * token as Bearer. Outside the 24-hour window it sends the market's template, or fails for good with the reason.
 * Attached files follow the text as one media message each (see {@link sendWhatsAppFile}); a retry sends only the
 * parts WhatsApp has not taken yet.
 *
 * @example
 * const result = await sendWhatsApp(request); // { status: 'sent', externalId: 'wamid.HBgM…' }
 */
export async function sendWhatsApp(request: SendRequest<WhatsAppConfig>): Promise<SendResult> {
  const config = request.channel.config;
  const nowMs = request.env.clock.now();
  const payload = whatsAppPayload(request, nowMs);
  if ('error' in payload) return permanentFailure(payload.error);
  const files = request.message.attachments;
  if (files.length === 0) return postMessage(config, payload.body, nowMs);
  if (payload.template) {
    return permanentFailure('not sent: outside WhatsApp\'s 24-hour customer service window only a template can be sent, and the template cannot carry the attached files');
  }
  const to = String(payload.body.to);
  return sendInParts(request, [
    { key: 'text', label: 'the text', send: () => postMessage(config, payload.body, nowMs) },
    ...files.map((file, i) => ({ key: `file:${i}`, label: file.filename, send: () => sendWhatsAppFile(config, to, file, nowMs) })),
  ]);
}
