import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {carnea de porc} alcohol {alcoolul} gambling {jocurile de noroc} politics {un subiect politic} beef {carnea de vită} other {un subiect delicat}}';

export const reviewMessagesRo: ReviewCatalogue = {
  languageMismatch: 'Răspunsul pare să fie în {replyLanguage}, dar clientul scrie în {customerLanguage}, iar piața nu acceptă {replyLanguage} pe canalul {channel}.',
  registerInformal: '„{found}” este familiar; această piață așteaptă registrul politicos ({expected}).',
  registerFormal: '„{found}” este formal; această piață li se adresează clienților familiar ({expected}).',
  nameMissingHonorific: '„{found}” nu are formulă de politețe; scrieți „{suggestion}”.',
  nameWrongHonorific: '„{found}” nu se folosește pentru clienți; scrieți „{suggestion}”.',
  nameWrongOrder: '„{found}” inversează numele; scrieți „{suggestion}”.',
  nameGivenAlone: 'Doar prenumele („{found}”) este prea familiar aici; scrieți „{suggestion}”.',
  crossSell: '„{found}” încearcă să vândă într-un răspuns de asistență, lucru pe care clienții acestei piețe îl găsesc insistent.',
  sensitiveTopic: '„{found}” menționează ' + TOPIC + ', de evitat pe această piață.',
  sensitiveWord: '„{found}” este pe lista cuvintelor de evitat a acestei piețe.',
  unluckyNumber: '„{found}”: numărul {number} este considerat ghinionist pe această piață.',
  sensitiveDate: '„{found}” cade într-o zi pe care această piață cere să nu fie menționată.',
  foreignCurrency: '„{found}” este în {currency}; pe această piață se plătește în {expected}.',
  dateFormat: '„{found}” nu respectă formatul local al datei și poate fi citită greșit; scrieți-o ca {example}.',
  numberFormat: '„{found}” folosește alți separatori decât această piață; scrieți numerele ca {example}.',
  missingOpening: 'Răspunsul nu are salut; clienții de aici se așteaptă la unul, de ex. „{example}”.',
  missingClosing: 'Răspunsul nu are o formulă de încheiere; clienții de aici se așteaptă la una, de ex. „{example}”.',
  missingSignOff: 'Lipsește semnătura mărcii „{signOff}”.',
  cardNumber: 'Pare un număr de card de plată; nu trimiteți niciodată numere de card.',
  iban: 'Este un număr de cont bancar (IBAN); verificați dacă poate fi trimis și nu trimiteți niciodată contul clientului.',
  secret: 'Pare o parolă sau o cheie de acces ({kind}); nu trimiteți niciodată secrete.',
};
