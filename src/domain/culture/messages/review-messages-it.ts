import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {la carne di maiale} alcohol {l’alcol} gambling {il gioco d’azzardo} politics {un tema politico} beef {la carne bovina} other {un tema delicato}}';

export const reviewMessagesIt: ReviewCatalogue = {
  languageMismatch: 'La risposta sembra in {replyLanguage}, ma il cliente scrive in {customerLanguage} e il mercato non accetta {replyLanguage} sul canale {channel}.',
  registerInformal: '«{found}» è informale; questo mercato si aspetta il registro formale ({expected}).',
  registerFormal: '«{found}» è formale; questo mercato si rivolge ai clienti in modo informale ({expected}).',
  nameMissingHonorific: '«{found}» è senza titolo di cortesia; scriva «{suggestion}».',
  nameWrongHonorific: '«{found}» non si usa con i clienti; scriva «{suggestion}».',
  nameWrongOrder: '«{found}» inverte nome e cognome; scriva «{suggestion}».',
  nameGivenAlone: 'Il solo nome di battesimo («{found}») è troppo confidenziale qui; scriva «{suggestion}».',
  crossSell: '«{found}» cerca di vendere in una risposta di assistenza, cosa che i clienti di questo mercato trovano invadente.',
  sensitiveTopic: '«{found}» menziona ' + TOPIC + ', da evitare in questo mercato.',
  sensitiveWord: '«{found}» è nell’elenco delle parole da evitare di questo mercato.',
  unluckyNumber: '«{found}»: il numero {number} è considerato sfortunato in questo mercato.',
  sensitiveDate: '«{found}» cade in una data che questo mercato chiede di non citare.',
  foreignCurrency: '«{found}» è in {currency}; in questo mercato si paga in {expected}.',
  dateFormat: '«{found}» non segue il formato di data locale e può essere frainteso; scriva come {example}.',
  numberFormat: '«{found}» usa separatori diversi da quelli di questo mercato; scriva i numeri come {example}.',
  missingOpening: 'La risposta non ha un saluto iniziale; qui i clienti se lo aspettano, ad es. «{example}».',
  missingClosing: 'La risposta non ha un saluto finale; qui i clienti se lo aspettano, ad es. «{example}».',
  missingSignOff: 'Manca la firma del marchio «{signOff}».',
  cardNumber: 'Sembra un numero di carta di pagamento; non inviare mai numeri di carta.',
  iban: 'È un numero di conto (IBAN); verifichi che possa essere inviato e non invii mai quello del cliente.',
  secret: 'Sembra una password o una chiave di accesso ({kind}); non inviare mai segreti.',
};
