import { DateTime } from 'luxon';
import {
  formatCustomerName, formatLocale, marketFormats, pickForLanguage, type CultureProfile, type Level, type Sensitivities,
} from '../domain/culture/index.js';
import { listHolidays, type MarketCalendarSource } from '../domain/markets/index.js';
import { channelFamily } from '../domain/translation/index.js';
import type { Clock } from '../lib/clock.js';
import { localDate, localIso, type CalendarService } from '../markets/index.js';
import type { Store } from '../store/database.js';
import type { CultureContexts, ReplyCulture } from './culture-context.js';

const DAY_MS = 86_400_000;

/** SLA state of one target, as the briefing shows it. */
export interface SlaTargetState {
  target: string;
  state: 'running' | 'warning' | 'breached' | 'paused' | 'met';
  dueAt: string | null;
}

/** What an agent should know before answering (`GET /api/v1/conversations/{id}/briefing`). */
export interface Briefing {
  conversationId: string;
  market: string | null;
  language: string;
  channel: string;
  customer: { id: string | null; name: string | null; timeZone: string; localTime: string; weekday: string; weekdayLocal: string };
  availability: { open: boolean; closesAt: string | null; nextOpenAt: string | null; reason: string | null; holidayName: string | null } | null;
  nextHoliday: { date: string; name: string; inDays: number } | null;
  holidayGreeting: { holiday: string; date: string; text: string | null } | null;
  register: { level: string; form: string; informalForm: string };
  address: { text: string; part: string; honorific: string | null; nameOrder: string } | null;
  salutation: { opening: string | null; closing: string | null };
  preferredChannels: string[];
  onPreferredChannel: boolean;
  expectedResponseTime: string;
  directness: Level;
  empathy: Level;
  crossSell: string;
  sensitivities: Sensitivities;
  formats: { locale: string; currency: string | null; dateExample: string; amountExample: string | null };
  paymentMethods: string[];
  gifts: string[];
  notes: string[];
  signature: { signOff: string | null; toneWords: string[]; promises: string[] };
  sla: { state: 'none' | SlaTargetState['state']; targets: SlaTargetState[] };
}

const SLA_SEVERITY: Record<SlaTargetState['state'], number> = { met: 0, paused: 1, running: 2, warning: 3, breached: 4 };

/** The expected first-response time for a channel: its own entry, its family's, else `default`. */
export function expectedResponseTime(profile: CultureProfile, channel: string): string {
  return profile.responseTime[channel] ?? profile.responseTime[channelFamily(channel)] ?? profile.responseTime.default ?? 'P1D';
}

function fillName(phrase: string | undefined, name: string | null): string | null {
  if (phrase === undefined) return null;
  if (!phrase.includes('{name}')) return phrase;
  return name ? phrase.replaceAll('{name}', name) : phrase.replace(/[,，、]?\s*\{name\}\s*/g, ' ').replace(/\s+([,.:!，。！])/g, '$1').trim();
}

/**
 * Builds conversation briefings: the customer's clock, the market's hours and holidays, how to address the
 * customer, the culture's expectations and the SLA state.
 *
 * @example
 * const briefing = await briefings.build(culture);
 * briefing.address?.text; // '田中 優希 様'
 */
export class BriefingService {
  constructor(private readonly deps: { store: Store; clock: Clock; calendars: CalendarService; contexts: CultureContexts }) {}

  async build(culture: ReplyCulture): Promise<Briefing> {
    const { market, profile, language, channel } = culture;
    const conversation = culture.conversation!;
    const nowMs = this.deps.clock.now();
    const zone = culture.customer.timeZone ?? market?.timeZone ?? 'UTC';
    const local = DateTime.fromMillis(nowMs, { zone });
    const today = localDate(nowMs, zone);

    let availability: Briefing['availability'] = null;
    const holidays: Array<{ date: string; name: string }> = [];
    if (market) {
      try {
        const a = this.deps.calendars.availability(market, channel, nowMs);
        availability = {
          open: a.open, closesAt: a.closesAt === null ? null : new Date(a.closesAt).toISOString(),
          nextOpenAt: a.nextOpenAt === null ? null : new Date(a.nextOpenAt).toISOString(), reason: a.reason, holidayName: a.holidayName,
        };
        const from = localDate(nowMs - 60 * DAY_MS, market.timeZone);
        const to = localDate(nowMs + 366 * DAY_MS, market.timeZone);
        for (const entry of listHolidays(market as unknown as MarketCalendarSource, from, to)) {
          if (entry.kind === 'holiday') holidays.push({ date: entry.date, name: entry.name });
        }
      } catch {
        // A market the calendar engine cannot compile still gets a briefing, without hours.
      }
    }
    const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
    const marketToday = market ? localDate(nowMs, market.timeZone) : today;
    const upcoming = holidays.find((h) => h.date >= marketToday);
    const nextHoliday = upcoming ? { date: upcoming.date, name: upcoming.name, inDays: daysBetween(marketToday, upcoming.date) } : null;

    let holidayGreeting: Briefing['holidayGreeting'] = null;
    for (const greeting of profile.holidayGreetings) {
      const needle = greeting.holiday.toLowerCase();
      const hit = holidays.find((h) => {
        if (!h.name.toLowerCase().includes(needle)) return false;
        const diff = daysBetween(marketToday, h.date);
        return diff <= greeting.daysBefore && diff >= -greeting.daysAfter;
      });
      if (hit) {
        holidayGreeting = { holiday: hit.name, date: hit.date, text: pickForLanguage(greeting.greeting, language) ?? null };
        break;
      }
    }

    const register = pickForLanguage(profile.register, language)!;
    const names = pickForLanguage(profile.names, language)!;
    const formatted = formatCustomerName(culture.customer.name, language, names, culture.customer.gender);
    const salutations = pickForLanguage(profile.salutations, language) ?? { opening: [], closing: [] };
    const opening = salutations.opening.find((p) => p.includes('{name}') && formatted) ?? salutations.opening[0];

    const signature = await this.deps.contexts.signature();
    const formats = marketFormats(formatLocale(profile.formats.locale, language, market?.countries[0]), market?.currency ?? 'USD');
    return {
      conversationId: conversation.id,
      market: market?.code ?? null,
      language,
      channel,
      customer: {
        id: culture.customer.id, name: culture.customer.name, timeZone: zone, localTime: localIso(nowMs, zone),
        weekday: local.setLocale('en').weekdayLong!.toLowerCase(),
        weekdayLocal: new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: zone }).format(nowMs),
      },
      availability,
      nextHoliday,
      holidayGreeting,
      register: { level: register.level, form: register.formal, informalForm: register.informal },
      address: formatted ? { text: formatted.text, part: formatted.part, honorific: formatted.honorific, nameOrder: names.order } : null,
      salutation: { opening: fillName(opening, formatted?.text ?? null), closing: salutations.closing[0] ?? null },
      preferredChannels: profile.preferredChannels,
      onPreferredChannel: profile.preferredChannels.length === 0 || profile.preferredChannels.includes(channel),
      expectedResponseTime: expectedResponseTime(profile, channel),
      directness: profile.directness,
      empathy: profile.empathy,
      crossSell: profile.crossSell,
      sensitivities: profile.sensitivities,
      formats: { locale: formats.locale, currency: market?.currency ?? null, dateExample: formats.dateExample, amountExample: market ? formats.amountExample : null },
      paymentMethods: profile.paymentMethods,
      gifts: profile.gifts,
      notes: profile.notes,
      signature: {
        signOff: this.deps.contexts.signOff(culture, signature),
        toneWords: signature.toneWords,
        promises: pickForLanguage(signature.promises, language) ?? [],
      },
      sla: await this.slaState(conversation.id, nowMs),
    };
  }

  private async slaState(conversationId: string, nowMs: number): Promise<Briefing['sla']> {
    const rows = await this.deps.store.db.selectFrom('sla_timers')
      .select(['target', 'cycle', 'due_at', 'warn_at', 'paused_at', 'stopped_at', 'breached_at', 'warned_at'])
      .where('conversation_id', '=', conversationId).execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const row of rows) {
      const seen = latest.get(row.target);
      if (!seen || Number(row.cycle) > Number(seen.cycle)) latest.set(row.target, row);
    }
    const targets: SlaTargetState[] = [...latest.values()].map((t) => {
      const due = t.due_at ? Date.parse(t.due_at) : null;
      let state: SlaTargetState['state'];
      if (t.stopped_at) state = t.breached_at || (due !== null && Date.parse(t.stopped_at) > due) ? 'breached' : 'met';
      else if (t.paused_at) state = 'paused';
      else if (t.breached_at || (due !== null && nowMs >= due)) state = 'breached';
      else if (t.warned_at || (t.warn_at && nowMs >= Date.parse(t.warn_at))) state = 'warning';
      else state = 'running';
      return { target: t.target, state, dueAt: t.due_at };
    }).sort((a, b) => a.target.localeCompare(b.target));
    const open = targets.filter((t) => t.state !== 'met');
    const worst = open.reduce<SlaTargetState['state'] | null>((w, t) => (w === null || SLA_SEVERITY[t.state] > SLA_SEVERITY[w] ? t.state : w), null);
    return { state: targets.length === 0 ? 'none' : worst ?? 'met', targets };
  }
}
