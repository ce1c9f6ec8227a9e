import { r, type LabelledReply } from './review-corpus-types.js';

const thomas = { customer: { name: 'Thomas Müller', gender: 'male' as const } };
const anna = { customer: { name: 'Anna Schmidt', gender: 'female' as const } };
const alex = { customer: { name: 'Alex Weber' } };
const emma = { customer: { name: 'Emma Johnson', gender: 'female' as const } };
const sanne = { customer: { name: 'Sanne de Vries', gender: 'female' as const } };

/** English, German, Dutch and Swedish replies. */
export const germanicCorpus: LabelledReply[] = [
  // English — clean
  r('US', 'en', 'chat', '', 'Hi Emma, thanks for reaching out! Let me check your order.', emma),
  r('US', 'en', 'chat', '', 'Good news: your replacement shipped today and should arrive by Friday.', { followUp: true }),
  r('US', 'en', 'chat', '', 'You might also like our new travel case, it fits this model perfectly.'),
  r('US', 'en', 'email', '', 'Hi Emma,\n\nYour refund of $42.50 was processed on 06/14/2027.\n\nBest regards,\nThe Support Team', emma),
  r('GB', 'en', 'email', '', 'Dear Ms Johnson,\n\nThank you for your patience. We have refunded £18.99 to your card.\n\nKind regards,\nCustomer Care', emma),
  r('GB', 'en', 'chat', '', 'Thanks for waiting. Your parcel is with the courier and will arrive on 14/06/2027.'),
  r('AU', 'en', 'chat', '', 'No worries, I have updated the delivery address for you.'),
  r('AU', 'en', 'email', '', 'Hi Emma,\n\nWe have refunded A$35 to your account.\n\nCheers,\nThe team', emma),
  r('CA', 'en', 'chat', '', 'Your refund of $25 will appear within 3 business days.'),
  r('IE', 'en', 'chat', '', 'Thanks for getting in touch. The refund of €20 is on its way.'),
  r('SG', 'en', 'chat', '', 'Hello, your order will be delivered on 12/06/2027 between 9am and 1pm.'),
  r('IN', 'en', 'chat', '', 'Hello, your refund of ₹1,499 has been initiated.'),
  r('NZ', 'en', 'chat', '', 'Kia ora, your parcel left our Auckland warehouse this morning.'),
  r('ZA', 'en', 'chat', '', 'Hi, your order will arrive on 2027/06/12.'),
  r('US', 'en', 'chat', '', 'I have sent the return label to your email address. Is there anything else I can help with?', { followUp: true }),
  // English — flagged
  r('US', 'en', 'chat', 'FORMAT', 'Your refund of €30 has been issued.'),
  r('US', 'en', 'chat', 'FORMAT', 'Your parcel will arrive on 25/06/2027.'),
  r('GB', 'en', 'chat', 'FORMAT', 'We have refunded $20 to your card.'),
  r('AU', 'en', 'chat', 'FORMAT', 'Your order ships on 06/25/2027.'),
  r('US', 'en', 'email', 'GREETING', 'Your refund was processed today.\n\nBest,\nThe Support Team'),
  r('US', 'en', 'email', 'GREETING', 'Hi Emma,\n\nYour refund was processed today.', emma),
  r('GB', 'en', 'email', 'GREETING', 'Dear Ms Johnson,\n\nYour refund was processed today.\n\nKind regards', { ...emma, signOff: 'The Acme Care Team' }),
  r('US', 'en', 'email', '', 'Hi Emma,\n\nYour refund was processed today.\n\nKind regards,\nThe Acme Care Team', { ...emma, signOff: 'The Acme Care Team' }),
  r('DE', 'en', 'chat', 'CROSS_SELL', 'Your parcel is on its way. Why not upgrade to our premium plan while you wait?'),
  r('FR', 'en', 'email', 'CROSS_SELL', 'Hello,\n\nYour parcel is on its way. Don\'t miss our summer sale!\n\nKind regards,\nThe team'),
  // German — clean
  r('DE', 'de', 'chat', '', 'Guten Tag, vielen Dank für Ihre Nachricht. Ich prüfe Ihre Bestellung.'),
  r('DE', 'de', 'chat', '', 'Ihre Rückerstattung über 39,99 € wurde heute veranlasst.', { followUp: true }),
  r('DE', 'de', 'email', '', 'Sehr geehrter Herr Müller,\n\nIhre Ersatzlieferung ist unterwegs und kommt am 18.06.2027 an.\n\nMit freundlichen Grüßen\nIhr Kundenservice', thomas),
  r('DE', 'de', 'email', '', 'Sehr geehrte Frau Schmidt,\n\nwir bedauern die Verzögerung sehr. Den Betrag von 1.249,00 € haben wir erstattet.\n\nFreundliche Grüße\nIhr Service-Team', anna),
  r('DE', 'de', 'email', '', 'Guten Tag Alex Weber,\n\nIhre Rücksendung ist bei uns eingegangen.\n\nViele Grüße\nKundenservice', alex),
  r('AT', 'de', 'chat', '', 'Grüß Gott, wir haben Ihre Reklamation erhalten und melden uns morgen.'),
  r('CH', 'de', 'chat', '', 'Grüezi, wir haben Ihnen 59.00 CHF zurückerstattet.'),
  r('DE', 'de', 'chat', '', 'Gern geschehen! Melden Sie sich jederzeit, wenn Sie Fragen haben.', { followUp: true }),
  r('DE', 'de', 'chat', '', 'Können Sie uns bitte ein Foto des Schadens schicken?', { followUp: true }),
  // German — flagged
  r('DE', 'de', 'chat', 'REGISTER', 'Hi! Kannst du uns ein Foto vom Paket schicken?'),
  r('DE', 'de', 'chat', 'REGISTER', 'Hey, dein Paket ist unterwegs.'),
  r('AT', 'de', 'chat', 'REGISTER', 'Servus, wir schicken dir morgen den Ersatz.'),
  r('DE', 'de', 'email', 'NAME_FORM', 'Hallo Thomas,\n\nIhre Bestellung ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Kundenservice', thomas),
  r('DE', 'de', 'email', 'NAME_FORM', 'Sehr geehrte Schmidt,\n\nIhre Bestellung ist unterwegs.\n\nMit freundlichen Grüßen\nIhr Kundenservice', anna),
  r('DE', 'de', 'email', 'REGISTER,NAME_FORM', 'Hallo Anna,\n\ndanke für deine Nachricht!\n\nViele Grüße\nDein Team', anna),
  r('DE', 'de', 'chat', 'CROSS_SELL', 'Ihr Paket ist unterwegs. Passend dazu empfehlen wir unsere neue Schutzhülle.', { followUp: true }),
  r('DE', 'de', 'chat', 'CROSS_SELL', 'Nutzen Sie jetzt unser Sonderangebot: 20 % auf Zubehör!', { followUp: true }),
  r('DE', 'de', 'chat', 'FORMAT', 'Wir haben Ihnen $45 erstattet.'),
  r('DE', 'de', 'chat', 'FORMAT', 'Die Gutschrift über 1,049.99 € ist veranlasst.'),
  r('DE', 'de', 'email', 'GREETING', 'Sehr geehrter Herr Müller,\n\nIhre Bestellung wurde versandt.', thomas),
  r('DE', 'de', 'email', 'GREETING', 'Ihre Bestellung wurde versandt.\n\nMit freundlichen Grüßen\nIhr Kundenservice'),
  r('CH', 'de', 'chat', 'FORMAT', 'Wir haben Ihnen 59,00 € erstattet.', { followUp: true }),
  // Dutch
  r('NL', 'nl', 'chat', '', 'Hoi! Je pakket is vandaag verstuurd.'),
  r('NL', 'nl', 'chat', '', 'Dank je wel voor je geduld, de terugbetaling van € 24,95 is gedaan.', { followUp: true }),
  r('NL', 'nl', 'email', '', 'Beste Sanne de Vries,\n\nUw retour is ontvangen.\n\nMet vriendelijke groet,\nKlantenservice', sanne),
  r('BE', 'nl', 'chat', '', 'Goedemiddag, uw pakket wordt morgen geleverd.'),
  r('BE', 'nl', 'chat', 'REGISTER', 'Goedemiddag, heb je de retourlabel al ontvangen?'),
  r('NL', 'nl', 'chat', 'CROSS_SELL', 'Je pakket is onderweg. Ontdek ook onze nieuwe collectie!'),
  r('NL', 'nl', 'chat', 'FORMAT', 'We hebben $30 teruggestort.'),
  r('NL', 'nl', 'email', 'GREETING', 'Je bestelling is verzonden.\n\nMet vriendelijke groet,\nKlantenservice'),
  // Swedish
  r('SE', 'sv', 'chat', '', 'Hej! Ditt paket skickades i dag.'),
  r('SE', 'sv', 'email', '', 'Hej Emma,\n\nVi har betalat tillbaka 349 kr till ditt kort.\n\nVänliga hälsningar,\nKundtjänst', emma),
  r('SE', 'sv', 'chat', 'CROSS_SELL', 'Ditt paket är på väg. Missa inte vårt specialerbjudande på tillbehör!'),
  r('SE', 'sv', 'chat', 'FORMAT', 'Vi har återbetalat €30 till ditt kort.'),
  r('SE', 'sv', 'email', 'GREETING', 'Hej Emma,\n\nDitt paket skickades i dag.', emma),
  r('DK', 'en', 'chat', '', 'Your refund of 250 kr has been sent to your card.'),
];
