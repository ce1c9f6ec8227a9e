import type { Kysely } from 'kysely';
import { isoInstant } from '../../lib/clock.js';
import type { IngestResult } from '../../pipeline/inbound-pipeline.js';
import { isLanguageTag } from '../../server/validation.js';
import type { Database } from '../../store/store-schema.js';
import type { ChannelInbound, ChannelInstance, ChannelServices } from '../channel-adapter.js';
import { attachmentId, attachmentUrl, conversationOfToken } from '../channel-store.js';
import { classifyAutomatedMail } from './automated-mail.js';
import type { EmailConfig } from './email-config.js';
import { generatedMessageId, parseOwnMessageId, splitAddress } from './email-addresses.js';
import { parseEmail, textToHtml, unparsedEmail, type ParsedEmail } from './email-parser.js';
import { stripQuotedText } from './quote-stripper.js';

/** The SMTP envelope of a delivery (`mailFrom` null for the null sender `<>`), or what IMAP knows (nothing). */
export interface EmailEnvelope {
  mailFrom?: string | null;
  rcptTo: string[];
}

interface ThreadMatch { thread: string | null; conversationId: string | null; channelId: string | null; market: string | null; via: string }

async function conversationThread(db: Kysely<Database>, conversationId: string, via: string): Promise<ThreadMatch | null> {
  const row = await db.selectFrom('conversations').select(['id', 'thread_key', 'channel_id', 'market']).where('id', '=', conversationId).executeTakeFirst();
  return row ? { thread: row.thread_key, conversationId: row.id, channelId: row.channel_id, market: row.market, via } : null;
}

/**
 * The conversation an email continues: its In-Reply-To, then its References newest first (our own Message-IDs
 * name the message directly; others are looked up among stored messages), then a reply token in a recipient
 * address. Without a match the thread key is the thread's root Message-ID, so a customer's own chain of mails
 * stays together.
 *
 * @example
 * const { thread, conversationId } = await resolveEmailThread(db, email, externalId, ['k3v9q2m7xa2b']);
 */
export async function resolveEmailThread(db: Kysely<Database>, email: ParsedEmail, externalId: string, tokens: string[]): Promise<ThreadMatch> {
  const refs = [...email.inReplyTo, ...[...email.references].reverse()].slice(0, 50);
  for (const ref of refs) {
    const own = parseOwnMessageId(ref);
    const row = own
      ? await db.selectFrom('messages').select('conversation_id').where('id', '=', own).executeTakeFirst()
      : await db.selectFrom('messages').select('conversation_id').where('channel', '=', 'email').where('external_id', '=', ref).limit(1).executeTakeFirst();
    if (row) {
      const match = await conversationThread(db, row.conversation_id, `reference ${ref}`);
      if (match) return match;
    }
  }
  for (const token of tokens) {
    const conversationId = await conversationOfToken(db, token);
    const match = conversationId ? await conversationThread(db, conversationId, `reply token ${token}`) : null;
    if (match) return match;
  }
  return { thread: email.references[0] ?? email.inReplyTo[0] ?? externalId, conversationId: null, channelId: null, market: null, via: 'root' };
}

/** The support addresses of every email channel, lower-case (to recognise our own mail coming back). */
async function ownAddresses(services: ChannelServices): Promise<Set<string>> {
  const channels = await services.channelsOfKind('email');
  return new Set(channels.flatMap((c) => [...(c.config as EmailConfig).addresses, (c.config as EmailConfig).fromAddress ?? ''])
    .filter(Boolean).map((a) => a.toLowerCase()));
}

/**
 * Turns one raw email delivered to `channel` into a stored message: parse, recognise automated mail (flagged,
 * never answered), record a bounce on the message that bounced, find the thread, strip quoted history for the
 * displayed text (the full original stays in `html`), keep attachments, then ingest. Resolves after the commit,
 * so SMTP can answer 250 and IMAP can flag the mail seen.
 *
 * @example
 * await receiveEmail(services, channel, raw, { mailFrom: 'a@example.jp', rcptTo: ['support@brand.example.jp'] });
 */
export async function receiveEmail(
  services: ChannelServices, channel: ChannelInstance, raw: Buffer, envelope: EmailEnvelope, options: { receivedAtMs?: number; source?: string } = {},
): Promise<IngestResult> {
  const email = await parseEmail(raw).catch((error: unknown) => unparsedEmail(raw, error instanceof Error ? error.message : String(error)));
  const db = services.store.db;
  const externalId = email.messageId ?? generatedMessageId(raw);
  const own = await ownAddresses(services);
  // Without an SMTP envelope (IMAP), the Return-Path the last server wrote tells a null sender apart.
  const returnPath = email.headers.get('return-path');
  const mailFrom = envelope.mailFrom !== undefined ? envelope.mailFrom
    : returnPath !== undefined ? (returnPath.replace(/[<>\s]/g, '') || null) : undefined;
  const automated = classifyAutomatedMail({
    headers: email.headers, contentType: email.contentType, fromAddress: email.from?.address ?? null,
    envelopeFrom: mailFrom, subject: email.subject, messageId: email.messageId,
  }, { addresses: own, isOwnMessageId: (id) => parseOwnMessageId(id) !== null });

  if (automated?.kind === 'bounce' && email.bounce?.originalMessageId && parseOwnMessageId(email.bounce.originalMessageId)) {
    const reason = [email.bounce.status, email.bounce.diagnostic].filter(Boolean).join(' ') || 'the receiving server returned the mail';
    await services.applyReceipts('email', [{ externalId: email.bounce.originalMessageId, status: 'failed', error: `bounced: ${reason}` }]);
  }

  const tokens = [...new Set([...envelope.rcptTo, ...email.recipients].map((a) => splitAddress(a)).filter((a) => a.tag).map((a) => a.tag!))];
  const thread = await resolveEmailThread(db, email, externalId, tokens);
  const stripped = stripQuotedText(email.text);

  let html = email.html ?? (stripped.stripped ? textToHtml(email.text) : null);
  if (html) {
    email.attachments.forEach((a, i) => {
      if (a.contentId) html = html!.split(`cid:${a.contentId}`).join(attachmentUrl(attachmentId(channel.kind, externalId, i)));
    });
  }
  const sender = email.from?.address ?? mailFrom ?? null;
  const locale = email.contentLanguage && isLanguageTag(email.contentLanguage) ? email.contentLanguage : null;
  const inbound: ChannelInbound = {
    externalId,
    customer: { email: sender, name: email.from?.name ?? null, locale },
    market: thread.market ?? channel.market,
    subject: email.subject,
    text: stripped.text,
    html,
    thread: thread.thread,
    receivedAt: isoInstant(options.receivedAtMs ?? services.clock.now()),
    automated,
    attachments: email.attachments,
    meta: {
      source: options.source ?? 'smtp',
      messageId: email.messageId,
      generatedMessageId: email.messageId ? undefined : externalId,
      from: sender,
      recipients: email.recipients.slice(0, 50),
      envelope: { mailFrom: envelope.mailFrom ?? null, rcptTo: envelope.rcptTo.slice(0, 50) },
      date: email.date,
      inReplyTo: email.inReplyTo.slice(0, 5),
      references: email.references.slice(-20),
      threadedBy: thread.via,
      quote: { stripped: stripped.stripped, reason: stripped.reason, language: stripped.language },
      bounce: email.bounce,
    },
  };
  // A reply continues its conversation's channel instance even when it reached another address.
  const target = thread.channelId && thread.channelId !== channel.id ? (await services.channelById(thread.channelId)) ?? channel : channel;
  return services.receive(target, inbound);
}

/**
 * The channel a delivery is for: the first recipient (a `+token` ignored) that an enabled email channel claims.
 *
 * @example
 * await channelForRecipients(services, ['support+k3v9@brand.example.jp']); // the email-jp channel
 */
export async function channelForRecipients(services: ChannelServices, recipients: string[]): Promise<ChannelInstance | null> {
  for (const recipient of recipients) {
    const channel = await services.channelByKey('email', splitAddress(recipient).mailbox);
    if (channel) return channel;
  }
  return null;
}
