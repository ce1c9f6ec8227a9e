import type { ReactNode } from 'react';
import { flagOf, languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { useDirectory } from './directory-context.js';

/** A market as flag and code (the flag is decoration; the code and the market's name are what is read out). */
export function MarketBadge({ code }: { code: string | null }) {
  const { t } = useI18n();
  const { markets } = useDirectory();
  if (!code) return <span className="badge badge-muted">{t('market.none')}</span>;
  const market = markets.get(code);
  const flag = flagOf(market?.countries[0]);
  return (
    <span className="badge badge-market" title={market?.name ?? code} data-market={code}>
      {flag ? <span aria-hidden="true" className="flag">{flag}</span> : null}
      <span className="visually-hidden">{t('market.label', { name: market?.name ?? code })}</span>
      <span aria-hidden="true">{code.toUpperCase()}</span>
    </span>
  );
}

/** A language tag, with its name in the interface language for tooltips and screen readers. */
export function LanguageBadge({ tag }: { tag: string | null }) {
  const { t, locale } = useI18n();
  if (!tag) return <span className="badge badge-muted">{t('language.unknown')}</span>;
  const name = languageName(locale, tag);
  return (
    <span className="badge badge-language" title={name} data-language={tag}>
      <span className="visually-hidden">{t('language.label', { name })}</span>
      <span aria-hidden="true">{tag}</span>
    </span>
  );
}

/** A conversation status as a coloured pill (colour is never the only cue: the word is always there). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return <span className={`badge status status-${status}`} data-status={status}>{t('status.name', { status })}</span>;
}

/** A clearly marked placeholder for a capability a later release adds; never a fake of it. */
export function NotYet({ feature, children }: { feature: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="not-yet" data-not-yet="">
      <span className="not-yet-label">{t('notYet.label')}</span>
      <span className="not-yet-feature">{feature}</span>
      {children ? <span className="not-yet-detail">{children}</span> : null}
    </div>
  );
}
