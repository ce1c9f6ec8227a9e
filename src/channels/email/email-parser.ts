import { simpleParser, type AddressObject, type EmailAddress } from 'mailparser';
import type { InboundAttachment } from '../channel-adapter.js';
import { messageIdList, normalizeMessageId } from './email-addresses.js';

/** The longest text kept from one email body (characters); the rest is marked as cut. */
export const MAX_TEXT_CHARS = 1_000_000;

/** One email as Borderless reads it: decoded, single-line headers, bodies in Unicode, attachments as bytes. */
export interface ParsedEmail {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: { address: string; name: string | null } | null;
  /** To, Cc, Delivered-To and X-Original-To addresses, lower-case. */
  recipients: string[];
  subject: string | null;
  text: string;
  html: string | null;
  /** The Date header as an ISO instant, when valid. */
  date: string | null;
  /** Each header's first value, unfolded, by lower-case name (not MIME-decoded: for classification). */
  headers: Map<string, string>;
  contentType: string | null;
  /** The first language tag of Content-Language, when present. */
  contentLanguage: string | null;
  attachments: InboundAttachment[];
  /** For delivery status notifications: the Message-ID of the mail that bounced and the reason, when given. */
  bounce: { originalMessageId: string | null; status: string | null; diagnostic: string | null } | null;
}

/**
 * Control characters (CR/LF included) become spaces: a header value is one line, whatever the sender encoded.
 *
 * @example
 * singleLine('Hello\r\nBcc: x@y'); // 'Hello Bcc: x@y'
 */
export function singleLine(value: string, max = 998): string {
  return value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/\s{2,}/g, ' ').trim().slice(0, max);
}

function addresses(value: AddressObject | AddressObject[] | undefined): EmailAddress[] {
  if (!value) return [];
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => v.value);
  return list.flatMap((a) => (a.group ? a.group : [a]));
}

function headerMap(lines: ReadonlyArray<{ key: string; line: string }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const { key, line } of lines) {
    if (map.has(key)) continue;
    const colon = line.indexOf(':');
    map.set(key, singleLine(colon >= 0 ? line.slice(colon + 1) : '', 4000));
  }
  return map;
}

function bounceDetails(parts: Array<{ contentType: string; content: Buffer }>, text: string): ParsedEmail['bounce'] {
  // mailparser folds a message/delivery-status part into the text; some versions keep it as an attachment.
  const status = parts.find((p) => p.contentType === 'message/delivery-status')?.content.toString('utf8') ?? text;
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+(?:\\r?\\n[ \\t].+)*)`, 'im').exec(status)?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
  let originalMessageId: string | null = null;
  for (const part of parts) {
    if (part.contentType !== 'message/rfc822' && part.contentType !== 'text/rfc822-headers' && part.contentType !== 'message/rfc822-headers') continue;
    const match = /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(part.content.toString('utf8'));
    if (match) { originalMessageId = normalizeMessageId(match[1]); break; }
  }
  originalMessageId ??= normalizeMessageId(/^Message-ID:\s*(<[^>\r\n]+>)/im.exec(text)?.[1]);
  return { originalMessageId, status: field('Status'), diagnostic: field('Diagnostic-Code') };
}

/**
 * Parses one raw email (any charset mailparser knows: ISO-2022-JP, Shift_JIS, EUC-KR, GB18030, Big5, KOI8-R,
 * windows-125x…; quoted-printable and base64; RFC 2047 headers). `cid:` links in the HTML are kept so they can
 * point at stored attachments. Unknown charsets decode with replacement characters rather than fail.
 *
 * @example
 * const email = await parseEmail(raw);
 * email.subject; // 'ご注文について'
 */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const parsed = await simpleParser(raw, {
    keepCidLinks: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true, maxHtmlLengthToParse: 5_000_000,
  });
  const headers = headerMap(parsed.headerLines);
  const fromAddress = addresses(parsed.from).find((a) => a.address);
  const recipients = [
    ...addresses(parsed.to), ...addresses(parsed.cc),
  ].map((a) => a.address?.toLowerCase()).filter((a): a is string => Boolean(a));
  for (const name of ['delivered-to', 'x-original-to', 'envelope-to']) {
    const value = headers.get(name);
    if (value) recipients.push(...value.split(/[\s,]+/).map((v) => v.replace(/[<>]/g, '').toLowerCase()).filter((v) => v.includes('@')));
  }
  const contentType = headers.get('content-type') ?? null;
  let text = parsed.text ?? '';
  if (text.length > MAX_TEXT_CHARS) text = `${text.slice(0, MAX_TEXT_CHARS)}\n[…]`;
  const html = typeof parsed.html === 'string' && parsed.html.trim() !== '' ? parsed.html : null;
  const contentLanguage = headers.get('content-language')?.split(',')[0]?.trim() || null;
  const isReport = contentType?.toLowerCase().startsWith('multipart/report') ?? false;
  const attachments: InboundAttachment[] = parsed.attachments.map((a, i) => ({
    filename: singleLine(a.filename ?? `attachment-${i + 1}`, 255) || `attachment-${i + 1}`,
    contentType: singleLine(a.contentType || 'application/octet-stream', 255).toLowerCase(),
    content: a.content,
    contentId: a.cid ? singleLine(a.cid, 255) : null,
    inline: a.related === true || a.contentDisposition === 'inline',
  }));
  return {
    messageId: normalizeMessageId(parsed.messageId),
    inReplyTo: messageIdList(parsed.inReplyTo),
    references: messageIdList(parsed.references),
    from: fromAddress?.address ? { address: fromAddress.address.toLowerCase(), name: fromAddress.name ? singleLine(fromAddress.name, 200) || null : null } : null,
    recipients: [...new Set(recipients)],
    subject: parsed.subject ? singleLine(parsed.subject) || null : null,
    text,
    html,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : null,
    headers,
    contentType,
    contentLanguage,
    attachments,
    bounce: isReport ? bounceDetails(parsed.attachments, text) : null,
  };
}

/**
 * What is kept of mail the MIME parser could not read: the bytes as text (cut at {@link MAX_TEXT_CHARS}) and the
 * reason, so nothing that was accepted is lost and an agent can still read it.
 *
 * @example
 * const email = await parseEmail(raw).catch((e) => unparsedEmail(raw, String(e)));
 */
export function unparsedEmail(raw: Buffer, reason: string): ParsedEmail {
  const text = raw.toString('utf8');
  return {
    messageId: null, inReplyTo: [], references: [], from: null, recipients: [], subject: null, date: null, headers: new Map(),
    contentType: null, contentLanguage: null, attachments: [], bounce: null,
    html: null, text: `[This email could not be parsed (${singleLine(reason, 200)}); its raw content follows.]\n\n${text.slice(0, MAX_TEXT_CHARS)}`,
  };
}

/**
 * Escapes text into a simple HTML rendering (paragraphs and line breaks) that keeps the full original.
 *
 * @example
 * textToHtml('Hi\n\nThanks <3'); // '<p>Hi</p>\n<p>Thanks &lt;3</p>'
 */
export function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.split(/\n{2,}/).map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`).join('\n');
}
