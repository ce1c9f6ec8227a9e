import type { Logger } from 'pino';
import type { RecurringJob } from '../../jobs/index.js';
import type { ChannelAdapter, ChannelInstance, ChannelServices } from '../channel-adapter.js';
import { EmailConfigSchema, validateEmailConfig, type EmailConfig } from './email-config.js';
import { channelForRecipients, receiveEmail } from './email-receiver.js';
import { sendEmail } from './email-sender.js';
import { imapFlowMailboxFactory, pollMailbox, type MailboxFactory, type PollReport } from './imap-poller.js';
import { InboundSmtpServer } from './smtp-inbound-server.js';

/**
 * Polls the IMAP mailbox of every enabled email channel that has one, each no more often than its `pollSeconds`.
 * Safe in several processes: a message fetched twice is stored once (Message-ID dedupe).
 *
 * @example
 * jobs.add(new ImapPollJob(services).recurring());
 */
export class ImapPollJob {
  private readonly lastPoll = new Map<string, number>();

  constructor(private readonly services: ChannelServices, private readonly factory: MailboxFactory = imapFlowMailboxFactory) {}

  /** Polls the channels that are due; answers what each poll stored. */
  async run(): Promise<Map<string, PollReport>> {
    const reports = new Map<string, PollReport>();
    const nowMs = this.services.clock.now();
    for (const channel of await this.services.channelsOfKind('email')) {
      const imap = (channel.config as EmailConfig).imap;
      if (!imap) continue;
      const every = (imap.pollSeconds ?? 60) * 1000;
      const last = this.lastPoll.get(channel.id);
      if (last !== undefined && nowMs - last < every) continue;
      this.lastPoll.set(channel.id, nowMs);
      reports.set(channel.id, await this.poll(channel, this.services.logger));
    }
    return reports;
  }

  private async poll(channel: ChannelInstance, logger: Logger): Promise<PollReport> {
    const imap = (channel.config as EmailConfig).imap!;
    let mailbox;
    try {
      mailbox = await this.factory(imap, logger);
    } catch (error) {
      logger.warn({ err: error, channel: channel.id, host: imap.host }, 'could not open the IMAP mailbox');
      return { stored: 0, failed: 0 };
    }
    try {
      return await pollMailbox(mailbox, (raw, receivedAtMs) =>
        receiveEmail(this.services, channel, raw, { rcptTo: [] }, { ...(receivedAtMs !== undefined ? { receivedAtMs } : {}), source: 'imap' }), logger);
    } finally {
      await mailbox.close().catch(() => undefined);
    }
  }

  recurring(intervalMs = 10_000): RecurringJob {
    return { name: 'email-imap', intervalMs, run: () => this.run() };
  }
}

/**
 * Starts inbound SMTP on `port` for the email channels of these services.
 *
 * @example
 * const smtp = await startInboundSmtp(services, 0); // tests: a free port
 * smtp.port;
 */
export async function startInboundSmtp(
  services: ChannelServices, port: number, options: { host?: string; maxMessageBytes?: number } = {},
): Promise<{ server: InboundSmtpServer; port: number }> {
  const server = new InboundSmtpServer({
    channelFor: (address) => channelForRecipients(services, [address]),
    receive: async (channel, raw, envelope) => { await receiveEmail(services, channel, raw, envelope); },
    logger: services.logger,
    ...(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {}),
  });
  const bound = await server.listen(port, options.host ?? '127.0.0.1');
  return { server, port: bound };
}

/** Email: inbound SMTP and IMAP polling, outbound SMTP with threading headers. */
export const emailAdapter: ChannelAdapter<EmailConfig> = {
  kind: 'email',
  displayName: 'Email',
  configSchema: EmailConfigSchema,
  secretPaths: ['/smtp/pass', '/imap/pass'],
  capabilities: {
    threading: true, html: true, attachments: true, deliveryReceipts: false, readReceipts: false,
    replyWindowMs: null, idempotentSend: true, maxTextLength: null,
  },
  inboundKeys: (config) => config.addresses.map((a) => a.toLowerCase()),
  validateConfig: validateEmailConfig,
  send: sendEmail,
  async start(services) {
    let smtp: InboundSmtpServer | null = null;
    if (services.config.smtpPort > 0) {
      smtp = (await startInboundSmtp(services, services.config.smtpPort, { host: services.config.host })).server;
      services.logger.info({ port: services.config.smtpPort }, 'inbound SMTP listening');
    }
    services.jobs?.add(new ImapPollJob(services).recurring());
    return { stop: async () => { await smtp?.close(); } };
  },
};
