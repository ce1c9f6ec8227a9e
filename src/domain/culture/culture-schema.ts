import { Type, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { parseIsoDuration } from '../business-time/index.js';
import { isWellFormedLanguageTag } from '../language/index.js';
import {
  channelFamilyKeys, crossSellStances, levels, nameOrders, nameParts, registerLevels, sensitiveTopics,
  type CultureIssue, type CultureProfileInput,
} from './culture-types.js';

const text = (max = 200) => Type.String({ minLength: 1, maxLength: max });
const list = (item: TSchema, max: number) => Type.Array(item, { maxItems: max });
const strict = { additionalProperties: false } as const;
const byKey = (value: TSchema, description: string) => Type.Record(Type.String(), value, { description });

const RegisterSchema = Type.Object({
  level: Type.Optional(Type.Enum([...registerLevels])),
  formal: Type.Optional(text(120)),
  informal: Type.Optional(text(120)),
}, strict);

const HonorificsSchema = Type.Object({
  position: Type.Optional(Type.Enum(['before', 'after'])),
  accepted: Type.Optional(list(text(40), 30)),
  avoid: Type.Optional(list(text(40), 30)),
  requiredFor: Type.Optional(list(Type.Enum([...nameParts]), 3)),
  male: Type.Optional(Type.Union([text(40), Type.Null()])),
  female: Type.Optional(Type.Union([text(40), Type.Null()])),
  neutral: Type.Optional(Type.Union([text(40), Type.Null()])),
}, strict);

const NamesSchema = Type.Object({
  order: Type.Optional(Type.Enum([...nameOrders])),
  honorifics: Type.Optional(HonorificsSchema),
  givenNameAlone: Type.Optional(Type.Enum(['ok', 'avoid'])),
  addressBy: Type.Optional(Type.Enum([...nameParts])),
}, strict);

const SalutationSchema = Type.Object({
  opening: Type.Optional(list(text(120), 30)),
  closing: Type.Optional(list(text(120), 30)),
}, strict);

/**
 * The culture profile a market may carry (`culture` in `PUT /api/v1/markets/{code}`). Every field is optional:
 * what is left out comes from the country's preset and the language defaults. Unknown fields and values are
 * rejected.
 */
export const CultureProfileSchema = Type.Object({
  register: Type.Optional(byKey(RegisterSchema, 'per language tag: { level: formal | informal | either, formal, informal }')),
  names: Type.Optional(byKey(NamesSchema, 'per language tag: name order and honorifics')),
  salutations: Type.Optional(byKey(SalutationSchema, 'per language tag: opening and closing phrases')),
  greetingExpected: Type.Optional(Type.Object({
    opening: Type.Optional(list(Type.Enum([...channelFamilyKeys]), 3)),
    closing: Type.Optional(list(Type.Enum([...channelFamilyKeys]), 3)),
  }, strict)),
  directness: Type.Optional(Type.Enum([...levels])),
  empathy: Type.Optional(Type.Enum([...levels])),
  responseTime: Type.Optional(byKey(Type.String({ maxLength: 40 }), 'per channel kind (or `default`): ISO 8601 duration')),
  preferredChannels: Type.Optional(list(Type.String({ maxLength: 40 }), 20)),
  crossSell: Type.Optional(Type.Enum([...crossSellStances])),
  sensitivities: Type.Optional(Type.Object({
    topics: Type.Optional(list(Type.Enum([...sensitiveTopics]), sensitiveTopics.length)),
    words: Type.Optional(list(text(80), 200)),
    numbers: Type.Optional(list(Type.Integer({ minimum: 0, maximum: 9999 }), 20)),
    dates: Type.Optional(list(Type.String({ pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' }), 50)),
  }, strict)),
  holidayGreetings: Type.Optional(list(Type.Object({
    holiday: text(120),
    greeting: Type.Record(Type.String(), text(200)),
    daysBefore: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    daysAfter: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  }, strict), 50)),
  gifts: Type.Optional(list(text(300), 30)),
  paymentMethods: Type.Optional(list(text(120), 40)),
  formats: Type.Optional(Type.Object({ locale: Type.Optional(Type.Union([Type.String({ maxLength: 35 }), Type.Null()])) }, strict)),
  notes: Type.Optional(list(text(500), 30)),
}, { ...strict, description: 'The market\'s culture profile; see docs/culture.md' });

const CHANNEL_KEY = /^[a-z][a-z0-9-]{1,30}$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const LEGAL_DATES = new Set(MONTH_DAYS.flatMap((days, m) =>
  Array.from({ length: days }, (_, d) => `${String(m + 1).padStart(2, '0')}-${String(d + 1).padStart(2, '0')}`)));

function schemaIssues(value: unknown, path: string): CultureIssue[] {
  const issues: CultureIssue[] = [];
  for (const error of Value.Errors(CultureProfileSchema, value)) {
    const at = `${path}${error.instancePath}`;
    if (error.keyword === 'additionalProperties') continue;
    if (error.keyword === 'boolean') issues.push({ path: at, message: 'is not a known field' });
    else if (error.keyword === 'enum') {
      issues.push({ path: at, message: `must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` });
    } else if (error.keyword === 'pattern' && at.includes('/dates/')) issues.push({ path: at, message: 'must be a day as MM-DD' });
    else issues.push({ path: at, message: error.message });
  }
  return issues;
}

function languageKeyIssues(map: Record<string, unknown> | undefined, path: string): CultureIssue[] {
  if (!map) return [];
  return Object.keys(map).filter((key) => !isWellFormedLanguageTag(key)).map((key) => ({ path: `${path}/${key}`, message: 'must be keyed by a BCP 47 language tag' }));
}

/**
 * Every problem with a culture profile as given to `PUT /api/v1/markets/{code}`: unknown fields, unknown values,
 * language maps not keyed by language tags, response times that are not ISO 8601 durations, impossible days.
 * An empty list means the profile can be stored. `path` prefixes every pointer (e.g. `/body/culture`).
 *
 * @example
 * validateCultureProfile({ register: { fr: { level: 'polite' } } }, '/body/culture');
 * // [{ path: '/body/culture/register/fr/level', message: 'must be one of: formal, informal, either' }]
 */
export function validateCultureProfile(culture: unknown, path = ''): CultureIssue[] {
  if (typeof culture !== 'object' || culture === null || Array.isArray(culture)) return [{ path, message: 'must be an object' }];
  const issues = schemaIssues(culture, path);
  if (issues.length > 0) return issues.slice(0, 50);
  const profile = culture as CultureProfileInput;
  issues.push(...languageKeyIssues(profile.register, `${path}/register`));
  issues.push(...languageKeyIssues(profile.names, `${path}/names`));
  issues.push(...languageKeyIssues(profile.salutations, `${path}/salutations`));
  (profile.holidayGreetings ?? []).forEach((entry, i) => issues.push(...languageKeyIssues(entry.greeting, `${path}/holidayGreetings/${i}/greeting`)));
  for (const [channel, duration] of Object.entries(profile.responseTime ?? {})) {
    if (!CHANNEL_KEY.test(channel)) issues.push({ path: `${path}/responseTime/${channel}`, message: 'must be keyed by a channel kind (email, chat, phone…) or default' });
    const ms = parseIsoDuration(duration);
    if (ms === null || ms <= 0) issues.push({ path: `${path}/responseTime/${channel}`, message: 'must be a positive ISO 8601 duration such as PT4H or P1D' });
  }
  (profile.preferredChannels ?? []).forEach((channel, i) => {
    if (!CHANNEL_KEY.test(channel)) issues.push({ path: `${path}/preferredChannels/${i}`, message: 'must be a channel kind such as email, line or whatsapp' });
  });
  (profile.sensitivities?.dates ?? []).forEach((day, i) => {
    if (!LEGAL_DATES.has(day)) issues.push({ path: `${path}/sensitivities/dates/${i}`, message: 'is not a day of the year' });
  });
  const locale = profile.formats?.locale;
  if (typeof locale === 'string' && !isWellFormedLanguageTag(locale)) issues.push({ path: `${path}/formats/locale`, message: 'must be a BCP 47 locale such as de-CH' });
  return issues.slice(0, 50);
}
