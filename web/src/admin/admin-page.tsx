import { lazy, Suspense } from 'react';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, useDocumentTitle } from '../router/index.js';
import { useCurrentUser } from '../session/index.js';
import { AgentsAdmin } from './agents-admin.js';
import { ChannelsAdmin } from './channels-admin.js';
import { SlaAdmin } from './sla-admin.js';
import { MarketsAdmin } from './markets-admin.js';
import { TeamsAdmin } from './teams-admin.js';
import { TokensAdmin } from './tokens-admin.js';

// Macros administration is a supervisor's tool: its code loads when the tab is opened, not with the console.
const MacrosAdmin = lazy(() => import('./macros-admin.js').then((m) => ({ default: m.MacrosAdmin })));

const sections: ReadonlyArray<{ id: string; label: MessageKey; adminOnly?: boolean; supervisorOnly?: boolean }> = [
  { id: 'markets', label: 'admin.markets' },
  { id: 'sla', label: 'admin.sla' },
  { id: 'channels', label: 'admin.channels', supervisorOnly: true },
  { id: 'macros', label: 'admin.macros', supervisorOnly: true },
  { id: 'teams', label: 'admin.teams' },
  { id: 'agents', label: 'admin.agents' },
  { id: 'tokens', label: 'admin.tokens', adminOnly: true },
];

/** Administration: markets, teams, agents and API tokens, each on its own tab. */
export function AdminPage({ section, item }: { section: string; item?: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const current = sections.find((s) => s.id === section) ?? sections[0]!;
  useDocumentTitle(t('admin.documentTitle', { section: t(current.label) }));
  return (
    <div className="page admin">
      <h1>{t('admin.heading')}</h1>
      <nav aria-label={t('admin.sectionsLabel')} className="tabs">
        <ul>
          {sections.filter((s) => (!s.adminOnly || user.role === 'admin') && (!s.supervisorOnly || user.role !== 'agent')).map((s) => (
            <li key={s.id}>
              <Link to={`/admin/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>{t(s.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {current.id === 'markets' ? <MarketsAdmin code={item} /> : null}
      {current.id === 'sla' ? <SlaAdmin /> : null}
      {current.id === 'channels' ? <ChannelsAdmin /> : null}
      {current.id === 'teams' ? <TeamsAdmin /> : null}
      {current.id === 'agents' ? <AgentsAdmin /> : null}
      {current.id === 'tokens' ? <TokensAdmin /> : null}
      {current.id === 'macros' ? <Suspense fallback={<p className="muted">{t('app.loading')}</p>}><MacrosAdmin id={item} /></Suspense> : null}
    </div>
  );
}
