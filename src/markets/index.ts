export { presetMarketInput } from './market-presets-bridge.js';
export { nulPaths, validateMarketInput, validateMarketSettings, wantsClosedHoursAutoReply } from './market-validation.js';
export { CalendarService, hoursKeyFor, localDate, localIso, startOfLocalDate, type CalendarView, type MarketCalendar } from './calendar-service.js';
export { MAX_CALENDAR_DAYS, MAX_DEADLINE_MS, marketTimeRoutes, parseTargetDuration } from './market-time-routes.js';
export { SlaClock, slaTargets, type SlaTarget } from './sla-clock.js';
export { DEFAULT_SLA_TERMS, selectSlaPolicy, slaPolicyScore, type SlaPolicyScope, type SlaTerms } from './sla-policy-selection.js';
export {
  applicableSlaPolicies, deleteSlaPolicy, getSlaPolicy, listSlaPolicies, putSlaPolicy, type SlaClockKind, type SlaPolicy, type SlaPolicyInput,
} from './sla-policy-store.js';
export { slaPolicyRoutes } from './sla-policy-routes.js';
export { closedHoursLocale, closedHoursMessages, closedHoursText, localeFallbackChain } from './auto-reply-messages.js';
export { AUTO_REPLY_MAX_AGE_MS, ClosedHoursAutoReply, customerTimeZone, dateLocale, formatOpensAt } from './closed-hours-auto-reply.js';
export { installMarketsFeature, type MarketsFeature } from './markets-feature.js';
