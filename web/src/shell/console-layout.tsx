import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';
import { Link, useLocation } from '../router/index.js';
import { useCurrentUser, useSession } from '../session/index.js';
import { LanguageSwitcher } from './language-switcher.js';
import { PresenceToggle } from './presence-toggle.js';
import { ZoneSwitcher } from './zone-switcher.js';

/** The frame around every signed-in page: skip link, top bar with navigation, presence, time zone, language and sign-out. */
export function ConsoleLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, start reading at the new page, as a full page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [path]);

  const inInbox = path === '/' || path.startsWith('/conversations/') || path.startsWith('/customers/');
  const inAdmin = path.startsWith('/admin');
  return (
    <div className="console">
      <a className="skip-link" href="#main">{t('nav.skip')}</a>
      <header className="topbar">
        <Link to="/" className="brand">Borderless</Link>
        <nav aria-label={t('nav.label')} className="topnav">
          <Link to="/" aria-current={inInbox ? 'page' : undefined}>{t('nav.inbox')}</Link>
          <Link to="/admin/markets" aria-current={inAdmin ? 'page' : undefined}>{t('nav.admin')}</Link>
        </nav>
        <div className="topbar-end">
          <PresenceToggle />
          <ZoneSwitcher />
          <LanguageSwitcher compact />
          <span className="topbar-user" title={user.email}>{user.name}</span>
          <button type="button" className="button button-quiet" onClick={() => void signOut()}>{t('nav.signOut')}</button>
        </div>
      </header>
      <main id="main" ref={main} className="console-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
