import { useId, useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { useCurrentUser, useSession } from '../session/index.js';
import { useDirectory } from './directory-context.js';

type Presence = 'online' | 'away' | 'offline';
const presences: readonly Presence[] = ['online', 'away', 'offline'];

/** The agent's own presence (routing only offers conversations to agents who are online), saved with `PATCH /auth/me`. */
export function PresenceToggle() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { savePreferences } = useSession();
  const { agents } = useDirectory();
  const id = useId();
  const known = agents.get(user.id)?.presence;
  const [chosen, setChosen] = useState<Presence | null>(null);
  const [failed, setFailed] = useState(false);
  const value: Presence = chosen ?? (presences.includes(known as Presence) ? (known as Presence) : 'online');
  const change = (next: Presence) => {
    const before = value;
    setChosen(next);
    setFailed(false);
    savePreferences({ presence: next }).catch(() => { setChosen(before); setFailed(true); });
  };
  return (
    <div className={`presence-toggle presence-${value}`}>
      <label htmlFor={id} className="visually-hidden">{t('presence.label')}</label>
      <span className="presence-dot" aria-hidden="true" />
      <select id={id} value={value} onChange={(e) => change(e.target.value as Presence)} data-testid="presence-toggle"
        aria-invalid={failed || undefined} title={failed ? t('presence.failed') : undefined}>
        {presences.map((p) => <option key={p} value={p}>{t('agents.presenceName', { presence: p })}</option>)}
      </select>
    </div>
  );
}
