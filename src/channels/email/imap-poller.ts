import { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { ImapConfig } from './email-config.js';

/** One mailbox as the poller needs it. `ImapFlowMailbox` is the real one; tests use an in-memory one. */
export interface Mailbox {
  /** UIDs of unseen messages, oldest first. */
  unseen(): Promise<number[]>;
  /** The raw message and the server's arrival time, or null when it is gone (expunged meanwhile). */
  fetch(uid: number): Promise<{ source: Buffer; internalDate: Date | null } | null>;
  markSeen(uid: number): Promise<void>;
  close(): Promise<void>;
}

export type MailboxFactory = (config: ImapConfig, logger: Logger) => Promise<Mailbox>;

export interface PollReport {
  stored: number;
  failed: number;
}

/**
 * One poll: for each unseen message (at most `limit`), fetch it without setting \Seen (BODY.PEEK), store it, and
 * only once the store has committed flag it \Seen. A message that fails to store stays unseen and is tried again
 * at the next poll; a crash between the commit and the flag fetches it again and the Message-ID dedupes it.
 *
 * @example
 * const report = await pollMailbox(mailbox, (raw, at) => receiveEmail(services, channel, raw, { rcptTo: [] }, { receivedAtMs: at }), logger);
 */
export async function pollMailbox(
  mailbox: Mailbox, store: (raw: Buffer, receivedAtMs: number | undefined) => Promise<unknown>, logger: Logger, limit = 100,
): Promise<PollReport> {
  const report: PollReport = { stored: 0, failed: 0 };
  const uids = (await mailbox.unseen()).slice(0, limit);
  for (const uid of uids) {
    const message = await mailbox.fetch(uid);
    if (!message) continue;
    try {
      const at = message.internalDate && !Number.isNaN(message.internalDate.getTime()) ? message.internalDate.getTime() : undefined;
      await store(message.source, at);
    } catch (error) {
      report.failed++;
      logger.error({ err: error, uid }, 'could not store a message from the IMAP mailbox; it stays unseen');
      continue;
    }
    await mailbox.markSeen(uid);
    report.stored++;
  }
  return report;
}

/**
 * A mailbox on an IMAP server through imapflow (TLS or STARTTLS, no IDLE: the poller connects, works and logs out).
 *
 * @example
 * const mailbox = await ImapFlowMailbox.open({ host: 'imap.example.jp', port: 993, secure: true, user, pass }, logger);
 */
export class ImapFlowMailbox implements Mailbox {
  private constructor(private readonly client: ImapFlow) {}

  static async open(config: ImapConfig, logger: Logger): Promise<ImapFlowMailbox> {
    const client = new ImapFlow({
      host: config.host, port: config.port, secure: config.secure, auth: { user: config.user, pass: config.pass },
      logger: false, disableAutoIdle: true, connectionTimeout: 30_000, greetingTimeout: 15_000, socketTimeout: 120_000,
    });
    client.on('error', (error: Error) => logger.warn({ err: error, host: config.host }, 'IMAP connection error'));
    await client.connect();
    await client.mailboxOpen(config.mailbox ?? 'INBOX');
    return new ImapFlowMailbox(client);
  }

  async unseen(): Promise<number[]> {
    const uids = await this.client.search({ seen: false }, { uid: true });
    return Array.isArray(uids) ? [...uids].sort((a, b) => a - b) : [];
  }

  async fetch(uid: number): Promise<{ source: Buffer; internalDate: Date | null } | null> {
    const message = await this.client.fetchOne(String(uid), { source: true, internalDate: true }, { uid: true });
    if (!message || !message.source) return null;
    const date = message.internalDate ? new Date(message.internalDate) : null;
    return { source: message.source, internalDate: date };
  }

  async markSeen(uid: number): Promise<void> {
    await this.client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
  }

  async close(): Promise<void> {
    try {
      await this.client.logout();
    } catch {
      this.client.close();
    }
  }
}

/** Opens real IMAP mailboxes. */
export const imapFlowMailboxFactory: MailboxFactory = (config, logger) => ImapFlowMailbox.open(config, logger);
