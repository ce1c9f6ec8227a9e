import { r, type LabelledReply } from './review-corpus-types.js';

const ahmed = { customer: { name: 'أحمد العتيبي', gender: 'male' as const } };
const peter = { customer: { name: 'Nagy Péter', gender: 'male' as const } };
const eva = { customer: { name: 'Kovács Éva', gender: 'female' as const } };
const jan = { customer: { name: 'Jan Kowalski', gender: 'male' as const } };
const ivan = { customer: { name: 'Иван Петров', gender: 'male' as const } };
const ayse = { customer: { name: 'Ayşe Demir', gender: 'female' as const } };
const budi = { customer: { name: 'Budi Santoso', gender: 'male' as const } };

/** Arabic, Hungarian, Polish, Russian, Turkish and Indonesian replies. */
export const moreCorpus: LabelledReply[] = [
  // Arabic — clean
  r('SA', 'ar', 'chat', '', 'مرحباً، شكراً لتواصلك معنا. سيصل طلبك يوم الخميس.'),
  r('SA', 'ar', 'whatsapp', '', 'السلام عليكم، تم استرداد 150 SAR إلى بطاقتك.'),
  r('AE', 'ar', 'chat', '', 'أهلاً بك، هذا العطر خالٍ من الكحول ومناسب للاستخدام اليومي.'),
  r('AE', 'ar', 'email', '', 'عزيزي أحمد،\n\nشكراً لتواصلك معنا. تم شحن طلبك اليوم.\n\nمع أطيب التحيات،\nفريق خدمة العملاء', ahmed),
  r('SA', 'ar', 'chat', '', 'سنقوم بإرسال رابط التتبع خلال دقائق.', { followUp: true }),
  r('AE', 'en', 'chat', '', 'Hello, this fragrance is alcohol-free and suitable for daily use.'),
  r('SA', 'en', 'chat', '', 'Hello, your refund of 150 SAR has been processed.'),
  // Arabic — flagged
  r('SA', 'ar', 'chat', 'SENSITIVITY', 'مرحباً، يحتوي هذا العطر على نسبة عالية من الكحول.'),
  r('AE', 'ar', 'chat', 'SENSITIVITY', 'مرحباً، سنرسل لك زجاجة نبيذ كهدية اعتذار.'),
  r('SA', 'ar', 'chat', 'SENSITIVITY', 'مرحباً، هذه الحقيبة مصنوعة من جلد الخنزير.'),
  r('SA', 'en', 'chat', 'SENSITIVITY', 'Hello, as a thank-you we added a bottle of champagne to your order.'),
  r('AE', 'en', 'chat', 'SENSITIVITY', 'Hello, our new bacon-flavoured snacks are in stock.'),
  r('SA', 'en', 'chat', 'SENSITIVITY', 'Hello, join our lottery to win a free phone.'),
  r('SA', 'ar', 'chat', 'FORMAT', 'مرحباً، تم استرداد 40 USD إلى بطاقتك.'),
  r('AE', 'ar', 'chat', 'FORMAT', 'مرحباً، تم استرداد €25 إلى حسابك.'),
  r('SA', 'ar', 'whatsapp', 'GREETING', 'تم شحن طلبك اليوم وسيصل خلال يومين.'),
  r('AE', 'ar', 'email', 'GREETING', 'عزيزي أحمد،\n\nتم شحن طلبك اليوم.', ahmed),
  r('SA', 'ar', 'chat', 'PII', 'مرحباً، رقم بطاقتك المسجل هو 4539 1488 0343 6467.'),
  // Hungarian
  r('HU', 'hu', 'chat', '', 'Jó napot kívánok! Köszönjük türelmét, a csomagot ma feladtuk.'),
  r('HU', 'hu', 'email', '', 'Tisztelt Nagy Péter!\n\nKöszönjük levelét. A visszatérítés összege 12 990 Ft.\n\nÜdvözlettel:\nÜgyfélszolgálat', peter),
  r('HU', 'hu', 'email', '', 'Kedves Kovács Éva!\n\nA csomag 2027. 06. 14-én érkezik.\n\nÜdvözlettel:\nÜgyfélszolgálat', eva),
  r('HU', 'hu', 'chat', 'REGISTER', 'Szia! Küldd el kérlek a rendelésszámot.'),
  r('HU', 'hu', 'email', 'NAME_FORM', 'Kedves Péter Nagy!\n\nKöszönjük levelét.\n\nÜdvözlettel:\nÜgyfélszolgálat', peter),
  r('HU', 'hu', 'email', 'NAME_FORM', 'Kedves Éva!\n\nKöszönjük levelét.\n\nÜdvözlettel:\nÜgyfélszolgálat', eva),
  r('HU', 'hu', 'chat', 'FORMAT', 'Jó napot! A visszatérítés €40 volt.'),
  r('HU', 'hu', 'chat', 'FORMAT', 'Jó napot! A csomag 06/14/2027-én érkezik.'),
  // Polish
  r('PL', 'pl', 'chat', '', 'Dzień dobry, dziękujemy za kontakt. Paczka została wysłana.'),
  r('PL', 'pl', 'email', '', 'Szanowny Panie,\n\nzwrot w wysokości 199,00 zł został zlecony.\n\nZ poważaniem\nZespół obsługi klienta', jan),
  r('PL', 'pl', 'chat', 'REGISTER', 'Cześć! Możesz przesłać zdjęcie paczki?'),
  r('PL', 'pl', 'chat', 'REGISTER', 'Dzień dobry, twoja paczka jest już w drodze.'),
  r('PL', 'pl', 'chat', 'FORMAT', 'Dzień dobry, zwróciliśmy $50 na kartę.'),
  r('PL', 'pl', 'email', 'GREETING', 'Paczka została wysłana.\n\nZ poważaniem\nZespół obsługi klienta'),
  // Russian
  r('RU', 'ru', 'chat', '', 'Здравствуйте! Спасибо за обращение. Ваш заказ уже в пути.'),
  r('RU', 'ru', 'email', '', 'Здравствуйте, Иван Петров!\n\nВозврат 2 490 ₽ оформлен.\n\nС уважением,\nСлужба поддержки', ivan),
  r('RU', 'ru', 'chat', '', 'Уточните, пожалуйста, номер заказа.', { followUp: true }),
  r('RU', 'ru', 'chat', 'REGISTER', 'Привет! Ты можешь прислать фото товара?'),
  r('RU', 'ru', 'chat', 'REGISTER', 'Здравствуйте! Твой заказ уже в пути.'),
  r('RU', 'ru', 'chat', 'FORMAT', 'Здравствуйте! Мы вернули $30 на вашу карту.'),
  r('RU', 'ru', 'chat', 'GREETING', 'Ваш заказ уже в пути.'),
  // Turkish
  r('TR', 'tr', 'chat', '', 'Merhaba, bizimle iletişime geçtiğiniz için teşekkür ederiz. Siparişiniz kargoya verildi.'),
  r('TR', 'tr', 'email', '', 'Merhaba Ayşe Hanım,\n\nİadeniz onaylandı.\n\nSaygılarımızla,\nMüşteri Hizmetleri', ayse),
  r('TR', 'tr', 'chat', 'REGISTER', 'Merhaba, sana yeni bir kargo kodu gönderdik.'),
  r('TR', 'tr', 'chat', 'REGISTER', 'Selam! Senin siparişin yolda.'),
  r('TR', 'tr', 'email', 'NAME_FORM', 'Merhaba Ayşe,\n\nİadeniz onaylandı.\n\nSaygılarımızla,\nMüşteri Hizmetleri', ayse),
  r('TR', 'tr', 'chat', 'SENSITIVITY', 'Merhaba, bu ürün domuz derisinden yapılmıştır.'),
  r('TR', 'tr', 'chat', 'FORMAT', 'Merhaba, €20 iade edildi.'),
  // Indonesian
  r('ID', 'id', 'chat', '', 'Halo Bapak Budi, terima kasih telah menghubungi kami. Pesanan Bapak sudah dikirim. Terima kasih.', budi),
  r('ID', 'id', 'whatsapp', '', 'Selamat pagi, pengembalian dana Rp150.000 sudah diproses. Salam hangat.'),
  r('ID', 'id', 'chat', '', 'Produk ini halal dan bebas alkohol.', { followUp: true }),
  r('ID', 'id', 'chat', 'REGISTER', 'Halo, kamu sudah terima paketnya? Terima kasih.'),
  r('ID', 'id', 'chat', 'NAME_FORM', 'Halo Budi, pesanan sudah dikirim. Terima kasih.', budi),
  r('ID', 'id', 'chat', 'SENSITIVITY', 'Produk ini mengandung lemak babi.', { followUp: true }),
  r('ID', 'id', 'chat', 'SENSITIVITY', 'Kami juga menjual minuman keras impor.', { followUp: true }),
  r('ID', 'id', 'chat', 'FORMAT', 'Dana sebesar $10 sudah dikembalikan.', { followUp: true }),
  r('ID', 'id', 'whatsapp', 'GREETING', 'Pesanan sudah dikirim hari ini.'),
];
