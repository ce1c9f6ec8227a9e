import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {pork} alcohol {alcohol} gambling {gambling} politics {a political subject} beef {beef} other {a sensitive subject}}';

export const reviewMessagesEn: ReviewCatalogue = {
  languageMismatch: 'The reply seems to be in {replyLanguage}, but the customer writes in {customerLanguage} and the market does not accept {replyLanguage} on {channel}.',
  registerInformal: '“{found}” is informal; this market expects the formal register ({expected}).',
  registerFormal: '“{found}” is formal; this market addresses customers informally ({expected}).',
  nameMissingHonorific: '“{found}” has no honorific; address the customer as “{suggestion}”.',
  nameWrongHonorific: '“{found}” is not used for customers; write “{suggestion}”.',
  nameWrongOrder: '“{found}” puts the names in the wrong order; write “{suggestion}”.',
  nameGivenAlone: 'The given name alone (“{found}”) is too familiar here; write “{suggestion}”.',
  crossSell: '“{found}” sells more in a support reply, which customers in this market find pushy.',
  sensitiveTopic: '“{found}” mentions ' + TOPIC + ', which this market asks you to avoid.',
  sensitiveWord: '“{found}” is on this market\'s list of words to avoid.',
  unluckyNumber: '“{found}”: the number {number} is considered unlucky in this market.',
  sensitiveDate: '“{found}” falls on a date this market asks you not to name.',
  foreignCurrency: '“{found}” is in {currency}; this market pays in {expected}.',
  dateFormat: '“{found}” is not how dates are written here and may be misread; write it as {example}.',
  numberFormat: '“{found}” uses the wrong separators for this market; write numbers like {example}.',
  missingOpening: 'The reply has no greeting; customers here expect one, e.g. “{example}”.',
  missingClosing: 'The reply has no closing; customers here expect one, e.g. “{example}”.',
  missingSignOff: 'The brand sign-off “{signOff}” is missing.',
  cardNumber: 'This looks like a payment card number; never send card numbers.',
  iban: 'This is a bank account number (IBAN); check that it may be sent, and never send a customer\'s own.',
  secret: 'This looks like a password or access key ({kind}); never send secrets.',
};
