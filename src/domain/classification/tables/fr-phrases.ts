import { parsePhraseTable } from '../phrase-table-parser.js';

/** French (accents optional: text and phrases are compared without them). */
export const FR_PHRASES = parsePhraseTable('fr', 'words', `
# commande
ou est ma commande | os3 i2
ou en est ma commande | os3 i2
suivi de commande | os2.5 i1
suivi de ma commande | os2.5 i1
statut de ma commande | os3 i1.5
etat de ma commande | os3 i1.5
ma commande | os1
commande | os0.5
commandes | os0.5
a-t-elle ete expediee | os2.5 i1.5
a ete expedie* | os1.5 i1
pas encore ete expedie* | os2 i1.5
expedi* | os1 dl0.5
confirmation de commande | os2 i0.5
numero de commande | os1
en cours de preparation | os2 i1
en attente | os1 i0.5
annuler | os2 t2.5
annuler ma commande | os3 t3
annulation | os2 t2
modifier ma commande | os2.5 t3
ajouter .. a ma commande | os2 t2.5
j'ai passe commande | os1.5
quand sera .. expedie* | os2 i2
# livraison
livraison | dl1.5
livre* | dl1.5
livrer | dl1.5
colis | dl1.5
paquet | dl1.5
transporteur | dl1.5
coursier | dl1.5
la poste | dl1
colissimo | dl1.5
chronopost | dl1.5
numero de suivi | dl2 os1 i0.5
suivi | dl1 os0.5
arrive* | dl1
quand .. recevoir | dl2 i2
quand .. arriver | dl2 i2
quand .. livre* | dl2 i2
delai* de livraison | dl2.5 i2
combien de temps | i1.5
frais de port | dl2 i1.5
frais de livraison | dl2 i1.5
livrez-vous | dl2.5 i2
livrez vous | dl2.5 i2
adresse de livraison | dl2
changer .. adresse | dl1.5 t3
modifier .. adresse | dl1.5 t3
indique livre | dl2.5 d3
marque comme livre | dl2.5 d3
affiche livre | dl2.5 d3
jamais recu | dl2 d1.5
toujours pas recu | dl2 i1
pas recu | dl1.5
perdu | dl1 d1
bloque | dl1 d1.5
douane | dl1.5
point relais | dl1.5
# retours
retour | rt2
retours | rt2
retourner | rt2
renvoyer | rt2 t1
politique de retour | rt2.5 i3
etiquette de retour | rt2.5 t1.5
je souhaite retourner | rt3 t3
je voudrais retourner | rt3 t3
je veux retourner | rt3 t3
je voudrais renvoyer | rt3 t3
echange* | rt2 t1.5
echanger | rt2 t2
trop petit* | rt1.5
trop grand* | rt1.5
ne me va pas | rt1.5
comment .. retourner | rt1 i1.5
puis-je retourner | rt2 i1.5
# remboursement
rembours* | rf2.5
remboursement | rf2.5
je veux etre rembourse* | rf3 t3
je souhaite etre rembourse* | rf3 t3
je demande le remboursement | rf3 t3
demande de remboursement | rf3 t2.5
merci de me rembourser | rf3 t3
me rembourser | rf2.5 t2.5
quand .. rembourse* | rf2 i3
toujours pas ete rembourse* | rf2.5 i2.5
toujours pas rembourse* | rf2.5 i2.5
avoir | rf1
bon d'achat | rf1.5
# paiement
paiement | pm2
payer | pm1.5
paye | pm1
debite* | pm2
preleve* | pm2
debite deux fois | pm3 d3
preleve deux fois | pm3 d3
deux fois | pm1 d1
double prelevement | pm3 d3
carte bancaire | pm2
carte | pm1.5
paypal | pm2
facture | pm2
recu | pm0.5
refuse* | pm1.5 d2
paiement refuse | pm3 d3
le paiement ne passe pas | pm3 d3
paiement en plusieurs fois | pm2.5 i1
moyen de paiement | pm2.5
moyens de paiement | pm2.5
virement | pm2
code promo | pm1.5
code de reduction | pm1.5
tva | pm1.5
prix | pq1 pm0.5
# produits
taille | pq1.5
guide des tailles | pq2 i1
quelle taille | pq2 a3
en stock | pq2 i2
disponible | pq1.5 i1
de nouveau disponible | pq2 i2
matiere | pq2
compose* | pq1.5
impermeable | pq2
compatible | pq2 a1.5
dimensions | pq2
couleur | pq1.5
garantie | pq1.5 i1
produit | pq1
article | pq0.5
ingredients | pq2
autonomie | pq2
notice | pq1
mode d'emploi | pq1.5
# conseil
difference entre | pq2 a3
recommand* | pq1 a3
conseill* | pq1 a3
conseil | a3
conseils | a3
lequel | pq1 a2.5
laquelle | pq1 a2.5
lequel choisir | pq1.5 a3
que me conseillez | a3
dois-je | a2.5
est-ce que je dois | a2.5
adapte* a | pq1.5 a3
convient | pq1 a2.5
ideal pour | pq1 a3
le mieux | a2
plutot | a1
vaut-il mieux | a3
hesite entre | a3
m'aider a choisir | pq1.5 a3
# problemes techniques
ne fonctionne pas | tp3 d3
ne fonctionne plus | tp3 d3
fonctionne pas | tp3 d3
ne marche pas | tp3 d3
ne marche plus | tp3 d3
marche pas | tp3 d3
ne s'allume pas | tp3 d3
ne s'allume plus | tp3 d3
ne se connecte pas | tp3 d3
ne charge pas | tp3 d3
ne se charge pas | tp3 d3
erreur | tp2.5 d2.5
message d'erreur | tp3 d3
code erreur | tp3 d3
bug | tp2.5 d2
beug* | tp2.5 d2
plant* | tp2 d2
crash* | tp2.5 d2.5
fig* | tp1.5 d1.5
application | tp1
appli | tp1
site | tp0.5
mise a jour | tp1
bluetooth | tp1.5
wifi | tp1.5
defectueu* | tp2 d2
en panne | tp2.5 d2.5
panne | tp2 d2
casse* | tp1.5 d2
ecran | tp1
clignot* | tp1.5 d2
bruit | tp1.5 d2
fuit | tp1.5 d2
fuite | tp1.5 d2
chauffe | tp2 d2
surchauffe | tp2.5 d2.5
sans arret | d1.5
tout a coup | d2
soudain* | d2
j'ai deja essaye | d2.5
j'ai essaye | d1.5
redemarre* | tp1.5 d2
reinstalle* | tp1.5 d2.5
rien ne se passe | tp2 d3
probleme avec | d2
souci avec | d2
un probleme | d1
incorrect* | d1.5
# reclamations
reclamation | cp3
plainte | cp3
inadmissible | cp3
inacceptable | cp3
decu* | cp2.5
scandaleux | cp2.5
honteux | cp2.5
lamentable | cp2.5
nul | cp1.5
impoli* | cp2.5
personne ne .. repond | cp2.5
toujours pas de reponse | cp2.5
aucune reponse | cp2
troisieme fois | cp2
j'en ai marre | cp2.5
pas content* | cp2
mecontent* | cp2.5
service client | cp1
endommage* | cp1.5 d1.5
abime* | cp1.5 d1.5
mauvais article | cp2 d2
pas le bon | cp1.5 d2
manquant* | cp1 d1.5
il manque | cp1 d1.5
dedommagement | cp2 t1.5
geste commercial | cp2 t1.5
responsable | cp1
# compte
compte | ac2
mon compte | ac2
mot de passe | ac2.5
se connecter | ac2
me connecter | ac2
connexion | ac1.5
identifiant* | ac2
impossible de me connecter | ac3 d3
je n'arrive pas a me connecter | ac3 d3
je ne peux pas me connecter | ac3 d3
reinitialiser .. mot de passe | ac3 t3
mot de passe oublie | ac3 t2
j'ai oublie .. mot de passe | ac3 t2
changer .. adresse e-mail | ac3 t3
changer .. mot de passe | ac3 t3
adresse e-mail | ac1.5
adresse mail | ac1.5
profil | ac1.5
newsletter | ac1.5
desabonner | ac2 t2
desinscri* | ac2 t2
abonnement | ac1.5
bloque* | ac1 d1
code de verification | ac2 d1
points de fidelite | ac2
fermer mon compte | ac2 pv1.5 t3
cloturer mon compte | ac2 pv1.5 t3
# donnees personnelles
donnees personnelles | pv3
mes donnees | pv2.5
rgpd | pv3
protection des donnees | pv3
confidentialite | pv2.5
supprimer mes donnees | pv3 t3
effacer mes donnees | pv3 t3
supprimer mon compte | pv2 ac2 t3
droit a l'oubli | pv3 t3
quelles donnees | pv2.5 i2
copie de mes donnees | pv3 t3
droit d'acces | pv3 t2
cookies | pv1.5
# categories
quand | i1
ou | i0.5
combien | i1.5
quel est | i1
quels sont | i1
est-il possible | i1
est-ce possible | i1
avez-vous | i1.5
proposez-vous | i1.5
y a-t-il | i1
comment | i1
politique | i1.5
information* | i1.5
renseignement* | i1.5
des nouvelles | i1.5
je voudrais savoir | i2
je souhaiterais savoir | i2
je souhaite | t1.5
je voudrais | t1
je veux | t1.5
merci de | t1.5
pourriez-vous | t1
pouvez-vous | t1
changer | t1.5
modifier | t2
mettre a jour | t1.5
remplac* | t2
envoyer un nouveau | t2
renvoyer un | t2
supprimer | t1.5
# ajouts après le jeu de dev
bloquer ma commande | os2.5 t3
suspendre .. commande | os2 t3
livre* avec | pq2 i1
fourni* avec | pq2 i1
inclu* | pq1.5 i1
des nouvelles | i1.5
cadeau pour | pq1 a2.5
bon cadeau | pq1 a3
un bon cadeau | pq1 a3
convient a | pq1.5 a3
pour une | a0.5
bloque* a la douane | dl2.5 d3
retenu* a la douane | dl2.5 d3
code promo ne fonctionne pas | pm3 d3
code .. ne fonctionne pas | pm3 d3
code .. ne marche pas | pm3 d3
numero de telephone | ac1.5
acceptez-vous | i1.5 pm0.5
cheque* | pm2
au lieu de | t1.5
livrer en | dl1.5 t1.5
`);
