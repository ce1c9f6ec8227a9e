import type { TimeRange, Weekday, WeeklyHours } from '../business-time/index.js';
import type { HolidaySpec, MarketDocument, MarketHours } from './market-types.js';

/**
 * A built-in starting point for one country's market. `hours` holds `default` plus the channels whose
 * usual hours differ; `paymentMethods` and `channels` are ordered by how common they are. Sources are
 * listed in docs/markets.md.
 */
export interface MarketPreset {
  /** Market code for `PUT /api/v1/markets/{code}`: the lower-case country code. */
  code: string;
  /** ISO 3166-1 alpha-2 country the preset is for. */
  country: string;
  /** English name. */
  name: string;
  countries: readonly string[];
  /** BCP 47 tags, the primary language first. */
  languages: readonly string[];
  /** Default IANA zone: where most customers and the capital are. */
  timeZone: string;
  /** Further zones of countries spanning several UTC offsets. */
  otherTimeZones: readonly string[];
  /** ISO 4217. */
  currency: string;
  /** Usual weekly days off. */
  weekend: readonly Weekday[];
  /** Where the weekend is not the whole story (Israel, Mexico, India). */
  weekendNote: string | null;
  hours: MarketHours;
  holidays: HolidaySpec;
  /** Common local ways to pay, most common first. */
  paymentMethods: readonly string[];
  /** Channel kinds customers there prefer, most preferred first (`email`, `chat`, `phone`, `line`, …). */
  channels: readonly string[];
}

const MON_FRI: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const MON_SAT: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SUN_THU: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu'];
const EVERY_DAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SAT_SUN: readonly Weekday[] = ['sat', 'sun'];

/** Weekly hours with the same ranges on each of `days`. */
function on(days: readonly Weekday[], ...ranges: TimeRange[]): WeeklyHours {
  return Object.fromEntries(days.map((day) => [day, ranges]));
}

/** Hours from `"HH:MM"` pairs, e.g. `r('09:00', '18:00')`. */
function r(start: string, end: string): TimeRange {
  return [start, end];
}

interface PresetInput {
  country: string;
  name: string;
  languages: readonly string[];
  timeZone: string;
  otherTimeZones?: readonly string[];
  currency: string;
  weekend?: readonly Weekday[];
  weekendNote?: string;
  hours: MarketHours;
  paymentMethods: readonly string[];
  channels: readonly string[];
}

function preset(input: PresetInput): MarketPreset {
  return {
    code: input.country.toLowerCase(),
    country: input.country,
    name: input.name,
    countries: [input.country],
    languages: input.languages,
    timeZone: input.timeZone,
    otherTimeZones: input.otherTimeZones ?? [],
    currency: input.currency,
    weekend: input.weekend ?? SAT_SUN,
    weekendNote: input.weekendNote ?? null,
    hours: input.hours,
    holidays: { country: input.country, region: null, types: ['public'] },
    paymentMethods: input.paymentMethods,
    channels: input.channels,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const CARDS = 'credit/debit card';

/** Built-in market presets, one per country, in the order of docs/markets.md. */
export const marketPresets: readonly MarketPreset[] = deepFreeze([
  // Asia–Pacific
  preset({
    country: 'JP', name: 'Japan', languages: ['ja'], timeZone: 'Asia/Tokyo', currency: 'JPY',
    hours: { default: on(MON_FRI, r('09:00', '18:00')), phone: on(MON_FRI, r('10:00', '17:00')) },
    paymentMethods: ['credit card', 'konbini (convenience-store payment)', 'PayPay', 'bank transfer', 'cash on delivery (daibiki)', 'carrier billing'],
    channels: ['email', 'line', 'phone'],
  }),
  preset({
    country: 'CN', name: 'China', languages: ['zh'], timeZone: 'Asia/Shanghai', otherTimeZones: ['Asia/Urumqi'], currency: 'CNY',
    hours: {
      default: on(MON_FRI, r('09:00', '18:00')),
      chat: on(EVERY_DAY, r('09:00', '21:00')),
      wechat: on(EVERY_DAY, r('09:00', '21:00')),
    },
    paymentMethods: ['Alipay', 'WeChat Pay', 'UnionPay card'],
    channels: ['wechat', 'chat', 'phone', 'email'],
  }),
  preset({
    country: 'KR', name: 'South Korea', languages: ['ko'], timeZone: 'Asia/Seoul', currency: 'KRW',
    hours: { default: on(MON_FRI, r('09:00', '12:00'), r('13:00', '18:00')) },
    paymentMethods: [CARDS, 'KakaoPay', 'Naver Pay', 'Toss Pay', 'bank transfer (virtual account)'],
    channels: ['kakaotalk', 'phone', 'email'],
  }),
  preset({
    country: 'TW', name: 'Taiwan', languages: ['zh-Hant'], timeZone: 'Asia/Taipei', currency: 'TWD',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['credit card', 'convenience-store payment', 'LINE Pay', 'JKOPAY', 'ATM transfer', 'cash on delivery'],
    channels: ['line', 'email', 'phone'],
  }),
  preset({
    country: 'HK', name: 'Hong Kong', languages: ['zh-Hant', 'en'], timeZone: 'Asia/Hong_Kong', currency: 'HKD',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['credit card', 'FPS (Faster Payment System)', 'Octopus', 'PayMe', 'AlipayHK'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'SG', name: 'Singapore', languages: ['en', 'zh', 'ms', 'ta'], timeZone: 'Asia/Singapore', currency: 'SGD',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: [CARDS, 'PayNow', 'GrabPay', 'PayPal'],
    channels: ['whatsapp', 'email', 'chat'],
  }),
  preset({
    country: 'IN', name: 'India', languages: ['en', 'hi'], timeZone: 'Asia/Kolkata', currency: 'INR',
    weekend: ['sun'], weekendNote: 'Sunday is the common day off; many offices also close on Saturday.',
    hours: { default: on(MON_SAT, r('09:00', '18:00')), chat: on(EVERY_DAY, r('09:00', '21:00')) },
    paymentMethods: ['UPI', 'cash on delivery', CARDS, 'net banking', 'wallets (Paytm, PhonePe)'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'ID', name: 'Indonesia', languages: ['id'], timeZone: 'Asia/Jakarta',
    otherTimeZones: ['Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'], currency: 'IDR',
    hours: { default: on(MON_FRI, r('08:00', '17:00')) },
    paymentMethods: ['bank transfer (virtual account)', 'e-wallets (GoPay, OVO, DANA, ShopeePay)', 'QRIS', 'cash on delivery', 'convenience store (Indomaret, Alfamart)'],
    channels: ['whatsapp', 'email', 'chat'],
  }),
  preset({
    country: 'TH', name: 'Thailand', languages: ['th'], timeZone: 'Asia/Bangkok', currency: 'THB',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['PromptPay', 'bank transfer', CARDS, 'TrueMoney Wallet', 'cash on delivery'],
    channels: ['line', 'phone', 'email'],
  }),
  preset({
    country: 'AU', name: 'Australia', languages: ['en'], timeZone: 'Australia/Sydney',
    otherTimeZones: ['Australia/Melbourne', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth', 'Australia/Hobart', 'Australia/Lord_Howe'],
    currency: 'AUD',
    hours: { default: on(MON_FRI, r('09:00', '17:00')), chat: on(MON_FRI, r('08:00', '20:00')) },
    paymentMethods: [`${CARDS} (eftpos)`, 'PayPal', 'Afterpay', 'PayID / Osko', 'Apple Pay'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'NZ', name: 'New Zealand', languages: ['en', 'mi'], timeZone: 'Pacific/Auckland', otherTimeZones: ['Pacific/Chatham'], currency: 'NZD',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: [CARDS, 'Afterpay', 'PayPal', 'bank transfer'],
    channels: ['email', 'chat', 'phone'],
  }),
  // Middle East and Africa
  preset({
    country: 'AE', name: 'United Arab Emirates', languages: ['ar', 'en'], timeZone: 'Asia/Dubai', currency: 'AED',
    weekendNote: 'Saturday–Sunday since 1 January 2022 (Friday–Saturday before); Friday is often a short day.',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: [CARDS, 'cash on delivery', 'Tabby', 'Tamara', 'Apple Pay'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'SA', name: 'Saudi Arabia', languages: ['ar', 'en'], timeZone: 'Asia/Riyadh', currency: 'SAR',
    weekend: ['fri', 'sat'],
    hours: { default: on(SUN_THU, r('09:00', '17:00')) },
    paymentMethods: ['mada card', 'Apple Pay', 'STC Pay', 'Tabby', 'Tamara', 'cash on delivery'],
    channels: ['whatsapp', 'phone', 'email'],
  }),
  preset({
    country: 'IL', name: 'Israel', languages: ['he', 'ar', 'en'], timeZone: 'Asia/Jerusalem', currency: 'ILS',
    weekend: ['fri', 'sat'],
    weekendNote: 'The official weekend is Friday–Saturday (Shabbat from Friday sunset); most businesses work Sunday to Thursday, some open Friday morning.',
    hours: { default: on(SUN_THU, r('09:00', '18:00')) },
    paymentMethods: ['credit card (with installments, tashlumim)', 'Bit', 'PayPal', 'Apple Pay / Google Pay'],
    channels: ['whatsapp', 'phone', 'email'],
  }),
  preset({
    country: 'TR', name: 'Türkiye', languages: ['tr'], timeZone: 'Europe/Istanbul', currency: 'TRY',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['credit card with installments (taksit)', 'debit card', 'bank transfer (havale/EFT)', 'cash on delivery'],
    channels: ['whatsapp', 'phone', 'email'],
  }),
  preset({
    country: 'ZA', name: 'South Africa', languages: ['en', 'af', 'zu'], timeZone: 'Africa/Johannesburg', currency: 'ZAR',
    hours: { default: on(MON_FRI, r('08:00', '17:00')) },
    paymentMethods: [CARDS, 'instant EFT', 'SnapScan / Zapper', 'PayFlex'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  // Americas
  preset({
    country: 'US', name: 'United States', languages: ['en', 'es'], timeZone: 'America/New_York',
    otherTimeZones: ['America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu'],
    currency: 'USD',
    hours: {
      default: on(MON_FRI, r('09:00', '18:00')),
      phone: on(MON_FRI, r('09:00', '17:00')),
      chat: { ...on(MON_FRI, r('08:00', '20:00')), ...on(SAT_SUN, r('10:00', '16:00')) },
    },
    paymentMethods: [CARDS, 'PayPal', 'Apple Pay', 'Google Pay', 'buy now pay later (Affirm, Klarna, Afterpay)'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'CA', name: 'Canada', languages: ['en', 'fr'], timeZone: 'America/Toronto',
    otherTimeZones: ['America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Regina', 'America/Halifax', 'America/St_Johns', 'America/Whitehorse'],
    currency: 'CAD',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: ['credit card', 'Interac (debit, e-Transfer)', 'PayPal', 'Apple Pay'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'MX', name: 'Mexico', languages: ['es'], timeZone: 'America/Mexico_City',
    otherTimeZones: ['America/Cancun', 'America/Chihuahua', 'America/Mazatlan', 'America/Hermosillo', 'America/Tijuana'],
    currency: 'MXN',
    weekend: ['sun'], weekendNote: 'Sunday is the legal rest day; many offices work Saturday morning or close all Saturday.',
    hours: { default: { ...on(MON_FRI, r('09:00', '18:00')), sat: [r('09:00', '14:00')] } },
    paymentMethods: [`${CARDS} (meses sin intereses)`, 'OXXO Pay (cash)', 'SPEI bank transfer', 'Mercado Pago', 'PayPal'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'BR', name: 'Brazil', languages: ['pt-BR'], timeZone: 'America/Sao_Paulo',
    otherTimeZones: ['America/Manaus', 'America/Cuiaba', 'America/Campo_Grande', 'America/Porto_Velho', 'America/Boa_Vista', 'America/Rio_Branco', 'America/Noronha', 'America/Belem', 'America/Fortaleza', 'America/Recife', 'America/Bahia'],
    currency: 'BRL',
    hours: {
      default: on(MON_FRI, r('09:00', '18:00')),
      whatsapp: { ...on(MON_FRI, r('08:00', '20:00')), sat: [r('09:00', '14:00')] },
    },
    paymentMethods: ['Pix', 'credit card with installments (parcelado)', 'boleto bancário', 'Mercado Pago'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'AR', name: 'Argentina', languages: ['es'], timeZone: 'America/Argentina/Buenos_Aires', currency: 'ARS',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['Mercado Pago', 'credit card in installments (cuotas)', 'bank transfer', 'cash (Rapipago, Pago Fácil)'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  // Europe
  preset({
    country: 'GB', name: 'United Kingdom', languages: ['en'], timeZone: 'Europe/London', currency: 'GBP',
    hours: { default: on(MON_FRI, r('09:00', '17:30')), chat: on(MON_FRI, r('08:00', '20:00')) },
    paymentMethods: [CARDS, 'PayPal', 'Apple Pay / Google Pay', 'Klarna / Clearpay'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'IE', name: 'Ireland', languages: ['en', 'ga'], timeZone: 'Europe/Dublin', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '17:30')) },
    paymentMethods: [CARDS, 'PayPal', 'Apple Pay / Google Pay', 'Revolut Pay'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'FR', name: 'France', languages: ['fr'], timeZone: 'Europe/Paris', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '18:00')), phone: on(MON_FRI, r('09:00', '12:30'), r('14:00', '18:00')) },
    paymentMethods: ['Carte Bancaire (CB)', 'PayPal', 'Apple Pay', 'pay in 3 or 4 instalments (Alma, Oney)', 'SEPA transfer'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'DE', name: 'Germany', languages: ['de'], timeZone: 'Europe/Berlin', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '18:00')), phone: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: ['PayPal', 'invoice (Kauf auf Rechnung)', 'SEPA direct debit (Lastschrift)', 'credit card', 'Klarna'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'AT', name: 'Austria', languages: ['de'], timeZone: 'Europe/Vienna', currency: 'EUR',
    hours: { default: on(MON_FRI, r('08:00', '17:00')) },
    paymentMethods: ['PayPal', 'invoice (Kauf auf Rechnung)', 'Klarna', 'eps online bank transfer', 'credit card'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'CH', name: 'Switzerland', languages: ['de', 'fr', 'it'], timeZone: 'Europe/Zurich', currency: 'CHF',
    hours: { default: on(MON_FRI, r('08:00', '17:00')), phone: on(MON_FRI, r('08:00', '12:00'), r('13:00', '17:00')) },
    paymentMethods: ['TWINT', 'invoice (Rechnung / facture)', 'credit card', 'PostFinance'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'IT', name: 'Italy', languages: ['it'], timeZone: 'Europe/Rome', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '13:00'), r('14:00', '18:00')) },
    paymentMethods: ['PayPal', CARDS, 'prepaid card (PostePay)', 'Satispay', 'cash on delivery (contrassegno)'],
    channels: ['email', 'whatsapp', 'phone'],
  }),
  preset({
    country: 'ES', name: 'Spain', languages: ['es', 'ca', 'gl', 'eu'], timeZone: 'Europe/Madrid', otherTimeZones: ['Atlantic/Canary'], currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: [CARDS, 'Bizum', 'PayPal', 'bank transfer'],
    channels: ['whatsapp', 'email', 'phone'],
  }),
  preset({
    country: 'PT', name: 'Portugal', languages: ['pt-PT'], timeZone: 'Europe/Lisbon', otherTimeZones: ['Atlantic/Azores'], currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['MB WAY', 'Multibanco reference', CARDS, 'PayPal'],
    channels: ['email', 'phone', 'whatsapp'],
  }),
  preset({
    country: 'NL', name: 'Netherlands', languages: ['nl'], timeZone: 'Europe/Amsterdam', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '17:30')) },
    paymentMethods: ['iDEAL', 'Klarna (pay later)', 'PayPal', 'credit card'],
    channels: ['email', 'chat', 'whatsapp'],
  }),
  preset({
    country: 'BE', name: 'Belgium', languages: ['nl', 'fr', 'de'], timeZone: 'Europe/Brussels', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: ['Bancontact', 'credit card', 'PayPal', 'bank transfer'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'DK', name: 'Denmark', languages: ['da'], timeZone: 'Europe/Copenhagen', currency: 'DKK',
    hours: { default: on(MON_FRI, r('09:00', '16:00')) },
    paymentMethods: ['Dankort / Visa-Dankort', 'MobilePay', 'credit card', 'invoice (Klarna)'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'SE', name: 'Sweden', languages: ['sv'], timeZone: 'Europe/Stockholm', currency: 'SEK',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: ['Swish', 'Klarna (invoice, pay later)', CARDS, 'Trustly bank payment'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'NO', name: 'Norway', languages: ['nb', 'nn'], timeZone: 'Europe/Oslo', currency: 'NOK',
    hours: { default: on(MON_FRI, r('08:00', '16:00')) },
    paymentMethods: ['Vipps', 'Klarna (invoice)', CARDS],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'FI', name: 'Finland', languages: ['fi', 'sv'], timeZone: 'Europe/Helsinki', currency: 'EUR',
    hours: { default: on(MON_FRI, r('08:00', '16:00')) },
    paymentMethods: ['online bank payment (verkkomaksu)', 'MobilePay', CARDS, 'Klarna (invoice)'],
    channels: ['email', 'chat', 'phone'],
  }),
  preset({
    country: 'PL', name: 'Poland', languages: ['pl'], timeZone: 'Europe/Warsaw', currency: 'PLN',
    hours: { default: on(MON_FRI, r('08:00', '16:00')) },
    paymentMethods: ['BLIK', 'pay-by-link bank transfer (Przelewy24, PayU)', CARDS, 'cash on delivery (pobranie)', 'PayPo'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'CZ', name: 'Czechia', languages: ['cs'], timeZone: 'Europe/Prague', currency: 'CZK',
    hours: { default: on(MON_FRI, r('08:00', '16:30')) },
    paymentMethods: [CARDS, 'bank transfer (QR payment)', 'cash on delivery (dobírka)', 'GoPay'],
    channels: ['email', 'phone', 'chat'],
  }),
  preset({
    country: 'RO', name: 'Romania', languages: ['ro'], timeZone: 'Europe/Bucharest', currency: 'RON',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: ['cash on delivery (ramburs)', CARDS, 'bank transfer', 'PayPal'],
    channels: ['phone', 'email', 'whatsapp'],
  }),
  preset({
    country: 'HU', name: 'Hungary', languages: ['hu'], timeZone: 'Europe/Budapest', currency: 'HUF',
    hours: { default: on(MON_FRI, r('08:00', '16:30')) },
    paymentMethods: [CARDS, 'cash on delivery (utánvét)', 'bank transfer', 'SimplePay', 'Apple Pay / Google Pay'],
    channels: ['email', 'phone', 'messenger'],
  }),
  preset({
    country: 'GR', name: 'Greece', languages: ['el'], timeZone: 'Europe/Athens', currency: 'EUR',
    hours: { default: on(MON_FRI, r('09:00', '17:00')) },
    paymentMethods: [CARDS, 'cash on delivery (antikatavoli)', 'IRIS instant payment', 'PayPal', 'bank transfer'],
    channels: ['phone', 'email', 'viber'],
  }),
  preset({
    country: 'RU', name: 'Russia', languages: ['ru'], timeZone: 'Europe/Moscow',
    otherTimeZones: ['Europe/Kaliningrad', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka'],
    currency: 'RUB',
    hours: { default: on(MON_FRI, r('09:00', '18:00')) },
    paymentMethods: ['Mir card', 'SBP (Faster Payments System)', 'cash on delivery', 'YooMoney'],
    channels: ['telegram', 'email', 'phone'],
  }),
]);

const byCountry = new Map(marketPresets.map((entry) => [entry.country, entry]));

/**
 * The built-in preset for a country code (any case), or `undefined`.
 *
 * @example
 * getMarketPreset('jp')?.timeZone; // 'Asia/Tokyo'
 */
export function getMarketPreset(countryCode: string): MarketPreset | undefined {
  return byCountry.get(countryCode.toUpperCase());
}

/**
 * A fresh, mutable market document (the shape of `PUT /api/v1/markets/{code}`) built from a preset, with
 * no closures, openings or holiday overrides and an empty culture profile.
 *
 * @example
 * const doc = presetToMarketDocument(getMarketPreset('JP')!);
 * doc.hours.phone; // { mon: [['10:00', '17:00']], … }
 */
export function presetToMarketDocument(source: MarketPreset): MarketDocument {
  const copy = structuredClone({ hours: source.hours, holidays: source.holidays });
  return {
    name: source.name,
    countries: [...source.countries],
    languages: [...source.languages],
    timeZone: source.timeZone,
    currency: source.currency,
    hours: copy.hours,
    holidays: copy.holidays,
    closures: [],
    openings: [],
    holidayOverrides: { add: [], remove: [] },
    culture: {},
  };
}
