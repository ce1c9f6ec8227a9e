import { useId, useState, type FormEvent } from 'react';
import { browserTimeZone, formatInstant, isValidTimeZone, timeZones } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { useSession } from '../session/index.js';
import { useAgentZone, useNow } from './hooks.js';

/**
 * The zone the agent reads every time in: shown in the top bar as the local clock, changed in a small form (any
 * IANA zone, suggested as you type, or the browser's) and saved to the profile with `PATCH /auth/me`.
 */
export function ZoneSwitcher() {
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const now = useNow();
  const { savePreferences } = useSession();
  const id = useId();
  const [draft, setDraft] = useState(zone);
  const [problem, setProblem] = useState<'unknown' | 'failed' | null>(null);
  const [open, setOpen] = useState(false);
  const browser = browserTimeZone();

  const save = async (next: string) => {
    if (!isValidTimeZone(next)) {
      setProblem('unknown');
      return;
    }
    setProblem(null);
    try {
      await savePreferences({ timeZone: next });
      setOpen(false);
    } catch {
      setProblem('failed');
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(draft.trim());
  };

  return (
    <details className="zone-switcher" open={open} onToggle={(e) => { setOpen(e.currentTarget.open); setDraft(zone); setProblem(null); }}>
      <summary data-testid="zone-switcher" title={t('zone.label')}>
        <span className="visually-hidden">{t('zone.label')}: </span>
        {formatInstant(locale, now, zone, 'time')} <span className="zone-name">{zone}</span>
      </summary>
      <form className="zone-form" onSubmit={submit}>
        <label htmlFor={id}>{t('zone.label')}</label>
        <input id={id} value={draft} onChange={(e) => setDraft(e.target.value)} list={`${id}-zones`} dir="ltr" autoComplete="off"
          aria-invalid={problem === 'unknown' || undefined} aria-describedby={problem ? `${id}-problem` : undefined} />
        <datalist id={`${id}-zones`}>{timeZones().map((z) => <option key={z} value={z} />)}</datalist>
        {problem ? <p id={`${id}-problem`} className="field-error" role="alert">{t(problem === 'unknown' ? 'zone.unknown' : 'zone.failed')}</p> : null}
        <div className="zone-actions">
          <button type="submit" className="button button-small button-primary">{t('zone.save')}</button>
          {browser !== zone ? (
            <button type="button" className="button button-small" onClick={() => void save(browser)}>{t('zone.useBrowser', { zone: browser })}</button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
