import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { channelsFeatureOf } from '../../../src/channels/index.js';
import { ImapPollJob, pollMailbox, receiveEmail, type Mailbox, type PollCursor } from '../../../src/channels/email/index.js';
import { postgresAvailable, testDialects } from '../../helpers/dialects.js';
import { useTestApp } from '../../helpers/test-app.js';
import { countInbound, storedByMessageId } from '../email-setup.js';
import { rawMail } from '../mail-fixtures.js';

/*
 * The fetch → store → flag order and the crash between a commit and its \Seen flag, which a real server cannot be
 * made to produce on cue, against an in-memory mailbox behind the `Mailbox` interface. Everything else about IMAP
 * polling runs against a real Dovecot in imap-dovecot.test.ts.
 */
class MemoryMailbox implements Mailbox {
  readonly seen = new Set<number>();
  failFlagOnce = new Set<number>();
  closed = 0;
  constructor(readonly messages: Map<number, { source: Buffer; internalDate: Date }>) {}
  status() { return { uidValidity: '1', uidNext: Math.max(0, ...this.messages.keys()) + 1 }; }
  async unseen() { return [...this.messages.keys()].filter((uid) => !this.seen.has(uid)).sort((a, b) => a - b); }
  async newerThan(uid: number) { return [...this.messages.keys()].filter((u) => u > uid).sort((a, b) => a - b); }
  async fetch(uid: number) { return this.messages.get(uid) ?? null; }
  async markSeen(uid: number) {
    if (this.failFlagOnce.delete(uid)) throw new Error('connection reset while flagging');
    this.seen.add(uid);
  }
  async markUnseen(uid: number) { this.seen.delete(uid); }
  async close() { this.closed++; }
}

/** A poll position kept in memory between polls. */
function memoryPosition() {
  const position = { cursor: null as PollCursor | null, mailboxName: 'INBOX', save: async (cursor: PollCursor) => { position.cursor = cursor; } };
  return position;
}

const silent = pino({ level: 'silent' });
const mail = (id: string, body: string) => rawMail({ from: 'kunde@example.de', to: 'support@brand.example.jp', subject: 'Bestellung', messageId: id, body });

for (const dialect of testDialects) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable)(`IMAP polling [${dialect}]`, () => {
    const t = useTestApp(dialect);

    it('stores unseen mail and flags it seen only after the commit; a failure leaves it unseen', async () => {
      await t().request({ method: 'PUT', url: '/api/v1/markets/jp', body: { preset: 'JP' } });
      const put = await t().request({ method: 'PUT', url: '/api/v1/channels/email-jp', body: {
        kind: 'email', market: 'jp', addresses: ['support@brand.example.jp'],
        imap: { host: '127.0.0.1', port: 1, secure: false, user: 'support', pass: 'secret', pollSeconds: 60 },
      } });
      expect(put.statusCode).toBe(201);
      const { services } = channelsFeatureOf(t().runtime.ctx)!;
      const channel = (await services.channelById('email-jp'))!;
      const mailbox = new MemoryMailbox(new Map([
        [7, { source: mail('imap-7@example.de', 'Wo ist meine Bestellung?'), internalDate: new Date('2027-04-29T22:00:00Z') }],
        [8, { source: mail('imap-8@example.de', 'Zweite Nachricht'), internalDate: new Date('2027-04-29T23:00:00Z') }],
        [9, { source: mail('imap-9@example.de', 'Dritte Nachricht'), internalDate: new Date('2027-04-29T23:30:00Z') }],
      ]));
      mailbox.seen.add(9);
      let failOn: string | null = 'imap-8@';
      const store = async (raw: Buffer, at: number | undefined) => {
        if (failOn && raw.toString().includes(failOn)) throw new Error('database unavailable');
        return receiveEmail(services, channel, raw, { rcptTo: [] }, { ...(at !== undefined ? { receivedAtMs: at } : {}), source: 'imap' });
      };
      const position = memoryPosition();
      expect(await pollMailbox(mailbox, position, store, silent)).toEqual({ stored: 1, failed: 1 });
      expect([...mailbox.seen].sort()).toEqual([7, 9]);
      const stored = await t().runtime.ctx.store.db.selectFrom('messages').select(['received_at', 'conversation_id']).where('external_id', '=', 'imap-7@example.de').executeTakeFirstOrThrow();
      expect(stored.received_at).toBe('2027-04-29T22:00:00.000Z');
      expect(await storedByMessageId(t(), 'imap-8@example.de')).toBeUndefined();
      expect(await storedByMessageId(t(), 'imap-9@example.de')).toBeUndefined();

      // The next poll retries it; a crash between the commit and the \Seen flag only means one more fetch, not a duplicate.
      failOn = null;
      mailbox.failFlagOnce.add(8);
      await expect(pollMailbox(mailbox, position, store, silent)).rejects.toThrow('connection reset');
      expect(mailbox.seen.has(8)).toBe(false);
      const before = await countInbound(t());
      expect(await pollMailbox(mailbox, position, store, silent)).toEqual({ stored: 1, failed: 0 });
      expect(await countInbound(t())).toBe(before);
      expect(mailbox.seen.has(8)).toBe(true);
      expect((await storedByMessageId(t(), 'imap-8@example.de'))?.channel_id).toBe('email-jp');
    });

    it('polls each channel at its own interval and survives a server it cannot reach', async () => {
      const { services } = channelsFeatureOf(t().runtime.ctx)!;
      const mailbox = new MemoryMailbox(new Map([[1, { source: mail('job-1@example.de', 'Per Job abgeholt'), internalDate: new Date('2027-04-30T01:00:00Z') }]]));
      let opened = 0;
      const job = new ImapPollJob(services, async (config) => {
        expect(config).toMatchObject({ host: '127.0.0.1', user: 'support', pass: 'secret' });
        opened++;
        return mailbox;
      });
      expect((await job.run()).get('email-jp')).toEqual({ stored: 1, failed: 0, error: null });
      expect(mailbox.closed).toBe(1);
      await job.run();
      expect(opened).toBe(1);
      t().clock.advance(61_000);
      await job.run();
      expect(opened).toBe(2);
      expect((await storedByMessageId(t(), 'job-1@example.de'))?.text).toBe('Per Job abgeholt');

      // The real imapflow mailbox against a closed port: logged, reported, no crash.
      const real = new ImapPollJob(services);
      expect((await real.run()).get('email-jp')).toMatchObject({ stored: 0, failed: 0, error: expect.stringContaining('could not reach the IMAP server 127.0.0.1:1') });
    });
  });
}
