/**
 * A market's culture profile: how its customers expect to be served. Stored (partially, as the brand edits it)
 * in a market's `culture`; resolved over the country preset and the per-language defaults into a complete
 * `CultureProfile` before anything reads it.
 */

/** How a market expects to be addressed in one language: `either` means both forms are fine. */
export type RegisterLevel = 'formal' | 'informal' | 'either';
export const registerLevels: readonly RegisterLevel[] = ['formal', 'informal', 'either'];

/** Register in one language, and how each form is expressed there (`vous` / `tu`, `Sie` / `du`, 敬語 / 普通形). */
export interface RegisterConvention {
  level: RegisterLevel;
  formal: string;
  informal: string;
}

export type NameOrder = 'given-family' | 'family-given';
export const nameOrders: readonly NameOrder[] = ['given-family', 'family-given'];

/** Which way a name occurs in a reply: the whole name, the family name alone, the given name alone. */
export type NamePart = 'full' | 'family' | 'given';
export const nameParts: readonly NamePart[] = ['full', 'family', 'given'];

/**
 * Honorifics of one language. `accepted` are the forms to use with customers (様, 님, Herr/Frau); `avoid` are
 * honorifics that exist but are wrong for a customer (さん, 先生, 씨); `requiredFor` says which ways of naming
 * the customer need one (in Japanese the family or full name, in German the family name).
 */
export interface HonorificConvention {
  position: 'before' | 'after';
  accepted: string[];
  avoid: string[];
  requiredFor: NamePart[];
  /** The form to write for men, women, and when the gender is not known; null when there is none to write. */
  male: string | null;
  female: string | null;
  neutral: string | null;
}

export interface NameConvention {
  order: NameOrder;
  honorifics: HonorificConvention;
  /** `avoid` where a customer is addressed by family name (Japan, Germany, France): the given name alone is too familiar. */
  givenNameAlone: 'ok' | 'avoid';
  /** Which part of the name a reply addresses the customer by (田中 優希 様: full; Herr Müller: family; Hi Alex: given). */
  addressBy: NamePart;
}

/** Opening and closing phrases agents may use; the review accepts them besides its own tables. */
export interface SalutationConvention {
  opening: string[];
  closing: string[];
}

/** Channel families, as the language policy groups channel kinds. */
export type ChannelFamilyKey = 'email' | 'messaging' | 'voice';
export const channelFamilyKeys: readonly ChannelFamilyKey[] = ['email', 'messaging', 'voice'];

export type Level = 'low' | 'medium' | 'high';
export const levels: readonly Level[] = ['low', 'medium', 'high'];

/** Topics the review knows words for, per language (see the rule tables). */
export type SensitiveTopic = 'pork' | 'alcohol' | 'gambling' | 'politics' | 'beef';
export const sensitiveTopics: readonly SensitiveTopic[] = ['pork', 'alcohol', 'gambling', 'politics', 'beef'];

export interface Sensitivities {
  /** Products and subjects to keep out of replies (pork and alcohol in Saudi Arabia). */
  topics: SensitiveTopic[];
  /** Market-specific words or names to avoid, matched as whole words, any case. */
  words: string[];
  /** Unlucky numbers: flagged as counts of items, gift sets, floors and repeated digits (4 in Japan, 13 in the US). */
  numbers: number[];
  /** Days to avoid naming (`MM-DD`), e.g. for promises of delivery dates. */
  dates: string[];
}

/** A greeting for a holiday, shown in the briefing from `daysBefore` days before to `daysAfter` days after it. */
export interface HolidayGreeting {
  /** Matched (any case, as a substring) against the English holiday names of the market's calendar. */
  holiday: string;
  greeting: Record<string, string>;
  daysBefore: number;
  daysAfter: number;
}

export type CrossSellStance = 'acceptable' | 'avoid';
export const crossSellStances: readonly CrossSellStance[] = ['acceptable', 'avoid'];

/** A complete culture profile: every field present (see `resolveCultureProfile`). */
export interface CultureProfile {
  register: Record<string, RegisterConvention>;
  names: Record<string, NameConvention>;
  salutations: Record<string, SalutationConvention>;
  /** Channel families on which a reply is expected to open with a greeting and to end with a closing. */
  greetingExpected: { opening: ChannelFamilyKey[]; closing: ChannelFamilyKey[] };
  /** How plainly bad news and refusals are stated (high: say it first; low: cushion it). */
  directness: Level;
  /** How much apology and acknowledgement of feelings customers expect before the facts. */
  empathy: Level;
  /** Expected first-response time per channel kind (ISO 8601 duration); `default` for the others. */
  responseTime: Record<string, string>;
  preferredChannels: string[];
  crossSell: CrossSellStance;
  sensitivities: Sensitivities;
  holidayGreetings: HolidayGreeting[];
  /** Gift and goodwill-gesture etiquette, for agents (what a goodwill gift should not be). */
  gifts: string[];
  paymentMethods: string[];
  /** The locale dates, numbers and amounts are written in; null: the reply language with the market's country. */
  formats: { locale: string | null };
  notes: string[];
}

type DeepPartialEntry<T> = { [K in keyof T]?: T[K] extends Array<infer U> ? U[] : T[K] extends object ? Partial<T[K]> : T[K] };

/**
 * A culture profile as stored and as `PUT /api/v1/markets/{code}` takes it: any subset of the fields; the
 * language-keyed maps may give only some languages and some fields of each.
 */
export interface CultureProfileInput {
  register?: Record<string, Partial<RegisterConvention>>;
  names?: Record<string, DeepPartialEntry<NameConvention>>;
  salutations?: Record<string, Partial<SalutationConvention>>;
  greetingExpected?: Partial<CultureProfile['greetingExpected']>;
  directness?: Level;
  empathy?: Level;
  responseTime?: Record<string, string>;
  preferredChannels?: string[];
  crossSell?: CrossSellStance;
  sensitivities?: Partial<Sensitivities>;
  holidayGreetings?: Array<Omit<HolidayGreeting, 'daysBefore' | 'daysAfter'> & { daysBefore?: number; daysAfter?: number }>;
  gifts?: string[];
  paymentMethods?: string[];
  formats?: { locale?: string | null };
  notes?: string[];
}

/** One problem with a culture profile; `path` is a JSON Pointer (prefixed with the caller's path). */
export interface CultureIssue {
  path: string;
  message: string;
}
