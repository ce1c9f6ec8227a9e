import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, type ChannelConfigView, type ChannelKindDetails } from '../api/index.js';
import { flagOf } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ChannelIcon, ErrorNotice, useDirectory } from '../shell/index.js';
import {
  allFields, channelBody, errorsByField, fieldRules, groupKey, initialValues, isGroup, kindForm, REDACTED, valueAt,
  type FieldSpec, type FormValues, type GroupSpec, type KindForm,
} from './channel-fields.js';
import { idPattern } from './input-patterns.js';

/** The element id of a field's input (pointers become ids: `/smtp/host` → `<prefix>-smtp-host`). */
const inputId = (prefix: string, path: string) => `${prefix}${path.replaceAll('/', '-')}`;

/** The server's messages for one field (English, from the API), each after a translated "Not accepted:". */
function FieldErrors({ id, messages }: { id: string; messages: string[] | undefined }) {
  const { t } = useI18n();
  if (!messages?.length) return null;
  return (
    <div id={id} className="field-error">
      {messages.map((m, i) => <p key={i}>{t('channels.notAccepted')} <span lang="en" dir="ltr">{m}</span></p>)}
    </div>
  );
}

interface FieldProps {
  prefix: string;
  spec: FieldSpec;
  value: string | boolean;
  onChange(value: string | boolean): void;
  secret: boolean;
  /** A secret is stored for this field: leaving it empty keeps it. */
  stored: boolean;
  errors: string[] | undefined;
}

/** One field of a kind's form: label, input, hint, "stored secret" note and the server's errors, tied by ids. */
function ChannelField({ prefix, spec, value, onChange, secret, stored, errors }: FieldProps) {
  const { t } = useI18n();
  const id = inputId(prefix, spec.path);
  const label = t('channels.field', { field: spec.name });
  const described = [spec.hint ? `${id}-hint` : '', secret && stored ? `${id}-stored` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-describedby': described, 'aria-invalid': errors?.length ? true : undefined, 'data-field': spec.name } as const;
  const notes: ReactNode = (
    <>
      {spec.hint ? <p id={`${id}-hint`} className="hint">{t('channels.fieldHint', { field: spec.name })}</p> : null}
      {secret && stored ? <p id={`${id}-stored`} className="hint secret-stored">{t('channels.secretStored')}</p> : null}
      <FieldErrors id={`${id}-error`} messages={errors} />
    </>
  );
  if (spec.type === 'checkbox') {
    return (
      <div className="field field-check">
        <div className="checkbox">
          <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <label htmlFor={id}>{label}</label>
        </div>
        {notes}
      </div>
    );
  }
  let input: ReactNode;
  const text = typeof value === 'string' ? value : '';
  if (spec.type === 'rule') {
    input = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        {fieldRules.map((rule) => <option key={rule} value={rule}>{t('channels.fieldRule', { rule })}</option>)}
      </select>
    );
  } else if (spec.type === 'lines') {
    input = <textarea {...common} value={text} onChange={(e) => onChange(e.target.value)} rows={3} dir="ltr" required={spec.required} spellCheck={false} />;
  } else {
    const type = secret ? 'password' : spec.type === 'email' ? 'email' : spec.type === 'integer' ? 'number' : 'text';
    input = (
      <input {...common} type={type} value={text} onChange={(e) => onChange(e.target.value)} dir="ltr" spellCheck={false}
        required={spec.required && !(secret && stored)} autoComplete={secret ? 'new-password' : 'off'}
        inputMode={spec.type === 'integer' ? 'numeric' : undefined} placeholder={secret && stored ? REDACTED : undefined} />
    );
  }
  return (
    <div className={spec.type === 'lines' ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {input}
      {notes}
    </div>
  );
}

interface ChannelFormProps {
  kinds: ChannelKindDetails[];
  /** The channel being edited (as GET answers it), or null to add one. */
  existing: ChannelConfigView | null;
  onSaved(channel: ChannelConfigView, created: boolean): void;
}

/**
 * Adds or edits one channel: the kind's own fields (from `channel-fields.ts`), its market, whether it is on. Secrets
 * are never shown; on an existing channel an empty secret field keeps the stored one. The server's field errors
 * (`errors[].path`) appear beside the field they concern and focus moves to the first of them.
 */
export function ChannelForm({ kinds, existing, onSaved }: ChannelFormProps) {
  const { t } = useI18n();
  const { markets } = useDirectory();
  const prefix = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const offered = kinds.filter((k) => kindForm(k.kind));
  const [kind, setKind] = useState(existing?.kind ?? offered[0]?.kind ?? '');
  const form: KindForm | undefined = kindForm(kind);
  const secretPaths = kinds.find((k) => k.kind === kind)?.secretPaths ?? [];
  const [channelId, setChannelId] = useState(existing?.id ?? '');
  const [market, setMarket] = useState(existing?.market ?? '');
  const [enabled, setEnabled] = useState(existing?.enabled ?? true);
  const [values, setValues] = useState<FormValues>(() => (form ? initialValues(form, existing, secretPaths) : {}));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<{ error: ApiError; fields: Map<string, string[]> } | null>(null);

  // Opening a channel from the list moves focus to its form, so keyboard and screen reader users land on it.
  useEffect(() => { if (existing) headingRef.current?.focus(); }, [existing?.id]);
  useEffect(() => {
    if (!failure || failure.fields.size === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failure]);

  const chooseKind = (next: string) => {
    setKind(next);
    const nextForm = kindForm(next);
    setValues(nextForm ? initialValues(nextForm, null) : {});
    setFailure(null);
  };
  const set = (path: string, value: string | boolean) => setValues((current) => ({ ...current, [path]: value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!form) return;
    setSaving(true);
    setFailure(null);
    try {
      const body = channelBody(form, { market, enabled, values }, existing, secretPaths);
      const saved = await api.put<ChannelConfigView>(`/api/v1/channels/${encodeURIComponent(channelId)}`, body);
      onSaved(saved, !existing);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'CLIENT', String(caught));
      const paths = ['/id', '/kind', '/market', '/enabled', ...allFields(form).map((f) => f.path), ...form.fields.filter(isGroup).map((g) => g.path)];
      setFailure({ error, fields: errorsByField(error.fieldErrors, paths) });
    } finally {
      setSaving(false);
    }
  };

  const errorsOf = (path: string) => failure?.fields.get(path);
  const field = (spec: FieldSpec) => (
    <ChannelField key={spec.path} prefix={prefix} spec={spec} value={values[spec.path] ?? ''} onChange={(v) => set(spec.path, v)}
      secret={secretPaths.includes(spec.path)} stored={valueAt(existing, spec.path) === REDACTED} errors={errorsOf(spec.path)} />
  );
  const group = (spec: GroupSpec) => {
    const on = values[groupKey(spec)] === true;
    const switchId = inputId(prefix, `/use${spec.path}`);
    return (
      <fieldset key={spec.path} className="channel-group" data-group={spec.group}>
        <legend>{t('channels.group', { group: spec.group })}</legend>
        <div className="checkbox">
          <input type="checkbox" id={switchId} checked={on} onChange={(e) => set(groupKey(spec), e.target.checked)}
            aria-describedby={errorsOf(spec.path)?.length ? `${switchId}-error` : undefined} />
          <label htmlFor={switchId}>{t('channels.useGroup', { group: spec.group })}</label>
        </div>
        <FieldErrors id={`${switchId}-error`} messages={errorsOf(spec.path)} />
        {on ? <div className="form-grid">{spec.fields.map(field)}</div> : null}
      </fieldset>
    );
  };
  const plain = form?.fields.filter((f): f is FieldSpec => !isGroup(f) && !f.advanced) ?? [];
  const advanced = form?.fields.filter((f): f is FieldSpec => !isGroup(f) && !!f.advanced) ?? [];
  const headingId = `${prefix}-heading`;
  const general = failure?.fields.get('');

  return (
    <form ref={formRef} className="admin-form channel-form" onSubmit={(e) => void submit(e)} aria-labelledby={headingId} data-testid="channel-form">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>{existing ? t('channels.editHeading', { id: existing.id }) : t('channels.formHeading')}</h3>
      {existing ? <p className="muted"><ChannelIcon channel={existing.kind} showName /></p> : null}
      <div className="form-grid">
        {existing ? null : (
          <>
            <div className="field">
              <label htmlFor={inputId(prefix, '/kind')}>{t('channels.kind')}</label>
              <select id={inputId(prefix, '/kind')} value={kind} onChange={(e) => chooseKind(e.target.value)} data-field="kind">
                {offered.map((k) => <option key={k.kind} value={k.kind}>{t('channel.name', { channel: k.kind })}</option>)}
              </select>
            </div>
            <div className="field">
              <label htmlFor={inputId(prefix, '/id')}>{t('admin.id')}</label>
              <input id={inputId(prefix, '/id')} value={channelId} onChange={(e) => setChannelId(e.target.value)} required pattern={idPattern} maxLength={40} dir="ltr"
                spellCheck={false} autoComplete="off" data-field="id" aria-invalid={errorsOf('/id') ? true : undefined}
                aria-describedby={`${inputId(prefix, '/id')}-hint${errorsOf('/id') ? ` ${inputId(prefix, '/id')}-error` : ''}`} />
              <p id={`${inputId(prefix, '/id')}-hint`} className="hint">{t('admin.idHint')}</p>
              <FieldErrors id={`${inputId(prefix, '/id')}-error`} messages={errorsOf('/id')} />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor={inputId(prefix, '/market')}>{t('channels.market')}</label>
          <select id={inputId(prefix, '/market')} value={market} onChange={(e) => setMarket(e.target.value)} required data-field="market"
            aria-invalid={errorsOf('/market') ? true : undefined} aria-describedby={errorsOf('/market') ? `${inputId(prefix, '/market')}-error` : undefined}>
            <option value="">{t('channels.chooseMarket')}</option>
            {[...markets.values()].map((m) => <option key={m.code} value={m.code}>{t('inbox.filter.marketOption', { flag: flagOf(m.countries[0]), name: m.name, code: m.code })}</option>)}
          </select>
          <FieldErrors id={`${inputId(prefix, '/market')}-error`} messages={errorsOf('/market')} />
        </div>
      </div>
      <div className="checkbox">
        <input type="checkbox" id={inputId(prefix, '/enabled')} checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <label htmlFor={inputId(prefix, '/enabled')}>{t('channels.enabledLabel')}</label>
      </div>
      {form ? (
        <>
          <div className="form-grid">{plain.map(field)}</div>
          {form.fields.filter(isGroup).map(group)}
          {advanced.length ? (
            <details className="channel-advanced" open={advanced.some((f) => errorsOf(f.path)) || undefined}>
              <summary>{t('channels.advanced')}</summary>
              <div className="form-grid">{advanced.map(field)}</div>
            </details>
          ) : null}
          {existing ? <p className="hint">{t('channels.keptFields')}</p> : null}
        </>
      ) : <p className="empty">{t('channels.noForm', { kind })}</p>}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || !form} data-testid="channel-save">{t('admin.save')}</button>
      </div>
      {failure ? <ErrorNotice error={failure.error} /> : null}
      <FieldErrors id={`${prefix}-general-error`} messages={general} />
    </form>
  );
}
