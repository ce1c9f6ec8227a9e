import { ImapFlow } from 'imapflow';
import type { Logger } from 'pino';
import type { ImapConfig } from './email-config.js';

/** One mailbox as the poller needs it. `ImapFlowMailbox` is the real one; unit tests may use an in-memory one. */
export interface Mailbox {
  /** The opened mailbox's UIDVALIDITY (as a string: it is a 32-bit unsigned number) and the next UID it will give. */
  status(): { uidValidity: string; uidNext: number };
  /** UIDs of unseen messages, oldest first. */
  unseen(): Promise<number[]>;
  /** UIDs above `uid`, seen or not, oldest first. */
  newerThan(uid: number): Promise<number[]>;
  /** The raw message and the server's arrival time, or null when it is gone (expunged meanwhile). */
  fetch(uid: number): Promise<{ source: Buffer; internalDate: Date | null } | null>;
  markSeen(uid: number): Promise<void>;
  markUnseen(uid: number): Promise<void>;
  close(): Promise<void>;
}

export type MailboxFactory = (config: ImapConfig, logger: Logger) => Promise<Mailbox>;

/** Where polling got to in one mailbox: every UID up to `lastUid` of this UIDVALIDITY has been handled. */
export interface PollCursor {
  mailbox: string;
  uidValidity: string;
  lastUid: number;
}

export interface PollReport {
  stored: number;
  failed: number;
}

/**
 * The messages one poll looks at, oldest first. With a cursor of the same mailbox and UIDVALIDITY: every unseen
 * message plus every message above the cursor, seen or not (a person may have read it in webmail before the poll).
 * Without one — the first poll, another mailbox, or a UIDVALIDITY the server changed, which makes remembered UIDs
 * meaningless — only the unseen ones: mail already read before Borderless was connected is history, not news.
 */
async function candidates(mailbox: Mailbox, cursor: PollCursor | null, name: string): Promise<{ uids: number[]; known: Set<number>; resumed: boolean }> {
  const { uidValidity } = mailbox.status();
  const unseen = await mailbox.unseen();
  const resumed = cursor !== null && cursor.mailbox === name && cursor.uidValidity === uidValidity;
  const newer = resumed ? await mailbox.newerThan(cursor.lastUid) : [];
  return { uids: [...new Set([...unseen, ...newer])].sort((a, b) => a - b), known: new Set(unseen), resumed };
}

async function storeOne(
  message: { source: Buffer; internalDate: Date | null }, uid: number,
  store: (raw: Buffer, receivedAtMs: number | undefined) => Promise<unknown>, logger: Logger,
): Promise<boolean> {
  try {
    const at = message.internalDate && !Number.isNaN(message.internalDate.getTime()) ? message.internalDate.getTime() : undefined;
    await store(message.source, at);
    return true;
  } catch (error) {
    logger.error({ err: error, uid }, 'could not store a message from the IMAP mailbox; it stays unseen for the next poll');
    return false;
  }
}

/**
 * One poll of one mailbox. Each candidate (at most `limit`, see {@link candidates}) is fetched without setting
 * \Seen (BODY.PEEK), stored, and only once the store has committed flagged \Seen. A message that fails to store is
 * left (or made) unseen, so the next poll takes it again through UNSEEN; a crash between the commit and the flag
 * fetches it again and the Message-ID dedupes it. After each message the cursor moves past it and `save` keeps it,
 * so a restart or a lost connection resumes where the poll stopped.
 *
 * @example
 * const report = await pollMailbox(mailbox, { cursor, mailboxName: 'INBOX', save: (c) => keep(c) },
 *   (raw, at) => receiveEmail(services, channel, raw, { rcptTo: [] }, { receivedAtMs: at }), logger);
 */
export async function pollMailbox(
  mailbox: Mailbox,
  position: { cursor: PollCursor | null; mailboxName: string; save(cursor: PollCursor): Promise<void> },
  store: (raw: Buffer, receivedAtMs: number | undefined) => Promise<unknown>,
  logger: Logger,
  limit = 100,
): Promise<PollReport> {
  const report: PollReport = { stored: 0, failed: 0 };
  const { uidValidity, uidNext } = mailbox.status();
  const found = await candidates(mailbox, position.cursor, position.mailboxName);
  let cursor: PollCursor = {
    mailbox: position.mailboxName, uidValidity,
    // A fresh start takes everything already in the mailbox as handled except the unseen messages it fetches now.
    lastUid: found.resumed ? position.cursor!.lastUid : Math.max(0, uidNext - 1),
  };
  if (!found.resumed) await position.save(cursor);
  for (const uid of found.uids.slice(0, limit)) {
    const message = await mailbox.fetch(uid);
    if (message && await storeOne(message, uid, store, logger)) {
      await mailbox.markSeen(uid);
      report.stored++;
    } else if (message) {
      report.failed++;
      // A message someone already read would be out of UNSEEN's reach once the cursor passes it.
      if (!found.known.has(uid)) await mailbox.markUnseen(uid);
    }
    if (uid > cursor.lastUid) {
      cursor = { ...cursor, lastUid: uid };
      await position.save(cursor);
    }
  }
  return report;
}

/**
 * What went wrong talking to an IMAP server, in words a supervisor can act on.
 *
 * @example
 * describeImapError(error, config); // 'the IMAP server imap.example.jp:993 refused the login for "support": Authentication failed.'
 */
export function describeImapError(error: unknown, config: Pick<ImapConfig, 'host' | 'port' | 'user'> & { mailbox?: string }): string {
  const e = error as { authenticationFailed?: boolean; responseText?: string; code?: string; message?: string };
  const server = `${config.host}:${config.port}`;
  if (e.authenticationFailed) return `the IMAP server ${server} refused the login for "${config.user}": ${e.responseText ?? 'authentication failed'}`;
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return `could not reach the IMAP server ${server}: ${e.message ?? e.code}`;
  if (e.responseText) return `the IMAP server ${server} answered: ${e.responseText}`;
  return `the IMAP connection to ${server} failed: ${e.message ?? String(error)}`;
}

/**
 * A mailbox on an IMAP server through imapflow (TLS or STARTTLS, no IDLE: the poller connects, works and logs out).
 *
 * @example
 * const mailbox = await ImapFlowMailbox.open({ host: 'imap.example.jp', port: 993, secure: true, user, pass }, logger);
 */
export class ImapFlowMailbox implements Mailbox {
  private constructor(private readonly client: ImapFlow, private readonly state: { uidValidity: string; uidNext: number }) {}

  static async open(config: ImapConfig, logger: Logger): Promise<ImapFlowMailbox> {
    const client = new ImapFlow({
      host: config.host, port: config.port, secure: config.secure, auth: { user: config.user, pass: config.pass },
      logger: false, disableAutoIdle: true, connectionTimeout: 30_000, greetingTimeout: 15_000, socketTimeout: 120_000,
    });
    client.on('error', (error: Error) => logger.warn({ err: error, host: config.host }, 'IMAP connection error'));
    try {
      await client.connect();
      const opened = await client.mailboxOpen(config.mailbox ?? 'INBOX');
      return new ImapFlowMailbox(client, { uidValidity: String(opened.uidValidity), uidNext: Number(opened.uidNext ?? 1) });
    } catch (error) {
      client.close();
      throw error;
    }
  }

  status(): { uidValidity: string; uidNext: number } {
    return this.state;
  }

  async unseen(): Promise<number[]> {
    return this.searchUids({ seen: false });
  }

  async newerThan(uid: number): Promise<number[]> {
    // `n:*` always matches the highest UID, even below n (RFC 3501 §6.4.8): hence the filter.
    return (await this.searchUids({ uid: `${uid + 1}:*` })).filter((found) => found > uid);
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

  async markUnseen(uid: number): Promise<void> {
    await this.client.messageFlagsRemove(String(uid), ['\\Seen'], { uid: true });
  }

  async close(): Promise<void> {
    try {
      await this.client.logout();
    } catch {
      this.client.close();
    }
  }

  private async searchUids(query: Record<string, unknown>): Promise<number[]> {
    const uids = await this.client.search(query, { uid: true });
    return Array.isArray(uids) ? [...uids].sort((a, b) => a - b) : [];
  }
}

/** Opens real IMAP mailboxes. */
export const imapFlowMailboxFactory: MailboxFactory = (config, logger) => ImapFlowMailbox.open(config, logger);
