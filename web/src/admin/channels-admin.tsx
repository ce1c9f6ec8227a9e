import { lazy, Suspense, useState } from 'react';
import { api, useResource, type ChannelConfigView, type ChannelKindDetails, type ChannelView, type List } from '../api/index.js';
import { formatInstant } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate, useLocation } from '../router/index.js';
import { ChannelIcon, ConfirmButton, DataTable, ErrorNotice, MarketBadge, ResourceState, useAgentZone } from '../shell/index.js';

// The setup forms are a supervisor's occasional tool: their code loads when this tab is opened, not with the console.
const ChannelSetup = lazy(() => import('./channel-setup.js').then((m) => ({ default: m.ChannelSetup })));

const listPath = '/admin/channels';
const channelPath = (id: string) => `${listPath}?channel=${encodeURIComponent(id)}`;

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
  const remove = async (id: string) => {
    await api.delete(`/api/v1/channels/${encodeURIComponent(id)}`);
    setAnnouncement(t('channels.deleted', { id }));
    channels.reload();
    if (editing === id) navigate(listPath, { replace: true });
  };

  return (
    <section>
      <h2 id="channels-heading">{t('admin.channels')}</h2>
      <ResourceState resource={channels} empty={t('channels.empty')}>
        {({ items }) => (
          <DataTable labelledBy="channels-heading" testId="channels" columns={[
            t('admin.id'), t('inbox.filter.channel'), t('inbox.filter.market'), t('tokens.state'), t('channels.updated'), t('admin.actions'),
          ]}>
            {items.map((c) => (
              <tr key={c.id} data-channel={c.id} aria-current={c.id === editing ? 'true' : undefined}>
                <th scope="row" dir="ltr">{c.id}</th>
                <td><ChannelIcon channel={c.kind} showName /></td>
                <td><MarketBadge code={c.market} /></td>
                <td>{t('channels.enabled', { enabled: c.enabled ? 'yes' : 'no' })}</td>
                <td>{formatInstant(locale, c.updatedAt, zone, 'dateTime')}</td>
                <td>
                  <span className="row-actions">
                    <Link to={channelPath(c.id)} className="button button-small" aria-label={t('channels.editLabel', { id: c.id })}>{t('action.edit')}</Link>
                    <ConfirmButton label={t('channels.delete')} accessibleLabel={t('channels.deleteLabel', { id: c.id })}
                      confirmLabel={t('channels.confirmDelete', { id: c.id })} confirmTestId="channel-delete-confirm" onConfirm={() => remove(c.id)} />
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
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
