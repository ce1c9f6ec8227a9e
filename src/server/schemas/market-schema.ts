import { Type } from 'typebox';
import { CountrySchema, LanguageTagSchema, Nullable } from './common-schema.js';

const HhMm = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'HH:MM (24:00 allowed as an end)' });
export const TimeRangeSchema = Type.Tuple([HhMm, HhMm]);
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const WeeklyHoursSchema = Type.Object(
  Object.fromEntries(weekdays.map((d) => [d, Type.Optional(Type.Array(TimeRangeSchema, { maxItems: 12 }))])),
  { additionalProperties: false, description: 'a missing day is closed; several intervals per day allowed' },
);
const DateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const MarketBodySchema = Type.Object({
  preset: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'create from the built-in preset for this country' })),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  countries: Type.Optional(Type.Array(CountrySchema, { minItems: 1, maxItems: 50, uniqueItems: true })),
  languages: Type.Optional(Type.Array(LanguageTagSchema, { minItems: 1, maxItems: 20, uniqueItems: true })),
  timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  hours: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$' }), WeeklyHoursSchema)),
  holidays: Type.Optional(Nullable(Type.Object({
    country: CountrySchema,
    region: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 20 }))),
    // Checked by the markets domain, which names the known types in its message.
    types: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 20, description: 'public, bank, school, optional, observance' }), { maxItems: 5 })),
  }, { additionalProperties: false }))),
  closures: Type.Optional(Type.Array(Type.Object({ from: DateSchema, to: DateSchema, name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }), { maxItems: 500 })),
  openings: Type.Optional(Type.Array(Type.Object({ date: DateSchema, hours: Type.Array(TimeRangeSchema, { maxItems: 12 }), name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }), { maxItems: 500 })),
  holidayOverrides: Type.Optional(Type.Object({
    add: Type.Optional(Type.Array(Type.Object({ date: DateSchema, name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }), { maxItems: 500 })),
    remove: Type.Optional(Type.Array(DateSchema, { maxItems: 500 })),
  }, { additionalProperties: false })),
  culture: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  settings: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
}, { additionalProperties: false });

export const MarketSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  countries: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  timeZone: Type.String(),
  currency: Type.String(),
  hours: Type.Record(Type.String(), Type.Record(Type.String(), Type.Array(Type.Array(Type.String())))),
  holidays: Nullable(Type.Object({ country: Type.String(), region: Nullable(Type.String()), types: Type.Array(Type.String()) })),
  closures: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), name: Type.String() })),
  openings: Type.Array(Type.Object({ date: Type.String(), hours: Type.Array(Type.Array(Type.String())), name: Type.String() })),
  holidayOverrides: Type.Object({ add: Type.Array(Type.Object({ date: Type.String(), name: Type.String() })), remove: Type.Array(Type.String()) }),
  culture: Type.Record(Type.String(), Type.Unknown()),
  settings: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
}, { $id: 'Market' });

const ChannelKeySchema = Type.String({ pattern: '^[a-z][a-z0-9-]{1,30}$', description: 'a channel kind (`email`, `chat`, `phone`…); hours come from `hours.<channel>`, else `hours.default`' });
const InstantText = Type.String({ format: 'date-time', maxLength: 40, description: 'ISO 8601 instant with an offset' });

export const MarketCodeParamsSchema = Type.Object({ code: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }) });

export const DeadlineBodySchema = Type.Object({
  from: InstantText,
  duration: Type.String({ minLength: 2, maxLength: 64, description: 'ISO 8601 duration of open time, e.g. `PT4H`, `PT240M`, `P2D` (a day is 24 open hours); more than zero, at most one year' }),
  channel: Type.Optional(Nullable(ChannelKeySchema)),
}, { additionalProperties: false });

export const DeadlineSchema = Type.Object({
  dueAt: Type.String({ description: 'UTC instant' }),
  dueAtLocal: Type.String({ description: 'the same instant in the market\'s time zone, with its offset' }),
});

export const AvailabilityQuerySchema = Type.Object({
  at: Type.Optional(InstantText),
  channel: Type.Optional(ChannelKeySchema),
}, { additionalProperties: false });

export const AvailabilitySchema = Type.Object({
  open: Type.Boolean(),
  closesAt: Nullable(Type.String()),
  nextOpenAt: Nullable(Type.String()),
  reason: Nullable(Type.Enum(['holiday', 'closure', 'hours'])),
  holidayName: Nullable(Type.String()),
});

const DateOrInstant = Type.String({ minLength: 10, maxLength: 40, description: 'a local date `YYYY-MM-DD` of the market, or an ISO 8601 instant' });

export const CalendarQuerySchema = Type.Object({
  from: Type.Optional(DateOrInstant),
  to: Type.Optional(Type.String({ minLength: 10, maxLength: 40, description: 'a local date (inclusive) or an instant (exclusive); at most 400 days after `from`' })),
  channel: Type.Optional(ChannelKeySchema),
}, { additionalProperties: false });

const LocalInterval = Type.Object({ start: Type.String(), end: Type.String(), startLocal: Type.String(), endLocal: Type.String() });

export const CalendarViewSchema = Type.Object({
  market: Type.String(),
  channel: Nullable(Type.String()),
  hours: Type.String({ description: 'the entry of `hours` that applies: the channel\'s own or `default`' }),
  timeZone: Type.String(),
  from: Type.String(),
  to: Type.String(),
  intervals: Type.Array(LocalInterval),
  holidays: Type.Array(Type.Object({ date: Type.String(), name: Type.String(), type: Nullable(Type.String()), source: Type.String() })),
  closures: Type.Array(Type.Object({ date: Type.String(), name: Type.String() })),
  openings: Type.Array(Type.Object({ date: Type.String(), name: Type.String(), hours: Type.Array(Type.Array(Type.String())), source: Type.String() })),
});

export const MarketPresetSchema = Type.Object({
  code: Type.String(),
  country: Type.String(),
  name: Type.String(),
  countries: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  timeZone: Type.String(),
  otherTimeZones: Type.Array(Type.String()),
  currency: Type.String(),
  weekend: Type.Array(Type.String()),
  weekendNote: Nullable(Type.String()),
  hours: Type.Record(Type.String(), Type.Record(Type.String(), Type.Array(Type.Array(Type.String())))),
  holidays: Type.Object({ country: Type.String(), region: Nullable(Type.String()), types: Type.Array(Type.String()) }),
  paymentMethods: Type.Array(Type.String()),
  channels: Type.Array(Type.String()),
});
