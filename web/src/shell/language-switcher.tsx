import { useId } from 'react';
import { endonym } from '../format/index.js';
import { uiLocales, useI18n, type UiLocale } from '../i18n/index.js';
import { useSession } from '../session/index.js';

/** Chooses the console's interface language; each language is listed in its own name and script. */
export function LanguageSwitcher({ compact = false }: { compact?: boolean }) {
  const { t, locale, choose } = useI18n();
  const { state, savePreferences } = useSession();
  const id = useId();
  const change = (next: UiLocale) => {
    choose(next);
    // Signed in: the choice becomes the profile's working language, so it follows the agent to other browsers.
    // Failing to save is not worth interrupting for; the browser still remembers it.
    if (state.status === 'signed-in') savePreferences({ locale: next }).catch(() => undefined);
  };
  return (
    <div className={compact ? 'language-switcher compact' : 'language-switcher'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>{t('language.switcher')}</label>
      <select id={id} value={locale} onChange={(event) => change(event.target.value as UiLocale)} data-testid="language-switcher">
        {uiLocales.map((tag) => (
          <option key={tag} value={tag} lang={tag}>{endonym(tag)}</option>
        ))}
      </select>
    </div>
  );
}
