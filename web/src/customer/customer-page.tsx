import { api, useResource, type CustomerWithConversations } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, useDocumentTitle } from '../router/index.js';
import { ErrorNotice, NotYet } from '../shell/index.js';
import { CustomerDetails } from './customer-panel.js';

/** The customer's profile page: one record across every channel and market. */
export function CustomerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const customer = useResource(`customer:${id}`, (signal) => api.get<CustomerWithConversations>(`/api/v1/customers/${id}`, {}, signal));
  const missing = customer.error !== null && (customer.error.status === 404 || customer.error.status === 400);
  const name = missing ? t('customer.notFound') : customer.data ? customer.data.name ?? t('customer.unnamed') : t('app.loading');
  useDocumentTitle(t('customer.documentTitle', { name }));
  return (
    <div className="page narrow">
      <p><Link to="/" className="back-link">{t('action.backToInbox')}</Link></p>
      <h1><bdi>{name}</bdi></h1>
      {customer.error && !missing ? <ErrorNotice error={customer.error} onRetry={customer.reload} /> : null}
      {missing ? <p>{t('customer.notFoundDetail')}</p> : null}
      {customer.data ? (
        <section className="panel">
          <CustomerDetails customer={customer.data} level={2} />
        </section>
      ) : null}
      {customer.data ? <NotYet feature={t('notYet.merge')} /> : null}
    </div>
  );
}
