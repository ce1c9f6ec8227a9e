import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { ChannelInstance } from '../channel-adapter.js';
import type { EmailEnvelope } from './email-receiver.js';

/** The largest message accepted (the whole MIME message, attachments included). */
export const DEFAULT_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
const MAX_RECIPIENTS = 50;

export interface InboundSmtpOptions {
  /** The channel that receives for an address (`+token` already removed), or null to refuse it with 550. */
  channelFor(address: string): Promise<ChannelInstance | null>;
  /** Stores one message; must resolve only once it is committed. */
  receive(channel: ChannelInstance, raw: Buffer, envelope: EmailEnvelope): Promise<void>;
  logger: Logger;
  maxMessageBytes?: number;
  /** The name the server greets with. */
  hostname?: string;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The inbound SMTP server. It accepts RCPT only for an address an email channel claims (case-insensitive, a
 * `+token` ignored) and answers 550 for any other; refuses messages over the size limit with 552; and answers
 * 250 only after the message is committed, so an acknowledged message is durable. A storage failure answers 451
 * and the sending server retries (the Message-ID dedupes the retry). No AUTH and no STARTTLS: put it behind an
 * MTA that terminates TLS when it faces the internet.
 *
 * @example
 * const smtp = new InboundSmtpServer({ channelFor, receive, logger });
 * const port = await smtp.listen(2525, '0.0.0.0');
 */
export class InboundSmtpServer {
  private readonly server: SMTPServer;
  private readonly maxBytes: number;

  constructor(private readonly options: InboundSmtpOptions) {
    this.maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.server = new SMTPServer({
      name: options.hostname ?? 'borderless',
      banner: 'Borderless',
      size: this.maxBytes,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      socketTimeout: 60_000,
      closeTimeout: 10_000,
      onRcptTo: (address, session, callback) => { void this.checkRecipient(address.address, session).then(() => callback(), (error: Error) => callback(error)); },
      onData: (stream, session, callback) => { this.collect(stream, session, callback); },
    });
    this.server.on('error', (error) => options.logger.warn({ err: error }, 'SMTP connection error'));
  }

  private async checkRecipient(address: string, session: SMTPServerSession): Promise<void> {
    if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) throw smtpError(452, '4.5.3 Too many recipients');
    let channel: ChannelInstance | null;
    try {
      channel = await this.options.channelFor(address);
    } catch (error) {
      this.options.logger.error({ err: error }, 'SMTP recipient lookup failed');
      throw smtpError(451, '4.3.0 Temporary failure, try again later');
    }
    if (!channel) throw smtpError(550, '5.1.1 No such mailbox here');
  }

  private collect(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void): void {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let answered = false;
    const answer = (error: Error | null, message?: string) => {
      if (answered) return;
      answered = true;
      callback(error, message);
    };
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      // Past the limit the rest is read and dropped, so memory stays bounded while the client finishes DATA.
      if (bytes <= this.maxBytes) chunks.push(chunk);
    });
    stream.on('error', (error) => answer(error));
    stream.on('end', () => {
      if (stream.sizeExceeded || bytes > this.maxBytes) {
        answer(smtpError(552, `5.3.4 Message too big: the limit is ${this.maxBytes} bytes`));
        return;
      }
      void this.store(Buffer.concat(chunks, bytes), session).then((id) => answer(null, `2.0.0 Stored as ${id}`), (error: Error) => answer(error));
    });
  }

  private async store(raw: Buffer, session: SMTPServerSession): Promise<string> {
    const rcptTo = session.envelope.rcptTo.map((r) => r.address);
    const mailFrom = session.envelope.mailFrom === false ? undefined : (session.envelope.mailFrom.address || null);
    let channel: ChannelInstance | null = null;
    for (const address of rcptTo) {
      channel = await this.options.channelFor(address).catch(() => null);
      if (channel) break;
    }
    // A channel deleted between RCPT and DATA: the sender learns it now, not through silence.
    if (!channel) throw smtpError(550, '5.1.1 No such mailbox here');
    try {
      await this.options.receive(channel, raw, { mailFrom, rcptTo });
    } catch (error) {
      this.options.logger.error({ err: error, session: session.id }, 'could not store an inbound email');
      throw smtpError(451, '4.3.0 Temporary failure storing the message, try again later');
    }
    return session.id;
  }

  /** Listens on `port` (0 picks a free one) and answers the port. */
  listen(port: number, host = '127.0.0.1'): Promise<number> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.server.off('error', onError);
        resolve((this.server.server.address() as AddressInfo).port);
      });
    });
  }

  /** Stops accepting connections and waits for open ones to finish (up to the close timeout). */
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
