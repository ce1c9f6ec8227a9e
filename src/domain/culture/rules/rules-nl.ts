import type { LanguageRuleTable } from './rule-table-types.js';

/** Dutch: je/jij against u, salutations, selling, sensitive words. */
export const nlRules: LanguageRuleTable = {
  language: 'nl',
  boundaries: 'words',
  register: {
    informal: ['je', 'jij', 'jou', 'jouw', 'jullie', 'hoi', 'doei', 'heb je', 'kun je', 'laat (?:het )?(?:me|ons) weten als je'],
    formal: ['u', 'uw'],
  },
  opening: ['beste', 'geachte', 'hallo', 'hoi', 'dag', 'goedemorgen', 'goedemiddag', 'goedenavond', 'bedankt voor (?:je|jouw|uw)', 'hartelijk dank voor'],
  closing: [
    'met vriendelijke groet(?:en)?', 'vriendelijke groet(?:en)?', 'groet(?:en|jes)?', 'hartelijke groet(?:en)?', 'mvg', 'fijne dag(?: nog)?',
    'tot (?:ziens|snel)', 'team', 'bedankt', 'dank je wel', 'dank u wel',
  ],
  crossSell: [
    '(?:misschien|wellicht) (?:ook )?interessant', 'ontdek (?:ook |nu )?(?:onze|ons)', '(?:speciale|exclusieve|tijdelijke) aanbieding',
    'mis (?:het|deze|dit) niet', 'profiteer (?:nu )?van', 'nieuwe collectie', 'upgrade naar', 'premium[- ]?abonnement',
  ],
  topics: {
    pork: ['varkens(?:vlees)?', 'ham', 'spek'],
    alcohol: ['alcohol(?:isch(?:e)?)?', 'wijn(?:en)?', 'bier(?:en)?', 'champagne', 'jenever', 'whisky'],
    gambling: ['gokken', 'casino', 'loterij'],
    beef: ['rundvlees', 'kalfsvlees'],
  },
  topicExemptions: ['zonder alcohol'],
  numberContexts: ['set van {n}', '{n}-delig(?:e)?', '{n}e verdieping'],
};
