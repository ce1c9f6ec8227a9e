import { parsePhraseTable } from '../phrase-table-parser.js';

/** Italian. */
export const IT_PHRASES = parsePhraseTable('it', 'words', `
# ordine
dov'e il mio ordine | os3 i2
dove si trova il mio ordine | os3 i2
stato del mio ordine | os3 i1.5
stato dell'ordine | os3 i1.5
a che punto e il mio ordine | os3 i2
il mio ordine | os1
ordine | os0.5
ordinato | os0.5
e stato spedito | os1.5 i1
gia spedito | os2 i1.5
non e ancora stato spedito | os2 i1.5
spedit* | os1 dl0.5
conferma d'ordine | os2 i0.5
conferma dell'ordine | os2 i0.5
numero d'ordine | os1
numero dell'ordine | os1
in lavorazione | os2 i1
annulla* | os2 t2.5
annullare il mio ordine | os3 t3
cancellare l'ordine | os3 t3
modificare l'ordine | os2.5 t3
quando .. spedito | os2 i2
# consegna
consegna | dl1.5
consegn* | dl1.5
spedizione | dl1.5
pacco | dl1.5
corriere | dl1.5
brt | dl1
tracking | dl1.5 os0.5
numero di tracciamento | dl2 os1 i0.5
codice di tracciamento | dl2 os1 i0.5
tracciamento | dl1.5 os0.5
arriv* | dl1
quando arriva | dl2 i2
quando .. arrivera | dl2 i2
quando .. ricevero | dl2 i2
tempi di consegna | dl2.5 i2
quanto tempo | i1.5
costi di spedizione | dl2 i1.5
spese di spedizione | dl2 i1.5
spedite in | dl2.5 i2
spedite anche | dl2.5 i2
indirizzo di consegna | dl2
cambiare .. indirizzo | dl1.5 t3
modificare .. indirizzo | dl1.5 t3
risulta consegnato | dl2.5 d3
segnato come consegnato | dl2.5 d3
risulta consegnato ma | dl2.5 d3
mai arrivato | dl2 d1.5
mai ricevuto | dl2 d1.5
non ho ricevuto | dl1.5
non e arrivato | dl1.5
ancora non e arrivato | dl2 i1
smarrito | dl1 d1
perso | dl1 d1
bloccato | dl1 d1.5
dogana | dl1.5
punto di ritiro | dl1.5
# resi
reso | rt2
resi | rt2
restituire | rt2 t1
restituzione | rt2
rendere | rt2 t1
politica di reso | rt2.5 i3
politica dei resi | rt2.5 i3
etichetta di reso | rt2.5 t1.5
vorrei restituire | rt3 t3
vorrei fare un reso | rt3 t3
voglio restituire | rt3 t3
vorrei rendere | rt3 t3
cambio | rt1.5 t1
cambiare la taglia | rt2.5 t2.5
sostituzione | rt1 t2
troppo piccol* | rt1.5
troppo grand* | rt1.5
non mi va bene | rt1.5
come .. restituire | rt1 i1.5
come .. fare il reso | rt1 i1.5
posso restituire | rt2 i1.5
# rimborso
rimbors* | rf2.5
rimborso | rf2.5
soldi indietro | rf2.5
voglio il rimborso | rf3 t3
vorrei il rimborso | rf3 t3
vorrei un rimborso | rf3 t3
chiedo il rimborso | rf3 t3
richiedo il rimborso | rf3 t3
rimborsatemi | rf3 t3
quando .. rimborso | rf2 i3
quando .. rimborsat* | rf2 i3
non ho ancora ricevuto il rimborso | rf2.5 i2.5
buono | rf1 pm0.5
nota di credito | rf1.5
# pagamento
pagamento | pm2
pagare | pm1.5
pagato | pm1
addebitat* | pm2
addebito | pm2
addebitato due volte | pm3 d3
doppio addebito | pm3 d3
due volte | pm1 d1
carta di credito | pm2
carta | pm1.5
paypal | pm2
satispay | pm2
fattura | pm2
ricevuta | pm1.5
rifiutat* | pm1.5 d2
pagamento rifiutato | pm3 d3
pagamento non va a buon fine | pm3 d3
pagamento non riuscito | pm3 d3
a rate | pm2.5 i1
rateizz* | pm2.5 i1
metodo di pagamento | pm2.5
metodi di pagamento | pm2.5
bonifico | pm2
codice sconto | pm1.5
coupon | pm1.5
iva | pm1.5
prezzo | pq1 pm0.5
# prodotti
taglia | pq1.5
guida alle taglie | pq2 i1
che taglia | pq2 a3
quale taglia | pq2 a3
disponibile | pq1.5 i1
disponibilita | pq2 i1
di nuovo disponibile | pq2 i2
materiale | pq2
tessuto | pq1.5
impermeabile | pq2
compatibile | pq2 a1.5
dimensioni | pq2
misure | pq1.5
colore | pq1.5
garanzia | pq1.5 i1
prodotto | pq1
articolo | pq0.5
ingredienti | pq2
durata della batteria | pq2
istruzioni | pq1
manuale | pq1
# consigli
differenza tra | pq2 a3
consigli* | pq1 a3
consiglio | a3
raccomand* | pq1 a3
quale mi consiglia | pq1.5 a3
quale scegliere | pq1.5 a3
quale dei due | pq1 a3
devo scegliere | a3
dovrei | a2.5
adatt* per | pq1.5 a3
adatto | pq1 a2.5
va bene per | pq1 a2
ideale per | pq1 a3
meglio | a2
conviene | a2
indeciso tra | a3
indecisa tra | a3
aiutarmi a scegliere | pq1.5 a3
# problemi tecnici
non funziona | tp3 d3
non funziona piu | tp3 d3
smesso di funzionare | tp3 d3
non si accende | tp3 d3
non si accende piu | tp3 d3
non si collega | tp3 d3
non si connette | tp3 d3
non si carica | tp3 d3
non carica | tp3 d3
errore | tp2.5 d2.5
messaggio di errore | tp3 d3
codice di errore | tp3 d3
bug | tp2.5 d2
si blocca | tp2.5 d2.5
crash* | tp2.5 d2.5
si chiude da sola | tp2.5 d2.5
app | tp1
applicazione | tp1
sito | tp0.5
aggiornamento | tp1
bluetooth | tp1.5
wifi | tp1.5
difettos* | tp2 d2
guasto | tp2 d2
rotto | tp1.5 d2
rotta | tp1.5 d2
schermo | tp1
display | tp1
lampeggia | tp1.5 d2
rumore | tp1.5 d2
perde acqua | tp1.5 d2
surriscalda | tp2.5 d2.5
si scalda | tp2 d2
continua a | d1.5
all'improvviso | d2
improvvisamente | d2
ho gia provato | d2.5
ho provato | d1.5
riavviato | tp1.5 d2.5
reinstallato | tp1.5 d2.5
non succede niente | tp2 d3
problema con | d2
un problema | d1
sbagliat* | d1.5
# reclami
reclamo | cp3
lamentela | cp3
inaccettabile | cp3
vergognoso | cp2.5
deluso | cp2.5
delusa | cp2.5
pessimo | cp2.5
pessimo servizio | cp3
scortese | cp2.5
maleducat* | cp2.5
nessuno .. risponde | cp2.5
nessuna risposta | cp2.5
ancora nessuna risposta | cp2.5
terza volta | cp2
sono stufo | cp2.5
sono stufa | cp2.5
insoddisfatt* | cp2.5
assistenza clienti | cp1
servizio clienti | cp1
danneggiat* | cp1.5 d1.5
articolo sbagliato | cp2 d2
prodotto sbagliato | cp2 d2
manca | cp1 d1.5
mancante | cp1 d1.5
risarcimento | cp2 t1.5
responsabile | cp1
# account
account | ac2
il mio account | ac2
profilo | ac1.5
password | ac2.5
accedere | ac2
accesso | ac1.5
login | ac2
non riesco ad accedere | ac3 d3
non riesco a entrare | ac3 d3
impossibile accedere | ac3 d3
reimpostare la password | ac3 t3
recuperare la password | ac3 t2
password dimenticata | ac3 t2
ho dimenticato la password | ac3 t2
cambiare .. email | ac3 t3
cambiare la password | ac3 t3
indirizzo email | ac1.5
nome utente | ac2
newsletter | ac1.5
disiscri* | ac2 t2
abbonamento | ac1.5
bloccat* | ac1 d1
codice di verifica | ac2 d1
punti fedelta | ac2
chiudere il mio account | ac2 pv1.5 t3
# privacy
dati personali | pv3
i miei dati | pv2.5
gdpr | pv3
protezione dei dati | pv3
privacy | pv2.5
cancellare i miei dati | pv3 t3
eliminare i miei dati | pv3 t3
cancellazione dei miei dati | pv3 t3
eliminare il mio account | pv2 ac2 t3
cancellare il mio account | pv2 ac2 t3
diritto all'oblio | pv3 t3
quali dati | pv2.5 i2
copia dei miei dati | pv3 t3
accesso ai miei dati | pv3 t2
cookie | pv1.5
# categorie
quando | i1
dove | i1
quanto | i1.5
quanti | i1
qual e | i1
quali sono | i1
e possibile | i1
avete | i1.5
c'e | i0.5
come posso | i1
come faccio | i1.5
politica | i1.5
informazion* | i1.5
aggiornamenti | i1.5
vorrei sapere | i2
volevo sapere | i2
vorrei | t1
voglio | t1.5
potete | t1
potreste | t1
per favore | t0.5
cambiare | t1.5
modificare | t2
aggiornare | t1.5
sostituire | t2
inviare un nuovo | t2
rimandare | t1.5
eliminare | t1.5
# aggiunte dopo il set di sviluppo
bloccare il mio ordine | os2.5 t3
sospendere .. ordine | os2 t3
include | pq1.5 i1
inclus* | pq1.5 i1
in dotazione | pq2 i1
novita | i1.5
ci sono | i1
adatta a | pq1.5 a3
adatto a | pq1.5 a3
regalo per | pq1 a2.5
bloccat* in dogana | dl2.5 d3
fermo in dogana | dl2.5 d3
codice sconto non funziona | pm3 d3
codice .. non funziona | pm3 d3
numero di telefono | ac1.5
invece di | t1.5
`);
