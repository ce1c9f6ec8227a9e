import { Type, type Static } from 'typebox';
import type { FieldError } from '../../errors/index.js';

const Host = Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9.:\\[\\]-]+$' });
const Port = Type.Integer({ minimum: 1, maximum: 65535 });
const Address = Type.String({ format: 'email', maxLength: 254 });

const SmtpSchema = Type.Object({
  host: Host,
  port: Port,
  secure: Type.Boolean({ description: 'TLS from the first byte (port 465); false uses STARTTLS when offered' }),
  user: Type.Optional(Type.String({ minLength: 1, maxLength: 320 })),
  pass: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
  requireTls: Type.Optional(Type.Boolean({ description: 'refuse to send when STARTTLS is not offered' })),
}, { additionalProperties: false });

const ImapSchema = Type.Object({
  host: Host,
  port: Port,
  secure: Type.Boolean(),
  user: Type.String({ minLength: 1, maxLength: 320 }),
  pass: Type.String({ minLength: 1, maxLength: 1024 }),
  mailbox: Type.Optional(Type.String({ minLength: 1, maxLength: 200, default: 'INBOX' })),
  pollSeconds: Type.Optional(Type.Integer({ minimum: 10, maximum: 86_400, default: 60 })),
}, { additionalProperties: false });

/** `PUT /api/v1/channels/{id}` for an email channel. */
export const EmailConfigSchema = Type.Object({
  kind: Type.Literal('email'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  addresses: Type.Array(Address, { minItems: 1, maxItems: 20, description: 'support addresses this channel receives for; the first is the From address' }),
  fromName: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()])),
  fromAddress: Type.Optional(Type.Union([Address, Type.Null()])),
  smtp: Type.Optional(Type.Union([SmtpSchema, Type.Null()], { description: 'the outgoing mail server replies are sent through' })),
  imap: Type.Optional(Type.Union([ImapSchema, Type.Null()], { description: 'a mailbox to poll for inbound mail (instead of, or beside, inbound SMTP)' })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'email' });

export type EmailConfig = Static<typeof EmailConfigSchema> & { [field: string]: unknown };
export type ImapConfig = Static<typeof ImapSchema>;
export type SmtpConfig = Static<typeof SmtpSchema>;

/**
 * Checks the schema cannot express: one address listed twice, a `+tag` in a support address.
 *
 * @example
 * validateEmailConfig({ kind: 'email', market: 'jp', addresses: ['a@b.jp', 'A@b.jp'] }); // [{ path: '/addresses/1', … }]
 */
export function validateEmailConfig(config: EmailConfig): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  config.addresses.forEach((address, i) => {
    const lower = address.toLowerCase();
    if (seen.has(lower)) errors.push({ path: `/addresses/${i}`, message: 'is listed twice' });
    seen.add(lower);
    if (lower.slice(0, lower.lastIndexOf('@')).includes('+')) errors.push({ path: `/addresses/${i}`, message: 'must not contain "+" (reply tokens use it)' });
  });
  if (config.smtp && (config.smtp.user === undefined) !== (config.smtp.pass === undefined)) {
    errors.push({ path: '/smtp', message: 'give both user and pass, or neither' });
  }
  return errors;
}
