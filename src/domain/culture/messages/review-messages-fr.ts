import type { ReviewCatalogue } from './review-message-keys.js';

const TOPIC = '{topic, select, pork {le porc} alcohol {l’alcool} gambling {les jeux d’argent} politics {un sujet politique} beef {le bœuf} other {un sujet sensible}}';

export const reviewMessagesFr: ReviewCatalogue = {
  languageMismatch: 'La réponse semble être en {replyLanguage}, mais le client écrit en {customerLanguage} et le marché n’accepte pas le {replyLanguage} sur le canal {channel}.',
  registerInformal: '« {found} » est familier ; ce marché attend le registre soutenu ({expected}).',
  registerFormal: '« {found} » est soutenu ; ce marché s’adresse aux clients de façon familière ({expected}).',
  nameMissingHonorific: '« {found} » est sans formule de politesse ; écrivez « {suggestion} ».',
  nameWrongHonorific: '« {found} » ne s’emploie pas pour un client ; écrivez « {suggestion} ».',
  nameWrongOrder: '« {found} » inverse le nom et le prénom ; écrivez « {suggestion} ».',
  nameGivenAlone: 'Le prénom seul (« {found} ») est trop familier ici ; écrivez « {suggestion} ».',
  crossSell: '« {found} » pousse à l’achat dans une réponse du service client, ce que les clients de ce marché trouvent insistant.',
  sensitiveTopic: '« {found} » évoque ' + TOPIC + ', à éviter sur ce marché.',
  sensitiveWord: '« {found} » figure dans la liste des mots à éviter de ce marché.',
  unluckyNumber: '« {found} » : le nombre {number} porte malheur sur ce marché.',
  sensitiveDate: '« {found} » tombe un jour que ce marché demande de ne pas citer.',
  foreignCurrency: '« {found} » est en {currency} ; ce marché paie en {expected}.',
  dateFormat: '« {found} » n’est pas le format de date local et peut être mal lu ; écrivez-la comme {example}.',
  numberFormat: '« {found} » n’utilise pas les séparateurs de ce marché ; écrivez les nombres comme {example}.',
  missingOpening: 'La réponse n’a pas de formule d’appel ; les clients ici en attendent une, par ex. « {example} ».',
  missingClosing: 'La réponse n’a pas de formule de politesse finale ; les clients ici en attendent une, par ex. « {example} ».',
  missingSignOff: 'La signature de la marque « {signOff} » manque.',
  cardNumber: 'Ceci ressemble à un numéro de carte bancaire ; n’envoyez jamais de numéro de carte.',
  iban: 'Ceci est un numéro de compte (IBAN) ; vérifiez qu’il peut être envoyé, et n’envoyez jamais celui du client.',
  secret: 'Ceci ressemble à un mot de passe ou une clé d’accès ({kind}) ; n’envoyez jamais de secret.',
};
