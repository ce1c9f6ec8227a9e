import { api, useResource, type CustomerWithConversations } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate, useDocumentTitle, useLocation } from '../router/index.js';
import { ErrorNotice } from '../shell/index.js';
import { CustomerMerge } from './customer-merge.js';
import { CustomerDetails } from './customer-panel.js';

/**
 * A record that was merged away: the API answers its old id with the record it was merged into, so old links
 * (in emails, tickets, bookmarks) lead on to the survivor instead of ending in "not found".
 */
function MergedAway({ survivor }: { survivor: CustomerWithConversations }) {
  const { t } = useI18n();
  const name = survivor.name ?? t('customer.unnamed');
  return (
    <div className="notice notice-info" data-testid="customer-merged-away">
      <p>{t('customer.mergedDetail', { name })}</p>
      <p><Link to={`/customers/${survivor.id}`}>{t('customer.openSurvivor', { name })}</Link></p>
    </div>
  );
}

/** The customer's profile page: one record across every channel and market, and merging its duplicates. */
export function CustomerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const customer = useResource(`customer:${id}`, (signal) => api.get<CustomerWithConversations>(`/api/v1/customers/${id}`, {}, signal));
  const missing = customer.error !== null && (customer.error.status === 404 || customer.error.status === 400);
  const mergedAway = customer.data !== undefined && customer.data.id !== id;
  const name = missing ? t('customer.notFound') : mergedAway ? t('customer.mergedTitle')
    : customer.data ? customer.data.name ?? t('customer.unnamed') : t('app.loading');
  useDocumentTitle(t('customer.documentTitle', { name }));
  const onMerged = (survivorId: string) => {
    if (survivorId === id) customer.reload();
    navigate(`/customers/${survivorId}?merged=1`, { replace: survivorId === id });
  };
  return (
    <div className="page narrow">
      <p><Link to="/" className="back-link">{t('action.backToInbox')}</Link></p>
      <h1><bdi>{name}</bdi></h1>
      {customer.error && !missing ? <ErrorNotice error={customer.error} onRetry={customer.reload} /> : null}
      {missing ? <p>{t('customer.notFoundDetail')}</p> : null}
      {customer.data && mergedAway ? <MergedAway survivor={customer.data} /> : null}
      {query.get('merged') && customer.data && !mergedAway ? (
        <p className="notice notice-success" role="status" data-testid="merge-done">{t('merge.done')}</p>
      ) : null}
      {customer.data && !mergedAway ? (
        <>
          <section className="panel" data-testid="customer-details">
            <CustomerDetails customer={customer.data} level={2} />
          </section>
          <CustomerMerge key={customer.data.updatedAt} customer={customer.data} onMerged={onMerged} />
        </>
      ) : null}
    </div>
  );
}
