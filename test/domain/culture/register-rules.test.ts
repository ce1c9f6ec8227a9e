import { describe, expect, it } from 'vitest';
import { foundTexts, reviewCase, type ReviewCase } from './review-helpers.js';

const flagged: ReviewCase[] = [
  { country: 'FR', language: 'fr', text: 'Tu peux nous renvoyer le colis ?', found: 'Tu' },
  { country: 'FR', language: 'fr', text: 'Bonjour, je t\'envoie le bon de retour.', found: 't\'' },
  { country: 'DE', language: 'de', text: 'Hallo, kannst du uns die Bestellnummer schicken?', found: 'kannst du' },
  { country: 'AT', language: 'de', text: 'Guten Tag, wir haben dir die Gutschrift überwiesen.', found: 'dir' },
  { country: 'JP', language: 'ja', text: 'お問い合わせありがとうございます。明日発送するよ。', found: 'するよ' },
  { country: 'JP', language: 'ja', text: 'お問い合わせ、ありがとう！すぐ確認します。', found: 'ありがとう' },
  { country: 'JP', language: 'ja', text: 'お問い合わせありがとうございます。商品は明日届くだろう。', found: 'だろう' },
  { country: 'MX', language: 'es', text: 'Hola, ¿puedes enviarnos tu número de pedido?', found: 'puedes' },
  { country: 'IT', language: 'it', text: 'Buongiorno, puoi inviarci il tuo numero d\'ordine?', found: 'puoi' },
  { country: 'BR', language: 'pt-BR', text: 'Olá, podes enviar-nos o teu número de pedido?', found: 'podes' },
  { country: 'KR', language: 'ko', text: '안녕하세요. 상품은 내일 보내줄게.', found: '줄게' },
  { country: 'CN', language: 'zh', text: '你好，你的订单已经发货了。', found: '你' },
  { country: 'TW', language: 'zh-Hant', text: '您好，妳的訂單已經出貨了。', found: '妳' },
  { country: 'RU', language: 'ru', text: 'Привет! Ты можешь прислать номер заказа?', found: 'Ты' },
  { country: 'PL', language: 'pl', text: 'Dzień dobry, czy możesz przesłać numer zamówienia?', found: 'możesz' },
  { country: 'RO', language: 'ro', text: 'Bună ziua, poți să ne trimiți numărul comenzii?', found: 'poți' },
  { country: 'HU', language: 'hu', text: 'Szia! Küldd el a rendelésszámot, kérlek.', found: 'Szia' },
  { country: 'TR', language: 'tr', text: 'Merhaba, sana nasıl yardımcı olabilirim?', found: 'sana' },
  { country: 'ID', language: 'id', text: 'Halo, kamu bisa kirim nomor pesanan?', found: 'kamu' },
  { country: 'BE', language: 'nl', text: 'Goedemiddag, kun je het pakket terugsturen?', found: 'kun je' },
  // A brand that uses tu in France: now vous is the odd one out.
  { country: 'FR', language: 'fr', text: 'Bonjour, vous pouvez nous renvoyer le colis ?', culture: { register: { fr: { level: 'informal' } } }, found: 'vous' },
];

const clean: ReviewCase[] = [
  { country: 'FR', language: 'fr', text: 'Bonjour, vous pouvez nous renvoyer le colis ? Je vous envoie le bon de retour.' },
  { country: 'DE', language: 'de', text: 'Guten Tag, können Sie uns die Bestellnummer schicken? Wir prüfen das sofort.' },
  { country: 'JP', language: 'ja', text: 'お問い合わせいただき、ありがとうございます。明日発送いたします。ご確認ください。' },
  { country: 'MX', language: 'es', text: 'Hola, ¿podría enviarnos su número de pedido? Le responderemos hoy.' },
  { country: 'IT', language: 'it', text: 'Buongiorno, può inviarci il Suo numero d\'ordine? La ringraziamo.' },
  { country: 'BR', language: 'pt-BR', text: 'Olá, você pode enviar o número do pedido? Vamos verificar agora.' },
  { country: 'KR', language: 'ko', text: '안녕하세요. 상품은 내일 보내 드리겠습니다. 감사합니다.' },
  { country: 'CN', language: 'zh', text: '您好，您的订单已经发货了。如有问题请随时联系我们。' },
  { country: 'RU', language: 'ru', text: 'Здравствуйте! Вы можете прислать номер заказа?' },
  { country: 'PL', language: 'pl', text: 'Dzień dobry, czy może Pan przesłać numer zamówienia?' },
  { country: 'RO', language: 'ro', text: 'Bună ziua, vă rugăm să ne trimiteți numărul comenzii.' },
  { country: 'HU', language: 'hu', text: 'Jó napot kívánok! Kérjük, küldje el a rendelésszámot.' },
  { country: 'TR', language: 'tr', text: 'Merhaba, size nasıl yardımcı olabiliriz?' },
  { country: 'ID', language: 'id', text: 'Halo Bapak, apakah Bapak bisa mengirimkan nomor pesanan?' },
  { country: 'BE', language: 'nl', text: 'Goedemiddag, kunt u het pakket terugsturen?' },
  // Markets that take either register or the informal one flag nothing.
  { country: 'NL', language: 'nl', text: 'Hoi, kun je het pakket terugsturen?' },
  { country: 'SE', language: 'sv', text: 'Hej! Kan du skicka ordernumret till oss?' },
  { country: 'US', language: 'en', text: 'Hey there, can you send us your order number?' },
  { country: 'SA', language: 'ar', text: 'مرحباً، هل يمكنك إرسال رقم الطلب؟' },
];

describe('REGISTER', () => {
  it.each(flagged.map((c) => [`${c.country}/${c.language}: ${c.text}`, c] as const))('flags %s', (_name, c) => {
    expect(foundTexts(c, reviewCase(c), 'REGISTER')).toContain(c.found);
  });
  it.each(clean.map((c) => [`${c.country}/${c.language}: ${c.text}`, c] as const))('passes %s', (_name, c) => {
    expect(foundTexts(c, reviewCase(c), 'REGISTER')).toEqual([]);
  });
});
