import { simpleParser, type ParsedMail } from 'mailparser';
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** Text in a charset, as the bytes a real mail client would write (ISO-2022-JP through encoding-japanese). */
export function encodeText(text: string, charset: string): Buffer {
  if (charset.toLowerCase() === 'iso-2022-jp') {
    return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }) as number[]);
  }
  if (charset.toLowerCase() === 'utf-8') return Buffer.from(text, 'utf8');
  return iconv.encode(text, charset);
}

/** An RFC 2047 encoded word: `=?charset?B?…?=` or `=?charset?Q?…?=`. */
export function encodedWord(text: string, charset: string, encoding: 'B' | 'Q' = 'B'): string {
  const bytes = encodeText(text, charset);
  if (encoding === 'B') return `=?${charset}?B?${bytes.toString('base64')}?=`;
  const q = [...bytes].map((b) => (b > 0x20 && b < 0x7f && b !== 0x3d && b !== 0x3f && b !== 0x5f ? String.fromCharCode(b) : b === 0x20 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  return `=?${charset}?Q?${q}?=`;
}

function quotedPrintable(bytes: Buffer): string {
  let line = '';
  const lines: string[] = [];
  for (const b of bytes) {
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : b === 10 ? '\n' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\n') { lines.push(line); line = ''; continue; }
    if (line.length + piece.length > 73) { lines.push(`${line}=`); line = ''; }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

export interface RawMailOptions {
  from: string;
  to: string;
  /** A header-ready subject (ASCII or already RFC 2047 encoded). */
  subject?: string;
  messageId?: string | null;
  headers?: Record<string, string>;
  body?: string;
  charset?: string;
  transferEncoding?: '7bit' | '8bit' | 'base64' | 'quoted-printable';
  /** Replaces the whole body part (Content-Type header and body) with a prepared MIME body. */
  mime?: { contentType: string; body: string };
}

/** Builds one raw RFC 5322 message the way a mail client in that language would. */
export function rawMail(o: RawMailOptions): Buffer {
  const head: string[] = [`From: ${o.from}`, `To: ${o.to}`, 'Date: Fri, 30 Apr 2027 17:30:00 +0900', 'MIME-Version: 1.0'];
  if (o.subject !== undefined) head.push(`Subject: ${o.subject}`);
  if (o.messageId !== null) head.push(`Message-ID: <${o.messageId ?? `${Math.random().toString(36).slice(2)}@client.example`}>`);
  for (const [name, value] of Object.entries(o.headers ?? {})) head.push(`${name}: ${value}`);
  if (o.mime) {
    head.push(`Content-Type: ${o.mime.contentType}`);
    return Buffer.from(`${head.join('\r\n')}\r\n\r\n${o.mime.body}`, 'utf8');
  }
  const charset = o.charset ?? 'utf-8';
  const encoding = o.transferEncoding ?? (charset.toLowerCase() === 'iso-2022-jp' ? '7bit' : 'base64');
  const bytes = encodeText((o.body ?? '').replace(/\r?\n/g, '\n'), charset);
  head.push(`Content-Type: text/plain; charset=${charset}`, `Content-Transfer-Encoding: ${encoding}`);
  let body: Buffer;
  if (encoding === 'base64') body = Buffer.from((bytes.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n'), 'latin1');
  else if (encoding === 'quoted-printable') body = Buffer.from(quotedPrintable(bytes), 'latin1');
  else body = Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
  return Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body, Buffer.from('\r\n', 'latin1')]);
}

/** Sends raw mail to an SMTP server the way a real MTA would; answers the server's reply or throws its refusal. */
export async function deliver(port: number, raw: Buffer, envelope: { from: string; to: string[] }): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 10_000 });
  try {
    const info = await transport.sendMail({ envelope, raw });
    return info.response;
  } finally {
    transport.close();
  }
}

/** A local SMTP server acting as the brand's mail provider: records what it accepts, can refuse or be down. */
export interface FakeProvider {
  port: number;
  received: Array<{ raw: Buffer; envelope: { from: string | null; to: string[] } }>;
  parsed(): Promise<ParsedMail[]>;
  /** Answers RCPT with this code (e.g. 550) instead of accepting. */
  refuseWith: number | null;
  close(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Starts a fake provider on a fixed or free port. `close()` then `start()` takes it down and up on the same port.
 *
 * @example
 * const provider = await startProvider();
 * provider.received.length;
 */
export async function startProvider(fixedPort = 0): Promise<FakeProvider> {
  let server: SMTPServer | null = null;
  const provider: FakeProvider = {
    port: fixedPort,
    received: [],
    refuseWith: null,
    async parsed() { return Promise.all(provider.received.map((m) => simpleParser(m.raw))); },
    async start() {
      server = new SMTPServer({
        authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
        onAuth: (_auth, _session, callback) => callback(null, { user: 'brand' }),
        onRcptTo: (_address, _session, callback) => {
          if (provider.refuseWith) callback(Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: provider.refuseWith }));
          else callback();
        },
        onData: (stream, session, callback) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            provider.received.push({
              raw: Buffer.concat(chunks),
              envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to: session.envelope.rcptTo.map((r) => r.address) },
            });
            callback(null, 'queued');
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server!.once('error', reject);
        server!.listen(provider.port, '127.0.0.1', () => resolve());
      });
      provider.port = (server.server.address() as AddressInfo).port;
    },
    async close() {
      const s = server;
      server = null;
      if (!s) return;
      // Open connections are cut: "down" means down.
      for (const connection of s.connections) (connection as unknown as { close(): void }).close();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  await provider.start();
  return provider;
}

/** Polls `check` until it answers truthy (or fails after `timeoutMs`). */
export async function waitFor<T>(check: () => Promise<T> | T, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
