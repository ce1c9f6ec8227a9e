import type { LanguageRuleTable } from './rule-table-types.js';

// du-imperatives (Schau…, Schick…) are read as such at the start of a sentence only ("Ruf" is also a noun).
const START = '(?<=^|[.!?¡¿:;…]\\s*|\\n\\s*)';

/** German: duzen against siezen, salutations, selling, sensitive words. */
export const deRules: LanguageRuleTable = {
  language: 'de',
  boundaries: 'words',
  register: {
    informal: [
      'du', 'dich', 'dir', 'dein(?:e|en|em|er|es)?', 'euch', 'euer', 'eure(?:n|m|r|s)?', 'hey', 'servus', 'tschüss', 'tschüs', 'tschau',
      'ciao', 'melde dich', 'hast du', 'kannst du', 'schreib uns',
      `${START}(?:schau|schick|ruf|klick|prüf|versuch|warte|gib|sag|schreib|melde|lies)(?: (?:mal|uns|einfach|bitte|doch))`,
    ],
  },
  opening: [
    'sehr geehrte[rs]?', 'guten (?:tag|morgen|abend)', 'hallo', 'liebe[rs]?', 'grüß gott', 'grüezi', 'servus', 'moin', 'hi', 'hey',
    '(?:herzlichen|vielen) dank für (?:ihre|deine) (?:nachricht|anfrage|e-mail|mail|geduld|bestellung|rückmeldung)',
  ],
  closing: [
    'mit freundlichen grü(?:ß|ss)en', 'freundliche grü(?:ß|ss)e', '(?:viele|beste|herzliche|liebe|sonnige|schöne) grü(?:ß|ss)e',
    'mfg', 'lg', 'hochachtungsvoll', 'ihr(?:e)? [\\p{L}\\d&. -]{1,40}[- ]?team', 'dein [\\p{L}\\d&. -]{1,40}[- ]?team', 'einen schönen (?:tag|abend)',
    'schönen (?:tag|abend|gruß)', 'gruß', 'grüße', 'grüsse', 'vielen dank', 'danke(?: schön)?', 'bis bald',
  ],
  crossSell: [
    '(?:das|dies|folgendes) könnte (?:sie|ihnen|dich|dir) auch (?:interessieren|gefallen)', 'entdecken sie (?:auch |jetzt )?unser(?:e|en)?',
    '(?:exklusives|besonderes|zeitlich begrenztes) angebot', 'sonderangebot', 'nutzen sie (?:unser(?:e|en)?|die gelegenheit|jetzt)',
    'verpassen sie nicht', '(?:upgraden|wechseln) sie (?:jetzt )?(?:auf|zu|in)', 'neue kollektion', 'passend dazu', 'jetzt zugreifen',
    'greifen sie zu', 'kunden kauften auch', 'warum nicht (?:gleich|auch)', 'premium[- ]?(?:abo|abonnement|mitgliedschaft|version|tarif)',
    '\\d+ ?% (?:auf|rabatt)',
  ],
  topics: {
    pork: ['schwein(?:efleisch)?', 'schweine', 'schinken', 'speck', 'salami', 'schweinsleder', 'schweinegelatine'],
    alcohol: [
      'alkohol', 'alkoholisch(?:e[nmrs]?)?', 'wein(?:e)?', 'bier(?:e)?', 'sekt', 'champagner', 'schnaps', 'whisky', 'wodka', 'likör', 'spirituosen',
    ],
    gambling: ['glücksspiel(?:e)?', 'casino', 'kasino', 'sportwetten', 'lotterie', 'lotto'],
    politics: ['tian[\'’]?anmen', 'unabhängigkeit (?:taiwans|tibets|hongkongs)', 'dalai lama', 'falun gong'],
    beef: ['rind(?:fleisch)?', 'kalb(?:fleisch)?'],
  },
  topicExemptions: ['ohne alkohol', 'ohne schweinefleisch', 'alkoholfreie?[nmrs]? (?:bier|wein|sekt)'],
  numberContexts: ['{n}er[- ](?:set|pack|packung)', '{n}[- ]teilig(?:e[nsr]?)?', '{n}\\. (?:stock|etage)'],
};
