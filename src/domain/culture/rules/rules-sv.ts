import type { LanguageRuleTable } from './rule-table-types.js';

/** Swedish: du is the norm (no register flags by default); salutations, selling, sensitive words. */
export const svRules: LanguageRuleTable = {
  language: 'sv',
  boundaries: 'words',
  register: { informal: ['tjena', 'tjabba', 'hallå där'], formal: ['eder'] },
  opening: ['hej', 'hejsan', 'hallå', 'god (?:morgon|dag|kväll)', 'bästa', 'kära', 'tack för (?:ditt|ert|din|er) (?:meddelande|mejl|mail|tålamod|beställning)'],
  closing: ['(?:med )?vänlig(?:a)? hälsning(?:ar)?', 'hälsningar', 'mvh', 'ha en (?:fin|bra|trevlig) (?:dag|kväll|helg)', 'tack', 'teamet'],
  crossSell: [
    'du (?:kanske )?(?:också )?(?:gillar|skulle gilla|är intresserad av)', 'specialerbjudande', 'exklusivt erbjudande', 'missa inte', 'upptäck (?:vår|våra)',
    'nya kollektion(?:en)?', 'uppgradera till',
  ],
  topics: {
    pork: ['fläsk(?:kött)?', 'skinka', 'bacon'],
    alcohol: ['alkohol', 'vin(?:er)?', 'öl', 'sprit', 'champagne', 'whisky'],
    gambling: ['spel om pengar', 'kasino', 'casino', 'lotteri'],
  },
  topicExemptions: ['alkoholfri(?:tt|a)?', 'utan alkohol'],
};
