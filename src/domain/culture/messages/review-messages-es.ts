import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {el cerdo} alcohol {el alcohol} gambling {los juegos de azar} politics {un tema político} beef {la carne de vacuno} other {un tema delicado}}';

export const reviewMessagesEs: ReviewCatalogue = {
  languageMismatch: 'La respuesta parece estar en {replyLanguage}, pero el cliente escribe en {customerLanguage} y el mercado no acepta {replyLanguage} en el canal {channel}.',
  registerInformal: '«{found}» es informal; este mercado espera el trato formal ({expected}).',
  registerFormal: '«{found}» es formal; este mercado trata a los clientes de forma informal ({expected}).',
  nameMissingHonorific: '«{found}» va sin tratamiento; escriba «{suggestion}».',
  nameWrongHonorific: '«{found}» no se usa con clientes; escriba «{suggestion}».',
  nameWrongOrder: '«{found}» invierte el orden de los nombres; escriba «{suggestion}».',
  nameGivenAlone: 'El nombre de pila solo («{found}») resulta demasiado familiar aquí; escriba «{suggestion}».',
  crossSell: '«{found}» intenta vender en una respuesta de soporte, algo que los clientes de este mercado consideran insistente.',
  sensitiveTopic: '«{found}» menciona ' + TOPIC + ', algo que este mercado pide evitar.',
  sensitiveWord: '«{found}» está en la lista de palabras que este mercado pide evitar.',
  unluckyNumber: '«{found}»: el número {number} se considera de mala suerte en este mercado.',
  sensitiveDate: '«{found}» cae en una fecha que este mercado pide no mencionar.',
  foreignCurrency: '«{found}» está en {currency}; en este mercado se paga en {expected}.',
  dateFormat: '«{found}» no sigue el formato de fecha local y puede malinterpretarse; escríbala como {example}.',
  numberFormat: '«{found}» usa separadores que no son los de este mercado; escriba los números como {example}.',
  missingOpening: 'La respuesta no tiene saludo; aquí los clientes esperan uno, p. ej. «{example}».',
  missingClosing: 'La respuesta no tiene despedida; aquí los clientes esperan una, p. ej. «{example}».',
  missingSignOff: 'Falta la firma de la marca «{signOff}».',
  cardNumber: 'Parece un número de tarjeta; nunca envíe números de tarjeta.',
  iban: 'Es un número de cuenta bancaria (IBAN); compruebe que puede enviarse y nunca envíe el del cliente.',
  secret: 'Parece una contraseña o clave de acceso ({kind}); nunca envíe secretos.',
};
