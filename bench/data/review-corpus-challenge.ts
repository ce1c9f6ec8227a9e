import { r, type LabelledReply } from './review-corpus-types.js';

/**
 * Replies written after the rule tables, on purpose in wordings the tables were not written from (other
 * informal forms, other ways to sell, other greetings, look-alikes). The benchmark reports them apart, as the
 * more honest estimate of how the review does on unseen text.
 */
export const challengeCorpus: LabelledReply[] = [
  // Register, in forms the tables may not list
  r('FR', 'fr', 'chat', 'REGISTER', 'Regarde dans tes spams, le mail y est peut-être.', { followUp: true }),
  r('FR', 'fr', 'chat', 'REGISTER', 'Envoie-nous une photo et on s\'en occupe.', { followUp: true }),
  r('DE', 'de', 'chat', 'REGISTER', 'Schau mal in deinen Spam-Ordner.', { followUp: true }),
  r('DE', 'de', 'chat', 'REGISTER', 'Ruf uns einfach an, wenn was ist.', { followUp: true }),
  r('ES', 'es', 'chat', 'REGISTER', 'Revisa la carpeta de spam, porfa.', { followUp: true }),
  r('IT', 'it', 'chat', 'REGISTER', 'Controlla la cartella spam, ok?', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', 'ちょっと調べてみるね。', { followUp: true }),
  r('JP', 'ja', 'chat', 'REGISTER', '大丈夫、心配しないで。', { followUp: true }),
  r('KR', 'ko', 'chat', 'REGISTER', '걱정하지 마. 금방 처리해 줄게.', { followUp: true }),
  r('RU', 'ru', 'chat', 'REGISTER', 'Посмотри в папке «Спам».', { followUp: true }),
  r('PL', 'pl', 'chat', 'REGISTER', 'Sprawdź folder spam, dzięki!', { followUp: true }),
  r('BR', 'pt-BR', 'chat', 'REGISTER', 'Dá uma olhada na tua caixa de spam.', { followUp: true }),
  // Register — clean look-alikes
  r('FR', 'fr', 'chat', '', 'Voici le lien : « Tout savoir sur ton linge » est le nom de notre guide.', { followUp: true }),
  r('DE', 'de', 'chat', '', 'Das Modell heißt „Du & Ich“, wir prüfen die Lieferzeit.', { followUp: true }),
  r('ES', 'es', 'chat', '', 'El envío sale hoy; la talla M le quedará mejor, según la tabla.', { followUp: true }),
  r('JP', 'ja', 'chat', '', '配送業者によると、本日中に到着する予定とのことです。', { followUp: true }),
  r('IT', 'it', 'chat', '', 'Il Suo pacco è in consegna e arriverà entro sera.', { followUp: true }),
  // Selling, in other words
  r('JP', 'ja', 'chat', 'CROSS_SELL', 'ついでにこちらのケースもいかがですか。', { followUp: true }),
  r('DE', 'de', 'chat', 'CROSS_SELL', 'Übrigens: Mit dem Premium-Abo sparen Sie bei jeder Bestellung.', { followUp: true }),
  r('FR', 'fr', 'chat', 'CROSS_SELL', 'Au passage, notre housse assortie est à -30 % cette semaine.', { followUp: true }),
  r('NL', 'nl', 'chat', 'CROSS_SELL', 'Tip: met ons premium abonnement krijg je gratis verzending.', { followUp: true }),
  r('DE', 'de', 'chat', '', 'Ein passendes Ersatzteil liegt dem Paket bereits kostenlos bei.', { followUp: true }),
  r('JP', 'ja', 'chat', '', '交換品と一緒に、返送用の封筒も同封しております。', { followUp: true }),
  // Sensitivities, paraphrased
  r('SA', 'en', 'chat', 'SENSITIVITY', 'Hello, the gift box includes a small bottle of red.'),
  r('AE', 'en', 'chat', 'SENSITIVITY', 'Hello, we can also send the ham and cheese hamper instead.'),
  r('ID', 'id', 'chat', 'SENSITIVITY', 'Tas ini terbuat dari kulit babi asli.', { followUp: true }),
  r('SA', 'ar', 'chat', 'SENSITIVITY', 'مرحباً، أضفنا لك كأساً من البيرة مجاناً.'),
  r('JP', 'ja', 'chat', 'SENSITIVITY', 'お詫びに4枚組のハンカチをお送りします。', { followUp: true }),
  r('SA', 'en', 'chat', '', 'Hello, the hand sanitizer is 70% alcohol, please keep it away from children.'),
  r('AE', 'ar', 'chat', '', 'مرحباً، نعتذر عن التأخير، سيصل الطلب غداً.'),
  r('JP', 'ja', 'chat', '', 'ご注文いただいた4本のボールペンは本日発送いたしました。', { followUp: true }),
  // Formats, other spellings
  r('JP', 'ja', 'chat', 'FORMAT', '返金額は25ドルです。', { followUp: true }),
  r('DE', 'de', 'chat', 'FORMAT', 'Wir erstatten Ihnen 30 USD.', { followUp: true }),
  r('FR', 'fr', 'chat', 'FORMAT', 'Nous vous remboursons 20 dollars.', { followUp: true }),
  r('US', 'en', 'chat', 'FORMAT', 'We will refund 15 EUR to your card.', { followUp: true }),
  r('BR', 'pt-BR', 'chat', 'FORMAT', 'Devolvemos 50 euros para o seu cartão.', { followUp: true }),
  r('JP', 'ja', 'chat', 'FORMAT', '6/14/2027にお届け予定です。', { followUp: true }),
  r('US', 'en', 'chat', '', 'The price dropped from $40 to $32, and we refunded the difference.', { followUp: true }),
  r('DE', 'de', 'chat', '', 'Der Preis ist von 40 € auf 32 € gesunken.', { followUp: true }),
  r('JP', 'ja', 'chat', '', 'お届け予定日は6月14日（月）です。', { followUp: true }),
  // Greetings, in other words
  r('FR', 'fr', 'email', '', 'Chère Madame Dubois,\n\nVotre commande est partie.\n\nÀ très bientôt,\nLe service client', { customer: { name: 'Claire Dubois', gender: 'female' } }),
  r('DE', 'de', 'email', '', 'Hallo Frau Schmidt,\n\nIhre Bestellung ist unterwegs.\n\nHerzliche Grüße aus Berlin\nIhr Kundenservice', { customer: { name: 'Anna Schmidt', gender: 'female' } }),
  r('US', 'en', 'email', '', 'Hey Emma!\n\nYour order is on the way.\n\nTalk soon,\nThe Support Team', { customer: { name: 'Emma Johnson' } }),
  r('JP', 'ja', 'email', '', '田中 優希 様\n\n平素より格別のご愛顧を賜り、厚く御礼申し上げます。\nご注文の品は本日発送いたしました。\n\n引き続きどうぞよろしくお願い申し上げます。', { customer: { name: '田中 優希' } }),
  r('ES', 'es', 'email', '', 'Buenas tardes, Sra. Fernández:\n\nSu pedido ya está en camino.\n\nReciba un saludo,\nAtención al cliente', { customer: { name: 'Lucía Fernández', gender: 'female' } }),
  r('DE', 'de', 'email', 'GREETING', 'Ihr Paket ist unterwegs und kommt morgen an.'),
  r('IT', 'it', 'email', 'GREETING', 'Il Suo ordine è stato spedito oggi.'),
  // Names, other shapes
  r('JP', 'ja', 'chat', 'NAME_FORM', '田中くん、ご連絡ありがとうございます。よろしくお願いいたします。'),
  r('KR', 'ko', 'chat', 'NAME_FORM,GREETING', '민준아, 주문하신 상품이 발송되었습니다. 감사합니다.', { customer: { name: '김민준', gender: 'male' } }),
  r('DE', 'de', 'email', 'NAME_FORM', 'Liebe Anna,\n\nIhre Bestellung ist unterwegs.\n\nViele Grüße\nIhr Kundenservice', { customer: { name: 'Anna Schmidt', gender: 'female' } }),
  r('FR', 'fr', 'email', '', 'Bonjour Madame,\n\nVotre commande est partie.\n\nCordialement,\nLe service client', { customer: { name: 'Claire Dubois', gender: 'female' } }),
  // Secrets and language, other shapes
  r('US', 'en', 'chat', 'PII', 'The card on file is 4111111111111111, expiry 09/29.', { followUp: true }),
  r('DE', 'de', 'chat', 'PII', 'Zugangsdaten: Benutzer kunde42, Passwort: Sommer2027!', { followUp: true }),
  r('US', 'en', 'chat', '', 'Order 2027-4111-1111-1111 is confirmed.', { followUp: true }),
  r('FR', 'fr', 'chat', 'LANGUAGE_MISMATCH', 'Buongiorno, grazie per il Suo messaggio. Le spediremo il pacco domani mattina.', { followUp: true }),
  r('DE', 'de', 'chat', 'LANGUAGE_MISMATCH', 'Hej, tack för ditt meddelande. Vi skickar paketet i morgon bitti.', { followUp: true }),
  r('ES', 'es', 'chat', '', 'Claro, lo reviso ahora mismo y le confirmo.', { followUp: true }),
  r('PT', 'pt-PT', 'chat', '', 'Claro, vou verificar agora mesmo e já lhe confirmo.', { followUp: true }),
];
