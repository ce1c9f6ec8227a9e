import { useState } from 'react';
import { ApiError } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from './error-notice.js';

export interface ConfirmButtonProps {
  /** The button's text ("Delete"). */
  label: string;
  /** Its accessible name, saying what it acts on ("Delete Summer sale"): rows of a table all read "Delete". */
  accessibleLabel: string;
  /** The confirming button's text, naming the consequence ("Delete “Summer sale” now"). */
  confirmLabel: string;
  /** `data-testid` of the confirming button, for the end-to-end tests. */
  confirmTestId?: string;
  /** Does the deed once confirmed; a failure is shown beside the buttons, which stay for another try. */
  onConfirm(): Promise<void>;
}

/**
 * A small button for an action that cannot be undone (delete, revoke): a first press asks, showing a danger
 * button (focused) that acts and a cancel button that puts the first one back.
 *
 * @example
 * <ConfirmButton label={t('tokens.revoke')} accessibleLabel={t('tokens.revokeLabel', { name })}
 *   confirmLabel={t('tokens.confirmRevoke', { name })} onConfirm={() => api.delete(`/api/v1/tokens/${id}`)} />
 */
export function ConfirmButton({ label, accessibleLabel, confirmLabel, confirmTestId, onConfirm }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const confirm = async () => {
    try {
      await onConfirm();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'CLIENT', String(failure)));
    }
  };
  if (!confirming) {
    return <button type="button" className="button button-small" onClick={() => setConfirming(true)} aria-label={accessibleLabel}>{label}</button>;
  }
  return (
    <span className="confirm">
      <button type="button" className="button button-small button-danger" onClick={() => void confirm()} autoFocus data-testid={confirmTestId}>{confirmLabel}</button>
      <button type="button" className="button button-small" onClick={() => setConfirming(false)}>{t('action.cancel')}</button>
      {error ? <ErrorNotice error={error} /> : null}
    </span>
  );
}
