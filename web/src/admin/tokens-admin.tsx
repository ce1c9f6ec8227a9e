import { useRef, useState, type FormEvent } from 'react';
import { api, roles, useResource, type ApiToken, type CreatedApiToken, type List } from '../api/index.js';
import { formatInstant } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ConfirmButton, DataTable, ErrorNotice, ResourceState, useAgentZone } from '../shell/index.js';
import { useFormState } from './form-state.js';

/** The secret of a token just created: shown this once, with a copy button, until dismissed. */
function CreatedSecret({ token, onDismiss }: { token: CreatedApiToken; onDismiss(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopied(true);
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      field.current?.select();
    }
  };
  return (
    <div className="notice notice-success secret" role="alert" data-testid="token-secret">
      <p><strong>{t('tokens.createdTitle', { name: token.name })}</strong></p>
      <p>{t('tokens.shownOnce')}</p>
      <div className="secret-row">
        <label htmlFor="token-secret" className="visually-hidden">{t('tokens.secretLabel')}</label>
        <input id="token-secret" ref={field} readOnly value={token.token} dir="ltr" className="mono" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="button" onClick={() => void copy()}>{copied ? t('tokens.copied') : t('tokens.copy')}</button>
      </div>
      <button type="button" className="button button-quiet" onClick={onDismiss}>{t('tokens.dismiss')}</button>
    </div>
  );
}

/** API tokens for integrations: list (never the secrets), create (secret shown once), revoke. */
export function TokensAdmin() {
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const tokens = useResource('admin:tokens', (signal) => api.get<List<ApiToken>>('/api/v1/tokens', {}, signal));
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [form, run] = useFormState();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const ok = await run(async () => {
      setCreated(await api.post<CreatedApiToken>('/api/v1/tokens', { name: String(data.get('name') ?? '').trim(), role: String(data.get('role')) }));
    });
    if (ok) {
      element.reset();
      tokens.reload();
    }
  };
  const revoke = async (token: ApiToken) => {
    await api.delete(`/api/v1/tokens/${token.id}`);
    tokens.reload();
  };
  const when = (instant: string | null) => (instant ? formatInstant(locale, instant, zone, 'dateTime') : t('tokens.never'));

  return (
    <section>
      <h2 id="tokens-heading">{t('admin.tokens')}</h2>
      <p className="muted">{t('tokens.intro')}</p>
      {created ? <CreatedSecret token={created} onDismiss={() => setCreated(null)} /> : null}
      <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="token-form-heading">
        <h3 id="token-form-heading">{t('tokens.formHeading')}</h3>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="token-name">{t('admin.name')}</label>
            <input id="token-name" name="name" required maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="token-role">{t('agents.role')}</label>
            <select id="token-role" name="role" defaultValue="agent">
              {roles.map((r) => <option key={r} value={r}>{t('role.name', { role: r })}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" className="button button-primary" disabled={form.state === 'saving'}>{t('tokens.create')}</button>
        {form.state === 'failed' ? <ErrorNotice error={form.error} /> : null}
      </form>
      <ResourceState resource={tokens}>
        {({ items }) => (
          <DataTable label={t('tokens.listLabel')} columns={[
            t('admin.name'), t('agents.role'), t('tokens.prefix'), t('tokens.created'), t('tokens.lastUsed'), t('tokens.state'),
          ]}>
            {items.map((token) => (
              <tr key={token.id} className={token.revokedAt ? 'disabled' : undefined} data-token-name={token.name}>
                <th scope="row">{token.name}</th>
                <td>{t('role.name', { role: token.role })}</td>
                <td dir="ltr" className="mono">{token.prefix}…</td>
                <td>{when(token.createdAt)}</td>
                <td>{when(token.lastUsedAt)}</td>
                <td>{token.revokedAt
                  ? <span className="badge badge-muted">{t('tokens.revokedAt', { time: when(token.revokedAt) })}</span>
                  : <ConfirmButton label={t('tokens.revoke')} accessibleLabel={t('tokens.revokeLabel', { name: token.name })}
                    confirmLabel={t('tokens.confirmRevoke', { name: token.name })} onConfirm={() => revoke(token)} />}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
    </section>
  );
}
