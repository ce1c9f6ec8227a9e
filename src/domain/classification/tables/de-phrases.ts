import { parsePhraseTable } from '../phrase-table-parser.js';

/** German (umlauts optional in text: ü and u compare equal; ß compares as ss). */
export const DE_PHRASES = parsePhraseTable('de', 'words', `
# Bestellung
wo ist meine bestellung | os3 i2
wo bleibt meine bestellung | os3 i2
status meiner bestellung | os3 i1.5
bestellstatus | os3 i1.5
stand meiner bestellung | os3 i1.5
meine bestellung | os1
bestellung | os0.5
bestellt | os0.5
schon verschickt | os2 i1.5
bereits versendet | os2 i1.5
noch nicht versendet | os2 i1.5
noch nicht verschickt | os2 i1.5
versandt | os1 dl0.5
verschickt | os1 dl0.5
bestellbestatigung | os2 i0.5
bestellnummer | os1
in bearbeitung | os2 i1
stornier* | os2 t2.5
meine bestellung stornieren | os3 t3
storno | os2 t2
bestellung andern | os2.5 t3
wann wird .. versendet | os2 i2
wann wird .. verschickt | os2 i2
# Lieferung
lieferung | dl1.5
liefer* | dl1.5
geliefert | dl1.5
versand | dl1.5
paket | dl1.5
packchen | dl1.5
zusteller | dl1.5
dhl | dl1.5
hermes | dl1.5
sendungsverfolgung | dl2 os1 i0.5
sendungsnummer | dl2 os1 i0.5
tracking | dl1.5 os0.5
trackingnummer | dl2 os1 i0.5
ankommen | dl1
angekommen | dl1
wann kommt | dl2 i2
wann .. ankommen | dl2 i2
wann .. geliefert | dl2 i2
wann .. erhalten | dl2 i2
lieferzeit | dl2.5 i2
wie lange dauert | i1.5 dl1
versandkosten | dl2 i1.5
liefert ihr | dl2.5 i2
liefern sie | dl2.5 i2
lieferadresse | dl2
adresse andern | dl1.5 t3
adresse .. andern | dl1.5 t3
als zugestellt markiert | dl2.5 d3
als zugestellt | dl2.5 d3
zugestellt | dl1.5
nie angekommen | dl2 d1.5
nicht angekommen | dl2 d1
nicht erhalten | dl1.5
noch nicht erhalten | dl2 i1
verloren | dl1 d1
zoll | dl1.5
packstation | dl1.5
abholen | dl1 t1
# Rücksendung
rucksendung | rt2.5
retoure | rt2.5
retour* | rt2
zurucksenden | rt2.5 t1.5
zuruckschicken | rt2.5 t1.5
zuruckgeben | rt2 t1
ruckgabe | rt2
ruckgaberecht | rt2.5 i3
rucksendeetikett | rt2.5 t1.5
retourenschein | rt2.5 t1.5
ich mochte .. zurucksenden | rt3 t3
ich mochte .. zuruckschicken | rt3 t3
ich mochte .. retournieren | rt3 t3
umtausch* | rt2 t1.5
umtauschen | rt2 t2
zu klein | rt1.5
zu gross | rt1.5
passt nicht | rt1.5
wie .. zurucksenden | rt1 i1.5
kann ich .. zurucksenden | rt2 i1.5
# Erstattung
ruckerstattung | rf2.5
erstattung | rf2.5
erstatt* | rf2.5
geld zuruck | rf2.5
mein geld | rf2
ich mochte mein geld zuruck | rf3 t3
ich will mein geld zuruck | rf3 t3
bitte erstatten | rf3 t3
erstatten sie | rf3 t3
wann .. erstattet | rf2 i3
wann .. geld zuruck | rf2 i3
noch keine erstattung | rf2.5 i2
noch nicht erstattet | rf2.5 i2
gutschrift | rf1.5
gutschein | rf1 pm0.5
# Zahlung
zahlung | pm2
bezahlen | pm1.5
bezahlt | pm1
abgebucht | pm2
belastet | pm2
doppelt abgebucht | pm3 d3
zweimal abgebucht | pm3 d3
doppelt belastet | pm3 d3
zweimal belastet | pm3 d3
doppelt | pm1 d1
kreditkarte | pm2
karte | pm1.5
paypal | pm2
klarna | pm2
rechnung | pm2
quittung | pm1.5
abgelehnt | pm2 d3
zahlung fehlgeschlagen | pm3 d3
zahlung .. nicht durch | pm3 d3
ratenzahlung | pm2.5 i1
zahlungsart* | pm2.5
zahlungsmethode* | pm2.5
uberweisung | pm2
rabattcode | pm1.5
gutscheincode | pm1.5
mwst | pm1.5
mehrwertsteuer | pm1.5
preis | pq1 pm0.5
# Produkte
grosse | pq1.5
grossentabelle | pq2 i1
welche grosse | pq2 a3
auf lager | pq2 i2
vorratig | pq2 i2
verfugbar | pq1.5 i1
wieder verfugbar | pq2 i2
material | pq2
aus welchem material | pq2.5 i1.5
wasserdicht | pq2
kompatibel | pq2 a1.5
masse | pq1.5
abmessungen | pq2
farbe | pq1.5
garantie | pq1.5 i1
gewahrleistung | pq1.5 i1
produkt | pq1
artikel | pq0.5
inhaltsstoffe | pq2
akkulaufzeit | pq2
anleitung | pq1
bedienungsanleitung | pq1.5
# Beratung
unterschied zwischen | pq2 a3
empfehl* | pq1 a3
welche .. empfehlen | pq1.5 a3
welches .. empfehlen | pq1.5 a3
welchen .. empfehlen | pq1.5 a3
beratung | a3
rat | a2
raten sie | a3
soll ich | a2.5
sollte ich | a2.5
geeignet fur | pq1.5 a3
geeignet | pq1 a2.5
eignet sich | pq1 a2.5
besser | a1.5
am besten | a2
lohnt sich | a2
bei der auswahl | pq1.5 a3
# Technik
funktioniert nicht | tp3 d3
funktioniert nicht mehr | tp3 d3
geht nicht | tp2.5 d3
geht nicht mehr an | tp3 d3
geht nicht an | tp3 d3
startet nicht | tp3 d3
lasst sich nicht einschalten | tp3 d3
verbindet sich nicht | tp3 d3
ladt nicht | tp3 d3
fehler | tp2.5 d2.5
fehlermeldung | tp3 d3
fehlercode | tp3 d3
bug | tp2.5 d2
absturz* | tp2.5 d2.5
sturzt .. ab | tp2.5 d2.5
hangt sich auf | tp2.5 d2.5
friert ein | tp2.5 d2.5
app | tp1
webseite | tp0.5
update | tp0.5
firmware | tp2 d1
bluetooth | tp1.5
wlan | tp1.5
defekt | tp2 d2
kaputt | tp1.5 d2
display | tp1
bildschirm | tp1
blinkt | tp1.5 d2
gerausch* | tp1.5 d2
undicht | tp1.5 d2
uberhitz* | tp2.5 d2.5
wird heiss | tp2 d2
standig | d1.5
immer wieder | d1.5
plotzlich | d2
habe schon | d1.5
bereits versucht | d2.5
neu gestartet | tp1.5 d2.5
neu installiert | tp1.5 d2.5
passiert nichts | tp2 d3
problem mit | d2
ein problem | d1
falsch* | d1.5
# Beschwerde
beschwerde | cp3
beschwer* | cp3
unverschamt* | cp2.5
inakzeptabel | cp3
unmoglich | cp2
enttauscht | cp2.5
katastrophe | cp2.5
frechheit | cp3
unhoflich | cp2.5
schlechter service | cp3
niemand .. antwort* | cp2.5
keine antwort | cp2.5
immer noch keine antwort | cp2.5
zum dritten mal | cp2
reicht mir | cp2.5
verargert | cp2.5
unzufrieden | cp2.5
kundenservice | cp1
beschadigt | cp1.5 d1.5
falscher artikel | cp2 d2
falsche artikel | cp2 d2
fehlt | cp1 d1.5
fehlen | cp1 d1.5
entschadigung | cp2 t1.5
vorgesetzt* | cp1.5
# Konto
konto | ac2
kundenkonto | ac2
mein konto | ac2
passwort | ac2.5
kennwort | ac2.5
einloggen | ac2
anmelden | ac2
login | ac2
kann mich nicht einloggen | ac3 d3
kann mich nicht anmelden | ac3 d3
passwort zurucksetzen | ac3 t3
passwort vergessen | ac3 t2
e-mail-adresse andern | ac3 t3
passwort andern | ac3 t3
e-mail-adresse | ac1.5
benutzername | ac2
profil | ac1.5
newsletter | ac1.5
abmelden | ac1.5 t1.5
abonnement | ac1.5
abo | ac1.5
gesperrt | ac2 d2
bestatigungscode | ac2 d1
treuepunkte | ac2
konto schliessen | ac2 pv1.5 t3
konto loschen | pv2 ac2 t3
# Datenschutz
personenbezogene daten | pv3
personliche daten | pv3
meine daten | pv2.5
dsgvo | pv3
datenschutz | pv3
daten loschen | pv3 t3
meine daten loschen | pv3 t3
loschung meiner daten | pv3 t3
recht auf vergessenwerden | pv3 t3
welche daten | pv2.5 i2
auskunft uber meine daten | pv3 t2
datenauskunft | pv3 t2
kopie meiner daten | pv3 t3
cookies | pv1.5
# Kategorien
wann | i1
wo | i1
wie lange | i1.5
wie viel | i1.5
wieviel | i1.5
was ist | i1
gibt es | i1
ist es moglich | i1
habt ihr | i1.5
haben sie | i1
bieten sie | i1.5
wie kann ich | i1
richtlinie* | i1.5
information* | i1.5
auskunft | i1.5
neuigkeiten | i1.5
ich mochte wissen | i2
ich wurde gerne wissen | i2
ich mochte | t1.5
ich will | t1.5
ich wurde gerne | t1.5
bitte andern | t3
andern | t1.5
aktualisieren | t2
ersetzen | t2
ersatz | t2 rt1
neue .. schicken | t2
schicken sie mir | t1.5
entfernen | t1.5
konnten sie bitte | t1
konnen sie bitte | t1
# nach dem Dev-Set ergänzt
bestellung .. zuruckhalten | os2.5 t3
zuruckhalten | os1 t2.5
dabei | pq1.5 i1
enthalten | pq1.5 i1
im lieferumfang | pq2 i1
paketdienst | dl2
versandunternehmen | dl2
versenden sie | dl2 i1.5
welche* | i0.5
passt .. fur | pq1.5 a2.5
geschenk fur | pq1 a2.5
gutes geschenk | pq1 a3
ein gutes geschenk | pq1 a3
am zoll | dl2 d2
beim zoll | dl2 d2
hangt .. fest | dl1.5 d3
steckt .. fest | dl1.5 d3
falsch* artikel | cp2 d2
falsch* farbe | cp2 d2
gutscheincode funktioniert nicht | pm3 d3
code funktioniert nicht | pm3 d3
funktioniert .. nicht | tp2 d2.5
telefonnummer | ac1.5
bitte liefern | dl1.5 t3
statt | t1.5
`);
