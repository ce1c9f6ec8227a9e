import { parsePhraseTable } from '../phrase-table-parser.js';

/** Romanian (diacritics optional: ș/ş/s, ț/ţ/t, ă/a, î/i, â/a compare equal). */
export const RO_PHRASES = parsePhraseTable('ro', 'words', `
# comanda
unde este comanda mea | os3 i2
unde e comanda mea | os3 i2
unde este comanda | os3 i2
statusul comenzii | os3 i1.5
stadiul comenzii | os3 i1.5
starea comenzii | os3 i1.5
comanda mea | os1
comanda | os0.5
comenzii | os0.5
comenzi | os0.5
a fost expediata | os1.5 i1
a fost trimisa | os1.5 i1
nu a fost expediata | os2 i1.5
nu a fost inca expediata | os2 i1.5
expedia* | os1 dl0.5
confirmarea comenzii | os2 i0.5
numarul comenzii | os1
in procesare | os2 i1
in curs de procesare | os2 i1
anul* | os2 t2.5
anulez comanda | os3 t3
anularea comenzii | os3 t3
sa anulez | os3 t3
modific comanda | os2.5 t3
modificare comanda | os2.5 t3
cand .. expedia* | os2 i2
# livrare
livrare | dl1.5
livrar* | dl1.5
livrat* | dl1.5
coletul | dl1.5
colet | dl1.5
curier | dl1.5
curierul | dl1.5
fan courier | dl1.5
sameday | dl1.5
awb | dl2 os1
numar de urmarire | dl2 os1 i0.5
urmarire | dl1.5 os0.5
ajung* | dl1
cand ajunge | dl2 i2
cand .. ajunge | dl2 i2
cand .. primesc | dl2 i2
termen de livrare | dl2.5 i2
termenul de livrare | dl2.5 i2
cat dureaza | dl1.5 i2
cost de livrare | dl2 i1.5
costul livrarii | dl2 i1.5
taxa de livrare | dl2 i1.5
livrati in | dl2.5 i2
livrati si | dl2.5 i2
adresa de livrare | dl2
schimb .. adresa | dl1.5 t3
modific .. adresa | dl1.5 t3
schimbe adresa | dl1.5 t3
apare ca livrat | dl2.5 d3
figureaza ca livrat | dl2.5 d3
marcat ca livrat | dl2.5 d3
scrie ca a fost livrat | dl2.5 d3
nu a ajuns niciodata | dl2 d1.5
nu am primit | dl1.5
inca nu am primit | dl2 i1
nu a ajuns | dl1.5
pierdut | dl1 d1
blocat | dl1 d1.5
vama | dl1.5
easybox | dl1.5
locker | dl1.5
# retur
retur | rt2
returnare | rt2
returnez | rt2.5 t1.5
returna | rt2 t1
politica de retur | rt2.5 i3
eticheta de retur | rt2.5 t1.5
vreau sa returnez | rt3 t3
as dori sa returnez | rt3 t3
doresc sa returnez | rt3 t3
schimb | rt1.5 t1
sa schimb marimea | rt2.5 t2.5
inlocuire | rt1 t2
prea mic* | rt1.5
prea mare | rt1.5
nu mi se potriveste | rt1.5
cum .. returnez | rt1 i1.5
cum .. retur | rt1 i1.5
pot sa returnez | rt2 i1.5
# rambursare
rambursa* | rf2.5
rambursare | rf2.5
banii inapoi | rf2.5
banii inapoi va rog | rf3 t3
vreau banii inapoi | rf3 t3
vreau rambursarea | rf3 t3
doresc rambursarea | rf3 t3
solicit rambursarea | rf3 t3
returnati banii | rf3 t3
cand .. banii | rf2 i3
cand .. rambursa* | rf2 i3
nu am primit banii | rf2.5 i2.5
inca nu am primit banii | rf2.5 i2.5
voucher | rf1 pm0.5
# plata
plata | pm2
platesc | pm1.5
plati | pm1.5
platit | pm1
platit* | pm1
debitat | pm2
retras* | pm1.5
debitat de doua ori | pm3 d3
retrasi de doua ori | pm3 d3
plata dubla | pm3 d3
de doua ori | pm1 d1
card | pm1.5
cardul | pm1.5
card de credit | pm2
ramburs | pm2 dl0.5
paypal | pm2
factura | pm2
factur* | pm2
chitanta | pm1.5
refuzat* | pm1.5 d2
plata refuzata | pm3 d3
plata nu trece | pm3 d3
plata a esuat | pm3 d3
nu pot plati | pm3 d3
in rate | pm2.5 i1
rate | pm1.5 i0.5
metoda de plata | pm2.5
metode de plata | pm2.5
transfer bancar | pm2
cod de reducere | pm1.5
cupon | pm1.5
tva | pm1.5
pret | pq1 pm0.5
pretul | pq1 pm0.5
# produse
marime | pq1.5
marimea | pq1.5
tabel de marimi | pq2 i1
ghid de marimi | pq2 i1
ce marime | pq2 a3
in stoc | pq2 i2
disponibil* | pq1.5 i1
din nou in stoc | pq2 i2
material | pq2
materialul | pq2
din ce material | pq2.5 i1.5
impermeabil* | pq2
compatibil* | pq2 a1.5
dimensiuni | pq2
dimensiunile | pq2
culoare | pq1.5
culoarea | pq1.5
garantie | pq1.5 i1
garantia | pq1.5 i1
produs | pq1
produsul | pq1
articol | pq0.5
ingrediente | pq2
bateria | pq1.5
instructiuni | pq1
manual | pq1
# consiliere
diferenta dintre | pq2 a3
diferenta intre | pq2 a3
recomand* | pq1 a3
sfat | a3
sfatui* | a3
ce imi recomandati | pq1.5 a3
care sa aleg | pq1.5 a3
pe care sa | pq1 a3
care dintre | pq1 a3
ar trebui sa | a2.5
potrivit pentru | pq1.5 a3
potrivita pentru | pq1.5 a3
e bun pentru | pq1 a2
ideal pentru | pq1 a3
mai bun | a2
mai buna | a2
merita | a2
nu stiu pe care | a3
ma ajutati sa aleg | pq1.5 a3
# probleme tehnice
nu functioneaza | tp3 d3
nu mai functioneaza | tp3 d3
a incetat sa functioneze | tp3 d3
nu merge | tp3 d3
nu mai merge | tp3 d3
nu porneste | tp3 d3
nu se aprinde | tp3 d3
nu se conecteaza | tp3 d3
nu se incarca | tp3 d3
eroare* | tp2.5 d2.5
mesaj de eroare | tp3 d3
cod de eroare | tp3 d3
bug | tp2.5 d2
se blocheaza | tp2.5 d2.5
crapa | tp2 d2
se inchide singur* | tp2.5 d2.5
aplicatia | tp1
aplicatie | tp1
site-ul | tp0.5
actualizare | tp1
update | tp0.5
bluetooth | tp1.5
wifi | tp1.5
defect | tp2 d2
defecta | tp2 d2
stricat* | tp1.5 d2
ecranul | tp1
ecran | tp1
clipeste | tp1.5 d2
zgomot | tp1.5 d2
curge | tp1.5 d2
se incalzeste | tp2 d2
supraincalz* | tp2.5 d2.5
tot timpul | d1.5
brusc | d2
dintr-o data | d2
am incercat deja | d2.5
am incercat | d1.5
am repornit | tp1.5 d2.5
am reinstalat | tp1.5 d2.5
nu se intampla nimic | tp2 d3
problema cu | d2
o problema | d1
gresit* | d1.5
# reclamatii
reclamatie | cp3
plangere | cp3
inacceptabil | cp3
revoltator | cp2.5
rusine | cp2.5
dezamagit* | cp2.5
groaznic | cp2
jalnic | cp2.5
servicii proaste | cp3
nepoliticos | cp2.5
nimeni nu .. raspunde | cp2.5
niciun raspuns | cp2.5
fara raspuns | cp2.5
a treia oara | cp2
m-am saturat | cp2.5
nemultumit* | cp2.5
anpc | cp3
relatii cu clientii | cp1
deteriorat* | cp1.5 d1.5
produs* gresit* | cp2 d2
lipseste | cp1 d1.5
lipsa | cp1 d1.5
despagubire | cp2 t1.5
compensatie | cp2 t1.5
manager | cp1
# cont
cont | ac2
contul | ac2
contul meu | ac2
parola | ac2.5
parolei | ac2.5
autentific* | ac2
conectez | ac1.5
login | ac2
nu ma pot autentifica | ac3 d3
nu ma pot loga | ac3 d3
nu pot intra in cont | ac3 d3
resetez parola | ac3 t3
resetare parola | ac3 t3
am uitat parola | ac3 t2
schimb adresa de email | ac3 t3
schimb .. email | ac3 t3
schimb parola | ac3 t3
adresa de email | ac1.5
utilizator | ac1.5
profil | ac1.5
newsletter | ac1.5
dezabona* | ac2 t2
abonament | ac1.5
blocat | ac1 d1
cod de verificare | ac2 d1
puncte de fidelitate | ac2
inchid contul | ac2 pv1.5 t3
# confidentialitate
date personale | pv3
datele personale | pv3
datele mele | pv2.5
gdpr | pv3
protectia datelor | pv3
confidentialitate | pv2.5
stergerea datelor | pv3 t3
sterg datele | pv3 t3
stergeti datele | pv3 t3
sterg contul | pv2 ac2 t3
stergeti contul | pv2 ac2 t3
dreptul de a fi uitat | pv3 t3
ce date | pv2.5 i2
o copie a datelor | pv3 t3
acces la datele | pv3 t2
cookie* | pv1.5
# categorii
cand | i1
unde | i1
cat costa | i1.5
cat | i1
care este | i1
care sunt | i1
este posibil | i1
se poate | i1
aveti | i1.5
exista | i1
cum pot | i1
cum fac | i1.5
politica | i1.5
informati* | i1.5
noutati | i1.5
as dori sa stiu | i2
vreau sa stiu | i2
as vrea sa stiu | i2
vreau sa | t1.5
as dori sa | t1.5
doresc sa | t1.5
as vrea sa | t1.5
puteti | t1
va rog | t0.5
sa schimb | t2
schimbati | t2
modificati | t2
actualizati | t1.5
inlocui* | t2
trimiteti alt | t2
trimiteti-mi | t1.5
stergeti | t1.5
# adăugate după setul de dezvoltare
opriti comanda | os2.5 t3
amanati livrarea | dl2 t3
include | pq1.5 i1
inclus* | pq1.5 i1
vine cu | pq2 i1
noutate* | i1.5
se potriveste pentru | pq1.5 a3
se potriveste | pq1 a2
cadou pentru | pq1 a2.5
blocat la vama | dl2.5 d3
retinut la vama | dl2.5 d3
codul de reducere nu functioneaza | pm3 d3
cod* .. nu functioneaza | pm3 d3
nu mai | d1
numar de telefon | ac1.5
in loc de | t1.5
`);
