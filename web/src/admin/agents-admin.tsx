import { useState, type FormEvent } from 'react';
import { api, roles, useResource, type Agent, type List, type Team } from '../api/index.js';
import { endonym, formatList, languageName, timeZones } from '../format/index.js';
import { uiLocales, useI18n } from '../i18n/index.js';
import { useCurrentUser } from '../session/index.js';
import { DataTable, ErrorNotice, ResourceState, useDirectory } from '../shell/index.js';
import { useFormState } from './form-state.js';
import { idPattern } from './input-patterns.js';

function AgentForm({ agent, teams, onSaved, onCancel }: { agent: Agent | null; teams: readonly Team[]; onSaved(): void; onCancel(): void }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [form, run] = useFormState();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const id = agent?.id ?? String(data.get('id') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const timeZone = String(data.get('timeZone') ?? '').trim();
    const locale = String(data.get('locale') ?? '');
    const body: Record<string, unknown> = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      role: String(data.get('role')),
      teams: data.getAll('teams').map(String),
      timeZone: timeZone || null,
      locale: locale || null,
      disabled: data.get('disabled') === 'on',
    };
    if (password) body.password = password;
    if (await run(() => api.put(`/api/v1/agents/${encodeURIComponent(id)}`, body))) {
      if (!agent) element.reset();
      onSaved();
    }
  };
  const assignable = roles.filter((r) => r !== 'admin' || user.role === 'admin');
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="agent-form-heading">
      <h3 id="agent-form-heading">{agent ? t('agents.editHeading', { name: agent.name }) : t('agents.formHeading')}</h3>
      <div className="form-grid">
        {agent ? null : (
          <div className="field">
            <label htmlFor="agent-id">{t('admin.id')}</label>
            <input id="agent-id" name="id" required pattern={idPattern} dir="ltr" aria-describedby="agent-id-hint" />
            <p id="agent-id-hint" className="hint">{t('admin.idHint')}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="agent-name">{t('admin.name')}</label>
          <input id="agent-name" name="name" required maxLength={200} defaultValue={agent?.name} />
        </div>
        <div className="field">
          <label htmlFor="agent-email">{t('agents.email')}</label>
          <input id="agent-email" name="email" type="email" required dir="ltr" defaultValue={agent?.email} />
        </div>
        <div className="field">
          <label htmlFor="agent-role">{t('agents.role')}</label>
          <select id="agent-role" name="role" defaultValue={agent?.role ?? 'agent'}>
            {assignable.map((r) => <option key={r} value={r}>{t('role.name', { role: r })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agent-zone">{t('admin.timeZone')}</label>
          <input id="agent-zone" name="timeZone" list="agent-time-zones" dir="ltr" defaultValue={agent?.timeZone ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="agent-locale">{t('agents.interfaceLanguage')}</label>
          <select id="agent-locale" name="locale" defaultValue={agent?.locale ?? ''}>
            <option value="">{t('agents.browserLanguage')}</option>
            {uiLocales.map((l) => <option key={l} value={l} lang={l}>{endonym(l)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="agent-password">{agent ? t('agents.newPassword') : t('agents.password')}</label>
          <input id="agent-password" name="password" type="password" minLength={10} autoComplete="new-password" dir="ltr" aria-describedby="agent-password-hint" />
          <p id="agent-password-hint" className="hint">{t('agents.passwordHint')}</p>
        </div>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('agents.teams')}</legend>
        {teams.length === 0 ? <p className="muted">{t('teams.empty')}</p> : null}
        {teams.map((team) => (
          <label key={team.id}><input type="checkbox" name="teams" value={team.id} defaultChecked={agent?.teams.includes(team.id)} /> {team.name}</label>
        ))}
      </fieldset>
      <label className="checkbox"><input type="checkbox" name="disabled" defaultChecked={agent?.disabled ?? false} /> {t('agents.disableLabel')}</label>
      <datalist id="agent-time-zones">{timeZones().map((z) => <option key={z} value={z} />)}</datalist>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.state === 'saving'}>{t('admin.save')}</button>
        {agent ? <button type="button" className="button" onClick={onCancel}>{t('action.cancel')}</button> : null}
      </div>
      <p role="status" aria-live="polite" className="save-state">{form.state === 'saved' ? t('admin.saved') : ''}</p>
      {form.state === 'failed' ? <ErrorNotice error={form.error} /> : null}
    </form>
  );
}

/** Everyone who can work in the console: role, teams, languages, zone and presence; supervisors can add and edit. */
export function AgentsAdmin() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const directory = useDirectory();
  const agents = useResource('admin:agents', (signal) => api.get<List<Agent>>('/api/v1/agents', {}, signal));
  const teams = useResource('admin:teams', (signal) => api.get<List<Team>>('/api/v1/teams', {}, signal));
  const [editing, setEditing] = useState<Agent | null>(null);
  const teamName = (id: string) => teams.data?.items.find((team) => team.id === id)?.name ?? id;
  const canEdit = user.role !== 'agent';
  const saved = () => {
    agents.reload();
    directory.reload();
    setEditing(null);
  };
  return (
    <section>
      <h2 id="agents-heading">{t('admin.agents')}</h2>
      <ResourceState resource={agents}>
        {({ items }) => (
          <DataTable labelledBy="agents-heading" columns={[
            t('admin.name'), t('agents.role'), t('agents.teams'), t('agents.languages'), t('admin.timeZone'), t('agents.presence'),
            canEdit ? <span className="visually-hidden">{t('admin.actions')}</span> : null,
          ]}>
            {items.map((a) => (
              <tr key={a.id} className={a.disabled ? 'disabled' : undefined}>
                <th scope="row">
                  {a.name}
                  <br />
                  <span className="muted break" dir="ltr">{a.email}</span>
                  {a.disabled ? <span className="badge badge-muted">{t('agents.disabled')}</span> : null}
                </th>
                <td>{t('role.name', { role: a.role })}</td>
                <td>{a.teams.length ? formatList(locale, a.teams.map(teamName)) : <span className="muted">{t('agents.noTeams')}</span>}</td>
                <td>{a.languages.length
                  ? formatList(locale, a.languages.map((l) => t('agents.languageLevel', { language: languageName(locale, l.language), level: t('agents.level', { level: l.level }) })))
                  : <span className="muted">{t('agents.noLanguages')}</span>}</td>
                <td dir="ltr">{a.timeZone ?? '—'}</td>
                <td>{t('agents.presenceName', { presence: a.presence })}</td>
                {canEdit ? (
                  <td>
                    <button type="button" className="button button-small" onClick={() => setEditing(a)}
                      aria-label={t('agents.editLabel', { name: a.name })}>{t('action.edit')}</button>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
      {canEdit ? (
        <AgentForm key={editing?.id ?? 'new'} agent={editing} teams={teams.data?.items ?? []} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : null}
    </section>
  );
}
