import { useI18n } from '../i18n/index.js';
import { useLiveState } from './live-events.js';

/** A small dot and word saying whether live updates are flowing. */
export function LiveIndicator() {
  const { t } = useI18n();
  const state = useLiveState();
  return (
    <span className={`live-indicator live-${state}`} data-live-state={state} role="status">
      <span className="live-dot" aria-hidden="true" />
      {t('live.state', { state })}
    </span>
  );
}
