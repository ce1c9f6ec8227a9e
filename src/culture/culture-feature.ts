import type { CalendarService } from '../markets/index.js';
import type { AppContext } from '../server/app-context.js';
import type { App } from '../server/fastify-types.js';
import type { TranslationProvider } from '../translation/index.js';
import { BriefingService } from './briefing-service.js';
import { CultureContexts } from './culture-context.js';
import { cultureRoutes } from './culture-routes.js';
import { MacroService } from './macro-service.js';
import { macroRoutes } from './macro-routes.js';
import { reviewRoutes } from './review-routes.js';
import { ReviewService } from './review-service.js';

/** What `installCultureFeature` gives the feature switchboard. */
export interface CultureFeature {
  routes: Array<(app: App, ctx: AppContext) => void | Promise<void>>;
  reviews: ReviewService;
  briefings: BriefingService;
  macros: MacroService;
}

/**
 * Turns on culture: the reply review (run on every public reply an agent or integration sends, with audited
 * overrides of blocking issues), conversation briefings, localized macros with machine drafts, the brand signature,
 * and the culture profile endpoints.
 *
 * @example
 * const culture = installCultureFeature(ctx, { calendars: markets.calendars, translationProvider: translation.service.provider });
 * routes.push(...culture.routes);
 */
export function installCultureFeature(
  ctx: Omit<AppContext, 'forgetTokens'>, deps: { calendars: CalendarService; translationProvider: TranslationProvider | null },
): CultureFeature {
  const contexts = new CultureContexts(ctx.store, ctx.markets);
  const reviews = new ReviewService({ contexts });
  ctx.outbound.setReviewer(reviews);
  const briefings = new BriefingService({ store: ctx.store, clock: ctx.clock, calendars: deps.calendars, contexts });
  const macros = new MacroService({ store: ctx.store, clock: ctx.clock, markets: ctx.markets, provider: deps.translationProvider });
  return {
    routes: [reviewRoutes(contexts, reviews), cultureRoutes(contexts, briefings), macroRoutes(contexts, macros, reviews)],
    reviews, briefings, macros,
  };
}
