import type { LanguageRuleTable } from './rule-table-types.js';

// Turkish adds case and possessive suffixes to nouns (domuz → domuzu, şarap → şarabı): allow a few letters after.
const w = (stem: string) => `${stem}\\p{L}{0,5}`;

/** Turkish: sen against siz, salutations, selling, sensitive words. */
export const trRules: LanguageRuleTable = {
  language: 'tr',
  boundaries: 'words',
  register: { informal: ['sen', 'seni', 'sana', 'senin', 'senden', 'sende', 'seninle', 'selam', 'naber', 'yaz bize', 'bize yaz', 'kanka'] },
  opening: ['merhaba', 'sayın', 'değerli', 'iyi günler', 'günaydın', 'iyi akşamlar', 'selam', 'bizimle iletişime geçtiğiniz için'],
  closing: [
    'saygılarımızla', 'saygılarımla', 'iyi günler(?: dileriz| dilerim)?', 'sevgilerimizle', 'sevgiler', 'teşekkürler', 'teşekkür ederiz', 'ekibi',
    'iyi çalışmalar', 'esenlikler',
  ],
  crossSell: ['ilginizi çekebilir', '(?:özel|sınırlı|kaçırılmayacak) (?:teklif|fırsat|kampanya)', 'kaçırmayın', 'yeni koleksiyon', 'hemen (?:alın|satın alın)'],
  topics: {
    pork: [w('domuz'), 'jambon'],
    alcohol: [w('alkol'), w('şarap'), w('şarab'), w('bira'), w('rakı'), w('viski')],
    gambling: [w('kumar'), w('kumarhane'), 'bahis', w('piyango')],
  },
  topicExemptions: ['alkolsüz', 'alkol içermeyen', 'domuz eti içermez'],
};
