import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError, type Conversation, type ConversationStatus, type Message, type ReplyPreview, type ReviewIssue } from '../api/index.js';
import { languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { useAgentTyping } from '../live/index.js';
import { ErrorNotice } from '../shell/index.js';
import { AttachmentPicker, useAttachments } from './attachment-picker.js';
import { MacroNotice, MacroPicker, type InsertedMacro } from './macro-picker.js';
import { draftHoldsMacro, insertAtCaret } from './macro-search.js';
import { isEngineMissing } from './message-translation.js';

type Mode = 'reply' | 'note';

const draftKey = (conversationId: string, mode: Mode) => `borderless.draft.${conversationId}.${mode}`;
const reviewDelayMs = 700;

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

const toApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)));

const sameLanguage = (a: string, b: string) => a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();

/**
 * The review's findings for the draft, each with the words it is about. A message the review could not write in
 * the interface's language (English for a language it has no catalogue for) is marked with its own `lang`.
 */
function ReviewIssues({ issues, text, blocked }: { issues: ReviewIssue[]; text: string; blocked: boolean }) {
  const { t, locale } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div className={blocked ? 'review review-blocked' : 'review'} data-testid="review-issues" role="status">
      <p className="review-title">{t('review.title', { count: issues.length })}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.code}-${i}`} className={`review-issue review-${issue.severity}`} data-code={issue.code} data-severity={issue.severity}>
            <span className="badge">{t('review.severity', { severity: issue.severity })}</span>{' '}
            {sameLanguage(issue.locale, locale) ? <span>{issue.message}</span> : <span lang={issue.locale} dir="auto">{issue.message}</span>}
            {issue.span[1] > issue.span[0] ? <q dir="auto">{text.slice(issue.span[0], issue.span[1])}</q> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Writes a reply to the customer or a private note for colleagues; Ctrl/⌘+Enter sends. Replies are reviewed as
 * the agent types (register, names, sensitive topics, personal data) and sent through the reviewed path, where
 * blocking findings need an explicit override with a reason. "Write in my language" drafts in the agent's
 * language and sends the translation the agent has checked and may edit. Macros are rendered by the server for this
 * conversation and inserted at the caret; when none of their variants is in the customer's language, the same
 * translation preview turns the inserted text into the customer's language before it is sent.
 */
export function Composer({ conversation, onSent }: { conversation: Conversation; onSent(message: Message): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>('reply');
  const [text, setText] = useState(() => readDraft(conversation.id, 'reply'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [issues, setIssues] = useState<ReviewIssue[]>([]);
  const [reviewUnavailable, setReviewUnavailable] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [ownLanguage, setOwnLanguage] = useState(false);
  const [preview, setPreview] = useState<(ReplyPreview & { edited: string }) | null>(null);
  const [engineMissing, setEngineMissing] = useState(false);
  // The language the draft is written in when translating: the agent's own, or an inserted macro's fallback language.
  const [draftLanguage, setDraftLanguage] = useState<string | null>(null);
  const [inserted, setInserted] = useState<InsertedMacro | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | null>(null);
  const attachments = useAttachments(conversation.id, mode);

  const customerLanguage = conversation.language;
  const differentLanguage = !!customerLanguage && customerLanguage.split('-')[0] !== locale.split('-')[0];
  const sourceLanguage = draftLanguage ?? locale;

  // After a macro is inserted: the caret goes to its end, in the text area, ready to edit.
  useEffect(() => {
    const caret = pendingCaret.current;
    if (caret === null || !textArea.current) return;
    pendingCaret.current = null;
    textArea.current.focus();
    textArea.current.setSelectionRange(caret, caret);
  }, [text]);

  useEffect(() => writeDraft(conversation.id, mode, text), [conversation.id, mode, text]);
  useAgentTyping(conversation, mode === 'reply' ? text : '');

  // Review the draft as the agent types (debounced); in "my language" mode the review waits for the translation.
  useEffect(() => {
    if (mode !== 'reply' || ownLanguage || !text.trim() || reviewUnavailable) {
      setIssues([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.post<{ issues: ReviewIssue[] }>('/api/v1/replies/review', { conversationId: conversation.id, text }).then(
        (answer) => {
          if (controller.signal.aborted) return;
          setIssues(answer.issues);
        },
        (failure: unknown) => {
          // No review service (404/503): stop asking while the page is open; the send path still works.
          if (failure instanceof ApiError && (failure.status === 404 || failure.status === 503)) setReviewUnavailable(true);
        },
      );
    }, reviewDelayMs);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [conversation.id, mode, ownLanguage, text, reviewUnavailable]);

  const switchMode = (next: Mode) => {
    setMode(next);
    setText(readDraft(conversation.id, next));
    setError(null);
    setBlocked(false);
    setPreview(null);
    setInserted(null);
  };

  const sent = (message: Message, note: boolean) => {
    setText('');
    writeDraft(conversation.id, mode, '');
    setIssues([]);
    setBlocked(false);
    setOverrideReason('');
    setPreview(null);
    setInserted(null);
    setAnnouncement(note ? t('composer.noteAdded') : t('composer.replyQueued'));
    onSent(message);
  };

  // A reply the review held back (422 with its issues) shows them and offers the override; anything else is an error.
  const showFailure = (failure: unknown) => {
    const problem = toApiError(failure);
    const found = problem.problem.issues;
    if (attachments.takeFailure(problem)) return;
    if (problem.status === 422 && Array.isArray(found)) {
      setIssues(found as ReviewIssue[]);
      setBlocked(true);
    } else {
      setError(problem);
    }
  };

  const send = async (status?: ConversationStatus, override = false) => {
    if (!text.trim() || busy || attachments.uploading) return;
    setBusy(true);
    setError(null);
    try {
      if (mode === 'note') {
        const answer = await api.post<{ message: Message }>(`/api/v1/conversations/${conversation.id}/replies`, { text, private: true, ...attachments.payload });
        attachments.clear();
        sent(answer.message, true);
        return;
      }
      const body: { text: string; status?: ConversationStatus; override?: { reason: string }; attachments?: string[] } = { text, ...attachments.payload };
      if (status) body.status = status;
      if (override) body.override = { reason: overrideReason.trim() };
      const answer = await api.post<{ message: Message }>(`/api/v1/conversations/${conversation.id}/replies`, body);
      attachments.clear();
      sent(answer.message, false);
    } catch (failure) {
      showFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const makePreview = async (from: string = sourceLanguage) => {
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    setBlocked(false);
    try {
      const answer = await api.post<ReplyPreview>(`/api/v1/conversations/${conversation.id}/reply-preview`, { text, from });
      setPreview({ ...answer, edited: answer.text });
    } catch (failure) {
      if (isEngineMissing(failure)) setEngineMissing(true);
      else setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  const sendPreview = async (status?: ConversationStatus, override = false) => {
    if (!preview || !preview.edited.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      const body: { previewId: string; text: string; status?: ConversationStatus; override?: { reason: string }; attachments?: string[] } = {
        previewId: preview.previewId, text: preview.edited, ...attachments.payload,
      };
      if (status) body.status = status;
      if (override) body.override = { reason: overrideReason.trim() };
      const answer = await api.post<{ message: Message }>(`/api/v1/conversations/${conversation.id}/translated-replies`, body);
      attachments.clear();
      sent(answer.message, false);
    } catch (failure) {
      showFailure(failure);
    } finally {
      setBusy(false);
    }
  };

  const translating = mode === 'reply' && ownLanguage;

  const insertMacro = (macro: InsertedMacro) => {
    const caret = textArea.current ? textArea.current.selectionStart : null;
    const next = insertAtCaret(text, caret, macro.rendered.text);
    pendingCaret.current = next.caret;
    setText(next.text);
    setBlocked(false);
    setPreview(null);
    setInserted(macro);
  };

  // A macro with no variant in the customer's language: draft in the macro's language and preview the translation.
  const translateMacro = () => {
    if (!inserted) return;
    setOwnLanguage(true);
    setDraftLanguage(inserted.rendered.locale);
    setBlocked(false);
    void makePreview(inserted.rendered.locale);
  };

  const chooseOwnLanguage = (checked: boolean) => {
    setOwnLanguage(checked);
    setDraftLanguage(null);
    setPreview(null);
    setBlocked(false);
  };

  const onDraftChange = (next: string) => {
    setText(next);
    setBlocked(false);
    if (preview) setPreview(null);
    if (inserted && !draftHoldsMacro(next, inserted.rendered.text)) setInserted(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (translating) void (preview ? sendPreview() : makePreview());
    else void send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!translating) void send();
    }
  };

  const customer = conversation.customer.name ?? t('customer.unnamed');
  const hasBlocking = issues.some((i) => i.severity === 'blocking');
  const targetName = customerLanguage ? languageName(locale, customerLanguage) : '';
  return (
    <form className={`composer composer-${mode}`} onSubmit={submit} aria-labelledby={`${id}-heading`} {...attachments.dropTarget}>
      <h2 id={`${id}-heading`} className="visually-hidden">{t('composer.heading')}</h2>
      <div className="composer-top">
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
          {mode === 'reply' && (differentLanguage || draftLanguage !== null) ? (
            <label className="mode own-language">
              <input type="checkbox" checked={ownLanguage} onChange={(e) => chooseOwnLanguage(e.target.checked)}
                data-testid="write-own-language" />
              {t('composer.ownLanguage', { language: languageName(locale, sourceLanguage) })}
            </label>
          ) : null}
        </fieldset>
        {mode === 'reply' && !translating ? <MacroPicker conversation={conversation} disabled={busy} onInsert={insertMacro} /> : null}
      </div>
      <label htmlFor={`${id}-text`} className="composer-label">
        {mode === 'note' ? t('composer.noteLabel')
          : translating ? t('composer.draftLabel', { language: languageName(locale, sourceLanguage) })
          : t('composer.replyLabel', { name: customer })}
      </label>
      <textarea id={`${id}-text`} ref={textArea} className="composer-text" value={text}
        onChange={(event) => onDraftChange(event.target.value)}
        onKeyDown={onKeyDown} rows={3} dir="auto" lang={mode === 'note' ? locale : translating ? sourceLanguage : conversation.language ?? undefined}
        aria-describedby={`${id}-hint`} data-testid="composer-text" />

      {mode === 'reply' && inserted ? (
        <MacroNotice inserted={inserted} customerLanguage={customerLanguage} canTranslate={!translating && !engineMissing}
          onTranslate={translateMacro} onDismiss={() => setInserted(null)} />
      ) : null}
      {translating && engineMissing ? (
        <p className="notice notice-info" data-testid="preview-unavailable" role="status">{t('composer.previewNoEngine')}</p>
      ) : null}
      {translating && preview ? (
        <div className="reply-preview" data-testid="reply-preview">
          <label htmlFor={`${id}-preview`} className="composer-label">
            {t('composer.previewLabel', { name: customer, language: languageName(locale, preview.to) })}
          </label>
          <p className="translation-label">{t('composer.previewEngine', { engine: preview.engine, machine: preview.machine ? 'yes' : 'no' })}</p>
          <textarea id={`${id}-preview`} className="composer-text" value={preview.edited} lang={preview.to} dir="auto" rows={3}
            onChange={(e) => { setPreview({ ...preview, edited: e.target.value }); setBlocked(false); }} data-testid="reply-preview-text" />
          {!preview.policy.allowed ? <p className="notice notice-warning" lang="en" dir="ltr">{preview.policy.reason}</p> : null}
          {preview.warnings.length > 0 ? (
            <ul className="review" lang="en" dir="ltr">{preview.warnings.map((w, i) => <li key={i}>{w.message}</li>)}</ul>
          ) : null}
        </div>
      ) : null}

      {mode === 'reply' && !translating ? <ReviewIssues issues={issues} text={text} blocked={blocked} /> : null}
      {translating && preview && blocked ? <ReviewIssues issues={issues} text={preview.edited} blocked /> : null}
      {mode === 'reply' && (!translating || preview) && blocked && hasBlocking ? (
        <div className="override" data-testid="review-override">
          <label htmlFor={`${id}-override`}>{t('review.overrideLabel')}</label>
          <input id={`${id}-override`} value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} maxLength={1000} />
          <button type="button" className="button button-danger" disabled={busy || !overrideReason.trim()}
            onClick={() => void (translating ? sendPreview(undefined, true) : send(undefined, true))} data-testid="review-override-send">
            {t('review.overrideSend')}
          </button>
        </div>
      ) : null}

      <AttachmentPicker attachments={attachments} disabled={busy} />
      <div className="composer-actions">
        <span id={`${id}-hint`} className="hint">{translating ? t('composer.previewHint', { language: targetName }) : t('composer.hint')}</span>
        {translating ? (
          <>
            {preview ? (
              <button type="button" className="button" disabled={busy} onClick={() => void makePreview()}>{t('composer.previewAgain')}</button>
            ) : null}
            <button type="submit" className="button button-primary" disabled={busy || !text.trim() || (preview !== null && !preview.edited.trim())}
              data-testid={preview ? 'reply-preview-send' : 'reply-preview-make'}>
              {busy ? t('composer.sending') : preview ? t('composer.sendTranslation') : t('composer.makePreview', { language: targetName })}
            </button>
          </>
        ) : (
          <>
            {mode === 'reply' ? (
              <button type="button" className="button" disabled={busy || !text.trim() || attachments.uploading} onClick={() => void send('resolved')}>
                {t('composer.sendAndResolve')}
              </button>
            ) : null}
            <button type="submit" className="button button-primary" disabled={busy || !text.trim() || attachments.uploading} data-testid="composer-send">
              {busy ? t('composer.sending') : mode === 'reply' ? t('composer.send') : t('composer.addNote')}
            </button>
          </>
        )}
      </div>
      {error ? <ErrorNotice error={error} onRetry={() => void (translating ? makePreview() : send())} /> : null}
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </form>
  );
}
