import { api, useResource, type ChannelConfigView, type ChannelKindDetails } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from '../shell/index.js';
import { ChannelConnect } from './channel-connect.js';
import { ChannelForm } from './channel-form.js';

interface ChannelSetupProps {
  /** The channel to edit, or null to add one. */
  id: string | null;
  kinds: ChannelKindDetails[];
  onSaved(channel: ChannelConfigView, created: boolean): void;
}

/**
 * One channel's setup: how to connect it at the provider, and its form; or, without an id, the form to add one.
 * Loaded on demand by the channels tab (this module carries the per-kind forms).
 */
export function ChannelSetup({ id, kinds, onSaved }: ChannelSetupProps) {
  const { t } = useI18n();
  const channel = useResource(id ? `admin:channel:${id}` : null, (signal) => api.get<ChannelConfigView>(`/api/v1/channels/${encodeURIComponent(id!)}`, {}, signal));
  if (!id) return <ChannelForm kinds={kinds} existing={null} onSaved={onSaved} />;
  if (channel.error) return <ErrorNotice error={channel.error} onRetry={channel.reload} />;
  if (!channel.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <ChannelConnect channel={channel.data} />
      {/* A save answers the stored channel: the form starts again from it (secrets emptied, now "stored"). */}
      <ChannelForm key={channel.data.updatedAt} kinds={kinds} existing={channel.data}
        onSaved={(saved, created) => { channel.setData(() => saved); onSaved(saved, created); }} />
    </>
  );
}
