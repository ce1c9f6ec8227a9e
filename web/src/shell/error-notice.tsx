import type { ApiError } from '../api/index.js';
import { useI18n, type MessageKey } from '../i18n/index.js';

/** The interface message for an API failure; the server's own detail (English) is shown beneath when useful. */
export function errorMessageKey(error: ApiError): MessageKey {
  if (error.status === 0) return 'error.network';
  if (error.status === 403) return 'error.forbidden';
  if (error.status === 404) return 'error.notFound';
  if (error.status === 409) return 'error.conflict';
  if (error.status === 429) return 'error.rateLimited';
  if (error.status >= 500) return 'error.server';
  return 'error.invalid';
}

/** An API error, announced to screen readers, with a retry button when retrying can help. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const key = errorMessageKey(error);
  const showDetail = key === 'error.invalid' || key === 'error.conflict';
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(key)}</p>
      {showDetail && error.detail ? <p className="notice-detail" lang="en" dir="ltr">{error.detail}</p> : null}
      {onRetry && (key === 'error.network' || key === 'error.server') ? (
        <button type="button" className="button" onClick={onRetry}>{t('action.retry')}</button>
      ) : null}
    </div>
  );
}
