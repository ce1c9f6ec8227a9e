import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError, type Conversation, type ConversationStatus, type Message } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice, NotYet } from '../shell/index.js';

type Mode = 'reply' | 'note';

const draftKey = (conversationId: string, mode: Mode) => `borderless.draft.${conversationId}.${mode}`;

// Drafts live in sessionStorage so an expired session, a reload or a failed send never loses what was typed.
function readDraft(conversationId: string, mode: Mode): string {
  try {
    return window.sessionStorage.getItem(draftKey(conversationId, mode)) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(conversationId: string, mode: Mode, text: string): void {
  try {
    if (text) window.sessionStorage.setItem(draftKey(conversationId, mode), text);
    else window.sessionStorage.removeItem(draftKey(conversationId, mode));
  } catch {
    // No storage (private mode): the draft lives as long as the page.
  }
}

/** Writes a reply to the customer or a private note for colleagues; Ctrl/⌘+Enter sends. */
export function Composer({ conversation, onSent }: { conversation: Conversation; onSent(message: Message): void }) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>('reply');
  const [text, setText] = useState(() => readDraft(conversation.id, 'reply'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => writeDraft(conversation.id, mode, text), [conversation.id, mode, text]);

  const switchMode = (next: Mode) => {
    setMode(next);
    setText(readDraft(conversation.id, next));
    setError(null);
  };

  const send = async (status?: ConversationStatus) => {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body: { text: string; private: boolean; status?: ConversationStatus } = { text, private: mode === 'note' };
      if (status && mode === 'reply') body.status = status;
      const answer = await api.post<{ message: Message }>(`/api/v1/conversations/${conversation.id}/replies`, body);
      setText('');
      writeDraft(conversation.id, mode, '');
      setAnnouncement(mode === 'note' ? t('composer.noteAdded') : t('composer.replyQueued'));
      onSent(answer.message);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'CLIENT', String(failure)));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const customer = conversation.customer.name ?? t('customer.unnamed');
  return (
    <form className={`composer composer-${mode}`} onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">{t('composer.heading')}</h2>
      <fieldset className="composer-modes">
        <legend className="visually-hidden">{t('composer.modeLegend')}</legend>
        <label className={mode === 'reply' ? 'mode selected' : 'mode'}>
          <input type="radio" name={`${id}-mode`} value="reply" checked={mode === 'reply'} onChange={() => switchMode('reply')} />
          {t('composer.modeReply')}
        </label>
        <label className={mode === 'note' ? 'mode selected' : 'mode'}>
          <input type="radio" name={`${id}-mode`} value="note" checked={mode === 'note'} onChange={() => switchMode('note')} />
          {t('composer.modeNote')}
        </label>
      </fieldset>
      <label htmlFor={`${id}-text`} className="composer-label">
        {mode === 'reply' ? t('composer.replyLabel', { name: customer }) : t('composer.noteLabel')}
      </label>
      <textarea id={`${id}-text`} className="composer-text" value={text} onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown} rows={3} dir="auto" lang={mode === 'reply' ? conversation.language ?? undefined : undefined}
        aria-describedby={`${id}-hint`} data-testid="composer-text" />
      {mode === 'reply' ? <NotYet feature={t('notYet.review')} /> : null}
      <div className="composer-actions">
        <span id={`${id}-hint`} className="hint">{t('composer.hint')}</span>
        {mode === 'reply' ? (
          <button type="button" className="button" disabled={busy || !text.trim()} onClick={() => void send('resolved')}>
            {t('composer.sendAndResolve')}
          </button>
        ) : null}
        <button type="submit" className="button button-primary" disabled={busy || !text.trim()} data-testid="composer-send">
          {busy ? t('composer.sending') : mode === 'reply' ? t('composer.send') : t('composer.addNote')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} onRetry={() => void send()} /> : null}
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </form>
  );
}
