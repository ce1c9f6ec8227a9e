import type { LanguageRuleTable } from './rule-table-types.js';

// tu-imperatives (Controlla…, Guarda…) read like a third person mid-sentence: only at a sentence start.
const START = '(?<=^|[.!?¡¿:;…]\\s*|\\n\\s*)';

/** Italian: tu against Lei, salutations, selling, sensitive words. */
export const itRules: LanguageRuleTable = {
  language: 'it',
  boundaries: 'words',
  register: {
    informal: [
      'tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue', 'puoi', 'vuoi', 'devi', 'hai', 'contattaci', 'scrivici', 'fammi sapere', 'facci sapere',
      'ciao', 'grazie a te', 'riceverai', 'potrai', 'troverai',
      `${START}(?:controlla|guarda|scrivi|manda|invia|clicca|prova|aspetta|chiama|verifica|dimmi)`,
    ],
    formal: ['le (?:chiediamo|confermo|confermiamo|scriviamo)', 'la ringraziamo'],
  },
  opening: [
    'gentile', 'gentilissim[oa]', 'egregi[oa]', 'buongiorno', 'buonasera', 'salve', 'ciao', 'car[oa]', 'la ringraziamo', 'ti ringraziamo',
    'grazie per (?:averci contattat[oi]|il (?:suo|tuo) messaggio|la (?:sua|tua) (?:richiesta|pazienza|email))',
  ],
  closing: [
    'cordiali saluti', 'distinti saluti', 'un cordiale saluto', 'saluti', 'a presto', 'buona (?:giornata|serata)', 'resto a (?:sua|tua) disposizione',
    'restiamo a (?:sua|tua|vostra) (?:completa )?disposizione', 'il team', 'lo staff', 'grazie', 'cordialmente', 'un saluto',
  ],
  crossSell: [
    '(?:potrebbe|potrebbero) (?:anche )?(?:interessarle|piacerle|interessarti|piacerti)', 'scopr(?:a|i) (?:anche |subito )?(?:la nostra|i nostri|le nostre|il nostro)',
    'offerta (?:speciale|esclusiva|limitata)', 'non (?:perda|perdere|lasciarti sfuggire)', 'approfitt(?:i|a) (?:della|delle|dei|del|di)',
    'nuova collezione', 'perché non (?:provare|aggiungere)', 'passi (?:alla versione|al piano)',
  ],
  topics: {
    pork: ['maiale', 'prosciutto', 'pancetta', 'salame', 'lardo', 'suino', 'suina'],
    alcohol: ['alcol(?:ic[oaie])?', 'alcool', 'vin[oi]', 'birr[ae]', 'spumante', 'prosecco', 'grappa', 'liquor[ei]', 'whisky', 'vodka'],
    gambling: ['gioco d[\'’]azzardo', 'casinò', 'scommesse', 'lotteria'],
    politics: ['tienanmen', 'tian[\'’]?anmen', 'indipendenza (?:di taiwan|del tibet)', 'dalai lama', 'falun gong'],
    beef: ['manzo', 'vitello'],
  },
  topicExemptions: ['analcolic[oaie]', 'senza alcol', 'color vino', 'rosso vino', 'alcol (?:isopropilico|denaturato)'],
  numberContexts: ['set da {n}', 'confezione da {n}', '{n} pezzi', '{n}(?:º|°)? piano'],
  numerals: { 17: ['diciassette'] },
};
