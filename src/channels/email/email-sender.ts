import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { Kysely } from 'kysely';
import { sanitizeMessageHtml } from '../../pipeline/inbound-pipeline.js';
import type { Database } from '../../store/store-schema.js';
import { permanentFailure, retryLater, sent, type AttachmentFacts, type SendRequest, type SendResult } from '../channel-adapter.js';
import { ensureReplyToken } from '../channel-store.js';
import type { EmailConfig, SmtpConfig } from './email-config.js';
import { domainOf, isDeliverableAddress, normalizeMessageId, ownMessageId, replyAddress } from './email-addresses.js';
import { singleLine, textToHtml } from './email-parser.js';

const replyPrefix = /^\s*(re|aw|sv|vs|antw|odp|ynt|res|rif|r|ref|tr|回复|回覆|答复|답장|Ответ)\s*(\[\d+\])?\s*[:：]/iu;
const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug']);

/**
 * "Re: " before the conversation's subject unless it already has a reply prefix (any language).
 *
 * @example
 * replySubject('配送について'); // 'Re: 配送について'
 * replySubject('AW: Lieferung');  // 'AW: Lieferung'
 */
export function replySubject(subject: string | null): string {
  const clean = subject ? singleLine(subject) : '';
  if (clean === '') return '';
  return replyPrefix.test(clean) ? clean : `Re: ${clean}`;
}

/**
 * The Message-IDs a reply threads under: In-Reply-To is the customer's latest message; References start at the
 * thread's root and follow the conversation (ours included), the last ten kept.
 *
 * @example
 * const { inReplyTo, references } = await threadHeaders(db, conversationId, 'root@mail.example', ownId);
 */
export async function threadHeaders(db: Kysely<Database>, conversationId: string, threadKey: string | null, ownId: string): Promise<{
  inReplyTo: string | null; references: string[];
}> {
  const rows = await db.selectFrom('messages').select(['direction', 'external_id'])
    .where('conversation_id', '=', conversationId).where('channel', '=', 'email').where('external_id', 'is not', null)
    .orderBy('created_at').orderBy('id').execute();
  const ids = rows.map((r) => normalizeMessageId(r.external_id)).filter((id): id is string => id !== null && !id.endsWith('.generated@borderless.invalid'));
  const lastInbound = [...rows].reverse().find((r) => r.direction === 'in' && normalizeMessageId(r.external_id) !== null);
  const root = normalizeMessageId(threadKey);
  const chain = [...new Set([...(root && !root.endsWith('.generated@borderless.invalid') ? [root] : []), ...ids])].filter((id) => id !== ownId);
  const references = chain.length > 10 ? [chain[0]!, ...chain.slice(-9)] : chain;
  const inReplyTo = lastInbound ? normalizeMessageId(lastInbound.external_id) : references.at(-1) ?? null;
  return { inReplyTo: inReplyTo && !inReplyTo.endsWith('.generated@borderless.invalid') ? inReplyTo : null, references };
}

/**
 * The email for one outbox item: From the channel's name and address, Reply-To with the conversation's token,
 * a Message-ID derived from the idempotency key, In-Reply-To and References for threading, text and HTML parts,
 * Content-Language in the reply's language, RFC 3834 marks on automatic replies, and the attached files as MIME
 * attachments (multipart/mixed). Answers a permanent
 * failure when the customer has no deliverable address.
 *
 * @example
 * const mail = await composeEmail(request); // nodemailer options, or a permanent failure
 */
export async function composeEmail(request: SendRequest<EmailConfig>): Promise<Mail.Options | SendResult> {
  const { channel, message, conversation, customer, outbox, env } = request;
  const to = customer.email?.trim() ?? '';
  if (!isDeliverableAddress(to)) return permanentFailure(to ? `the customer's address "${singleLine(to, 100)}" is not deliverable` : 'the customer has no email address');
  const fromAddress = channel.config.fromAddress ?? channel.config.addresses[0]!;
  const messageId = ownMessageId(outbox.idempotencyKey, domainOf(fromAddress));
  const token = await ensureReplyToken(env.store.db, conversation.id, env.clock.now());
  const thread = await threadHeaders(env.store.db, conversation.id, (await env.store.db.selectFrom('conversations').select('thread_key')
    .where('id', '=', conversation.id).executeTakeFirst())?.thread_key ?? null, messageId);
  const language = message.language ?? customer.language ?? null;
  const primary = language?.split('-')[0]?.toLowerCase() ?? '';
  const body = message.html ? sanitizeMessageHtml(message.html) : textToHtml(message.text);
  const html = `<!doctype html><html${language ? ` lang="${language}"` : ''}><body><div dir="${rtlLanguages.has(primary) ? 'rtl' : 'ltr'}">${body}</div></body></html>`;
  const headers: Record<string, string> = {};
  if (language) headers['Content-Language'] = language;
  if (message.automatic) {
    headers['Auto-Submitted'] = 'auto-replied';
    headers['X-Auto-Response-Suppress'] = 'All';
  }
  return {
    from: { name: channel.config.fromName ? singleLine(channel.config.fromName, 200) : '', address: fromAddress },
    to: customer.name ? { name: singleLine(customer.name, 200), address: to } : to,
    replyTo: replyAddress(channel.config.addresses[0]!, token),
    subject: replySubject(message.subject ?? conversation.subject),
    text: message.text,
    html,
    messageId: `<${messageId}>`,
    ...(thread.inReplyTo ? { inReplyTo: `<${thread.inReplyTo}>` } : {}),
    ...(thread.references.length ? { references: thread.references.map((r) => `<${r}>`) } : {}),
    headers,
    date: new Date(env.clock.now()),
    ...(message.attachments.length ? {
      attachments: message.attachments.map((file) => ({ filename: file.filename, content: file.content, contentType: file.contentType })),
    } : {}),
  };
}

/** Attached files in all, before base64: a third more on the wire stays under the 25 MB most mail servers accept. */
export const EMAIL_ATTACHMENTS_MAX_BYTES = 18 * 1024 * 1024;

/**
 * Why one email cannot carry these files (too large in all for common mail servers), or null.
 *
 * @example
 * checkEmailAttachments([{ id, filename: 'invoice.pdf', contentType: 'application/pdf', size: 120_000 }]); // null
 */
export function checkEmailAttachments(files: AttachmentFacts[]): string | null {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  return total > EMAIL_ATTACHMENTS_MAX_BYTES ? `the files come to ${total} bytes; one email carries at most ${EMAIL_ATTACHMENTS_MAX_BYTES} bytes of attachments` : null;
}

/**
 * What an SMTP error means for the outbox: 5xx replies are final, 4xx replies and network errors are retried.
 *
 * @example
 * classifySmtpError({ responseCode: 550, response: '550 5.1.1 unknown' }, 'smtp.example'); // failed
 */
export function classifySmtpError(error: unknown, host: string): SendResult {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const detail = singleLine(e.response ?? e.message ?? String(error), 500);
  if (typeof e.responseCode === 'number') {
    return e.responseCode >= 500 ? permanentFailure(`${host} refused the message: ${detail}`) : retryLater(`${host} answered ${detail}`);
  }
  if (e.code === 'EAUTH') return retryLater(`${host} rejected the SMTP credentials: ${detail}`);
  return retryLater(`${host}: ${detail}`);
}

/**
 * The nodemailer options for a channel's outgoing server.
 *
 * @example
 * nodemailer.createTransport(transportOptions(channel.config.smtp));
 */
export function transportOptions(smtp: SmtpConfig): Parameters<typeof nodemailer.createTransport>[0] {
  return {
    host: smtp.host, port: smtp.port, secure: smtp.secure, requireTLS: smtp.requireTls ?? false,
    ...(smtp.user && smtp.pass ? { auth: { user: smtp.user, pass: smtp.pass } } : {}),
    connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000,
  };
}

/**
 * Sends one outbox item through the channel's SMTP server. One connection per send, closed after: no
 * connection state outlives the call, so any process can send any item.
 *
 * @example
 * const result = await sendEmail(request); // { status: 'sent', externalId: '0193….borderless@brand.example.jp' }
 */
export async function sendEmail(request: SendRequest<EmailConfig>): Promise<SendResult> {
  const smtp = request.channel.config.smtp;
  if (!smtp) return retryLater(`the email channel "${request.channel.id}" has no outgoing SMTP server (smtp) configured`);
  const mail = await composeEmail(request);
  if ('status' in mail) return mail as SendResult;
  const transport = nodemailer.createTransport(transportOptions(smtp));
  try {
    await transport.sendMail(mail);
    return sent(normalizeMessageId(mail.messageId as string)!);
  } catch (error) {
    return classifySmtpError(error, smtp.host);
  } finally {
    transport.close();
  }
}
