import type { LanguageRuleTable } from './rule-table-types.js';

/** Polish: ty against Pan/Pani, salutations, selling, sensitive words. */
export const plRules: LanguageRuleTable = {
  language: 'pl',
  boundaries: 'words',
  register: {
    informal: [
      'ty', 'ciebie', 'cię', 'tobie', 'tobą', 'twój', 'twoja', 'twoje', 'twoim', 'twojego', 'twoją', 'twoich', 'twojej', 'twoimi', 'możesz', 'chcesz',
      'masz', 'cześć', 'hej', 'siema', 'napisz', 'daj znać', 'dzięki', 'sprawdź', 'kliknij', 'wyślij', 'zobacz', 'poczekaj', 'spróbuj',
    ],
    formal: ['pan', 'pani', 'panu', 'panią', 'pana', 'państwo', 'państwa'],
  },
  opening: ['dzień dobry', 'szanown[yae]', 'witam', 'witamy', 'cześć', 'hej', 'drog[ia]', 'dziękujemy za (?:wiadomość|kontakt|zgłoszenie|cierpliwość)'],
  closing: [
    'z poważaniem', 'pozdrawiam(?:y)?(?: serdecznie)?', 'serdecznie pozdrawiam(?:y)?', 'z wyrazami szacunku', 'miłego dnia', 'zespół', 'dziękuję', 'dziękujemy',
    'łączę pozdrowienia', 'pozdrowienia',
  ],
  crossSell: [
    'może (?:pana|panią|cię|państwa) (?:również|także|też) zainteresować', '(?:specjalna|wyjątkowa|limitowana) oferta', 'nie przegap', 'skorzystaj z',
    'nowa kolekcja', 'sprawdź (?:też |także )?nasz[ąe]',
  ],
  topics: {
    pork: ['wieprzowin[aeyą]', 'schab', 'boczek', 'szynk[aię]', 'smalec'],
    alcohol: ['alkohol(?:u|owe|owy)?', 'win[oa]', 'piw[oa]', 'wódk[aięą]', 'whisky'],
    gambling: ['hazard', 'kasyno', 'zakłady bukmacherskie', 'loteria'],
  },
  topicExemptions: ['bezalkoholow[eyaą]', 'bez alkoholu'],
};
