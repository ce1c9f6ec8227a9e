import { greet, preset, responseTimes, type CulturePreset } from './preset-builder.js';

/** Culture presets for the Americas. */
export const americasPresets: readonly CulturePreset[] = [
  preset('US', [], {
    register: { en: 'either', es: 'formal' },
    directness: 'high', empathy: 'medium', crossSell: 'acceptable',
    responseTime: responseTimes.fast,
    holidayGreetings: [
      greet('Thanksgiving', { en: 'Happy Thanksgiving!', es: '¡Feliz Día de Acción de Gracias!' }, 2, 1),
      greet('Christmas', { en: 'Happy holidays!', es: '¡Felices fiestas!' }, 7, 1),
    ],
    notes: ['Lead with the answer, then the details; first names are normal.', 'Spanish-speaking customers are addressed with usted unless they write informally.'],
  }),
  preset('CA', [], {
    register: { en: 'either', fr: 'formal' },
    directness: 'medium', empathy: 'medium', crossSell: 'acceptable',
    responseTime: responseTimes.standard,
    holidayGreetings: [
      greet('Canada Day', { en: 'Happy Canada Day!', fr: 'Bonne fête du Canada !' }, 1, 0),
      greet('Christmas', { en: 'Happy holidays!', fr: 'Joyeuses fêtes !' }, 7, 1),
    ],
    notes: ['Customers in Quebec are entitled to service in French (Charter of the French language).'],
  }),
  preset('MX', [], {
    register: { es: 'formal' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'low', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.standard, whatsapp: 'PT30M' },
    holidayGreetings: [
      greet('Independence Day', { es: '¡Feliz Día de la Independencia!' }, 1, 0),
      greet('Christmas', { es: '¡Felices fiestas!' }, 7, 1),
    ],
    notes: ['Warmth before facts: a friendly line first reads as respect, not delay.'],
  }),
  preset('BR', [], {
    register: { 'pt-BR': 'formal' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'low', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.fast, whatsapp: 'PT15M' },
    holidayGreetings: [greet('Christmas', { 'pt-BR': 'Boas festas!' }, 7, 1)],
    notes: ['Você with the first name is the norm; tu reads as regional slang in writing.', 'Customers rights (Código de Defesa do Consumidor) are well known: quote deadlines precisely.'],
  }),
  preset('AR', [], {
    register: { es: 'formal' },
    greetingExpected: { opening: ['email', 'messaging'], closing: ['email'] },
    directness: 'medium', empathy: 'high', crossSell: 'acceptable',
    responseTime: { ...responseTimes.standard, whatsapp: 'PT30M' },
    holidayGreetings: [greet('Independence Day', { es: '¡Feliz Día de la Independencia!' }, 1, 0), greet('Christmas', { es: '¡Felices fiestas!' }, 7, 1)],
    notes: ['Usted is the safe default; many younger customers write with vos — mirror them only if the brand allows it.'],
  }),
];
