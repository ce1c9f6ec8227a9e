import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {Schweinefleisch} alcohol {Alkohol} gambling {Glücksspiel} politics {ein politisches Thema} beef {Rindfleisch} other {ein heikles Thema}}';

export const reviewMessagesDe: ReviewCatalogue = {
  languageMismatch: 'Die Antwort scheint auf {replyLanguage} zu sein, der Kunde schreibt aber auf {customerLanguage}, und der Markt akzeptiert {replyLanguage} auf dem Kanal {channel} nicht.',
  registerInformal: '„{found}“ ist informell; dieser Markt erwartet die höfliche Anrede ({expected}).',
  registerFormal: '„{found}“ ist förmlich; dieser Markt spricht Kunden informell an ({expected}).',
  nameMissingHonorific: '„{found}“ steht ohne Anrede; schreiben Sie „{suggestion}“.',
  nameWrongHonorific: '„{found}“ ist für Kunden nicht üblich; schreiben Sie „{suggestion}“.',
  nameWrongOrder: '„{found}“ vertauscht Vor- und Nachnamen; schreiben Sie „{suggestion}“.',
  nameGivenAlone: 'Der Vorname allein („{found}“) ist hier zu vertraulich; schreiben Sie „{suggestion}“.',
  crossSell: '„{found}“ verkauft in einer Support-Antwort, was Kunden dieses Marktes als aufdringlich empfinden.',
  sensitiveTopic: '„{found}“ erwähnt ' + TOPIC + ', was in diesem Markt zu vermeiden ist.',
  sensitiveWord: '„{found}“ steht auf der Liste der zu vermeidenden Wörter dieses Marktes.',
  unluckyNumber: '„{found}“: Die Zahl {number} gilt in diesem Markt als Unglückszahl.',
  sensitiveDate: '„{found}“ fällt auf ein Datum, das dieser Markt nicht nennen möchte.',
  foreignCurrency: '„{found}“ ist in {currency}; in diesem Markt wird in {expected} bezahlt.',
  dateFormat: '„{found}“ entspricht nicht dem hiesigen Datumsformat und kann missverstanden werden; schreiben Sie es wie {example}.',
  numberFormat: '„{found}“ verwendet die falschen Trennzeichen für diesen Markt; schreiben Sie Zahlen wie {example}.',
  missingOpening: 'Die Antwort hat keine Begrüßung; Kunden hier erwarten eine, z. B. „{example}“.',
  missingClosing: 'Die Antwort hat keine Grußformel; Kunden hier erwarten eine, z. B. „{example}“.',
  missingSignOff: 'Die Grußformel der Marke „{signOff}“ fehlt.',
  cardNumber: 'Das sieht nach einer Kartennummer aus; senden Sie niemals Kartennummern.',
  iban: 'Das ist eine Kontonummer (IBAN); prüfen Sie, ob sie gesendet werden darf, und senden Sie nie die des Kunden.',
  secret: 'Das sieht nach einem Passwort oder Zugangsschlüssel aus ({kind}); senden Sie niemals Geheimnisse.',
};
