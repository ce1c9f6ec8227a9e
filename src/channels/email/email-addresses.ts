import { createHash } from 'node:crypto';

const ownIdPattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.borderless@/i;

/**
 * A Message-ID without its angle brackets, or null for none or a malformed one (spaces, control characters,
 * absurd length).
 *
 * @example
 * normalizeMessageId(' <CAF=x@mail.gmail.com> '); // 'CAF=x@mail.gmail.com'
 */
export function normalizeMessageId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const id = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (id === '' || id.length > 500 || /[\s<>\p{Cc}]/u.test(id)) return null;
  return id;
}

/**
 * Every Message-ID in a References or In-Reply-To value (a list, or one string with several ids).
 *
 * @example
 * messageIdList('<a@x> <b@y>'); // ['a@x', 'b@y']
 */
export function messageIdList(raw: string | string[] | null | undefined): string[] {
  if (!raw) return [];
  const parts = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.match(/<[^<>]+>/g) ?? v.split(/\s+/));
  const ids: string[] = [];
  for (const part of parts) {
    const id = normalizeMessageId(part);
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The Message-ID Borderless gives an outgoing message: derived from the outbox idempotency key, so a retry
 * after a crash carries the same id and recipients see one message.
 *
 * @example
 * ownMessageId('0193…', 'brand.example.jp'); // '0193….borderless@brand.example.jp'
 */
export function ownMessageId(idempotencyKey: string, domain: string): string {
  return `${idempotencyKey}.borderless@${domain}`;
}

/**
 * The message id inside a Message-ID Borderless generated, or null.
 *
 * @example
 * parseOwnMessageId('0193….borderless@brand.example.jp'); // '0193…'
 */
export function parseOwnMessageId(messageId: string): string | null {
  return ownIdPattern.exec(messageId)?.[1]?.toLowerCase() ?? null;
}

/**
 * A stable id for mail without a Message-ID: a hash of the raw message, so a redelivery dedupes.
 *
 * @example
 * generatedMessageId(raw); // '3f2a….generated@borderless.invalid'
 */
export function generatedMessageId(raw: Buffer): string {
  return `${createHash('sha256').update(raw).digest('hex').slice(0, 40)}.generated@borderless.invalid`;
}

/**
 * Splits an address into the part that names the mailbox and a `+tag` (the reply token), lower-casing both.
 *
 * @example
 * splitAddress('Support+k3v9q2@Brand.example.jp'); // { mailbox: 'support@brand.example.jp', tag: 'k3v9q2' }
 */
export function splitAddress(address: string): { mailbox: string; tag: string | null } {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return { mailbox: trimmed, tag: null };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus <= 0) return { mailbox: trimmed, tag: null };
  return { mailbox: `${local.slice(0, plus)}@${domain}`, tag: local.slice(plus + 1) || null };
}

/**
 * The reply address for a conversation token: `support@x` → `support+<token>@x`.
 *
 * @example
 * replyAddress('support@brand.example.jp', 'k3v9'); // 'support+k3v9@brand.example.jp'
 */
export function replyAddress(address: string, token: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, at)}+${token}${address.slice(at)}`;
}

/**
 * The domain of an address (for Message-IDs).
 *
 * @example
 * domainOf('support@Brand.example.jp'); // 'brand.example.jp'
 */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * A plain, single-line address a mail server will take (no display name, no header injection).
 *
 * @example
 * isDeliverableAddress('a@example.jp'); // true
 * isDeliverableAddress('a@b.jp\r\nBcc: c@d'); // false
 */
export function isDeliverableAddress(address: string): boolean {
  return address.length <= 254 && /^[^\s@<>()[\]\\,;:"\p{Cc}]+@[^\s@<>()[\]\\,;:"\p{Cc}]+\.[^\s@<>()[\]\\,;:"\p{Cc}]+$/u.test(address);
}
