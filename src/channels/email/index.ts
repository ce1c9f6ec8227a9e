export { emailAdapter as adapter, emailAdapter, startInboundSmtp } from './email-adapter.js';
export { ImapPollJob, imapCursor, imapHealth, saveImapCursor, type ChannelPollReport } from './imap-poll-job.js';
export { EmailConfigSchema, validateEmailConfig, type EmailConfig, type ImapConfig, type SmtpConfig } from './email-config.js';
export { receiveEmail, resolveEmailThread, channelForRecipients, type EmailEnvelope } from './email-receiver.js';
export { EMAIL_ATTACHMENTS_MAX_BYTES, checkEmailAttachments, composeEmail, sendEmail, replySubject, threadHeaders, classifySmtpError } from './email-sender.js';
export { parseEmail, textToHtml, singleLine, type ParsedEmail } from './email-parser.js';
export { stripQuotedText, type StrippedText, type StripReason } from './quote-stripper.js';
export { classifyAutomatedMail, autoReplySubjectPatterns, type MailFacts, type OwnMail } from './automated-mail.js';
export {
  pollMailbox, describeImapError, ImapFlowMailbox, imapFlowMailboxFactory, type Mailbox, type MailboxFactory, type PollCursor, type PollReport,
} from './imap-poller.js';
export { InboundSmtpServer, DEFAULT_MAX_MESSAGE_BYTES } from './smtp-inbound-server.js';
export {
  normalizeMessageId, messageIdList, ownMessageId, parseOwnMessageId, generatedMessageId, splitAddress, replyAddress,
} from './email-addresses.js';
