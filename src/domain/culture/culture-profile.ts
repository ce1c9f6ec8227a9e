/**
 * Resolving a market's culture profile: the language defaults, over them the country's preset, over that what
 * the brand stored for the market. Everything that reads a profile reads a resolved one, with every field set.
 */
import { getMarketPreset } from '../markets/index.js';
import { validateCultureProfile } from './culture-schema.js';
import type { CultureProfile, CultureProfileInput, HonorificConvention, NameConvention } from './culture-types.js';
import { languageConvention, pickForLanguage } from './language-conventions.js';
import { asiaPacificPresets } from './presets/presets-asia-pacific.js';
import { americasPresets } from './presets/presets-americas.js';
import { europePresets } from './presets/presets-europe.js';
import { middleEastAfricaPresets } from './presets/presets-middle-east-africa.js';
import { cultureSources, responseTimes, type CulturePreset, type CultureSourceKey } from './presets/preset-builder.js';

/** Every built-in culture preset, one per preset market. */
export const culturePresets: readonly CulturePreset[] = [...asiaPacificPresets, ...middleEastAfricaPresets, ...americasPresets, ...europePresets];
const presetByCountry = new Map(culturePresets.map((p) => [p.country, p]));

/** What resolving needs of a market; the stored `Market` and a preset's market document both fit. */
export interface CultureMarket {
  countries: readonly string[];
  languages: readonly string[];
  culture?: unknown;
  settings?: { paymentMethods?: unknown; preferredChannels?: unknown } | Record<string, unknown> | null;
}

function emptyProfile(): CultureProfile {
  return {
    register: {}, names: {}, salutations: {},
    greetingExpected: { opening: ['email'], closing: ['email'] },
    directness: 'medium', empathy: 'medium',
    responseTime: { ...responseTimes.standard },
    preferredChannels: [], crossSell: 'acceptable',
    sensitivities: { topics: [], words: [], numbers: [], dates: [] },
    holidayGreetings: [], gifts: [], paymentMethods: [], formats: { locale: null }, notes: [],
  };
}

function mergeHonorifics(base: HonorificConvention, patch: Partial<HonorificConvention> | undefined): HonorificConvention {
  return patch ? { ...base, ...patch } : base;
}

function ensureLanguage(profile: CultureProfile, language: string): void {
  const convention = languageConvention(language);
  profile.register[language] ??= { ...(pickForLanguage(profile.register, language) ?? convention.register) };
  const names = pickForLanguage(profile.names, language) ?? convention.names;
  profile.names[language] ??= { ...names, honorifics: { ...names.honorifics } };
  const salutations = pickForLanguage(profile.salutations, language) ?? convention.salutations;
  profile.salutations[language] ??= { opening: [...salutations.opening], closing: [...salutations.closing] };
}

/** Applies a (partial) profile over a complete one, in place. Lists replace lists; language maps merge per language. */
function apply(profile: CultureProfile, input: CultureProfileInput): void {
  for (const [language, patch] of Object.entries(input.register ?? {})) {
    ensureLanguage(profile, language);
    profile.register[language] = { ...profile.register[language]!, ...patch };
  }
  for (const [language, patch] of Object.entries(input.names ?? {})) {
    ensureLanguage(profile, language);
    const current: NameConvention = profile.names[language]!;
    const { honorifics, ...rest } = patch;
    profile.names[language] = { ...current, ...rest, honorifics: mergeHonorifics(current.honorifics, honorifics) };
  }
  for (const [language, patch] of Object.entries(input.salutations ?? {})) {
    ensureLanguage(profile, language);
    profile.salutations[language] = { ...profile.salutations[language]!, ...patch };
  }
  if (input.greetingExpected) profile.greetingExpected = { ...profile.greetingExpected, ...input.greetingExpected };
  if (input.directness) profile.directness = input.directness;
  if (input.empathy) profile.empathy = input.empathy;
  if (input.responseTime) profile.responseTime = { ...profile.responseTime, ...input.responseTime };
  if (input.preferredChannels) profile.preferredChannels = [...input.preferredChannels];
  if (input.crossSell) profile.crossSell = input.crossSell;
  if (input.sensitivities) profile.sensitivities = { ...profile.sensitivities, ...input.sensitivities };
  if (input.holidayGreetings) {
    profile.holidayGreetings = input.holidayGreetings.map((g) => ({ ...g, greeting: { ...g.greeting }, daysBefore: g.daysBefore ?? 3, daysAfter: g.daysAfter ?? 1 }));
  }
  if (input.gifts) profile.gifts = [...input.gifts];
  if (input.paymentMethods) profile.paymentMethods = [...input.paymentMethods];
  if (input.formats && 'locale' in input.formats) profile.formats = { locale: input.formats.locale ?? null };
  if (input.notes) profile.notes = [...input.notes];
}

/** A stored profile with its invalid top-level fields left out (stored before validation, or by hand). */
function usable(culture: unknown): CultureProfileInput | null {
  if (typeof culture !== 'object' || culture === null || Array.isArray(culture)) return null;
  const issues = validateCultureProfile(culture, '');
  if (issues.length === 0) return culture as CultureProfileInput;
  const bad = new Set(issues.map((i) => i.path.split('/')[1]));
  return Object.fromEntries(Object.entries(culture).filter(([key]) => !bad.has(key))) as CultureProfileInput;
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : null;
}

const cache = new WeakMap<object, Map<string, CultureProfile>>();

/**
 * The complete culture profile of a market: for each of its languages (and `extraLanguages`, e.g. the language a
 * customer actually writes), the language's defaults; over them the preset of the market's first country that has
 * one; the market's preferred channels and payment methods from its settings; and over all of it the market's
 * stored `culture`. Results are cached per market object, so pass the same object to reuse them.
 *
 * @example
 * const profile = resolveCultureProfile({ countries: ['JP'], languages: ['ja'], culture: {} });
 * profile.register.ja.level; // 'formal'
 * profile.names.ja.honorifics.neutral; // '様'
 */
export function resolveCultureProfile(market: CultureMarket, extraLanguages: readonly string[] = []): CultureProfile {
  const key = [...extraLanguages].join(',');
  const perMarket = cache.get(market);
  const hit = perMarket?.get(key);
  if (hit) return hit;
  const profile = emptyProfile();
  for (const language of [...market.languages, ...extraLanguages]) ensureLanguage(profile, language);
  const country = market.countries.find((c) => presetByCountry.has(c.toUpperCase()));
  const preset = country ? presetByCountry.get(country.toUpperCase()) : undefined;
  if (preset) apply(profile, preset.profile);
  const marketPreset = country ? getMarketPreset(country) : undefined;
  const settings = (market.settings ?? {}) as Record<string, unknown>;
  profile.preferredChannels = stringList(settings.preferredChannels) ?? [...(marketPreset?.channels ?? [])];
  profile.paymentMethods = stringList(settings.paymentMethods) ?? [...(marketPreset?.paymentMethods ?? [])];
  const stored = usable(market.culture);
  if (stored) apply(profile, stored);
  const map = perMarket ?? new Map<string, CultureProfile>();
  if (map.size > 50) map.clear();
  map.set(key, profile);
  if (!perMarket) cache.set(market, map);
  return profile;
}

/**
 * The built-in culture profile for a preset country, complete (language defaults, the country's preset, its
 * channels and payment methods), as `PUT /api/v1/markets/{code}` with `{"preset": "JP"}` stores it; undefined for a
 * country without a preset. It passes `validateCultureProfile`.
 *
 * @example
 * presetCulture('SA')?.sensitivities?.topics; // ['pork', 'alcohol', 'gambling']
 */
export function presetCulture(country: string): CultureProfileInput | undefined {
  const market = getMarketPreset(country);
  if (!market || !presetByCountry.has(market.country)) return undefined;
  return structuredClone(resolveCultureProfile({ countries: [market.country], languages: market.languages, culture: {} })) as CultureProfileInput;
}

/**
 * The sources behind a country's preset, in words (for the docs and the console).
 *
 * @example
 * presetSources('JP'); // ['Grammars of the T–V distinction …', 'Japanese business-writing conventions …', …]
 */
export function presetSources(country: string): string[] {
  const found = presetByCountry.get(country.toUpperCase());
  return found ? found.sources.map((key: CultureSourceKey) => cultureSources[key]) : [];
}
