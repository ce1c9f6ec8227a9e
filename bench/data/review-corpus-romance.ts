import { r, type LabelledReply } from './review-corpus-types.js';

const claire = { customer: { name: 'Claire Dubois', gender: 'female' as const } };
const paul = { customer: { name: 'Paul Martin', gender: 'male' as const } };
const lucia = { customer: { name: 'Lucía Fernández', gender: 'female' as const } };
const marco = { customer: { name: 'Marco Bianchi', gender: 'male' as const } };
const joao = { customer: { name: 'João Pereira', gender: 'male' as const } };
const ana = { customer: { name: 'Ana Souza', gender: 'female' as const } };
const ion = { customer: { name: 'Ion Popescu', gender: 'male' as const } };

/** French, Spanish, Italian, Portuguese and Romanian replies. */
export const romanceCorpus: LabelledReply[] = [
  // French — clean
  r('FR', 'fr', 'chat', '', 'Bonjour, merci pour votre message. Je regarde votre commande tout de suite.'),
  r('FR', 'fr', 'chat', '', 'Votre colis a bien été remis au transporteur ce matin.', { followUp: true }),
  r('FR', 'fr', 'chat', '', 'Je vous envoie le lien de suivi dans un instant.', { followUp: true }),
  r('FR', 'fr', 'email', '', 'Bonjour Madame Dubois,\n\nNous avons bien reçu votre retour. Le remboursement de 49,90 € sera visible sous 5 jours ouvrés.\n\nBien cordialement,\nLe service client', claire),
  r('FR', 'fr', 'email', '', 'Bonjour Monsieur Martin,\n\nVotre nouvelle carte de fidélité vous sera envoyée le 14/06/2027.\n\nCordialement,\nL\'équipe Atelier', paul),
  r('FR', 'fr', 'email', '', 'Madame, Monsieur,\n\nNous sommes désolés pour ce retard de livraison. Un geste commercial de 10 € a été appliqué à votre compte.\n\nNous restons à votre disposition.\nBelle journée,\nLe service client'),
  r('FR', 'fr', 'chat', '', 'Bonjour Claire Dubois, je comprends votre déception. Nous vous renvoyons un article neuf dès aujourd\'hui.', claire),
  r('BE', 'fr', 'chat', '', 'Bonjour, merci de votre patience. Votre échange est validé.'),
  r('CA', 'fr', 'chat', '', 'Bonjour! Votre commande sera livrée le 2027-06-03.'),
  r('CH', 'fr', 'email', '', 'Bonjour Madame Dubois,\n\nLe montant de 89.90 CHF vous a été remboursé.\n\nMeilleures salutations,\nVotre service clientèle', claire),
  // French — flagged
  r('FR', 'fr', 'chat', 'REGISTER', 'Bonjour ! Tu peux m\'envoyer une photo du produit abîmé ?'),
  r('FR', 'fr', 'chat', 'REGISTER', 'Salut, ton colis arrive demain.'),
  r('FR', 'fr', 'chat', 'REGISTER', 'N\'hésite pas à nous recontacter si besoin.', { followUp: true }),
  r('FR', 'fr', 'email', 'REGISTER,NAME_FORM', 'Bonjour Claire,\n\nMerci pour ton message, on s\'occupe de ta commande.\n\nBelle journée,\nL\'équipe', claire),
  r('FR', 'fr', 'email', 'NAME_FORM', 'Bonjour Paul,\n\nVotre commande est en préparation.\n\nCordialement,\nLe service client', paul),
  r('FR', 'fr', 'email', 'NAME_FORM', 'Bonjour Mademoiselle Dubois,\n\nVotre avoir a été émis.\n\nCordialement,\nLe service client', claire),
  r('FR', 'fr', 'chat', 'GREETING', 'Votre colis est bloqué au dépôt, nous relançons le transporteur.'),
  r('FR', 'fr', 'email', 'GREETING', 'Madame Dubois,\n\nVotre remboursement a été effectué ce jour.', claire),
  r('FR', 'fr', 'chat', 'CROSS_SELL', 'Bonjour, votre retour est enregistré. Découvrez aussi notre nouvelle collection de printemps !'),
  r('FR', 'fr', 'chat', 'CROSS_SELL', 'Profitez de notre offre spéciale : -20 % sur les accessoires.', { followUp: true }),
  r('FR', 'fr', 'chat', 'FORMAT', 'Bonjour, le remboursement de $35 a été lancé.'),
  r('FR', 'fr', 'chat', 'FORMAT', 'Votre colis arrivera le 06/30/2027.', { followUp: true }),
  r('FR', 'fr', 'chat', 'FORMAT', 'Le total remboursé est de 1,249.00 €.', { followUp: true }),
  // Spanish — clean
  r('ES', 'es', 'chat', '', 'Hola, gracias por escribirnos. ¿Podría indicarnos su número de pedido?'),
  r('ES', 'es', 'chat', '', 'Le confirmo que el reembolso de 24,95 € ya está en camino.', { followUp: true }),
  r('ES', 'es', 'email', '', 'Estimada Sra. Fernández:\n\nSentimos mucho las molestias. Le enviamos hoy mismo un producto nuevo.\n\nUn cordial saludo,\nAtención al cliente', lucia),
  r('MX', 'es', 'chat', '', 'Buenas tardes, con gusto le ayudo. Su paquete llegará el 15/07/2027.'),
  r('MX', 'es', 'chat', '', 'Hola, el cargo de $450 corresponde a su suscripción anual.'),
  r('AR', 'es', 'chat', '', 'Hola, ¿cómo está? Ya generamos la etiqueta de devolución.'),
  r('US', 'es', 'chat', '', 'Hola, su reembolso de $30 se procesó hoy.'),
  r('ES', 'es', 'email', '', 'Hola, Lucía Fernández:\n\nLe escribimos para confirmar su cambio de talla.\n\nSaludos cordiales,\nEl equipo de Tienda Sol', lucia),
  // Spanish — flagged
  r('ES', 'es', 'chat', 'REGISTER', 'Hola, ¿puedes enviarnos una foto del paquete?'),
  r('MX', 'es', 'chat', 'REGISTER', 'Hola, tu pedido ya salió del almacén.'),
  r('AR', 'es', 'chat', 'REGISTER', 'Hola, si querés podés cambiar la dirección desde la app.'),
  r('ES', 'es', 'chat', 'REGISTER', 'Os enviamos el nuevo enlace ahora mismo.', { followUp: true }),
  r('ES', 'es', 'email', 'NAME_FORM', 'Estimada Fernández:\n\nSu devolución está registrada.\n\nUn saludo,\nAtención al cliente', lucia),
  r('MX', 'es', 'chat', 'GREETING', 'Su pedido ya fue enviado por paquetería.'),
  r('ES', 'es', 'chat', 'FORMAT', 'Hola, le devolvemos $40 a su tarjeta.'),
  r('MX', 'es', 'chat', 'FORMAT', 'Hola, su pedido llegará el 07/28/2027.'),
  r('AE', 'es', 'chat', 'SENSITIVITY', 'Hola, el cargo de 45 AED es por la botella de vino.'),
  // Italian — clean
  r('IT', 'it', 'chat', '', 'Buongiorno, grazie per averci contattato. Verifico subito il Suo ordine.'),
  r('IT', 'it', 'chat', '', 'La spedizione è partita oggi e arriverà entro giovedì.', { followUp: true }),
  r('IT', 'it', 'email', '', 'Gentile Sig. Bianchi,\n\nLe confermiamo il rimborso di 59,00 €.\n\nCordiali saluti,\nIl team assistenza', marco),
  r('IT', 'it', 'email', '', 'Gentile Marco Bianchi,\n\nabbiamo ricevuto il reso. Il rimborso arriverà entro il 12/06/2027.\n\nDistinti saluti,\nServizio clienti', marco),
  r('CH', 'it', 'chat', '', 'Buongiorno, il rimborso di 45.00 CHF è stato effettuato.'),
  // Italian — flagged
  r('IT', 'it', 'chat', 'REGISTER', 'Ciao! Puoi mandarci il numero d\'ordine?'),
  r('IT', 'it', 'chat', 'REGISTER', 'Buongiorno, hai ricevuto il nostro messaggio?'),
  r('IT', 'it', 'email', 'NAME_FORM', 'Buongiorno Bianchi,\n\nil Suo ordine è stato spedito.\n\nCordiali saluti,\nServizio clienti', marco),
  r('IT', 'it', 'chat', 'FORMAT', 'Buongiorno, Le abbiamo rimborsato £30.'),
  r('IT', 'it', 'email', 'GREETING', 'Gentile Sig. Bianchi,\n\nil Suo ordine è stato spedito oggi.', marco),
  r('IT', 'it', 'chat', 'SENSITIVITY', 'Buongiorno, Le inviamo in omaggio un set da 17 bicchieri.'),
  // Portuguese — clean
  r('BR', 'pt-BR', 'chat', '', 'Olá, tudo bem? Já estou verificando o seu pedido.'),
  r('BR', 'pt-BR', 'chat', '', 'O reembolso de R$ 89,90 foi feito hoje no seu Pix.', { followUp: true }),
  r('BR', 'pt-BR', 'email', '', 'Olá, Ana!\n\nSeu pedido foi entregue em 03/05/2027. Qualquer dúvida, estamos à disposição.\n\nAtenciosamente,\nEquipe Loja Azul', ana),
  r('PT', 'pt-PT', 'chat', '', 'Bom dia, obrigado pelo contacto. A encomenda segue hoje.'),
  r('PT', 'pt-PT', 'email', '', 'Caro Sr. Pereira,\n\nA sua devolução foi aceite e o valor de 35,00 € será reembolsado.\n\nCom os melhores cumprimentos,\nApoio ao cliente', joao),
  // Portuguese — flagged
  r('PT', 'pt-PT', 'chat', 'REGISTER', 'Olá, podes enviar-nos uma fotografia do artigo?'),
  r('BR', 'pt-BR', 'chat', 'REGISTER', 'Oi, tu recebeu o código de rastreio?'),
  r('BR', 'pt-BR', 'chat', 'FORMAT', 'Olá, estornamos US$ 15 no seu cartão.'),
  r('PT', 'pt-PT', 'email', 'NAME_FORM', 'Caro Pereira,\n\nA sua encomenda foi enviada.\n\nCumprimentos,\nApoio ao cliente', joao),
  r('BR', 'pt-BR', 'chat', 'GREETING', 'Seu pedido saiu para entrega.'),
  // Romanian — clean
  r('RO', 'ro', 'chat', '', 'Bună ziua, vă mulțumim pentru mesaj. Verificăm comanda dumneavoastră.'),
  r('RO', 'ro', 'email', '', 'Stimate domnule Popescu,\n\nRambursarea de 120 lei a fost efectuată.\n\nCu stimă,\nEchipa de suport', ion),
  r('RO', 'ro', 'chat', '', 'Coletul va ajunge pe 15.06.2027.', { followUp: true }),
  // Romanian — flagged
  r('RO', 'ro', 'chat', 'REGISTER', 'Salut! Poți să ne trimiți numărul comenzii?'),
  r('RO', 'ro', 'chat', 'REGISTER', 'Bună ziua, te rugăm să verifici adresa.'),
  r('RO', 'ro', 'chat', 'FORMAT', 'Bună ziua, v-am returnat €25 pe card.'),
  r('RO', 'ro', 'email', 'GREETING', 'Rambursarea a fost efectuată astăzi.\n\nCu stimă,\nEchipa de suport'),
];
