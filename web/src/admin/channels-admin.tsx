import { api, useResource, type ChannelKindInfo, type ChannelView, type List } from '../api/index.js';
import { formatInstant } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ChannelIcon, ErrorNotice, MarketBadge, NotYet, useAgentZone } from '../shell/index.js';

/** The configured channels per market, and the kinds this server can connect. Setup stays API-only for now. */
export function ChannelsAdmin() {
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const channels = useResource('admin:channels', (signal) => api.get<List<ChannelView>>('/api/v1/channels', {}, signal));
  const kinds = useResource('admin:channel-kinds', (signal) => api.get<List<ChannelKindInfo>>('/api/v1/channel-kinds', {}, signal));
  return (
    <section>
      <h2 id="channels-heading">{t('admin.channels')}</h2>
      {channels.error ? <ErrorNotice error={channels.error} onRetry={channels.reload} /> : null}
      {channels.data && channels.data.items.length === 0 ? <p className="empty">{t('channels.empty')}</p> : null}
      {channels.data && channels.data.items.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="channels-heading">
          <table className="table" data-testid="channels">
            <thead>
              <tr>
                <th scope="col">{t('admin.id')}</th>
                <th scope="col">{t('inbox.filter.channel')}</th>
                <th scope="col">{t('inbox.filter.market')}</th>
                <th scope="col">{t('tokens.state')}</th>
                <th scope="col">{t('channels.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {channels.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" dir="ltr">{c.id}</th>
                  <td><ChannelIcon channel={c.kind} showName /></td>
                  <td><MarketBadge code={c.market} /></td>
                  <td>{t('channels.enabled', { enabled: c.enabled ? 'yes' : 'no' })}</td>
                  <td>{formatInstant(locale, c.updatedAt, zone, 'dateTime')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h3>{t('channels.kinds')}</h3>
      {kinds.error ? <ErrorNotice error={kinds.error} onRetry={kinds.reload} /> : null}
      {kinds.data ? (
        <ul className="kind-list">
          {kinds.data.items.map((k) => <li key={k.kind}><ChannelIcon channel={k.kind} /> {k.displayName} <span className="muted" dir="ltr">({k.kind})</span></li>)}
        </ul>
      ) : null}
      <NotYet feature={t('notYet.channelSetup')} />
    </section>
  );
}
