import { negotiateLocale } from '../../domain/language/index.js';
import { isoInstant } from '../../lib/clock.js';
import { CalendarService, type MarketCalendar } from '../../markets/index.js';

/** The languages the widget has catalogues for (web/widget/src/widget-i18n.ts). */
export const WIDGET_LOCALES = ['en', 'fr', 'de', 'it', 'es', 'pt', 'ja', 'zh', 'ko', 'ar', 'ro', 'he'] as const;

const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Compiled calendars for the chat widget's opening hours (shared by the chat channels of a process). */
export const chatCalendars = new CalendarService();

/**
 * The widget's language for a visitor: the best of the market's languages for the browser's (the visitor reads it
 * and the market's agents write it), else the market's first language; then the closest catalogue the widget has.
 *
 * @example
 * widgetLocale(['fr-CH', 'en'], ['de', 'fr', 'it']); // 'fr'
 * widgetLocale(['en-US'], ['ja']); // 'ja'
 */
export function widgetLocale(browserLanguages: readonly string[], marketLanguages: readonly string[]): string {
  const market = marketLanguages.length ? marketLanguages : ['en'];
  const chosen = negotiateLocale(browserLanguages, market, market[0]!);
  return negotiateLocale([chosen], WIDGET_LOCALES, 'en');
}

/**
 * `rtl` for right-to-left languages (Arabic, Hebrew, Persian, Urdu…), else `ltr`.
 *
 * @example
 * textDirection('ar'); // 'rtl'
 */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  return rtlLanguages.has(locale.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/** Whether chat is open now and, when closed, when it opens next (UTC; the widget writes it in the visitor's zone). */
export interface ChatAvailability {
  open: boolean;
  nextOpenAt: string | null;
  closesAt: string | null;
  reason: 'holiday' | 'closure' | 'hours' | null;
  holidayName: string | null;
}

/**
 * The market's chat availability at an instant (`hours.chat`, else `hours.default`, minus holidays and closures).
 *
 * @example
 * chatAvailability(japan, Date.parse('2027-05-03T10:00:00+09:00')); // { open: false, reason: 'holiday', nextOpenAt: '2027-05-06T00:00:00.000Z', … }
 */
export function chatAvailability(market: MarketCalendar | undefined, nowMs: number, calendars: CalendarService = chatCalendars): ChatAvailability {
  if (!market) return { open: true, nextOpenAt: null, closesAt: null, reason: null, holidayName: null };
  const at = calendars.availability(market, 'chat', nowMs);
  return {
    open: at.open, nextOpenAt: at.nextOpenAt === null ? null : isoInstant(at.nextOpenAt), closesAt: at.closesAt === null ? null : isoInstant(at.closesAt),
    reason: at.reason, holidayName: at.holidayName ?? null,
  };
}
