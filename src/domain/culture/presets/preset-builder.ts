import type { CultureProfileInput, HolidayGreeting, RegisterLevel } from '../culture-types.js';

/**
 * Where the presets' knowledge comes from, named in docs/culture.md. Most of it is general public knowledge,
 * written down by the authors; it is a starting point for a brand to edit, not research.
 */
export const cultureSources = {
  'tv-distinction': 'Grammars of the T–V distinction and of honorifics (e.g. Wikipedia, “T–V distinction”, “Japanese honorifics”, “Korean speech levels”)',
  keigo: 'Japanese business-writing conventions as taught in public business-etiquette guides (敬語, 様 for customers, ビジネスメール)',
  'korean-service': 'Korean customer-service conventions in public guides (합쇼체/해요체, 고객님)',
  'chinese-address': 'Chinese forms of address in public guides (您, 先生/女士; 小姐 avoided in mainland service)',
  'culture-map': 'Erin Meyer, The Culture Map (PublicAffairs, 2014): communicating and disagreeing scales, used loosely for directness',
  religion: 'Pew Research Center, The Global Religious Landscape (2012) and national statistics: religious make-up behind pork, alcohol and beef',
  numbers: 'Public descriptions of number superstitions (Wikipedia, “Tetraphobia”; 9 in Japanese; 17 in Italy)',
  holidays: 'Holiday names as date-holidays lists them (the markets calendar); greetings are the usual phrases in each language',
  'market-presets': 'Borderless market presets (docs/markets.md): preferred channels and payment methods',
  cldr: 'Unicode CLDR through Intl (dates, numbers, currencies)',
  authors: 'The authors’ judgment from general public knowledge (response times, cross-selling stance, empathy, notes) — to be checked by each brand',
} as const;

export type CultureSourceKey = keyof typeof cultureSources;

/** A country's culture preset: the profile fields it sets, and where they come from. */
export interface CulturePreset {
  country: string;
  profile: CultureProfileInput;
  sources: CultureSourceKey[];
}

/** Expected first-response times (ISO 8601) for three paces of market. */
export const responseTimes = {
  fast: { email: 'PT12H', chat: 'PT1M', messaging: 'PT30M', voice: 'PT2M', default: 'PT12H' },
  standard: { email: 'P1D', chat: 'PT2M', messaging: 'PT1H', voice: 'PT3M', default: 'P1D' },
  relaxed: { email: 'P2D', chat: 'PT5M', messaging: 'PT4H', voice: 'PT5M', default: 'P2D' },
} as const;

/** A holiday greeting: `holiday` is matched against the English names of the market's calendar. */
export function greet(holiday: string, greeting: Record<string, string>, daysBefore = 3, daysAfter = 1): HolidayGreeting {
  return { holiday, greeting, daysBefore, daysAfter };
}

interface PresetInput extends Omit<CultureProfileInput, 'register' | 'responseTime'> {
  /** Register level per language, where it differs from the language's default. */
  register?: Record<string, RegisterLevel>;
  responseTime: Record<string, string>;
}

const BASE_SOURCES: CultureSourceKey[] = ['tv-distinction', 'culture-map', 'holidays', 'market-presets', 'cldr', 'authors'];

/**
 * A preset from the fields that matter for a country; sources always include the shared ones.
 *
 * @example
 * preset('DE', ['culture-map'], { directness: 'high', empathy: 'low', crossSell: 'avoid', responseTime: responseTimes.standard });
 */
export function preset(country: string, sources: CultureSourceKey[], input: PresetInput): CulturePreset {
  const { register, responseTime, ...rest } = input;
  const profile: CultureProfileInput = { ...rest, responseTime: { ...responseTime } };
  if (register) profile.register = Object.fromEntries(Object.entries(register).map(([language, level]) => [language, { level }]));
  return { country, profile, sources: [...new Set([...BASE_SOURCES, ...sources])] };
}
