import { r, type LabelledReply } from './review-corpus-types.js';

/**
 * A last set written once the rules were final and never used to change them: its figures are reported as they
 * came out, the fairest estimate here of the review on text it has not seen.
 */
export const blindCorpus: LabelledReply[] = [
  r('FR', 'fr', 'chat', 'REGISTER', 'Pas de souci, je te renvoie la facture.', { followUp: true }),
  r('FR', 'fr', 'chat', '', 'Pas de souci, je vous renvoie la facture dans la journée.', { followUp: true }),
  r('FR', 'fr', 'email', 'GREETING', 'Bonjour,\n\nVotre avoir de 15 € est disponible sur votre compte.'),
  r('FR', 'fr', 'chat', 'CROSS_SELL', 'C\'est réglé ! Vous pourriez aussi aimer notre nouvelle gamme de sacs.', { followUp: true }),
  r('DE', 'de', 'chat', 'REGISTER', 'Alles klar, wir schicken dir einen neuen Link.', { followUp: true }),
  r('DE', 'de', 'chat', '', 'Alles klar, wir schicken Ihnen einen neuen Link.', { followUp: true }),
  r('DE', 'de', 'chat', 'FORMAT', 'Die Rückzahlung beträgt £12,50.', { followUp: true }),
  r('DE', 'de', 'email', 'NAME_FORM', 'Sehr geehrte Anna Schmidt,\n\nhallo Anna, Ihre Rücksendung ist da.\n\nMit freundlichen Grüßen\nIhr Team', { customer: { name: 'Anna Schmidt', gender: 'female' } }),
  r('ES', 'es', 'chat', 'REGISTER', 'Genial, ya tienes el reembolso en tu cuenta.', { followUp: true }),
  r('ES', 'es', 'chat', '', 'Perfecto, ya tiene el reembolso en su cuenta.', { followUp: true }),
  r('MX', 'es', 'chat', 'FORMAT', 'Le devolvimos 20 € a su tarjeta.', { followUp: true }),
  r('IT', 'it', 'chat', 'REGISTER', 'Tranquillo, ti mandiamo subito un nuovo codice.', { followUp: true }),
  r('IT', 'it', 'chat', '', 'Nessun problema, Le mandiamo subito un nuovo codice.', { followUp: true }),
  r('BR', 'pt-BR', 'chat', '', 'Pronto! Seu reembolso de R$ 120,00 já foi aprovado.', { followUp: true }),
  r('PT', 'pt-PT', 'chat', 'FORMAT', 'O reembolso de $40 já foi feito.', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', 'OK、すぐ送るから待っててね。', { followUp: true }),
  r('JP', 'ja', 'chat', '', 'かしこまりました。すぐにお送りいたしますので、少々お待ちくださいませ。', { followUp: true }),
  r('JP', 'ja', 'email', 'NAME_FORM', '佐藤 健司さん\n\nお問い合わせありがとうございます。\n返金手続きが完了しました。\n\nよろしくお願いいたします。', { customer: { name: '佐藤 健司', gender: 'male' } }),
  r('JP', 'ja', 'chat', 'SENSITIVITY', 'お詫びとして4点セットのお皿をお送りいたします。', { followUp: true }),
  r('CN', 'zh', 'chat', '', '您好，您的退款已于2027年6月14日到账，请查收。'),
  r('CN', 'zh', 'chat', 'REGISTER', '您好，你可以在订单页面查看物流。'),
  r('KR', 'ko', 'chat', '', '네, 고객님. 바로 확인해 드리겠습니다.', { followUp: true }),
  r('KR', 'ko', 'chat', 'REGISTER', '응, 바로 확인해 볼게.', { followUp: true }),
  r('SA', 'ar', 'chat', 'SENSITIVITY', 'مرحباً، يمكنك تجربة نكهة الويسكي الجديدة.'),
  r('SA', 'ar', 'chat', '', 'مرحباً، تم تحديث عنوان التوصيل بنجاح.'),
  r('AE', 'en', 'chat', 'SENSITIVITY', 'Hello, the set comes with two beer glasses and a bottle opener.'),
  r('ID', 'id', 'chat', '', 'Baik Kak, pesanannya sudah kami proses ya.', { followUp: true }),
  r('TR', 'tr', 'chat', 'REGISTER', 'Tamam, sana hemen yeni bir link gönderiyoruz.', { followUp: true }),
  r('RU', 'ru', 'chat', '', 'Хорошо, мы отправим Вам новую ссылку.', { followUp: true }),
  r('PL', 'pl', 'chat', 'FORMAT', 'Zwrot w wysokości €30 został zlecony.', { followUp: true }),
  r('HU', 'hu', 'chat', 'REGISTER', 'Rendben, küldünk neked egy új linket.', { followUp: true }),
  r('US', 'en', 'chat', 'PII', 'Got it, I updated the card to 6011 1111 1111 1117.', { followUp: true }),
  r('US', 'en', 'chat', '', 'Got it, I updated the card ending in 1117.', { followUp: true }),
  r('GB', 'en', 'chat', 'LANGUAGE_MISMATCH', 'Hola, gracias por escribirnos. Su pedido llegará mañana por la tarde.', { followUp: true }),
  r('NL', 'nl', 'chat', '', 'Top, je krijgt de nieuwe link binnen een paar minuten.', { followUp: true }),
  r('SE', 'sv', 'chat', 'FORMAT', 'Vi har återbetalat $25 till ditt kort.', { followUp: true }),
];
