import { greet, preset, responseTimes, type CulturePreset } from './preset-builder.js';

const EID = [
  greet('Eid al-Fitr', { ar: 'عيد فطر مبارك، وكل عام وأنتم بخير', en: 'Eid Mubarak!' }, 3, 3),
  greet('Eid al-Adha', { ar: 'عيد أضحى مبارك', en: 'Eid al-Adha Mubarak!' }, 3, 3),
  greet('Islamic New Year', { ar: 'كل عام وأنتم بخير', en: 'Happy Islamic New Year!' }, 1, 1),
];

const GULF_NOTES = [
  'Customers expect a greeting (السلام عليكم / مرحباً) even in chat and WhatsApp.',
  'During Ramadan, working hours are shorter and replies after iftar are common; avoid food and drink promotions in daytime.',
];

/** Culture presets for the Middle East and Africa. */
export const middleEastAfricaPresets: readonly CulturePreset[] = [
  preset('AE', ['religion'], {
    register: { ar: 'either', en: 'either' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'medium', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.standard, whatsapp: 'PT30M' },
    sensitivities: { topics: ['pork', 'alcohol', 'gambling'], words: [], numbers: [], dates: [] },
    holidayGreetings: [...EID, greet('National Day', { ar: 'كل عام والإمارات بخير', en: 'Happy UAE National Day!' }, 1, 1)],
    gifts: ['Goodwill gifts must not contain pork, alcohol or gambling; hand over (or describe) things with the right hand.'],
    notes: [...GULF_NOTES, 'The weekend is Saturday–Sunday since 2022; Friday afternoons are quiet.'],
  }),
  preset('SA', ['religion'], {
    register: { ar: 'either', en: 'either' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'low', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.standard, whatsapp: 'PT30M' },
    sensitivities: { topics: ['pork', 'alcohol', 'gambling'], words: [], numbers: [], dates: [] },
    holidayGreetings: [...EID, greet('National Day', { ar: 'كل عام والوطن بخير', en: 'Happy Saudi National Day!' }, 1, 1)],
    gifts: ['Goodwill gifts must not contain pork, alcohol or gambling, nor images of people on religious items.'],
    notes: [...GULF_NOTES, 'The weekend is Friday–Saturday.'],
  }),
  preset('IL', ['religion'], {
    register: { he: 'either', ar: 'either', en: 'either' },
    directness: 'high', empathy: 'medium', crossSell: 'acceptable',
    responseTime: { ...responseTimes.fast, whatsapp: 'PT30M' },
    sensitivities: { topics: ['pork'], words: [], numbers: [], dates: [] },
    holidayGreetings: [
      greet('Rosh Hashanah', { he: 'שנה טובה!', en: 'Shana Tova!' }, 3, 2),
      greet('Passover', { he: 'חג פסח שמח!', en: 'Happy Passover!' }, 3, 2),
    ],
    notes: ['Plain and direct answers are preferred; long apologies read as evasive.', 'Nothing happens on Shabbat (Friday evening to Saturday evening).'],
  }),
  preset('TR', ['religion'], {
    register: { tr: 'formal' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'medium', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.fast, whatsapp: 'PT30M' },
    sensitivities: { topics: ['pork'], words: [], numbers: [], dates: [] },
    holidayGreetings: [
      greet('Eid al-Fitr', { tr: 'Ramazan Bayramınız kutlu olsun!' }, 2, 3),
      greet('Eid al-Adha', { tr: 'Kurban Bayramınız kutlu olsun!' }, 2, 4),
    ],
    notes: ['Use the given name with Bey/Hanım (Ahmet Bey, Ayşe Hanım) and siz.'],
  }),
  preset('ZA', [], {
    register: { en: 'either', af: 'either', zu: 'either' },
    directness: 'medium', empathy: 'medium', crossSell: 'acceptable',
    responseTime: { ...responseTimes.standard, whatsapp: 'PT1H' },
    holidayGreetings: [greet('Christmas', { en: 'Merry Christmas and happy holidays!' }, 5, 1), greet('Heritage Day', { en: 'Happy Heritage Day!' }, 1, 0)],
    notes: ['Load-shedding (power cuts) can delay customers’ replies and deliveries; be patient with follow-ups.'],
  }),
];
