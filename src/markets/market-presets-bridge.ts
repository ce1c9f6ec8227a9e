import { presetCulture } from '../domain/culture/index.js';
import { getMarketPreset } from '../domain/markets/index.js';
import { presetToMarketDocument } from '../domain/markets/index.js';
import type { MarketInput } from '../store/market-store.js';

/**
 * A built-in preset as the stored market shape: calendar from the preset, and what the preset knows beyond the
 * calendar (payment methods, preferred channels, weekend, other zones) kept in `settings`.
 *
 * @example
 * presetMarketInput('JP')?.timeZone; // 'Asia/Tokyo'
 */
export function presetMarketInput(country: string): MarketInput | undefined {
  const preset = getMarketPreset(country);
  if (!preset) return undefined;
  const doc = presetToMarketDocument(preset);
  return {
    name: doc.name,
    countries: [...doc.countries],
    languages: [...doc.languages],
    timeZone: doc.timeZone,
    currency: doc.currency,
    hours: structuredClone(doc.hours) as unknown as MarketInput['hours'],
    holidays: doc.holidays ? { country: doc.holidays.country, region: doc.holidays.region ?? null, types: [...(doc.holidays.types ?? ['public'])] } : null,
    closures: [...doc.closures],
    openings: doc.openings.map((o) => ({ date: o.date, name: o.name, hours: o.hours.map(([a, b]) => [a, b] as [string, string]) })),
    holidayOverrides: { add: [...(doc.holidayOverrides?.add ?? [])], remove: [...(doc.holidayOverrides?.remove ?? [])] },
    culture: (presetCulture(country) ?? doc.culture) as Record<string, unknown>,
    settings: {
      paymentMethods: [...preset.paymentMethods], preferredChannels: [...preset.channels], weekend: [...preset.weekend],
      otherTimeZones: [...preset.otherTimeZones],
    },
  };
}
