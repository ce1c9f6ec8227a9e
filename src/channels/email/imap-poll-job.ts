import type { Kysely } from 'kysely';
import type { RecurringJob } from '../../jobs/index.js';
import { isoInstant } from '../../lib/clock.js';
import { parseJsonColumn } from '../../lib/json.js';
import type { Database } from '../../store/store-schema.js';
import type { ChannelHealth, ChannelInstance, ChannelServices } from '../channel-adapter.js';
import { getChannelState, setChannelState } from '../channel-store.js';
import type { EmailConfig } from './email-config.js';
import { receiveEmail } from './email-receiver.js';
import { describeImapError, imapFlowMailboxFactory, pollMailbox, type Mailbox, type MailboxFactory, type PollCursor, type PollReport } from './imap-poller.js';

/** `channel_state` keys of an email channel's IMAP polling. */
const cursorKey = 'imap:cursor';
const healthKey = 'imap:health';

/** What one poll of one channel did; `error` says why it stopped early (nothing is lost: the next poll resumes). */
export interface ChannelPollReport extends PollReport {
  error: string | null;
}

/**
 * Where IMAP polling of a channel got to (mailbox, UIDVALIDITY, last handled UID), or null before the first poll.
 *
 * @example
 * await imapCursor(db, 'email-jp'); // { mailbox: 'INBOX', uidValidity: '1796543204', lastUid: 42 }
 */
export async function imapCursor(db: Kysely<Database>, channelId: string): Promise<PollCursor | null> {
  return parseJsonColumn<PollCursor | null>(await getChannelState(db, channelId, cursorKey), null);
}

/**
 * Keeps where IMAP polling of a channel got to.
 *
 * @example
 * await saveImapCursor(db, 'email-jp', { mailbox: 'INBOX', uidValidity: '1796543204', lastUid: 43 }, nowMs);
 */
export async function saveImapCursor(db: Kysely<Database>, channelId: string, cursor: PollCursor, nowMs: number): Promise<void> {
  await setChannelState(db, channelId, cursorKey, JSON.stringify(cursor), nowMs);
}

/**
 * The IMAP health of an email channel as the channel API shows it: `ok` after a poll that got through, `error`
 * with the reason (refused login, unreachable server, missing mailbox, connection lost mid-poll) otherwise; null for
 * a channel without IMAP or not polled yet.
 *
 * @example
 * (await imapHealth(db, channel))?.error; // 'the IMAP server imap.example.jp:993 refused the login for "support": …'
 */
export async function imapHealth(db: Kysely<Database>, channel: ChannelInstance): Promise<ChannelHealth | null> {
  if (!(channel.config as EmailConfig).imap) return null;
  const health = parseJsonColumn<ChannelHealth | null>(await getChannelState(db, channel.id, healthKey), null);
  if (!health) return null;
  return { ...health, detail: { ...(health.detail ?? {}), cursor: await imapCursor(db, channel.id) } };
}

/**
 * Polls the IMAP mailbox of every enabled email channel that has one, each no more often than its `pollSeconds`
 * (a channel whose configuration changed is polled at the next run). Every UID handled is remembered per channel
 * (`channel_state`), so restarts and several processes resume instead of starting over, and a message fetched
 * twice is still stored once (Message-ID dedupe). Each poll records the channel's health.
 *
 * @example
 * jobs.add(new ImapPollJob(services).recurring());
 */
export class ImapPollJob {
  private readonly lastPoll = new Map<string, number>();

  constructor(private readonly services: ChannelServices, private readonly factory: MailboxFactory = imapFlowMailboxFactory) {}

  /** Polls the channels that are due; answers what each poll stored. */
  async run(): Promise<Map<string, ChannelPollReport>> {
    const reports = new Map<string, ChannelPollReport>();
    const nowMs = this.services.clock.now();
    for (const channel of await this.services.channelsOfKind('email')) {
      const imap = (channel.config as EmailConfig).imap;
      if (!imap) continue;
      const key = `${channel.id}\u0000${channel.updatedAt}`;
      const last = this.lastPoll.get(key);
      if (last !== undefined && nowMs - last < (imap.pollSeconds ?? 60) * 1000) continue;
      for (const old of [...this.lastPoll.keys()].filter((k) => k.startsWith(`${channel.id}\u0000`))) this.lastPoll.delete(old);
      this.lastPoll.set(key, nowMs);
      reports.set(channel.id, await this.poll(channel));
    }
    return reports;
  }

  recurring(intervalMs = 10_000): RecurringJob {
    return { name: 'email-imap', intervalMs, run: () => this.run() };
  }

  private async poll(channel: ChannelInstance): Promise<ChannelPollReport> {
    const imap = (channel.config as EmailConfig).imap!;
    const { logger, store } = this.services;
    let mailbox: Mailbox;
    try {
      mailbox = await this.factory(imap, logger);
    } catch (error) {
      const reason = describeImapError(error, imap);
      logger.warn({ err: error, channel: channel.id }, `could not open the IMAP mailbox: ${reason}`);
      return this.finish(channel, { stored: 0, failed: 0, error: reason });
    }
    try {
      const report = await pollMailbox(mailbox, {
        cursor: await imapCursor(store.db, channel.id),
        mailboxName: imap.mailbox ?? 'INBOX',
        save: (cursor) => saveImapCursor(store.db, channel.id, cursor, this.services.clock.now()),
      }, (raw, receivedAtMs) => receiveEmail(this.services, channel, raw, { rcptTo: [] }, {
        ...(receivedAtMs !== undefined ? { receivedAtMs } : {}), source: 'imap',
      }), logger);
      return await this.finish(channel, { ...report, error: null });
    } catch (error) {
      const reason = describeImapError(error, imap);
      logger.warn({ err: error, channel: channel.id }, `IMAP poll stopped: ${reason}`);
      return this.finish(channel, { stored: 0, failed: 0, error: reason });
    } finally {
      await mailbox.close().catch(() => undefined);
    }
  }

  private async finish(channel: ChannelInstance, report: ChannelPollReport): Promise<ChannelPollReport> {
    const db = this.services.store.db;
    const nowMs = this.services.clock.now();
    const before = parseJsonColumn<ChannelHealth | null>(await getChannelState(db, channel.id, healthKey), null);
    const health: ChannelHealth = {
      status: report.error ? 'error' : 'ok',
      checkedAt: isoInstant(nowMs),
      lastSuccessAt: report.error ? before?.lastSuccessAt ?? null : isoInstant(nowMs),
      error: report.error,
      detail: report.error ? {} : { stored: report.stored, failed: report.failed },
    };
    await setChannelState(db, channel.id, healthKey, JSON.stringify(health), nowMs);
    return report;
  }
}
