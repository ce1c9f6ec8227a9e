import { useState, type FormEvent } from 'react';
import { api, teamKinds, useResource, type List, type Team } from '../api/index.js';
import { formatList, timeZones } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { useCurrentUser } from '../session/index.js';
import { ConfirmButton, DataTable, ErrorNotice, ResourceState, useDirectory } from '../shell/index.js';
import { useFormState } from './form-state.js';
import { idPattern } from './input-patterns.js';

function TeamForm({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const { markets } = useDirectory();
  const [form, run] = useFormState();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const id = String(data.get('id') ?? '').trim();
    const location = String(data.get('location') ?? '').trim();
    const ok = await run(() => api.put(`/api/v1/teams/${encodeURIComponent(id)}`, {
      name: String(data.get('name') ?? '').trim(),
      kind: String(data.get('kind')),
      timeZone: String(data.get('timeZone') ?? '').trim(),
      location: location || null,
      markets: data.getAll('markets').map(String),
    }));
    if (ok) {
      element.reset();
      onSaved();
    }
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="team-form-heading">
      <h3 id="team-form-heading">{t('teams.formHeading')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="team-id">{t('admin.id')}</label>
          <input id="team-id" name="id" required pattern={idPattern} dir="ltr" aria-describedby="team-id-hint" />
          <p id="team-id-hint" className="hint">{t('admin.idHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="team-name">{t('admin.name')}</label>
          <input id="team-name" name="name" required maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="team-kind">{t('teams.kind')}</label>
          <select id="team-kind" name="kind" defaultValue="hub">
            {teamKinds.map((k) => <option key={k} value={k}>{t('teams.kindName', { kind: k })}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="team-zone">{t('admin.timeZone')}</label>
          <input id="team-zone" name="timeZone" required list="admin-time-zones" dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="team-location">{t('teams.location')}</label>
          <input id="team-location" name="location" maxLength={200} />
        </div>
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('teams.markets')}</legend>
        {[...markets.values()].map((m) => (
          <label key={m.code}><input type="checkbox" name="markets" value={m.code} /> {m.name}</label>
        ))}
      </fieldset>
      <datalist id="admin-time-zones">{timeZones().map((z) => <option key={z} value={z} />)}</datalist>
      <button type="submit" className="button button-primary" disabled={form.state === 'saving'}>{t('admin.save')}</button>
      <p role="status" aria-live="polite" className="save-state">{form.state === 'saved' ? t('admin.saved') : ''}</p>
      {form.state === 'failed' ? <ErrorNotice error={form.error} /> : null}
    </form>
  );
}

/** Teams (headquarters, hubs, local offices, partners), the markets they serve and their members. */
export function TeamsAdmin() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const { markets, agents } = useDirectory();
  const teams = useResource('admin:teams', (signal) => api.get<List<Team>>('/api/v1/teams', {}, signal));
  const [announcement, setAnnouncement] = useState('');
  const canEdit = user.role !== 'agent';
  const remove = async (team: Team) => {
    await api.delete(`/api/v1/teams/${encodeURIComponent(team.id)}`);
    setAnnouncement(t('teams.deleted', { name: team.name }));
    teams.reload();
  };
  return (
    <section>
      <h2 id="teams-heading">{t('admin.teams')}</h2>
      <ResourceState resource={teams} empty={t('teams.empty')}>
        {({ items }) => (
          <DataTable labelledBy="teams-heading" testId="teams"
            columns={[t('admin.name'), t('teams.kind'), t('admin.timeZone'), t('teams.markets'), t('teams.members'), ...(canEdit ? [t('admin.actions')] : [])]}>
            {items.map((team) => (
              <tr key={team.id} data-team={team.id}>
                <th scope="row">{team.name} <span className="muted" dir="ltr">({team.id})</span>{team.location ? <><br /><span className="muted">{team.location}</span></> : null}</th>
                <td>{t('teams.kindName', { kind: team.kind })}</td>
                <td dir="ltr">{team.timeZone}</td>
                <td>{formatList(locale, team.markets.map((code) => markets.get(code)?.name ?? code))}</td>
                <td>{team.members.length ? formatList(locale, team.members.map((id) => agents.get(id)?.name ?? id)) : <span className="muted">{t('teams.noMembers')}</span>}</td>
                {canEdit ? (
                  <td>
                    {team.members.length
                      // The server refuses too (409): a partner agent left without a team would see every market.
                      ? <span className="muted">{t('teams.hasMembers')}</span>
                      : <ConfirmButton label={t('teams.delete')} accessibleLabel={t('teams.deleteLabel', { name: team.name })}
                        confirmLabel={t('teams.confirmDelete', { name: team.name })} confirmTestId="team-delete-confirm" onConfirm={() => remove(team)} />}
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
      <p role="status" aria-live="polite" className="save-state" data-testid="teams-status">{announcement}</p>
      {canEdit ? <TeamForm onSaved={teams.reload} /> : null}
    </section>
  );
}
