import type { LanguageRuleTable } from './rule-table-types.js';

/** Hungarian: tegezés against magázás (Ön), salutations, selling, sensitive words. Name order is a convention. */
export const huRules: LanguageRuleTable = {
  language: 'hu',
  boundaries: 'words',
  register: {
    informal: [
      'te', 'téged', 'neked', 'veled', 'tőled', 'hozzád', 'nálad', 'rólad', 'tiéd', 'szia', 'sziasztok', 'helló', 'csá', 'csáó', 'írj', 'nézd meg',
      'köszi', 'szeretnéd', 'tudod', 'kérlek',
    ],
    formal: ['ön', 'önt', 'önnek', 'öntől', 'önök'],
  },
  opening: [
    'tisztelt', 'kedves', 'jó (?:napot|reggelt|estét)(?: kívánok| kívánunk)?', 'üdvözl(?:öm|jük)', 'szia', 'helló',
    'köszönjük (?:megkeresését|levelét|üzenetét|türelmét)',
  ],
  closing: [
    'üdvözlettel', 'tisztelettel', 'köszönettel', 'szívélyes üdvözlettel', '(?:további )?szép napot', 'köszönjük', 'csapata?', 'ügyfélszolgálat',
  ],
  crossSell: ['ajánljuk (?:figyelmébe|még)', '(?:különleges|exkluzív|korlátozott) ajánlat', 'ne hagyja ki', 'fedezze fel', 'új kollekció'],
  topics: {
    pork: ['sertés(?:hús)?', 'disznó(?:hús)?', 'sonka', 'szalonna'],
    alcohol: ['alkohol', 'bor(?:ok)?', 'sör(?:ök)?', 'pálinka', 'whisky'],
    gambling: ['szerencsejáték', 'kaszinó', 'lottó'],
  },
  topicExemptions: ['alkoholmentes', 'alkohol nélküli'],
};
