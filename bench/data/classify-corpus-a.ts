/** Held-out test messages: English, French, German, Italian (see classify-corpus-format.ts). */
import { corpus } from './classify-corpus-format.js';

export const CORPUS_A = [
  ...corpus('en', `
i os | Hi, could you tell me where my order is? I ordered last Tuesday.
i os | Has order 48213 been shipped yet?
i dl | How long does delivery to Canada usually take?
i dl | Do you ship to Norway, and what does it cost?
i rt | What is your return policy for sale items?
i rf | When will I get my refund? You received the parcel a week ago.
i pq | Is the Alpine jacket waterproof or just water resistant?
i pq | Will the green sneakers be back in stock in size 42?
i pm | Which payment methods do you accept? Can I pay with Klarna?
i pv | What personal data do you keep about me?
i ac | How do I add a second address to my account?
t os | Please cancel my order, I picked the wrong colour.
t dl | I need to change the delivery address for my order to my office.
t rt | I'd like to return the boots, they're too small. Can you send me a return label?
t rt | Can I exchange the M for an L please?
t rf | I want a full refund for the blender.
t pm | Please send me an invoice with my company VAT number.
t ac | Please reset my password, I never get the email.
t ac | Unsubscribe me from your newsletter please.
t pv | Under GDPR I request a copy of all the data you hold on me.
t pv | Please delete my account and all my personal information.
t os | Could you add gift wrapping to my order before it ships?
t rf | I sent the dress back two weeks ago, please refund me to my card.
a pq | Which size would you recommend? I'm 178 cm and usually wear a medium.
a pq | What's the difference between the Pro and the Air, which one is better for travelling?
a pq | Is this stroller suitable for a newborn?
a pq | Torn between the grey and the navy sofa, what would you suggest for a small living room?
a pq | Should I buy the 128 GB version or is 64 GB enough for photos?
a pq | Could you advise me on a good running shoe for flat feet?
a pq | Which cream is best for very dry skin?
a pm | Is it better to pay in installments or up front to get the discount?
d tp | My headphones won't connect to my phone anymore, I already tried resetting them.
d tp | The app crashes every time I open my basket.
d tp | The coffee machine is leaking water from the bottom.
d ac | I can't log in, it says my password is wrong but I just changed it.
d pm | I was charged twice for the same order, can you check?
d pm | My card keeps getting declined at checkout although it works everywhere else.
d dl | Tracking says delivered but there is nothing at my door.
d cp | The vase arrived broken and the box was completely crushed.
d cp | This is the third time I'm writing and nobody answers, this is unacceptable.
d tp | The watch screen stays black even after charging all night.
`),
  ...corpus('fr', `
i os | Bonjour, où en est ma commande n° 55120 ? Je n'ai aucune nouvelle.
i os | Ma commande a-t-elle été expédiée ? Le statut n'a pas bougé depuis lundi.
i dl | Quels sont les délais de livraison pour la Belgique ?
i dl | Livrez-vous en Suisse ? Et combien coûtent les frais de port ?
i rt | Est-il possible de retourner un article soldé ?
i rf | Quand vais-je être remboursée ? Vous avez reçu le colis il y a dix jours.
i pq | Est-ce que ce pull est en laine mérinos ou en acrylique ?
i pq | La robe bleue sera-t-elle de nouveau disponible en 38 ?
i pm | Peut-on payer en plusieurs fois sans frais ?
i pv | Quelles données personnelles conservez-vous sur moi et pendant combien de temps ?
t os | Merci d'annuler ma commande, je me suis trompée de modèle.
t dl | Pouvez-vous modifier l'adresse de livraison ? J'ai déménagé la semaine dernière.
t rt | Je souhaite retourner les chaussures, elles sont trop petites.
t rt | Je voudrais échanger le pantalon contre une taille au-dessus.
t rf | Je demande le remboursement intégral de ma commande.
t pm | Pourriez-vous m'envoyer une facture au nom de ma société ?
t ac | Merci de réinitialiser mon mot de passe, je ne reçois pas le mail.
t ac | Je voudrais changer l'adresse e-mail de mon compte.
t pv | Conformément au RGPD, je vous demande de supprimer mes données.
t pv | Veuillez fermer mon compte définitivement.
t os | Pouvez-vous ajouter un emballage cadeau à ma commande ?
t rf | J'ai renvoyé le colis, merci de me rembourser sur ma carte.
a pq | Quelle taille me conseillez-vous ? Je fais 1m65 et je porte du 38 habituellement.
a pq | Quelle est la différence entre le modèle Confort et le modèle Sport ? Lequel choisir pour randonner ?
a pq | Ce siège auto est-il adapté à un enfant de 4 ans ?
a pq | J'hésite entre le canapé gris et le beige, que me conseillez-vous pour un petit salon ?
a pq | Vaut-il mieux prendre la version 256 Go pour faire beaucoup de vidéos ?
a pq | Pourriez-vous me recommander une crème pour peau sensible ?
a pq | Quel aspirateur est le mieux pour quelqu'un qui a des chats ?
a pm | Dois-je payer maintenant ou à la livraison pour profiter de la remise ?
d tp | Mon casque ne se connecte plus à mon téléphone, j'ai déjà essayé de le réinitialiser.
d tp | L'application plante dès que j'ouvre mon panier.
d tp | La machine à café fuit par le dessous depuis hier.
d ac | Impossible de me connecter, on me dit que le mot de passe est incorrect.
d pm | J'ai été débité deux fois pour la même commande.
d pm | Ma carte est refusée au moment du paiement alors qu'elle fonctionne partout ailleurs.
d dl | Le suivi indique livré mais je n'ai rien reçu, ni dans la boîte aux lettres ni chez les voisins.
d cp | Le vase est arrivé cassé et le carton était complètement écrasé.
d cp | C'est la troisième fois que je vous écris et personne ne me répond, c'est inadmissible.
d tp | L'écran de la montre reste noir même après une nuit de charge.
`),
  ...corpus('de', `
i os | Hallo, wo bleibt meine Bestellung? Ich habe vor einer Woche bestellt.
i os | Wurde meine Bestellung 77310 schon verschickt?
i dl | Wie lange dauert der Versand nach Österreich?
i dl | Liefert ihr auch in die Schweiz und was kostet das?
i rt | Wie lange habe ich Zeit, um einen Artikel zurückzusenden?
i rf | Wann bekomme ich mein Geld zurück? Die Retoure ist seit zehn Tagen bei Ihnen.
i pq | Ist die Jacke wasserdicht oder nur wasserabweisend?
i pq | Kommt der Sneaker in Größe 44 wieder auf Lager?
i pm | Kann ich auf Rechnung bezahlen?
i pv | Welche Daten speichern Sie über mich?
t os | Bitte stornieren Sie meine Bestellung, ich habe die falsche Farbe gewählt.
t dl | Ich muss die Lieferadresse ändern, bitte an meine Arbeitsadresse liefern.
t rt | Ich möchte die Stiefel zurückschicken, sie sind zu klein. Bitte schicken Sie mir ein Rücksendeetikett.
t rt | Kann ich die Hose gegen eine Nummer größer umtauschen?
t rf | Ich möchte mein Geld zurück für den defekten Mixer.
t pm | Bitte senden Sie mir eine Rechnung mit meiner Umsatzsteuer-ID.
t ac | Bitte setzen Sie mein Passwort zurück, die E-Mail kommt nie an.
t ac | Bitte melden Sie mich vom Newsletter ab.
t pv | Gemäß DSGVO verlange ich eine Kopie aller Daten, die Sie über mich gespeichert haben.
t pv | Bitte löschen Sie mein Kundenkonto und meine persönlichen Daten.
t os | Können Sie meiner Bestellung noch eine Geschenkverpackung hinzufügen?
t rf | Ich habe das Kleid zurückgeschickt, bitte erstatten Sie den Betrag auf meine Karte.
a pq | Welche Größe empfehlen Sie mir? Ich bin 1,80 m und trage normalerweise M.
a pq | Was ist der Unterschied zwischen dem Pro und dem Air, welches eignet sich besser für Reisen?
a pq | Ist der Kinderwagen für Neugeborene geeignet?
a pq | Ich schwanke zwischen dem grauen und dem blauen Sofa, was raten Sie mir für ein kleines Wohnzimmer?
a pq | Soll ich die Version mit 128 GB nehmen oder reichen 64 GB für Fotos?
a pq | Können Sie mir einen Laufschuh für Plattfüße empfehlen?
a pq | Welche Creme ist am besten für sehr trockene Haut?
a pm | Lohnt sich die Ratenzahlung oder sollte ich lieber sofort zahlen?
d tp | Mein Kopfhörer verbindet sich nicht mehr mit dem Handy, ich habe ihn schon zurückgesetzt.
d tp | Die App stürzt jedes Mal ab, wenn ich den Warenkorb öffne.
d tp | Die Kaffeemaschine ist undicht, unten läuft Wasser heraus.
d ac | Ich kann mich nicht einloggen, angeblich ist das Passwort falsch.
d pm | Mir wurde die gleiche Bestellung zweimal abgebucht.
d pm | Meine Karte wird an der Kasse immer abgelehnt, obwohl sie sonst überall funktioniert.
d dl | Laut Sendungsverfolgung zugestellt, aber hier ist nichts angekommen.
d cp | Die Vase kam zerbrochen an, der Karton war völlig zerdrückt.
d cp | Ich schreibe Ihnen zum dritten Mal und niemand antwortet, das ist eine Frechheit.
d tp | Das Display der Uhr bleibt schwarz, auch nach einer Nacht am Ladegerät.
`),
  ...corpus('it', `
i os | Buongiorno, dov'è il mio ordine? L'ho fatto martedì scorso.
i os | Il mio ordine 90412 è già stato spedito?
i dl | Quanto tempo ci vuole per la consegna in Sardegna?
i dl | Spedite anche a San Marino? Quanto costa la spedizione?
i rt | Qual è la vostra politica di reso per gli articoli in saldo?
i rf | Quando riceverò il rimborso? Avete ricevuto il pacco una settimana fa.
i pq | Questa giacca è impermeabile o solo antivento?
i pq | Le sneakers verdi torneranno disponibili nella taglia 41?
i pm | Quali metodi di pagamento accettate? Si può pagare con Satispay?
i pv | Quali dati personali conservate su di me?
t os | Per favore annullate il mio ordine, ho sbagliato colore.
t dl | Devo cambiare l'indirizzo di consegna, potete spedire al mio ufficio?
t rt | Vorrei restituire gli stivali, sono troppo piccoli. Mi mandate l'etichetta di reso?
t rt | Posso cambiare la M con una L per favore?
t rf | Voglio il rimborso completo del frullatore.
t pm | Potete inviarmi la fattura con la partita IVA della mia azienda?
t ac | Per favore reimpostate la mia password, l'email non arriva mai.
t ac | Vorrei disiscrivermi dalla newsletter.
t pv | Ai sensi del GDPR chiedo una copia di tutti i dati che avete su di me.
t pv | Vi chiedo di cancellare il mio account e i miei dati personali.
t os | Potete aggiungere la confezione regalo al mio ordine prima della spedizione?
t rf | Ho rispedito il vestito due settimane fa, rimborsatemi sulla carta per favore.
a pq | Che taglia mi consigliate? Sono alta 1,70 e porto di solito la 42.
a pq | Che differenza c'è tra il modello Pro e l'Air? Quale è meglio per viaggiare?
a pq | Questo passeggino è adatto a un neonato?
a pq | Sono indecisa tra il divano grigio e quello blu, cosa mi consigliate per un soggiorno piccolo?
a pq | Mi conviene prendere la versione da 128 GB o bastano 64 GB per le foto?
a pq | Mi potete consigliare una scarpa da corsa per piedi piatti?
a pq | Quale crema è la migliore per la pelle molto secca?
a pm | Conviene pagare a rate o subito per avere lo sconto?
d tp | Le cuffie non si collegano più al telefono, ho già provato a resettarle.
d tp | L'app si chiude ogni volta che apro il carrello.
d tp | La macchina del caffè perde acqua da sotto.
d ac | Non riesco ad accedere, dice che la password è sbagliata ma l'ho appena cambiata.
d pm | Mi avete addebitato due volte lo stesso ordine.
d pm | La mia carta viene rifiutata al pagamento anche se funziona ovunque.
d dl | Il tracking dice consegnato ma a casa non è arrivato niente.
d cp | Il vaso è arrivato rotto e la scatola era tutta schiacciata.
d cp | È la terza volta che scrivo e nessuno mi risponde, è inaccettabile.
d tp | Lo schermo dell'orologio resta nero anche dopo una notte in carica.
`),
];
