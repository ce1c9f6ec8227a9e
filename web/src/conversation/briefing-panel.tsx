import type { Conversation, Market, Resource } from '../api/index.js';
import { countryName, flagOf, formatInstant, formatList, isoInZone, languageName, zoneOffsetMinutes } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice, NotYet, useNow } from '../shell/index.js';

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

  const deadlines = ([
    ['firstResponse', conversation.firstRespondedAt ? null : conversation.sla.firstResponseDueAt],
    ['nextResponse', conversation.sla.nextResponseDueAt],
    ['resolution', conversation.sla.resolutionDueAt],
  ] as const).filter((entry): entry is readonly ['firstResponse' | 'nextResponse' | 'resolution', string] => entry[1] !== null);

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
          <NotYet feature={t('notYet.marketOpen')} />
          <NotYet feature={t('notYet.etiquette')} />
        </>
      ) : null}
      <h3>{t('briefing.slaHeading')}</h3>
      {deadlines.length > 0 ? (
        <dl className="facts">
          {deadlines.map(([kind, due]) => (
            <div key={kind} className="fact">
              <dt>{t('briefing.sla', { kind })}</dt>
              <dd><time dateTime={due}>{formatInstant(locale, due, agentZone, 'dateTime')}</time></dd>
            </div>
          ))}
        </dl>
      ) : <p className="muted">{t('briefing.noSla')}</p>}
      <NotYet feature={t('notYet.slaCountdown')} />
    </section>
  );
}
