import { useState } from 'react';
import { api, ApiError, type Message, type MessageTranslation } from '../api/index.js';
import { formatInstant, languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice } from '../shell/index.js';

/** True when the API said no translation engine is configured (not an error to retry: a setup to do). */
export function isEngineMissing(error: unknown): boolean {
  return error instanceof ApiError && error.status === 503 && error.code === 'BL_UNAVAILABLE';
}

interface Props {
  message: Message;
  agentZone: string;
  /** Set once any attempt found no engine: the buttons give way to one notice above the thread. */
  engineMissing: boolean;
  onEngineMissing(): void;
}

/**
 * One-click translation of a message into the agent's language, beneath the original (which always stays): the
 * translation is labelled with its engine and when it was made; a failed one says why.
 */
export function MessageTranslationView({ message, agentZone, engineMissing, onEngineMissing }: Props) {
  const { t, locale } = useI18n();
  const [state, setState] = useState<{ busy: boolean; result: MessageTranslation | null; error: ApiError | null; missing: boolean }>(
    { busy: false, result: null, error: null, missing: false },
  );

  const translate = async () => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const result = await api.post<MessageTranslation>(`/api/v1/messages/${message.id}/translations`, { to: locale });
      setState({ busy: false, result, error: null, missing: false });
    } catch (error) {
      if (isEngineMissing(error)) {
        setState({ busy: false, result: null, error: null, missing: true });
        onEngineMissing();
        return;
      }
      setState({ busy: false, result: null, error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)), missing: false });
    }
  };

  const { result } = state;
  if (state.missing) {
    return <p className="translation translation-unavailable" data-testid="translation-unavailable" role="status">{t('translation.noEngine')}</p>;
  }
  if (result) {
    const label = t('translation.label', { engine: result.engine, time: formatInstant(locale, result.updatedAt, agentZone, 'dateTime'), machine: result.machine ? 'yes' : 'no' });
    if (result.status === 'failed') {
      return (
        <div className="translation translation-failed" data-testid="translation-failed" role="status">
          <p className="translation-label">{label}</p>
          <p>{t('translation.failed', { reason: result.error?.reason ?? '' })}</p>
          <button type="button" className="button button-small" onClick={() => void translate()}>{t('action.retry')}</button>
        </div>
      );
    }
    return (
      <div className="translation" data-testid="translation" data-engine={result.engine}>
        <p className="translation-label">{label}</p>
        <div className="translation-text" lang={result.to} dir="auto">{result.text}</div>
      </div>
    );
  }
  if (engineMissing) return null;
  return (
    <div className="translation-actions">
      <button type="button" className="button button-small" onClick={() => void translate()} disabled={state.busy} data-testid="translate-button">
        {state.busy ? t('translation.working') : t('translation.translate', { language: languageName(locale, locale) })}
      </button>
      {state.error ? <ErrorNotice error={state.error} onRetry={() => void translate()} /> : null}
    </div>
  );
}

/** Whether a message is worth offering to translate: customer-visible text not already in the agent's language. */
export function translatable(message: Message, locale: string): boolean {
  if (message.private || !message.text.trim()) return false;
  const base = (tag: string | null) => (tag ?? '').toLowerCase().split('-')[0];
  return !message.language || base(message.language) !== base(locale);
}
