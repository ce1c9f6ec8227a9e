import { expect, it } from 'vitest';
import { findOrCreateCustomer, getCustomer, mergeCustomers, normalizePhone } from '../../src/store/customer-store.js';
import { describeEachDialect } from '../helpers/dialects.js';

const t0 = Date.parse('2027-03-01T00:00:00Z');

describeEachDialect('customer identities', (ctx) => {
  it('recognises a returning customer by email, whatever its case', async () => {
    const db = ctx.store().db;
    const a = await findOrCreateCustomer(db, 'email', { email: 'Yuki.Tanaka@Example.jp', name: '田中 優希' }, t0);
    const b = await findOrCreateCustomer(db, 'email', { email: 'yuki.tanaka@example.jp' }, t0 + 1000);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.customerId).toBe(a.customerId);
  });

  it('links a phone number learnt later to the same customer', async () => {
    const db = ctx.store().db;
    const a = await findOrCreateCustomer(db, 'email', { email: 'ana@example.com.br' }, t0);
    await findOrCreateCustomer(db, 'whatsapp', { email: 'ana@example.com.br', phone: '+55 11 90000-1234' }, t0 + 1);
    const byPhone = await findOrCreateCustomer(db, 'sms', { phone: '+5511900001234' }, t0 + 2);
    expect(byPhone.customerId).toBe(a.customerId);
    const customer = await getCustomer(db, a.customerId);
    expect(customer?.identities).toEqual(expect.arrayContaining([{ kind: 'email', value: 'ana@example.com.br' }, { kind: 'phone', value: '+5511900001234' }]));
  });

  it('keeps one identity per channel handle and never steals another customer\'s email', async () => {
    const db = ctx.store().db;
    const line = await findOrCreateCustomer(db, 'line', { handle: 'U4af4980629', name: '佐藤' }, t0);
    const mail = await findOrCreateCustomer(db, 'email', { email: 'sato@example.jp' }, t0);
    const both = await findOrCreateCustomer(db, 'line', { handle: 'U4af4980629', email: 'sato@example.jp' }, t0 + 5);
    expect(both.customerId).toBe(line.customerId);
    const mailCustomer = await getCustomer(db, mail.customerId);
    expect(mailCustomer?.identities).toEqual([{ kind: 'email', value: 'sato@example.jp' }]);
  });

  it('merges two records: identities and conversations move, the old id still resolves', async () => {
    const db = ctx.store().db;
    const a = await findOrCreateCustomer(db, 'email', { email: 'marie@example.fr', name: 'Marie Dubois' }, t0);
    const b = await findOrCreateCustomer(db, 'whatsapp', { phone: '+33 6 00 00 00 01', country: 'FR' }, t0);
    await mergeCustomers(db, a.customerId, b.customerId, t0 + 10);
    const merged = await getCustomer(db, b.customerId);
    expect(merged?.id).toBe(a.customerId);
    expect(merged?.country).toBe('FR');
    expect(merged?.identities.map((i) => i.kind).sort()).toEqual(['email', 'phone']);
    const again = await findOrCreateCustomer(db, 'sms', { phone: '+33600000001' }, t0 + 20);
    expect(again.customerId).toBe(a.customerId);
  });
});

it('normalizes phone numbers to + and digits', () => {
  expect(normalizePhone('+81 90-0000-1234')).toBe('+819000001234');
  expect(normalizePhone('0049 (30) 123 456')).toBe('+4930123456');
  expect(normalizePhone('030 123456')).toBe('030123456');
});
