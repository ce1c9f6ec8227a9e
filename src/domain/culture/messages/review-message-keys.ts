/** Every message the reply review can give, by key; each catalogue has all of them. */
export const reviewMessageKeys = [
  'languageMismatch', 'registerInformal', 'registerFormal', 'nameMissingHonorific', 'nameWrongHonorific', 'nameWrongOrder', 'nameGivenAlone',
  'crossSell', 'sensitiveTopic', 'sensitiveWord', 'unluckyNumber', 'sensitiveDate', 'foreignCurrency', 'dateFormat', 'numberFormat',
  'missingOpening', 'missingClosing', 'missingSignOff', 'cardNumber', 'iban', 'secret',
] as const;

export type ReviewMessageKey = (typeof reviewMessageKeys)[number];

/** An ICU MessageFormat catalogue of review messages for one locale. */
export type ReviewCatalogue = Readonly<Record<ReviewMessageKey, string>>;
