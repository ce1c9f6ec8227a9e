import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {carne de porco} alcohol {álcool} gambling {jogos de azar} politics {um tema político} beef {carne bovina} other {um tema sensível}}';

export const reviewMessagesPt: ReviewCatalogue = {
  languageMismatch: 'A resposta parece estar em {replyLanguage}, mas o cliente escreve em {customerLanguage} e o mercado não aceita {replyLanguage} no canal {channel}.',
  registerInformal: '“{found}” é informal; este mercado espera o tratamento formal ({expected}).',
  registerFormal: '“{found}” é formal; este mercado trata os clientes de forma informal ({expected}).',
  nameMissingHonorific: '“{found}” está sem forma de tratamento; escreva “{suggestion}”.',
  nameWrongHonorific: '“{found}” não se usa com clientes; escreva “{suggestion}”.',
  nameWrongOrder: '“{found}” inverte a ordem dos nomes; escreva “{suggestion}”.',
  nameGivenAlone: 'O primeiro nome sozinho (“{found}”) é íntimo demais aqui; escreva “{suggestion}”.',
  crossSell: '“{found}” tenta vender numa resposta de suporte, o que os clientes deste mercado acham insistente.',
  sensitiveTopic: '“{found}” menciona ' + TOPIC + ', que este mercado pede para evitar.',
  sensitiveWord: '“{found}” está na lista de palavras a evitar deste mercado.',
  unluckyNumber: '“{found}”: o número {number} é considerado de azar neste mercado.',
  sensitiveDate: '“{found}” cai numa data que este mercado pede para não mencionar.',
  foreignCurrency: '“{found}” está em {currency}; neste mercado paga-se em {expected}.',
  dateFormat: '“{found}” não segue o formato de data local e pode ser mal interpretado; escreva como {example}.',
  numberFormat: '“{found}” usa separadores diferentes dos deste mercado; escreva os números como {example}.',
  missingOpening: 'A resposta não tem saudação; aqui os clientes esperam uma, por ex. “{example}”.',
  missingClosing: 'A resposta não tem despedida; aqui os clientes esperam uma, por ex. “{example}”.',
  missingSignOff: 'Falta a assinatura da marca “{signOff}”.',
  cardNumber: 'Parece um número de cartão de pagamento; nunca envie números de cartão.',
  iban: 'É um número de conta bancária (IBAN); confirme que pode ser enviado e nunca envie o do cliente.',
  secret: 'Parece uma senha ou chave de acesso ({kind}); nunca envie segredos.',
};
