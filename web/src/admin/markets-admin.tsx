import { api, useResource, type List, type Market } from '../api/index.js';
import { countryName, flagOf, formatInstant, formatList, languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router/index.js';
import { useCurrentUser } from '../session/index.js';
import { DataTable, ResourceState, useNow } from '../shell/index.js';
import { MarketDetail, MarketFromPreset } from './market-detail.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Weekday names in the interface language (1 January 2024 was a Monday). */
function weekdayName(locale: string, index: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
}

/** Consecutive weekdays with the same hours, so a Monday-to-Friday week reads as one line. */
function groupDays(hours: Record<string, string[][]> | undefined): Array<{ from: number; to: number; ranges: string[][] }> {
  const groups: Array<{ from: number; to: number; ranges: string[][] }> = [];
  weekdays.forEach((day, i) => {
    const ranges = hours?.[day] ?? [];
    const last = groups[groups.length - 1];
    if (last && JSON.stringify(last.ranges) === JSON.stringify(ranges)) last.to = i;
    else groups.push({ from: i, to: i, ranges });
  });
  return groups;
}

function WeeklyHours({ hours }: { hours: Record<string, string[][]> | undefined }) {
  const { t, locale } = useI18n();
  return (
    <dl className="weekly-hours">
      {groupDays(hours).map((group) => (
        <div key={group.from} className="weekly-day">
          <dt>{group.from === group.to
            ? weekdayName(locale, group.from)
            : t('markets.dayRange', { from: weekdayName(locale, group.from), to: weekdayName(locale, group.to) })}</dt>
          <dd>{group.ranges.length
            ? <span dir="ltr">{group.ranges.map((r) => `${r[0]}–${r[1]}`).join(', ')}</span>
            : <span className="muted">{t('markets.closed')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The markets the brand sells into, with their zone, local time, languages, currency and default hours. */
export function MarketsAdmin({ code }: { code?: string }) {
  if (code) return <MarketDetail code={code} />;
  return <MarketList />;
}

function MarketList() {
  const { t, locale } = useI18n();
  const now = useNow();
  const user = useCurrentUser();
  const markets = useResource('admin:markets', (signal) => api.get<List<Market>>('/api/v1/markets', {}, signal));
  return (
    <section>
      <h2 id="markets-heading">{t('admin.markets')}</h2>
      <p className="muted">{t('markets.intro')}</p>
      <ResourceState resource={markets} empty={t('markets.empty')}>
        {({ items }) => (
          <DataTable labelledBy="markets-heading" columns={[
            t('markets.market'), t('markets.countries'), t('markets.languages'), t('markets.timeZone'), t('markets.currency'), t('markets.hours'),
          ]}>
            {items.map((m) => (
              <tr key={m.code} data-market={m.code}>
                <th scope="row">
                  {flagOf(m.countries[0]) ? <span aria-hidden="true" className="flag">{flagOf(m.countries[0])} </span> : null}
                  <Link to={`/admin/markets/${encodeURIComponent(m.code)}`}>{m.name}</Link> <span className="muted" dir="ltr">({m.code})</span>
                </th>
                <td>{formatList(locale, m.countries.map((c) => countryName(locale, c)))}</td>
                <td>{formatList(locale, m.languages.map((l) => languageName(locale, l)))}</td>
                <td>
                  <span dir="ltr">{m.timeZone}</span>
                  <br />
                  <span className="muted">{t('markets.localNow', { time: formatInstant(locale, now, m.timeZone, 'shortWeekdayTime') })}</span>
                </td>
                <td dir="ltr">{m.currency}</td>
                <td><WeeklyHours hours={m.hours.default} /></td>
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
      {user.role !== 'agent' ? <MarketFromPreset /> : null}
    </section>
  );
}
