import { useState, type FormEvent } from 'react';
import { api, ApiError, priorities, useResource, type SlaFallback, type SlaPolicy } from '../api/index.js';
import { formatSpan, isoDurationMs } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { DataTable, ErrorNotice, ResourceState, useDirectory } from '../shell/index.js';
import { idPattern } from './input-patterns.js';

interface PolicyForm {
  id: string; name: string; market: string; channel: string; priority: string;
  firstResponse: string; nextResponse: string; resolution: string; clock: string; pauseWhilePending: boolean;
}

const empty: PolicyForm = { id: '', name: '', market: '', channel: '', priority: '', firstResponse: 'PT4H', nextResponse: '', resolution: '', clock: 'business', pauseWhilePending: false };

function Target({ value }: { value: string | null }) {
  const { locale } = useI18n();
  if (!value) return <span className="muted">—</span>;
  const ms = isoDurationMs(value);
  return <span title={value}>{ms === null ? <span dir="ltr">{value}</span> : formatSpan(locale, ms)}</span>;
}

/** SLA policies: targets per market, channel and priority; the built-in fallback; add or edit one. */
export function SlaAdmin() {
  const { t } = useI18n();
  const { markets } = useDirectory();
  const policies = useResource('admin:sla', (signal) => api.get<{ items: SlaPolicy[]; fallback: SlaFallback }>('/api/v1/sla-policies', {}, signal));
  const [form, setForm] = useState<PolicyForm>(empty);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<PolicyForm>) => { setForm({ ...form, ...change }); setSaved(false); };
  const edit = (p: SlaPolicy) => {
    setEditing(true);
    setForm({
      id: p.id, name: p.name ?? '', market: p.market ?? '', channel: p.channel ?? '', priority: p.priority ?? '',
      firstResponse: p.firstResponse ?? '', nextResponse: p.nextResponse ?? '', resolution: p.resolution ?? '', clock: p.clock, pauseWhilePending: p.pauseWhilePending,
    });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const orNull = (v: string) => (v.trim() ? v.trim() : null);
    try {
      await api.put(`/api/v1/sla-policies/${encodeURIComponent(form.id)}`, {
        name: orNull(form.name), market: orNull(form.market), channel: orNull(form.channel), priority: orNull(form.priority),
        firstResponse: orNull(form.firstResponse), nextResponse: orNull(form.nextResponse), resolution: orNull(form.resolution),
        clock: form.clock, pauseWhilePending: form.pauseWhilePending,
      });
      setSaved(true);
      setEditing(false);
      setForm(empty);
      policies.reload();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'CLIENT', String(failure)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h2 id="sla-heading">{t('admin.sla')}</h2>
      <p className="muted">{t('sla.intro')}</p>
      <ResourceState resource={policies}>
        {({ items, fallback }) => (
          <DataTable labelledBy="sla-heading" testId="sla-policies" columns={[
            t('admin.name'), t('sla.scope'), t('briefing.sla', { kind: 'firstResponse' }), t('briefing.sla', { kind: 'nextResponse' }),
            t('briefing.sla', { kind: 'resolution' }), t('sla.clock'), t('admin.actions'),
          ]}>
            {items.map((p) => (
              <tr key={p.id} data-policy={p.id}>
                <th scope="row">{p.name ?? p.id} <span className="muted" dir="ltr">({p.id})</span></th>
                <td>{t('sla.scopeText', {
                  market: p.market ? markets.get(p.market)?.name ?? p.market : '*',
                  channel: p.channel ? t('channel.name', { channel: p.channel }) : '*',
                  priority: p.priority ? t('priority.name', { priority: p.priority }) : '*',
                })}</td>
                <td><Target value={p.firstResponse} /></td>
                <td><Target value={p.nextResponse} /></td>
                <td><Target value={p.resolution} /></td>
                <td>{t('sla.clockName', { clock: p.clock })}</td>
                <td><button type="button" className="button button-small" onClick={() => edit(p)} aria-label={t('agents.editLabel', { name: p.name ?? p.id })}>{t('action.edit')}</button></td>
              </tr>
            ))}
            <tr data-policy="fallback">
              <th scope="row">{t('sla.fallback')}</th>
              <td>{t('sla.scopeText', { market: '*', channel: '*', priority: '*' })}</td>
              <td><Target value={fallback.firstResponse} /></td>
              <td><Target value={fallback.nextResponse} /></td>
              <td><Target value={fallback.resolution} /></td>
              <td>{t('sla.clockName', { clock: fallback.clock })}</td>
              <td />
            </tr>
          </DataTable>
        )}
      </ResourceState>
      <form className="form-card" onSubmit={(e) => void submit(e)} aria-labelledby="sla-form-heading">
        <h3 id="sla-form-heading">{editing ? t('agents.editHeading', { name: form.name || form.id }) : t('sla.formHeading')}</h3>
        <div className="form-grid">
          <label>{t('admin.id')}<input value={form.id} onChange={(e) => set({ id: e.target.value })} required pattern={idPattern} readOnly={editing} dir="ltr" /></label>
          <label>{t('admin.name')}<input value={form.name} onChange={(e) => set({ name: e.target.value })} /></label>
          <label>{t('inbox.filter.market')}
            <select value={form.market} onChange={(e) => set({ market: e.target.value })}>
              <option value="">{t('inbox.filter.allMarkets')}</option>
              {[...markets.values()].map((m) => <option key={m.code} value={m.code}>{m.name}</option>)}
            </select>
          </label>
          <label>{t('inbox.filter.channel')}<input value={form.channel} onChange={(e) => set({ channel: e.target.value })} placeholder="email, chat…" dir="ltr" /></label>
          <label>{t('controls.priority')}
            <select value={form.priority} onChange={(e) => set({ priority: e.target.value })}>
              <option value="">*</option>
              {priorities.map((p) => <option key={p} value={p}>{t('priority.name', { priority: p })}</option>)}
            </select>
          </label>
          <label>{t('briefing.sla', { kind: 'firstResponse' })}<input value={form.firstResponse} onChange={(e) => set({ firstResponse: e.target.value })} dir="ltr" placeholder="PT4H" /></label>
          <label>{t('briefing.sla', { kind: 'nextResponse' })}<input value={form.nextResponse} onChange={(e) => set({ nextResponse: e.target.value })} dir="ltr" placeholder="PT8H" /></label>
          <label>{t('briefing.sla', { kind: 'resolution' })}<input value={form.resolution} onChange={(e) => set({ resolution: e.target.value })} dir="ltr" placeholder="P3D" /></label>
          <label>{t('sla.clock')}
            <select value={form.clock} onChange={(e) => set({ clock: e.target.value })}>
              <option value="business">{t('sla.clockName', { clock: 'business' })}</option>
              <option value="calendar">{t('sla.clockName', { clock: 'calendar' })}</option>
            </select>
          </label>
          <label className="checkbox"><input type="checkbox" checked={form.pauseWhilePending} onChange={(e) => set({ pauseWhilePending: e.target.checked })} />{t('sla.pauseWhilePending')}</label>
        </div>
        <p className="hint">{t('sla.durationHint')}</p>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>{t('admin.save')}</button>
          {editing ? <button type="button" className="button" onClick={() => { setEditing(false); setForm(empty); }}>{t('action.cancel')}</button> : null}
          {saved ? <span role="status">{t('admin.saved')}</span> : null}
        </div>
        {error ? <ErrorNotice error={error} /> : null}
      </form>
    </section>
  );
}
