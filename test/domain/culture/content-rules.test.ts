import { describe, expect, it } from 'vitest';
import { foundTexts, reviewCase, type ReviewCase } from './review-helpers.js';

type Row = ReviewCase & { code: string };
const rows = (code: string, list: ReviewCase[]): Row[] => list.map((c) => ({ ...c, code }));

const flagged: Row[] = [
  ...rows('CROSS_SELL', [
    { country: 'JP', language: 'ja', text: 'お問い合わせありがとうございます。こちらの商品もおすすめです。', found: 'こちらの商品もおすすめ' },
    { country: 'DE', language: 'de', text: 'Ihr Paket ist unterwegs. Das könnte Sie auch interessieren: unser neues Modell.', found: 'Das könnte Sie auch interessieren' },
    { country: 'FR', language: 'fr', text: 'Votre colis est parti. Découvrez aussi notre nouvelle collection !', found: 'Découvrez aussi notre' },
    { country: 'NL', language: 'nl', text: 'Uw pakket is onderweg. Ontdek ook onze nieuwe collectie.', found: 'Ontdek ook onze' },
    { country: 'DK', language: 'en', text: 'Your parcel is on its way. You might also like our new winter jackets.', found: 'You might also like' },
  ]),
  ...rows('SENSITIVITY', [
    { country: 'SA', language: 'ar', text: 'مرحباً، هذا العطر يحتوي على الكحول.', found: 'الكحول' },
    { country: 'AE', language: 'ar', text: 'مرحباً، يمكننا إرسال زجاجة نبيذ هدية.', found: 'نبيذ' },
    { country: 'SA', language: 'en', text: 'As an apology we can add a bottle of wine to your next order.', found: 'wine' },
    { country: 'ID', language: 'id', text: 'Halo Bapak, produk ini mengandung daging babi.', found: 'daging babi' },
    { country: 'ID', language: 'en', text: 'Our pork sausages are back in stock.', found: 'pork' },
    { country: 'JP', language: 'ja', text: 'お詫びとして4個セットをお送りいたします。', found: '4個セット' },
    { country: 'JP', language: 'ja', text: 'お詫びとして九本セットをお送りいたします。', found: '九本セット' },
    { country: 'CN', language: 'zh', text: '您好，我们准备了4件套礼盒作为补偿。', found: '4件套' },
    { country: 'CN', language: 'zh', text: '关于天安门的问题我们无法回答。', found: '天安门' },
    { country: 'IN', language: 'en', text: 'Try our new beef jerky flavour.', found: 'beef' },
    { country: 'FR', language: 'fr', text: 'Nous ne parlerons pas du Brexit.', culture: { sensitivities: { words: ['Brexit'] } }, found: 'Brexit' },
    { country: 'CN', language: 'zh', text: '您的包裹将于2027/06/04送达。', culture: { sensitivities: { dates: ['06-04'] } }, found: '2027/06/04' },
  ]),
  ...rows('FORMAT', [
    { country: 'JP', language: 'ja', text: 'ご注文の商品は05/06/2027に発送いたします。', found: '05/06/2027' },
    { country: 'JP', language: 'ja', text: '返金額は$25です。', found: '$25' },
    { country: 'DE', language: 'de', text: 'Wir erstatten Ihnen $25 zurück.', found: '$25' },
    { country: 'DE', language: 'de', text: 'Wir erstatten Ihnen 1,234.50 € zurück.', found: '1,234.50' },
    { country: 'US', language: 'en', text: 'Your refund will arrive on 25/12/2027.', found: '25/12/2027' },
    { country: 'US', language: 'en', text: 'We refunded €20 to your card.', found: '€20' },
    { country: 'FR', language: 'fr', text: 'Votre colis arrivera le 12/25/2027.', found: '12/25/2027' },
    { country: 'BR', language: 'pt-BR', text: 'O reembolso de US$ 20 foi feito.', found: 'US$ 20' },
    { country: 'SA', language: 'ar', text: 'تم استرداد 100 USD إلى بطاقتك.', found: '100 USD' },
    { country: 'KR', language: 'ko', text: '환불 금액은 20달러입니다.', found: '20달러' },
    { country: 'GB', language: 'en', text: 'We have refunded 40 euros.', found: '40 euros' },
  ]),
  ...rows('GREETING', [
    { country: 'FR', language: 'fr', channel: 'email', text: 'Votre colis est parti ce matin.\n\nCordialement,\nL\'équipe', found: 'Votre colis est parti ce matin.' },
    { country: 'FR', language: 'fr', channel: 'chat', text: 'Votre colis est parti ce matin.', found: 'Votre colis est parti ce matin.' },
    { country: 'DE', language: 'de', channel: 'email', text: 'Guten Tag,\n\nIhr Paket ist unterwegs.', found: 'Ihr Paket ist unterwegs.' },
    { country: 'JP', language: 'ja', channel: 'line', text: '明日発送いたします。', found: '明日発送いたします。' },
    { country: 'SA', language: 'ar', channel: 'whatsapp', text: 'سيصل طلبك غداً.', found: 'سيصل طلبك غداً.' },
    { country: 'US', language: 'en', channel: 'email', text: 'Hi Alex,\n\nYour parcel shipped today.\n\nKind regards', signOff: 'The Acme Care Team', found: 'Kind regards' },
  ]),
  ...rows('PII', [
    { country: 'US', language: 'en', text: 'Your card 4111 1111 1111 1111 was refunded.', found: '4111 1111 1111 1111' },
    { country: 'DE', language: 'de', text: 'Bitte überweisen Sie an DE89 3704 0044 0532 0130 00.', found: 'DE89 3704 0044 0532 0130 00' },
    { country: 'US', language: 'en', text: 'Use the key sk_live_4eC39HqLyjWDarjtT1zdp7dc to test.', found: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc' },
    { country: 'JP', language: 'ja', text: '仮パスワード：Tokyo2027!', found: 'パスワード：Tokyo2027!' },
  ]),
  ...rows('LANGUAGE_MISMATCH', [
    { country: 'FR', language: 'fr', channel: 'email', text: 'Guten Tag, vielen Dank für Ihre Nachricht. Wir schicken Ihnen das Paket morgen zu.' },
    { country: 'FR', language: 'fr', channel: 'voice', text: 'Hello, thank you for your message. We will send the parcel tomorrow morning.' },
    { country: 'JP', language: 'ja', channel: 'email', text: '您好，感谢您的来信。我们明天会把包裹寄给您。' },
    { country: 'DE', language: 'de', channel: 'chat', policy: { chat: 'native-required' }, text: 'Hello, thank you for your message. We will send the parcel tomorrow morning.' },
  ]),
];

const clean: Row[] = [
  ...rows('CROSS_SELL', [
    { country: 'JP', language: 'ja', text: 'ご不便をおかけして申し訳ございません。すぐに交換品をお送りいたします。' },
    { country: 'US', language: 'en', text: 'Your parcel is on its way. You might also like our new winter jackets.' },
    { country: 'DE', language: 'de', text: 'Ihr Paket ist unterwegs und kommt morgen an.' },
  ]),
  ...rows('SENSITIVITY', [
    { country: 'SA', language: 'ar', text: 'مرحباً، هذا العطر خالٍ من الكحول.' },
    { country: 'SA', language: 'en', text: 'This perfume is alcohol-free and halal certified.' },
    { country: 'ID', language: 'id', text: 'Halo Bapak, produk ini halal dan bebas alkohol.' },
    { country: 'JP', language: 'ja', text: 'ご注文の4点を本日発送いたしました。14個セットも同梱しております。' },
    { country: 'FR', language: 'fr', text: 'Nous vous offrons une bouteille de vin pour nous excuser.' },
    { country: 'CN', language: 'zh', text: '您好，您的订单已发货。' },
    { country: 'US', language: 'en', text: 'Our beef jerky is back in stock.' },
  ]),
  ...rows('FORMAT', [
    { country: 'JP', language: 'ja', text: 'ご注文の商品は2027/05/06に発送いたします。返金額は2,500円です。' },
    { country: 'DE', language: 'de', text: 'Wir erstatten Ihnen 1.234,50 € am 26.05.2027 zurück.' },
    { country: 'US', language: 'en', text: 'We refunded $20 on 12/25/2027.' },
    { country: 'CA', language: 'en', text: 'We refunded $20 to your card.' },
    { country: 'BR', language: 'pt-BR', text: 'O reembolso de R$ 20,00 foi feito em 25/12/2027.' },
    { country: 'JP', language: 'ja', text: 'アプリのバージョン2.4.10に更新してください。' },
    { country: 'FR', language: 'fr', text: 'Votre colis arrivera le 25/12/2027 pour 25 €.' },
  ]),
  ...rows('GREETING', [
    { country: 'FR', language: 'fr', channel: 'email', text: 'Bonjour Madame Dubois,\n\nVotre colis est parti ce matin.\n\nCordialement,\nL\'équipe' },
    { country: 'DE', language: 'de', channel: 'email', text: 'Guten Tag,\n\nIhr Paket ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Kundenservice' },
    { country: 'JP', language: 'ja', channel: 'line', text: 'お問い合わせありがとうございます。明日発送いたします。よろしくお願いいたします。' },
    { country: 'US', language: 'en', channel: 'chat', text: 'Your parcel shipped today.' },
    { country: 'SA', language: 'ar', channel: 'whatsapp', text: 'مرحباً، سيصل طلبك غداً.' },
    { country: 'US', language: 'en', channel: 'email', text: 'Hi Alex,\n\nYour parcel shipped today.\n\nKind regards,\nThe Acme Care Team', signOff: 'The Acme Care Team' },
  ]),
  ...rows('PII', [
    { country: 'US', language: 'en', text: 'Your order 4111 1111 1111 1112 has shipped.' },
    { country: 'US', language: 'en', text: 'Tracking number 1234567812345670 is active.' },
    { country: 'DE', language: 'de', text: 'Die IBAN DE89 3704 0044 0532 0130 01 ist ungültig.' },
    { country: 'US', language: 'en', text: 'The secret is patience: your card ending in 1111 was refunded.' },
  ]),
  ...rows('LANGUAGE_MISMATCH', [
    { country: 'FR', language: 'fr', channel: 'email', text: 'Bonjour, merci pour votre message. Nous vous envoyons le colis demain matin.' },
    { country: 'FR', language: 'fr', channel: 'email', text: 'Hello, thank you for your message. We will send the parcel tomorrow morning.' },
    { country: 'JP', language: 'ja', channel: 'email', text: 'お問い合わせいただきありがとうございます。明日発送いたします。' },
    { country: 'DE', language: 'de', channel: 'chat', text: 'OK!' },
  ]),
];

describe('content rules', () => {
  it.each(flagged.map((c) => [`${c.code} ${c.country}/${c.language}: ${c.text.split('\n')[0]}`, c] as const))('flags %s', (_name, c) => {
    const found = foundTexts(c, reviewCase(c), c.code);
    if (c.found === undefined) expect(found.length).toBeGreaterThan(0);
    else expect(found).toContain(c.found);
  });
  it.each(clean.map((c) => [`${c.code} ${c.country}/${c.language}: ${c.text.split('\n')[0]}`, c] as const))('passes %s', (_name, c) => {
    expect(foundTexts(c, reviewCase(c), c.code)).toEqual([]);
  });
  it('blocks on PII and SENSITIVITY only', () => {
    const findings = reviewCase({ country: 'SA', language: 'en', text: 'Hey, we refunded $20 to card 4111 1111 1111 1111 and added a bottle of wine.' });
    expect(Object.fromEntries(findings.map((f) => [f.code, f.severity]))).toEqual({ PII: 'blocking', SENSITIVITY: 'blocking', FORMAT: 'warning' });
  });
  it('gives spans as UTF-16 offsets, past astral characters', () => {
    const c: ReviewCase = { country: 'FR', language: 'fr', text: '🙂🙂 Bonjour, tu peux confirmer ?' };
    const finding = reviewCase(c).find((f) => f.code === 'REGISTER')!;
    expect(finding.span).toEqual([14, 16]);
    expect(c.text.slice(...finding.span)).toBe('tu');
  });
});
