import { useState, type FormEvent } from 'react';
import { api, ApiError, useResource, type CalendarView, type List, type Market, type MarketPreset } from '../api/index.js';
import { countryName, flagOf, formatList } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router/index.js';
import { ErrorNotice, useDirectory } from '../shell/index.js';
import { idPattern } from './input-patterns.js';

const DAY_MS = 86_400_000;

/** Today's date (YYYY-MM-DD) in a zone. */
function localToday(zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayLabel(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** The open intervals of the next seven days for one channel, one row per local day (the market's clock). */
function WeekView({ market, channel }: { market: Market; channel: string }) {
  const { t, locale } = useI18n();
  const from = localToday(market.timeZone);
  const to = addDays(from, 6);
  const week = useResource(`calendar:${market.code}:${channel}:${from}`, (signal) =>
    api.get<CalendarView>(`/api/v1/markets/${encodeURIComponent(market.code)}/calendar`, { from, to, channel: channel === 'default' ? '' : channel }, signal));
  if (week.error) return <ErrorNotice error={week.error} onRetry={week.reload} />;
  if (!week.data) return <p className="muted">{t('app.loading')}</p>;
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  const named = new Map<string, string>();
  for (const h of week.data.holidays) named.set(h.date, h.name);
  for (const c of week.data.closures) named.set(c.date, c.name);
  for (const o of week.data.openings) named.set(o.date, o.name);
  return (
    <table className="table week-view" data-testid="week-view">
      <caption className="visually-hidden">{t('marketDetail.weekCaption', { channel: t('channel.name', { channel }) })}</caption>
      <tbody>
        {days.map((day) => {
          const ranges = week.data!.intervals
            .filter((i) => i.startLocal.slice(0, 10) === day)
            .map((i) => `${i.startLocal.slice(11, 16)}–${i.endLocal.slice(0, 10) === day ? i.endLocal.slice(11, 16) : '24:00'}`);
          return (
            <tr key={day} data-date={day}>
              <th scope="row">{dayLabel(locale, day)}</th>
              <td>{ranges.length ? <span dir="ltr">{ranges.join(', ')}</span> : <span className="muted">{t('markets.closed')}</span>}</td>
              <td>{named.has(day) ? <bdi>{named.get(day)}</bdi> : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Holidays, closures and special openings over the next three months. */
function DaysOff({ market }: { market: Market }) {
  const { t, locale } = useI18n();
  const from = localToday(market.timeZone);
  const to = addDays(from, 90);
  const range = useResource(`calendar-days:${market.code}:${from}`, (signal) =>
    api.get<CalendarView>(`/api/v1/markets/${encodeURIComponent(market.code)}/calendar`, { from, to }, signal));
  if (range.error) return <ErrorNotice error={range.error} onRetry={range.reload} />;
  if (!range.data) return null;
  const entries = [
    ...range.data.holidays.map((h) => ({ date: h.date, name: h.name, kind: 'holiday' })),
    ...range.data.closures.map((c) => ({ date: c.date, name: c.name, kind: 'closure' })),
    ...range.data.openings.map((o) => ({ date: o.date, name: `${o.name} (${o.hours.map((h) => h.join('–')).join(', ')})`, kind: 'opening' })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (entries.length === 0) return <p className="muted">{t('marketDetail.noDaysOff')}</p>;
  return (
    <ul className="days-off" data-testid="days-off">
      {entries.map((e) => (
        <li key={`${e.kind}-${e.date}-${e.name}`} data-kind={e.kind}>
          <time dateTime={e.date}>{dayLabel(locale, e.date)}</time>{' '}
          <span className={`badge day-${e.kind}`}>{t('marketDetail.dayKind', { kind: e.kind })}</span>{' '}
          <bdi>{e.name}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** One market: its hours per channel as a week, and its holidays, closures and openings. */
export function MarketDetail({ code }: { code: string }) {
  const { t, locale } = useI18n();
  const market = useResource(`admin:market:${code}`, (signal) => api.get<Market>(`/api/v1/markets/${encodeURIComponent(code)}`, {}, signal));
  const [channel, setChannel] = useState('default');
  if (market.error) return <><p><Link to="/admin/markets">{t('marketDetail.back')}</Link></p><ErrorNotice error={market.error} onRetry={market.reload} /></>;
  const m = market.data;
  if (!m) return <p className="muted">{t('app.loading')}</p>;
  const channels = Object.keys(m.hours);
  if (!channels.includes('default')) channels.unshift('default');
  return (
    <section aria-labelledby="market-detail-heading" data-testid="market-detail">
      <p><Link to="/admin/markets">{t('marketDetail.back')}</Link></p>
      <h2 id="market-detail-heading">
        {flagOf(m.countries[0]) ? <span aria-hidden="true" className="flag">{flagOf(m.countries[0])} </span> : null}
        {t('briefing.marketName', { name: m.name, code: m.code.toUpperCase() })}
      </h2>
      <p className="muted">
        <span dir="ltr">{m.timeZone}</span> · {formatList(locale, m.countries.map((c) => countryName(locale, c)))} · <span dir="ltr">{m.currency}</span>
      </p>
      <h3 id="week-heading">{t('marketDetail.week')}</h3>
      <div className="field-inline">
        <label htmlFor="week-channel">{t('inbox.filter.channel')}</label>
        <select id="week-channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
          {channels.map((c) => <option key={c} value={c}>{c === 'default' ? t('marketDetail.defaultHours') : t('channel.name', { channel: c })}</option>)}
        </select>
      </div>
      <WeekView market={m} channel={channel} />
      <h3>{t('marketDetail.daysOff')}</h3>
      <DaysOff market={m} />
    </section>
  );
}

/** Adds a market from a built-in country preset (hours, holidays, languages, currency), under a chosen code. */
export function MarketFromPreset() {
  const { t } = useI18n();
  const { markets } = useDirectory();
  const presets = useResource('admin:market-presets', (signal) => api.get<List<MarketPreset>>('/api/v1/market-presets', {}, signal));
  const [preset, setPreset] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const chosen = presets.data?.items.find((p) => p.country === preset);
  const target = code.trim() || chosen?.code || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen || !target) return;
    setBusy(true);
    setError(null);
    try {
      await api.put<Market>(`/api/v1/markets/${encodeURIComponent(target)}`, { preset: chosen.country });
      navigate(`/admin/markets/${encodeURIComponent(target)}`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'CLIENT', String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} aria-labelledby="preset-heading">
      <h3 id="preset-heading">{t('marketDetail.fromPreset')}</h3>
      {presets.error ? <ErrorNotice error={presets.error} onRetry={presets.reload} /> : null}
      <div className="field-inline">
        <label htmlFor="preset-country">{t('marketDetail.preset')}</label>
        <select id="preset-country" value={preset} onChange={(e) => setPreset(e.target.value)} required>
          <option value="">{t('marketDetail.choosePreset')}</option>
          {(presets.data?.items ?? []).map((p) => (
            <option key={p.country} value={p.country}>{`${flagOf(p.country)} ${p.name} (${p.country})`}</option>
          ))}
        </select>
      </div>
      <div className="field-inline">
        <label htmlFor="preset-code">{t('admin.id')}</label>
        <input id="preset-code" value={code} onChange={(e) => setCode(e.target.value)} placeholder={chosen?.code ?? ''}
          pattern={idPattern} dir="ltr" aria-describedby="preset-code-hint" />
        <span id="preset-code-hint" className="hint">{t('admin.idHint')}</span>
      </div>
      {target && markets.has(target) ? <p className="notice notice-warning">{t('marketDetail.replaces', { code: target })}</p> : null}
      <button type="submit" className="button button-primary" disabled={busy || !chosen}>{t('marketDetail.create')}</button>
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
