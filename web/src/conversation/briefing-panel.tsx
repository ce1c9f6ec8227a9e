import { useEffect } from 'react';
import { api, useResource, type Availability, type Briefing, type Conversation, type Market, type Resource } from '../api/index.js';
import {
  countryName, flagOf, formatInstant, formatList, formatSpan, isoDurationMs, isoInZone, languageName, zoneOffsetMinutes,
} from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { useLiveRefresh } from '../live/index.js';
import { ErrorNotice, useNow } from '../shell/index.js';

type SlaKind = 'firstResponse' | 'nextResponse' | 'resolution';

/** Each running SLA deadline as a countdown in the agent's zone, red once it has passed. */
function SlaCountdown({ conversation, agentZone }: { conversation: Conversation; agentZone: string }) {
  const { t, locale } = useI18n();
  const now = useNow(10_000);
  const resolved = conversation.status === 'resolved';
  const deadlines = ([
    ['firstResponse', conversation.firstRespondedAt ? null : conversation.sla.firstResponseDueAt],
    ['nextResponse', conversation.sla.nextResponseDueAt],
    ['resolution', resolved ? null : conversation.sla.resolutionDueAt],
  ] as const).filter((entry): entry is readonly [SlaKind, string] => entry[1] !== null);
  if (deadlines.length === 0) return <p className="muted" data-testid="sla-none">{t('briefing.noSla')}</p>;
  return (
    <dl className="facts sla-list" data-testid="sla-countdown">
      {deadlines.map(([kind, due]) => {
        const left = Date.parse(due) - now;
        const breached = left <= 0;
        return (
          <div key={kind} className={breached ? 'fact sla sla-breached' : left < 3_600_000 ? 'fact sla sla-soon' : 'fact sla'} data-sla={kind}
            data-breached={breached ? 'true' : 'false'}>
            <dt>{t('briefing.sla', { kind })}</dt>
            <dd>
              <strong className="sla-remaining">
                {breached ? t('sla.overdue', { time: formatSpan(locale, -left) }) : t('sla.remaining', { time: formatSpan(locale, left) })}
              </strong>
              <br />
              <time dateTime={due} className="muted">{formatInstant(locale, due, agentZone, 'dateTime')}</time>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Whether the market is open now on this conversation's channel, and when it closes or next opens. */
function MarketAvailability({ conversation, agentZone }: { conversation: Conversation; agentZone: string }) {
  const { t, locale } = useI18n();
  const code = conversation.market;
  const key = code ? `availability:${code}:${conversation.channel}` : null;
  const availability = useResource(key, (signal) =>
    api.get<Availability>(`/api/v1/markets/${encodeURIComponent(code!)}/availability`, { channel: conversation.channel }, signal));
  // Opening hours move on by themselves: re-read every few minutes and after a reconnect.
  const now = useNow(120_000);
  const { reload } = availability;
  useLiveRefresh(() => false, reload);
  const changeAt = availability.data ? Date.parse(availability.data.closesAt ?? availability.data.nextOpenAt ?? '') : Number.NaN;
  const passed = !Number.isNaN(changeAt) && changeAt <= now;
  useEffect(() => { if (passed) reload(); }, [passed, reload]);
  if (!code) return null;
  if (availability.error) return <ErrorNotice error={availability.error} onRetry={availability.reload} />;
  const a = availability.data;
  if (!a) return <p className="muted">{t('app.loading')}</p>;
  const when = (at: string) => formatInstant(locale, at, agentZone, 'shortWeekdayTime');
  return (
    <div className={a.open ? 'market-state market-open' : 'market-state market-closed'} data-testid="market-availability" data-open={a.open ? 'true' : 'false'}>
      <p className="market-state-now">
        <span className="market-dot" aria-hidden="true" />
        <strong>{t('availability.now', { open: a.open ? 'yes' : 'no', channel: t('channel.name', { channel: conversation.channel }) })}</strong>
      </p>
      {!a.open && a.reason ? (
        <p className="muted">{t('availability.reason', { reason: a.reason, name: a.holidayName ?? '' })}</p>
      ) : null}
      {a.open && a.closesAt ? <p>{t('availability.closesAt', { time: when(a.closesAt) })}</p> : null}
      {!a.open && a.nextOpenAt ? <p>{t('availability.opensAt', { time: when(a.nextOpenAt) })}</p> : null}
    </div>
  );
}

/** How to address this customer: the server's briefing (culture, register, next holiday, expected response). */
function CultureBriefing({ conversation }: { conversation: Conversation }) {
  const { t, locale } = useI18n();
  const briefing = useResource(`briefing:${conversation.id}:${conversation.market ?? ''}:${conversation.language ?? ''}`, (signal) =>
    api.get<Briefing>(`/api/v1/conversations/${conversation.id}/briefing`, {}, signal));
  if (briefing.error) return <ErrorNotice error={briefing.error} onRetry={briefing.reload} />;
  const b = briefing.data;
  if (!b) return null;
  const expected = isoDurationMs(b.expectedResponseTime);
  return (
    <section className="culture-briefing" aria-labelledby="culture-heading" data-testid="culture-briefing">
      <h3 id="culture-heading">{t('culture.heading')}</h3>
      <dl className="facts">
        {b.address ? (<><dt>{t('culture.address')}</dt><dd><bdi lang={conversation.language ?? undefined}>{b.address.text}</bdi></dd></>) : null}
        <dt>{t('culture.register')}</dt>
        <dd>{t('culture.registerLevel', { level: b.register.level })}</dd>
        {b.salutation.opening ? (<><dt>{t('culture.opening')}</dt><dd><bdi lang={conversation.language ?? undefined}>{b.salutation.opening}</bdi></dd></>) : null}
        {b.salutation.closing ? (<><dt>{t('culture.closing')}</dt><dd><bdi lang={conversation.language ?? undefined}>{b.salutation.closing}</bdi></dd></>) : null}
        {b.nextHoliday ? (
          <>
            <dt>{t('culture.nextHoliday')}</dt>
            <dd><bdi>{b.nextHoliday.name}</bdi> · {t('culture.inDays', { days: b.nextHoliday.inDays, date: formatInstant(locale, `${b.nextHoliday.date}T12:00:00Z`, 'UTC', 'weekdayDate') })}</dd>
          </>
        ) : null}
        {b.holidayGreeting?.text ? (<><dt>{t('culture.holidayGreeting')}</dt><dd><bdi>{b.holidayGreeting.text}</bdi></dd></>) : null}
        <dt>{t('culture.expectedResponse')}</dt>
        <dd>{expected !== null ? formatSpan(locale, expected) : <span dir="ltr">{b.expectedResponseTime}</span>}</dd>
        {b.preferredChannels.length > 0 ? (
          <>
            <dt>{t('culture.preferredChannels')}</dt>
            <dd>{formatList(locale, b.preferredChannels.map((c) => t('channel.name', { channel: c })))}
              {!b.onPreferredChannel ? <span className="muted"> · {t('culture.notPreferred')}</span> : null}</dd>
          </>
        ) : null}
      </dl>
      {b.notes.length > 0 ? (
        <ul className="culture-notes" lang="en" dir="ltr">{b.notes.map((note, i) => <li key={i}>{note}</li>)}</ul>
      ) : null}
    </section>
  );
}

interface Props {
  conversation: Conversation;
  market: Resource<Market>;
  agentZone: string;
}

/** The customer's clock and market beside the thread; what later issues add is marked, not imitated. */
export function BriefingPanel({ conversation, market, agentZone }: Props) {
  const { t, locale } = useI18n();
  const now = useNow(15_000);
  const m = market.data;

  let offsetText = '';
  if (m) {
    const diff = zoneOffsetMinutes(m.timeZone, now) - zoneOffsetMinutes(agentZone, now);
    const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 2 }).format(Math.abs(diff) / 60);
    offsetText = diff === 0 ? t('briefing.sameTime') : diff > 0 ? t('briefing.ahead', { hours }) : t('briefing.behind', { hours });
  }

  return (
    <section className="panel briefing" aria-labelledby="briefing-heading">
      <h2 id="briefing-heading">{t('briefing.heading')}</h2>
      {!conversation.market ? <p className="muted">{t('briefing.noMarket')}</p> : null}
      {market.error ? <ErrorNotice error={market.error} onRetry={market.reload} /> : null}
      {m ? (
        <>
          <p className="customer-clock">
            <time dateTime={isoInZone(now, m.timeZone)} data-zone={m.timeZone} data-testid="customer-local-time">
              {formatInstant(locale, now, m.timeZone, 'time')}
            </time>
          </p>
          <p className="customer-date">{formatInstant(locale, now, m.timeZone, 'weekdayDate')}</p>
          <p className="muted"><span dir="ltr">{m.timeZone}</span> · {offsetText}</p>
          <p className="muted">{t('briefing.yourTime', { time: formatInstant(locale, now, agentZone, 'time'), zone: agentZone })}</p>
          <dl className="facts">
            <dt>{t('briefing.market')}</dt>
            <dd>
              {flagOf(m.countries[0]) ? <span aria-hidden="true" className="flag">{flagOf(m.countries[0])} </span> : null}
              {t('briefing.marketName', { name: m.name, code: m.code.toUpperCase() })}
            </dd>
            <dt>{t('briefing.countries')}</dt>
            <dd>{formatList(locale, m.countries.map((c) => countryName(locale, c)))}</dd>
            <dt>{t('briefing.languages')}</dt>
            <dd>{formatList(locale, m.languages.map((l) => languageName(locale, l)))}</dd>
            <dt>{t('briefing.currency')}</dt>
            <dd dir="ltr">{m.currency}</dd>
          </dl>
          <MarketAvailability conversation={conversation} agentZone={agentZone} />
        </>
      ) : null}
      <h3>{t('briefing.slaHeading')}</h3>
      <SlaCountdown conversation={conversation} agentZone={agentZone} />
      <CultureBriefing conversation={conversation} />
    </section>
  );
}
