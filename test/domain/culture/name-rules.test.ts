import { describe, expect, it } from 'vitest';
import { formatCustomerName, languageConvention, parseCustomerName } from '../../../src/domain/culture/index.js';
import { foundTexts, reviewCase, type ReviewCase } from './review-helpers.js';

const yuki = { name: '田中 優希' };
const flagged: ReviewCase[] = [
  { country: 'JP', language: 'ja', text: '田中さん、お問い合わせありがとうございます。', customer: yuki, found: '田中さん' },
  { country: 'JP', language: 'ja', text: '田中 優希\n\nお問い合わせありがとうございます。', customer: yuki, found: '田中 優希' },
  { country: 'JP', language: 'ja', text: '優希 田中 様\n\nお問い合わせありがとうございます。', customer: yuki, found: '優希 田中' },
  { country: 'JP', language: 'ja', text: '優希さん、ご連絡ありがとうございます。', customer: yuki, found: '優希さん' },
  { country: 'JP', language: 'ja', text: '佐藤先生、お問い合わせありがとうございます。', found: '佐藤先生' },
  { country: 'KR', language: 'ko', text: '김민준 씨, 문의해 주셔서 감사합니다.', customer: { name: '김민준' }, found: '김민준 씨' },
  { country: 'KR', language: 'ko', text: '이서연 씨, 안녕하세요.', found: '이서연 씨' },
  { country: 'CN', language: 'zh', text: '伟先生，您好！您的订单已发货。', customer: { name: '王伟', gender: 'male' }, found: '伟' },
  { country: 'CN', language: 'zh', text: '王小姐，您好！您的订单已发货。', customer: { name: '王芳', gender: 'female' }, found: '王小姐' },
  { country: 'HU', language: 'hu', text: 'Kedves Péter Nagy!\n\nKöszönjük üzenetét.', customer: { name: 'Nagy Péter', gender: 'male' }, found: 'Péter Nagy' },
  { country: 'HU', language: 'hu', text: 'Tisztelt Nagy!\n\nKöszönjük üzenetét.', customer: { name: 'Nagy Péter', gender: 'male' }, found: 'Nagy' },
  { country: 'DE', language: 'de', text: 'Hallo Thomas,\n\nvielen Dank für Ihre Nachricht.', customer: { name: 'Thomas Müller', gender: 'male' }, found: 'Thomas' },
  { country: 'DE', language: 'de', text: 'Sehr geehrter Müller,\n\nvielen Dank für Ihre Nachricht.', customer: { name: 'Thomas Müller', gender: 'male' }, found: 'Müller' },
  { country: 'DE', language: 'de', text: 'Sehr geehrtes Fräulein Weber,\n\nvielen Dank für Ihre Nachricht.', found: 'Fräulein' },
  { country: 'FR', language: 'fr', text: 'Bonjour Claire,\n\nmerci pour votre message.', customer: { name: 'Claire Dubois' }, found: 'Claire' },
  { country: 'FR', language: 'fr', text: 'Bonjour Mademoiselle Dubois,\n\nmerci pour votre message.', customer: { name: 'Claire Dubois', gender: 'female' }, found: 'Mademoiselle Dubois' },
  { country: 'TR', language: 'tr', text: 'Merhaba Ahmet,\n\nsiparişiniz kargoya verildi.', customer: { name: 'Ahmet Yılmaz', gender: 'male' }, found: 'Ahmet' },
  { country: 'ES', language: 'es', text: 'Estimado García:\n\nle escribimos sobre su pedido.', customer: { name: 'Juan García', gender: 'male' }, found: 'García' },
  { country: 'IT', language: 'it', text: 'Buongiorno Rossi,\n\nla ringraziamo per il messaggio.', customer: { name: 'Maria Rossi', gender: 'female' }, found: 'Rossi' },
];

const clean: ReviewCase[] = [
  { country: 'JP', language: 'ja', text: '田中 優希 様\n\nお問い合わせありがとうございます。', customer: yuki },
  { country: 'JP', language: 'ja', text: '田中様、いつもご利用いただきありがとうございます。', customer: yuki },
  { country: 'JP', language: 'ja', text: 'お客様、皆さんに同じご案内をしております。' },
  { country: 'KR', language: 'ko', text: '김민준 고객님, 문의해 주셔서 감사합니다.', customer: { name: '김민준' } },
  { country: 'CN', language: 'zh', text: '王先生，您好！您的订单已发货。', customer: { name: '王伟', gender: 'male' } },
  { country: 'HU', language: 'hu', text: 'Kedves Nagy Péter!\n\nKöszönjük üzenetét. Nagy úr, a csomag úton van.', customer: { name: 'Nagy Péter', gender: 'male' } },
  { country: 'DE', language: 'de', text: 'Sehr geehrter Herr Müller,\n\nvielen Dank für Ihre Nachricht.', customer: { name: 'Thomas Müller', gender: 'male' } },
  { country: 'DE', language: 'de', text: 'Guten Tag Thomas Müller,\n\nvielen Dank für Ihre Nachricht.', customer: { name: 'Thomas Müller' } },
  { country: 'FR', language: 'fr', text: 'Bonjour Madame Dubois,\n\nmerci pour votre message.', customer: { name: 'Claire Dubois', gender: 'female' } },
  { country: 'FR', language: 'fr', text: 'Bonjour M. Martin,\n\nmerci pour votre message.', customer: { name: 'Paul Martin', gender: 'male' } },
  { country: 'TR', language: 'tr', text: 'Merhaba Ahmet Bey,\n\nsiparişiniz kargoya verildi.', customer: { name: 'Ahmet Yılmaz', gender: 'male' } },
  { country: 'ES', language: 'es', text: 'Estimado Sr. García:\n\nle escribimos sobre su pedido.', customer: { name: 'Juan García', gender: 'male' } },
  { country: 'IT', language: 'it', text: 'Buongiorno Sig.ra Rossi,\n\nla ringraziamo per il messaggio.', customer: { name: 'Maria Rossi', gender: 'female' } },
  { country: 'US', language: 'en', text: 'Hi Alex,\n\nthanks for reaching out!', customer: { name: 'Alex Smith' } },
  { country: 'BR', language: 'pt-BR', text: 'Olá, Ana!\n\nObrigada pelo contato.', customer: { name: 'Ana Souza', gender: 'female' } },
  { country: 'SA', language: 'ar', text: 'مرحباً أحمد، شكراً لتواصلك معنا.', customer: { name: 'أحمد العتيبي', gender: 'male' } },
];

describe('NAME_FORM', () => {
  it.each(flagged.map((c) => [`${c.country}/${c.language}: ${c.text.split('\n')[0]}`, c] as const))('flags %s', (_name, c) => {
    expect(foundTexts(c, reviewCase(c), 'NAME_FORM')).toContain(c.found);
  });
  it.each(clean.map((c) => [`${c.country}/${c.language}: ${c.text.split('\n')[0]}`, c] as const))('passes %s', (_name, c) => {
    expect(foundTexts(c, reviewCase(c), 'NAME_FORM')).toEqual([]);
  });
});

describe('customer names', () => {
  it.each([
    ['田中 優希', 'ja', null, '田中 優希 様'],
    ['田中優希', 'ja', null, '田中優希 様'],
    ['Yuki Tanaka', 'ja', null, 'Tanaka Yuki 様'],
    ['김민준', 'ko', null, '김민준 고객님'],
    ['王伟', 'zh', 'male', '王先生'],
    ['王芳', 'zh', 'female', '王女士'],
    ['王伟', 'zh', null, '王伟'],
    ['欧阳娜娜', 'zh', 'female', '欧阳女士'],
    ['Nagy Péter', 'hu', 'male', 'Nagy Péter úr'],
    ['Thomas Müller', 'de', 'male', 'Herr Müller'],
    ['Anna Schmidt', 'de', 'female', 'Frau Schmidt'],
    ['Alex Müller', 'de', null, 'Alex Müller'],
    ['Claire Dubois', 'fr', 'female', 'Madame Dubois'],
    ['Claire Dubois', 'fr', null, 'Claire Dubois'],
    ['Ahmet Yılmaz', 'tr', 'male', 'Ahmet Bey'],
    ['Alex Smith', 'en', 'male', 'Alex'],
    ['Budi Santoso', 'id', 'male', 'Bapak Budi'],
    ['Herr Thomas Müller', 'de', 'male', 'Herr Müller'],
  ] as const)('%s in %s (%s) → %s', (name, language, gender, expected) => {
    expect(formatCustomerName(name, language, languageConvention(language).names, gender)?.text).toBe(expected);
  });

  it('splits names by script and language', () => {
    expect(parseCustomerName('María García López', 'es')).toMatchObject({ given: 'María', family: 'García López' });
    expect(parseCustomerName('남궁민수', 'ko')).toMatchObject({ family: '남궁', given: '민수' });
    expect(parseCustomerName('田中優希', 'ja')).toMatchObject({ family: null, given: null, written: '田中優希' });
    expect(parseCustomerName('  ', 'en')).toBeNull();
    expect(parseCustomerName('support@example.com', 'en')).toBeNull();
  });
});
