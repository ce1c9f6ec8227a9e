import type { LanguageRuleTable } from './rule-table-types.js';

/** Indonesian: kamu/lu against Anda/Bapak/Ibu, salutations, selling, sensitive words (pork, alcohol, gambling). */
export const idRules: LanguageRuleTable = {
  language: 'id',
  boundaries: 'words',
  register: { informal: ['kamu', 'kau', 'engkau', 'lu', 'lo', 'loe', 'elo', 'gue', 'gua', 'gw', 'dong', 'sih', 'nih', 'banget'] },
  opening: [
    'halo', 'hai', 'selamat (?:pagi|siang|sore|malam)', 'yth\\.?', 'yang terhormat', 'kepada', 'terima kasih (?:telah|sudah) menghubungi', 'salam',
    'dear',
  ],
  closing: ['salam(?: hangat| hormat)?', 'hormat (?:kami|saya)', 'terima kasih', 'tim', 'semoga (?:membantu|hari)', 'sukses selalu', 'customer service'],
  crossSell: [
    '(?:mungkin )?(?:anda|kakak|kamu|bapak|ibu) (?:juga )?(?:akan )?(?:suka|tertarik)', '(?:promo|penawaran) (?:spesial|khusus|terbatas)',
    'jangan (?:sampai )?lewatkan', 'koleksi terbaru', 'upgrade ke',
  ],
  topics: {
    pork: ['babi', 'daging babi', 'lemak babi', 'bacon', 'ham', 'non[- ]?halal'],
    alcohol: ['alkohol', 'minuman keras', 'miras', 'bir', 'wine', 'arak', 'tuak', 'vodka', 'wiski'],
    gambling: ['judi', 'perjudian', 'kasino', 'taruhan', 'togel', 'lotre'],
  },
  topicExemptions: ['bebas alkohol', 'tanpa alkohol', 'non[- ]?alkohol', 'alkohol (?:70|medis|swab)'],
};
