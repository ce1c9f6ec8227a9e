import { AdminPage } from './admin/index.js';
import { ConversationPage } from './conversation/index.js';
import { CustomerPage } from './customer/index.js';
import { I18nProvider, useI18n } from './i18n/index.js';
import { InboxPage } from './inbox/index.js';
import { LiveEventsProvider } from './live/index.js';
import { Link, matchPath, useDocumentTitle, useLocation } from './router/index.js';
import { ConsoleLayout, DirectoryProvider } from './shell/index.js';
import { SignInPage } from './sign-in/index.js';
import { useSession } from './session/index.js';

function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p><Link to="/">{t('action.backToInbox')}</Link></p>
    </div>
  );
}

function Routes() {
  const { path } = useLocation();
  if (path === '/' || path === '/index.html') return <InboxPage />;
  const conversation = matchPath('/conversations/:id', path);
  if (conversation) return <ConversationPage key={conversation.id} id={conversation.id!} />;
  const customer = matchPath('/customers/:id', path);
  if (customer) return <CustomerPage key={customer.id} id={customer.id!} />;
  const adminItem = matchPath('/admin/:section/:item', path);
  if (adminItem) return <AdminPage section={adminItem.section!} item={adminItem.item} />;
  const admin = matchPath('/admin/:section', path);
  if (admin || path === '/admin' || path === '/admin/') return <AdminPage section={admin?.section ?? 'markets'} />;
  return <NotFoundPage />;
}

function Screens() {
  const { state } = useSession();
  const { t } = useI18n();
  if (state.status === 'checking') return <p className="splash" role="status">{t('app.loading')}</p>;
  if (state.status === 'signed-out') return <SignInPage reason={state.reason} />;
  return (
    <DirectoryProvider>
      <LiveEventsProvider>
        <ConsoleLayout>
          <Routes />
        </ConsoleLayout>
      </LiveEventsProvider>
    </DirectoryProvider>
  );
}

/** The console: interface language from the signed-in agent (or the browser), then sign-in or the pages. */
export function App() {
  const { state } = useSession();
  const user = state.status === 'signed-in' ? state.user : null;
  return (
    <I18nProvider userId={user?.id ?? null} profileLocale={user?.locale ?? null}>
      <Screens />
    </I18nProvider>
  );
}
