import { lazy, Suspense, useState } from 'react';
import { api, ApiError, useResource, type ChannelConfigView, type ChannelKindDetails, type ChannelView, type List } from '../api/index.js';
import { formatInstant } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate, useLocation } from '../router/index.js';
import { ChannelIcon, ErrorNotice, MarketBadge, useAgentZone } from '../shell/index.js';

// The setup forms are a supervisor's occasional tool: their code loads when this tab is opened, not with the console.
const ChannelSetup = lazy(() => import('./channel-setup.js').then((m) => ({ default: m.ChannelSetup })));

const listPath = '/admin/channels';
const channelPath = (id: string) => `${listPath}?channel=${encodeURIComponent(id)}`;

function DeleteButton({ id, onDeleted }: { id: string; onDeleted(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const remove = async () => {
    try {
      await api.delete(`/api/v1/channels/${encodeURIComponent(id)}`);
      onDeleted();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'CLIENT', String(failure)));
    }
  };
  if (!confirming) {
    return <button type="button" className="button button-small" onClick={() => setConfirming(true)} aria-label={t('channels.deleteLabel', { id })}>{t('channels.delete')}</button>;
  }
  return (
    <span className="confirm">
      <button type="button" className="button button-small button-danger" onClick={() => void remove()} autoFocus data-testid="channel-delete-confirm">
        {t('channels.confirmDelete', { id })}
      </button>
      <button type="button" className="button button-small" onClick={() => setConfirming(false)}>{t('action.cancel')}</button>
      {error ? <ErrorNotice error={error} /> : null}
    </span>
  );
}

/**
 * The configured channels per market, and their setup: add one (a form per kind, from the kinds this server can
 * connect), edit or delete it, and see what the provider needs (webhook URL, addresses, widget snippet).
 * `?channel=<id>` opens one channel for editing.
 */
export function ChannelsAdmin() {
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const { query } = useLocation();
  const editing = query.get('channel');
  const channels = useResource('admin:channels', (signal) => api.get<List<ChannelView>>('/api/v1/channels', {}, signal));
  const kinds = useResource('admin:channel-kinds', (signal) => api.get<List<ChannelKindDetails>>('/api/v1/channel-kinds', {}, signal));
  const [announcement, setAnnouncement] = useState('');

  const onSaved = (channel: ChannelConfigView, created: boolean) => {
    setAnnouncement(t('channels.saved', { id: channel.id }));
    channels.reload();
    if (created) navigate(channelPath(channel.id));
  };
  const onDeleted = (id: string) => {
    setAnnouncement(t('channels.deleted', { id }));
    channels.reload();
    if (editing === id) navigate(listPath, { replace: true });
  };

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
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {channels.data.items.map((c) => (
                <tr key={c.id} data-channel={c.id} aria-current={c.id === editing ? 'true' : undefined}>
                  <th scope="row" dir="ltr">{c.id}</th>
                  <td><ChannelIcon channel={c.kind} showName /></td>
                  <td><MarketBadge code={c.market} /></td>
                  <td>{t('channels.enabled', { enabled: c.enabled ? 'yes' : 'no' })}</td>
                  <td>{formatInstant(locale, c.updatedAt, zone, 'dateTime')}</td>
                  <td>
                    <span className="row-actions">
                      <Link to={channelPath(c.id)} className="button button-small" aria-label={t('channels.editLabel', { id: c.id })}>{t('action.edit')}</Link>
                      <DeleteButton id={c.id} onDeleted={() => onDeleted(c.id)} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="save-state" data-testid="channels-status">{announcement}</p>
      <div className="channel-setup-area">
        {editing ? <p><Link to={listPath}>{t('channels.addInstead')}</Link></p> : null}
        {kinds.error ? <ErrorNotice error={kinds.error} onRetry={kinds.reload} /> : null}
        {kinds.data ? (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <ChannelSetup key={editing ?? ''} id={editing} kinds={kinds.data.items} onSaved={onSaved} />
          </Suspense>
        ) : null}
      </div>
      <h3>{t('channels.kinds')}</h3>
      {kinds.data ? (
        <ul className="kind-list">
          {kinds.data.items.map((k) => <li key={k.kind}><ChannelIcon channel={k.kind} /> {k.displayName} <span className="muted" dir="ltr">({k.kind})</span></li>)}
        </ul>
      ) : null}
    </section>
  );
}
