import type { ChannelAdapter, ChannelServices } from '../channel-adapter.js';
import { EmailConfigSchema, validateEmailConfig, type EmailConfig } from './email-config.js';
import { channelForRecipients, receiveEmail } from './email-receiver.js';
import { checkEmailAttachments, sendEmail } from './email-sender.js';
import { ImapPollJob, imapHealth } from './imap-poll-job.js';
import { InboundSmtpServer } from './smtp-inbound-server.js';

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
  checkAttachments: (files) => checkEmailAttachments(files),
  send: sendEmail,
  health: (channel, env) => imapHealth(env.store.db, channel),
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
