import type { LanguageRuleTable } from './rule-table-types.js';

/** Romanian: tu against dumneavoastră, salutations, selling, sensitive words (both ș/ş and ț/ţ spellings). */
export const roRules: LanguageRuleTable = {
  language: 'ro',
  boundaries: 'words',
  register: {
    informal: [
      'tu', 'te', '[țţ]i', '[țţ]ie', 'tău', 'tale', 'tăi', 'po[țţ]i', 'vrei', 'salut', 'pa pa', 'scrie-ne', 'spune-ne', 'ai (?:primit|comandat|plătit)',
    ],
    formal: ['dumneavoastră', 'dvs\\.?', 'vă', 'v-am', 'v-a'],
  },
  opening: [
    'bun[ăa] (?:ziua|diminea[țţ]a|seara)', 'stimat[ăae]', 'stima[țţ]i', 'dragă', 'dragi', 'salut', 'v[ăa] mul[țţ]umim (?:pentru|că)',
    'mul[țţ]umim pentru (?:mesaj|răbdare|comandă)',
  ],
  closing: [
    'cu (?:stim[ăa]|respect|drag)', 'toate cele bune', 'o zi (?:bun[ăa]|frumoas[ăa])', 'mul[țţ]umim', 'echipa', 'v[ăa] dorim', 'cele mai bune urări', 'salut[ăa]ri',
  ],
  crossSell: [
    'v-ar (?:putea )?(?:interesa|pl[ăa]cea)', 'ofert[ăa] (?:special[ăa]|exclusiv[ăa]|limitat[ăa])', 'nu rata[țţ]i', 'descoperi[țţ]i (?:[șş]i )?(?:noua|noile|gama)',
    'profita[țţ]i de', 'noua colec[țţ]ie',
  ],
  topics: {
    pork: ['porc', 'carne de porc', '[șş]unc[ăa]', 'sl[ăa]nin[ăa]'],
    alcohol: ['alcool', 'vin(?:uri)?', 'bere', '[țţ]uic[ăa]', 'whisky', 'vodc[ăa]'],
    gambling: ['jocuri de noroc', 'cazinou', 'pariuri', 'loterie'],
  },
  topicExemptions: ['f[ăa]r[ăa] alcool', 'alcool sanitar'],
};
