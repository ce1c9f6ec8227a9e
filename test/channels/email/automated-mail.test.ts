import { describe, expect, it } from 'vitest';
import { classifyAutomatedMail, parseOwnMessageId, type MailFacts } from '../../../src/channels/email/index.js';

const own = { addresses: new Set(['support@brand.example.jp']), isOwnMessageId: (id: string) => parseOwnMessageId(id) !== null };

function facts(overrides: Partial<MailFacts> & { header?: Record<string, string> } = {}): MailFacts {
  return {
    headers: new Map(Object.entries(overrides.header ?? {})),
    contentType: overrides.contentType ?? 'text/plain; charset=utf-8',
    fromAddress: overrides.fromAddress === undefined ? 'taro@example.jp' : overrides.fromAddress,
    envelopeFrom: overrides.envelopeFrom === undefined ? 'taro@example.jp' : overrides.envelopeFrom,
    subject: overrides.subject ?? 'ご注文について',
    messageId: overrides.messageId ?? 'abc@mail.example.jp',
  };
}

describe('automated mail', () => {
  it('lets a person\'s message through', () => {
    expect(classifyAutomatedMail(facts(), own)).toBeNull();
    expect(classifyAutomatedMail(facts({ header: { 'auto-submitted': 'no' } }), own)).toBeNull();
    expect(classifyAutomatedMail(facts({ subject: 'Automatic reply not working on my watch' }), own)).toBeNull();
  });

  it.each([
    [{ header: { 'auto-submitted': 'auto-replied' } }, 'auto-reply', 'Auto-Submitted: auto-replied'],
    [{ header: { 'auto-submitted': 'auto-generated' } }, 'auto-reply', 'Auto-Submitted: auto-generated'],
    [{ header: { 'x-autoreply': 'yes' } }, 'auto-reply', 'x-autoreply header'],
    [{ header: { 'x-autorespond': 'Out of office' } }, 'auto-reply', 'x-autorespond header'],
    [{ header: { 'x-auto-response-suppress': 'All' } }, 'auto-reply', 'X-Auto-Response-Suppress: all'],
    [{ header: { precedence: 'bulk' } }, 'bulk', 'Precedence: bulk'],
    [{ header: { precedence: 'junk' } }, 'bulk', 'Precedence: junk'],
    [{ header: { precedence: 'list' } }, 'bulk', 'Precedence: list'],
    [{ header: { 'list-id': '<news.shop.example>' } }, 'bulk', 'List-Id header'],
    [{ contentType: 'multipart/report; report-type=delivery-status; boundary="x"' }, 'bounce', 'delivery status notification (multipart/report; report-type=delivery-status)'],
    [{ contentType: 'multipart/report; report-type=disposition-notification; boundary="x"' }, 'auto-reply', 'read receipt (multipart/report; report-type=disposition-notification)'],
    [{ fromAddress: 'MAILER-DAEMON@mx.example.jp' }, 'bounce', 'sent by mailer-daemon@mx.example.jp'],
    [{ envelopeFrom: null }, 'bounce', 'null reverse-path (MAIL FROM:<>)'],
    [{ messageId: '01934f4e-8a2b-7c3d-9e1f-2a3b4c5d6e7f.borderless@brand.example.jp' }, 'loop', 'a Message-ID Borderless generated came back'],
    [{ fromAddress: 'support@brand.example.jp' }, 'loop', 'sent from our own address support@brand.example.jp'],
    [{ subject: 'Out of Office: ご注文について' }, 'auto-reply', 'auto-reply subject (en)'],
    [{ subject: '自動応答: ご注文について' }, 'auto-reply', 'auto-reply subject (ja)'],
    [{ subject: 'Réponse automatique : votre commande' }, 'auto-reply', 'auto-reply subject (fr)'],
    [{ subject: 'Automatische Antwort: Ihre Bestellung' }, 'auto-reply', 'auto-reply subject (de)'],
  ] as const)('flags %j as %s', (input, kind, reason) => {
    expect(classifyAutomatedMail(facts(input as Partial<MailFacts> & { header?: Record<string, string> }), own)).toEqual({ kind, reason });
  });
});
