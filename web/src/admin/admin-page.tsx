import { useI18n, type MessageKey } from '../i18n/index.js';
import { Link, useDocumentTitle } from '../router/index.js';
import { useCurrentUser } from '../session/index.js';
import { AgentsAdmin } from './agents-admin.js';
import { MarketsAdmin } from './markets-admin.js';
import { TeamsAdmin } from './teams-admin.js';
import { TokensAdmin } from './tokens-admin.js';

const sections: ReadonlyArray<{ id: string; label: MessageKey; adminOnly?: boolean }> = [
  { id: 'markets', label: 'admin.markets' },
  { id: 'teams', label: 'admin.teams' },
  { id: 'agents', label: 'admin.agents' },
  { id: 'tokens', label: 'admin.tokens', adminOnly: true },
];

/** Administration: markets, teams, agents and API tokens, each on its own tab. */
export function AdminPage({ section }: { section: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const current = sections.find((s) => s.id === section) ?? sections[0]!;
  useDocumentTitle(t('admin.documentTitle', { section: t(current.label) }));
  return (
    <div className="page admin">
      <h1>{t('admin.heading')}</h1>
      <nav aria-label={t('admin.sectionsLabel')} className="tabs">
        <ul>
          {sections.filter((s) => !s.adminOnly || user.role === 'admin').map((s) => (
            <li key={s.id}>
              <Link to={`/admin/${s.id}`} aria-current={s.id === current.id ? 'page' : undefined}>{t(s.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {current.id === 'markets' ? <MarketsAdmin /> : null}
      {current.id === 'teams' ? <TeamsAdmin /> : null}
      {current.id === 'agents' ? <AgentsAdmin /> : null}
      {current.id === 'tokens' ? <TokensAdmin /> : null}
    </div>
  );
}
