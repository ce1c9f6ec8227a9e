import type { FieldError } from '../../errors/index.js';
import type { MarketInput } from '../../store/market-store.js';

/**
 * The seams through which the calendar and culture features plug into the market routes: deeper validation,
 * built-in presets, and cache invalidation when a market changes.
 */
export const marketExtensions: {
  validate(input: MarketInput): FieldError[];
  preset(country: string): Partial<MarketInput> | undefined;
  changed(code: string): void;
} = {
  validate: () => [],
  preset: () => undefined,
  changed: () => undefined,
};
