import { useState } from 'react';
import { api, ApiError, conversationStatuses, priorities, type Conversation } from '../api/index.js';
import { languageName } from '../format/index.js';
import { uiLocales, useI18n } from '../i18n/index.js';
import { ErrorNotice, useDirectory } from '../shell/index.js';
import { useCurrentUser } from '../session/index.js';

type Field = 'status' | 'priority' | 'language' | 'assignee';
type Saving = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; what: Field } | { state: 'failed'; error: ApiError };

/** Status, priority, language correction and assignment; each change is saved at once and announced. */
export function ConversationControls({ conversation, onChanged }: { conversation: Conversation; onChanged(next: Conversation): void }) {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const { agents, marketLanguages } = useDirectory();
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  const save = async (what: Field, request: () => Promise<Conversation>) => {
    setSaving({ state: 'saving' });
    try {
      onChanged(await request());
      setSaving({ state: 'saved', what });
    } catch (error) {
      setSaving({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)) });
    }
  };
  const patch = (what: Field, body: Record<string, string>) =>
    void save(what, () => api.patch<Conversation>(`/api/v1/conversations/${conversation.id}`, body));
  const assign = (assignee: string | null) =>
    void save('assignee', () => api.post<Conversation>(`/api/v1/conversations/${conversation.id}/assignment`, { assignee }));

  const languages = [...new Set([...marketLanguages, ...uiLocales, ...(conversation.language ? [conversation.language] : [])])]
    .map((tag) => ({ tag, name: languageName(locale, tag) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const activeAgents = [...agents.values()].filter((a) => !a.disabled || a.id === conversation.assignee)
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <section className="panel" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('controls.heading')}</h2>
      <div className="field">
        <label htmlFor="control-status">{t('controls.status')}</label>
        <select id="control-status" value={conversation.status} onChange={(e) => patch('status', { status: e.target.value })}>
          {conversationStatuses.map((s) => <option key={s} value={s}>{t('status.name', { status: s })}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="control-priority">{t('controls.priority')}</label>
        <select id="control-priority" value={conversation.priority} onChange={(e) => patch('priority', { priority: e.target.value })}>
          {priorities.map((p) => <option key={p} value={p}>{t('priority.name', { priority: p })}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="control-language">{t('controls.language')}</label>
        <select id="control-language" value={conversation.language ?? ''} aria-describedby="control-language-hint"
          onChange={(e) => { if (e.target.value) patch('language', { language: e.target.value }); }}>
          {conversation.language ? null : <option value="">{t('language.unknown')}</option>}
          {languages.map((l) => <option key={l.tag} value={l.tag}>{t('inbox.filter.languageOption', { name: l.name, tag: l.tag })}</option>)}
        </select>
        <p id="control-language-hint" className="hint">{t('controls.languageHint')}</p>
      </div>
      <div className="field">
        <label htmlFor="control-assignee">{t('controls.assignee')}</label>
        <select id="control-assignee" value={conversation.assignee ?? ''} onChange={(e) => assign(e.target.value || null)}>
          <option value="">{t('inbox.unassigned')}</option>
          {activeAgents.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
        {conversation.assignee !== user.id ? (
          <button type="button" className="button button-small" onClick={() => assign(user.id)}>{t('controls.assignToMe')}</button>
        ) : null}
      </div>
      <p className="save-state" role="status" aria-live="polite" data-testid="save-state">
        {saving.state === 'saving' ? t('controls.saving') : saving.state === 'saved' ? t('controls.saved', { what: saving.what }) : ''}
      </p>
      {saving.state === 'failed' ? <ErrorNotice error={saving.error} /> : null}
    </section>
  );
}
