import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  api, ApiError, macroRegisters, useResource, type List, type Macro, type MacroInput, type MacroRegister, type MacroVariant,
} from '../api/index.js';
import { formatInstant, formatList, languageName } from '../format/index.js';
import { uiLocales, useI18n } from '../i18n/index.js';
import { Link, navigate } from '../router/index.js';
import { useCurrentUser } from '../session/index.js';
import { ConfirmButton, DataTable, ErrorNotice, ResourceState, useAgentZone, useDirectory } from '../shell/index.js';
import { useFormState, type FormState } from './form-state.js';
import { localeTagPattern, macroIdPattern } from './input-patterns.js';

const macroPath = (id: string) => `/api/v1/macros/${encodeURIComponent(id)}`;
const variantPath = (id: string, locale: string) => `${macroPath(id)}/variants/${encodeURIComponent(locale)}`;
const variantKey = (v: { locale: string; register: string }) => `${v.locale.toLowerCase()}|${v.register}`;
const isEngineMissing = (error: ApiError) => error.status === 503 && error.code === 'BL_UNAVAILABLE';
const splitTags = (value: string) => value.split(',').map((tag) => tag.trim()).filter(Boolean);

/** The languages to suggest in locale fields: the markets' languages and the console's own. */
function LocaleSuggestions({ id }: { id: string }) {
  const { locale } = useI18n();
  const { marketLanguages } = useDirectory();
  const tags = [...new Set([...marketLanguages, ...uiLocales])].sort();
  return (
    <datalist id={id}>
      {tags.map((tag) => <option key={tag} value={tag}>{languageName(locale, tag)}</option>)}
    </datalist>
  );
}

/** The register a variant is for; `any` serves every register. Controlled when `onChange` is given. */
function RegisterSelect({ id, name, value, onChange }: { id: string; name?: string; value?: MacroRegister; onChange?(register: MacroRegister): void }) {
  const { t } = useI18n();
  const state = onChange ? { value, onChange: (e: { target: { value: string } }) => onChange(e.target.value as MacroRegister) } : { defaultValue: 'any' };
  return (
    <select id={id} name={name} {...state}>
      {macroRegisters.map((r) => <option key={r} value={r}>{t('macros.registerName', { register: r })}</option>)}
    </select>
  );
}

/** Saving / saved / failed for a form, announced; a missing translation engine gets its own explanation. */
function FormOutcome({ form }: { form: FormState }) {
  const { t } = useI18n();
  if (form.state === 'saved') return <p className="save-state" role="status">{t('admin.saved')}</p>;
  if (form.state !== 'failed') return <p className="save-state" role="status" />;
  if (isEngineMissing(form.error)) return <p className="notice notice-info" role="alert" data-testid="macro-no-engine">{t('macros.noEngine')}</p>;
  return <ErrorNotice error={form.error} />;
}

/** Where a variant comes from and what it still needs, as badges (the words carry the meaning, not the colour). */
function VariantState({ variant, source }: { variant: MacroVariant; source: boolean }) {
  const { t } = useI18n();
  return (
    <span className="macro-variant-state">
      {source ? <span className="badge">{t('macros.source')}</span> : null}
      {variant.origin === 'machine'
        ? <span className="badge badge-machine" data-engine={variant.engine ?? ''}>{t('macros.machineDraft', { engine: variant.engine ?? '?' })}</span>
        : <span className="badge badge-muted">{t('macros.human')}</span>}
      {variant.needsReview ? <span className="badge badge-review">{t('macros.needsReview')}</span> : null}
      {variant.outdated ? <span className="badge badge-outdated">{t('macros.outdated')}</span> : null}
    </span>
  );
}

function VariantTag({ variant }: { variant: MacroVariant }) {
  const { t, locale } = useI18n();
  return (
    <span className="badge badge-language" title={languageName(locale, variant.locale)} data-variant={variantKey(variant)}>
      <span dir="ltr">{variant.locale}</span>
      {variant.register !== 'any' ? <span>· {t('macros.registerName', { register: variant.register })}</span> : null}
      {variant.needsReview ? <span aria-hidden="true">*</span> : null}
    </span>
  );
}

/** A new macro: its shortcut, name and the text in its source language (other languages are added afterwards). */
function NewMacroForm({ existing }: { existing: readonly Macro[] }) {
  const { t, locale } = useI18n();
  const [form, run] = useFormState();
  const [taken, setTaken] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const id = String(data.get('id') ?? '').trim();
    // PUT replaces: a shortcut already in use must not silently overwrite that macro.
    if (existing.some((m) => m.id === id)) {
      setTaken(true);
      return;
    }
    setTaken(false);
    const sourceLocale = String(data.get('sourceLocale') ?? '').trim();
    const description = String(data.get('description') ?? '').trim();
    const body: MacroInput = {
      name: String(data.get('name') ?? '').trim(),
      description: description || null,
      sourceLocale,
      tags: splitTags(String(data.get('tags') ?? '')),
      variants: [{ locale: sourceLocale, register: String(data.get('register')) as MacroRegister, text: String(data.get('text') ?? '') }],
    };
    const ok = await run(() => api.put(macroPath(id), body));
    if (ok) navigate(`/admin/macros/${encodeURIComponent(id)}`);
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="macro-form-heading" data-testid="macro-new">
      <h3 id="macro-form-heading">{t('macros.formHeading')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="macro-id">{t('macros.shortcut')}</label>
          <input id="macro-id" name="id" required pattern={macroIdPattern} dir="ltr" aria-describedby="macro-id-hint"
            aria-invalid={taken || undefined} onChange={() => setTaken(false)} />
          <p id="macro-id-hint" className="hint">{taken ? t('macros.shortcutTaken') : t('macros.shortcutHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="macro-name">{t('admin.name')}</label>
          <input id="macro-name" name="name" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="macro-source">{t('macros.sourceLocale')}</label>
          <input id="macro-source" name="sourceLocale" required defaultValue={locale} list="macro-locales" dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="macro-register">{t('macros.register')}</label>
          <RegisterSelect id="macro-register" name="register" />
        </div>
        <div className="field">
          <label htmlFor="macro-tags">{t('macros.tags')}</label>
          <input id="macro-tags" name="tags" aria-describedby="macro-tags-hint" />
          <p id="macro-tags-hint" className="hint">{t('macros.tagsHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="macro-description">{t('macros.description')}</label>
          <input id="macro-description" name="description" maxLength={2000} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="macro-text">{t('macros.text')}</label>
        <textarea id="macro-text" name="text" required rows={4} dir="auto" aria-describedby="macro-text-hint" />
        <p id="macro-text-hint" className="hint">{t('macros.textHint')}</p>
      </div>
      <LocaleSuggestions id="macro-locales" />
      <button type="submit" className="button button-primary" disabled={form.state === 'saving'}>{t('macros.create')}</button>
      <FormOutcome form={form} />
    </form>
  );
}

function MacroList() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const canEdit = user.role !== 'agent';
  const macros = useResource('admin:macros', (signal) => api.get<List<Macro>>('/api/v1/macros', {}, signal));
  const names = (tags: readonly string[]) => formatList(locale, tags.map((tag) => languageName(locale, tag)));
  const remove = async (macro: Macro) => {
    await api.delete(macroPath(macro.id));
    macros.reload();
  };
  return (
    <section aria-labelledby="macros-heading">
      <h2 id="macros-heading">{t('admin.macros')}</h2>
      <p className="muted">{t('macros.intro')}</p>
      {!canEdit ? <p className="notice notice-info">{t('macros.readOnly')}</p> : null}
      <ResourceState resource={macros} empty={t('macros.empty')}>
        {({ items }) => (
          <DataTable label={t('macros.listLabel')}
            columns={[t('admin.name'), t('macros.shortcut'), t('macros.variants'), t('macros.missing'), t('admin.actions')]}>
            {items.map((macro) => (
              <tr key={macro.id} data-macro-id={macro.id}>
                <th scope="row">
                  <bdi>{macro.name}</bdi>
                  {macro.description ? <div className="muted"><bdi>{macro.description}</bdi></div> : null}
                </th>
                <td dir="ltr" className="mono">/{macro.id}</td>
                <td>
                  <span className="macro-variant-tags">{macro.variants.map((v) => <VariantTag key={variantKey(v)} variant={v} />)}</span>
                  {macro.needsReviewLocales.length > 0 ? <div className="hint">{t('macros.toReview', { languages: names(macro.needsReviewLocales) })}</div> : null}
                  {macro.outdatedLocales.length > 0 ? <div className="hint">{t('macros.toUpdate', { languages: names(macro.outdatedLocales) })}</div> : null}
                </td>
                <td>{macro.missingLocales.length > 0 ? names(macro.missingLocales) : <span className="muted">{t('macros.noneMissing')}</span>}</td>
                <td>
                  <span className="confirm">
                    <Link to={`/admin/macros/${encodeURIComponent(macro.id)}`} className="button button-small">
                      {canEdit ? t('action.edit') : t('macros.view')}<span className="visually-hidden"> <bdi>{macro.name}</bdi></span>
                    </Link>
                    {canEdit ? (
                      <ConfirmButton label={t('macros.delete')} accessibleLabel={t('macros.deleteLabel', { name: macro.name })}
                        confirmLabel={t('macros.confirmDelete', { name: macro.name })} onConfirm={() => remove(macro)} />
                    ) : null}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </ResourceState>
      {canEdit && macros.data ? <NewMacroForm existing={macros.data.items} /> : null}
    </section>
  );
}

/** The macro's own fields; saving rewrites the macro with its current variants unchanged. */
function MacroSettings({ macro, onSaved }: { macro: Macro; onSaved(macro: Macro): void }) {
  const { t } = useI18n();
  const [form, run] = useFormState();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const description = String(data.get('description') ?? '').trim();
    const body: MacroInput = {
      name: String(data.get('name') ?? '').trim(),
      description: description || null,
      sourceLocale: String(data.get('sourceLocale') ?? '').trim(),
      tags: splitTags(String(data.get('tags') ?? '')),
      variants: macro.variants.map((v) => ({ locale: v.locale, register: v.register, text: v.text })),
    };
    await run(async () => onSaved(await api.put<Macro>(macroPath(macro.id), body)));
  };
  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="macro-settings-heading">
      <h3 id="macro-settings-heading">{t('macros.settings')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="macro-edit-name">{t('admin.name')}</label>
          <input id="macro-edit-name" name="name" required maxLength={200} defaultValue={macro.name} />
        </div>
        <div className="field">
          <label htmlFor="macro-edit-source">{t('macros.sourceLocale')}</label>
          <input id="macro-edit-source" name="sourceLocale" required defaultValue={macro.sourceLocale} list="macro-locales" dir="ltr"
            aria-describedby="macro-edit-source-hint" />
          <p id="macro-edit-source-hint" className="hint">{t('macros.sourceHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="macro-edit-tags">{t('macros.tags')}</label>
          <input id="macro-edit-tags" name="tags" defaultValue={macro.tags.join(', ')} aria-describedby="macro-edit-tags-hint" />
          <p id="macro-edit-tags-hint" className="hint">{t('macros.tagsHint')}</p>
        </div>
        <div className="field">
          <label htmlFor="macro-edit-description">{t('macros.description')}</label>
          <input id="macro-edit-description" name="description" maxLength={2000} defaultValue={macro.description ?? ''} />
        </div>
      </div>
      <button type="submit" className="button button-primary" disabled={form.state === 'saving'}>{t('admin.save')}</button>
      <FormOutcome form={form} />
    </form>
  );
}

/** One variant: its text to edit, where it came from, and approve / delete. */
function VariantEditor({ macro, variant, canEdit, onChanged, onDeleted }: {
  macro: Macro; variant: MacroVariant; canEdit: boolean; onChanged(macro: Macro): void; onDeleted(): void;
}) {
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const id = useId();
  const [text, setText] = useState(variant.text);
  const [form, run] = useFormState();
  const [confirming, setConfirming] = useState(false);
  // A saved edit or a new machine draft replaces the text shown; unsaved typing is kept otherwise.
  useEffect(() => setText(variant.text), [variant.text]);
  const source = variant.locale.toLowerCase() === macro.sourceLocale.toLowerCase();
  const registerBody = { register: variant.register };
  const save = () => run(async () => onChanged(await api.put<Macro>(variantPath(macro.id, variant.locale), { register: variant.register, text })));
  const approve = () => run(async () => onChanged(await api.post<Macro>(`${variantPath(macro.id, variant.locale)}/approve`, registerBody)));
  const remove = () => run(async () => {
    await api.delete(`${variantPath(macro.id, variant.locale)}?register=${variant.register}`);
    onDeleted();
  });
  const title = t('macros.variantTitle', { language: languageName(locale, variant.locale), tag: variant.locale, register: variant.register });
  return (
    <article className="macro-variant" aria-labelledby={`${id}-title`} data-variant={variantKey(variant)}
      data-needs-review={variant.needsReview ? 'true' : 'false'} data-origin={variant.origin}>
      <header className="macro-variant-head">
        <h4 id={`${id}-title`}>{title}</h4>
        <VariantState variant={variant} source={source} />
      </header>
      <p className="hint">{t('macros.updated', { time: formatInstant(locale, variant.updatedAt, zone, 'dateTime') })}</p>
      <label htmlFor={`${id}-text`} className="visually-hidden">{t('macros.textOf', { variant: title })}</label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} lang={variant.locale} dir="auto" rows={4}
        readOnly={!canEdit} />
      {canEdit ? (
        <div className="form-actions">
          <button type="button" className="button button-small button-primary" disabled={form.state === 'saving' || !text.trim() || text === variant.text}
            onClick={() => void save()}>{t('macros.saveVariant')}</button>
          {variant.needsReview ? (
            <button type="button" className="button button-small" disabled={form.state === 'saving' || text !== variant.text}
              onClick={() => void approve()} data-testid="macro-approve">{t('macros.approve')}</button>
          ) : null}
          {confirming ? (
            <span className="confirm">
              <button type="button" className="button button-small button-danger" autoFocus onClick={() => void remove()}>{t('macros.confirmDeleteVariant', { variant: title })}</button>
              <button type="button" className="button button-small" onClick={() => setConfirming(false)}>{t('action.cancel')}</button>
            </span>
          ) : (
            <button type="button" className="button button-small" onClick={() => setConfirming(true)}>{t('macros.deleteVariant')}</button>
          )}
        </div>
      ) : null}
      {variant.needsReview && canEdit && text !== variant.text ? <p className="hint">{t('macros.approveHint')}</p> : null}
      <FormOutcome form={form} />
    </article>
  );
}

/** A new variant: written by hand, or drafted by the translation engine from the source text (then reviewed). */
function AddVariantForm({ macro, onChanged }: { macro: Macro; onChanged(macro: Macro): void }) {
  const { t } = useI18n();
  const [form, run] = useFormState();
  const [target, setTarget] = useState(macro.missingLocales[0] ?? '');
  const [register, setRegister] = useState<MacroRegister>('any');
  const [text, setText] = useState('');
  const write = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await run(async () => onChanged(await api.put<Macro>(variantPath(macro.id, target.trim()), { register, text })));
    if (ok) {
      setTarget('');
      setText('');
    }
  };
  const draft = async () => {
    if (await run(async () => onChanged(await api.post<Macro>(`${variantPath(macro.id, target.trim())}/draft`, { register })))) setTarget('');
  };
  return (
    <form className="admin-form" onSubmit={(e) => void write(e)} aria-labelledby="variant-form-heading" data-testid="macro-add-variant">
      <h3 id="variant-form-heading">{t('macros.addVariant')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="variant-locale">{t('macros.locale')}</label>
          <input id="variant-locale" required value={target} onChange={(e) => setTarget(e.target.value)} list="macro-locales" dir="ltr" pattern={localeTagPattern} />
        </div>
        <div className="field">
          <label htmlFor="variant-register">{t('macros.register')}</label>
          <RegisterSelect id="variant-register" value={register} onChange={setRegister} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="variant-text">{t('macros.text')}</label>
        <textarea id="variant-text" value={text} onChange={(e) => setText(e.target.value)} rows={4} dir="auto" lang={target || undefined}
          aria-describedby="variant-text-hint" />
        <p id="variant-text-hint" className="hint">{t('macros.draftHint')}</p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.state === 'saving' || !target.trim() || !text.trim()}>{t('macros.saveVariant')}</button>
        <button type="button" className="button" disabled={form.state === 'saving' || !target.trim()} onClick={() => void draft()} data-testid="macro-draft">
          {t('macros.draft')}
        </button>
      </div>
      <FormOutcome form={form} />
    </form>
  );
}

function MacroDetail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const canEdit = user.role !== 'agent';
  const macro = useResource(`admin:macro:${id}`, (signal) => api.get<Macro>(macroPath(id), {}, signal));
  const replace = (next: Macro) => macro.setData(() => next);
  const back = <Link to="/admin/macros" className="back-link">{t('macros.back')}</Link>;
  if (macro.error && !macro.data) return <section>{back}<ErrorNotice error={macro.error} onRetry={macro.reload} /></section>;
  if (!macro.data) return <section>{back}<p className="muted">{t('app.loading')}</p></section>;
  const m = macro.data;
  const names = (tags: readonly string[]) => formatList(locale, tags.map((tag) => languageName(locale, tag)));
  return (
    <section aria-labelledby="macro-heading" data-testid="macro-detail">
      {back}
      <h2 id="macro-heading"><bdi>{m.name}</bdi> <span className="mono muted" dir="ltr">/{m.id}</span></h2>
      <p className="muted">{t('macros.summary', { language: languageName(locale, m.sourceLocale), tag: m.sourceLocale, version: m.version })}</p>
      {m.missingLocales.length > 0 ? <p className="notice notice-warning" data-testid="macro-missing">{t('macros.missingNotice', { languages: names(m.missingLocales) })}</p> : null}
      {m.needsReviewLocales.length > 0 ? <p className="notice notice-info">{t('macros.toReview', { languages: names(m.needsReviewLocales) })}</p> : null}
      {m.outdatedLocales.length > 0 ? <p className="notice notice-info">{t('macros.toUpdate', { languages: names(m.outdatedLocales) })}</p> : null}
      {canEdit ? <MacroSettings macro={m} onSaved={replace} /> : null}
      <h3>{t('macros.variants')}</h3>
      <div className="macro-variants">
        {m.variants.map((v) => (
          <VariantEditor key={variantKey(v)} macro={m} variant={v} canEdit={canEdit} onChanged={replace} onDeleted={macro.reload} />
        ))}
      </div>
      {canEdit ? <AddVariantForm macro={m} onChanged={replace} /> : null}
      <LocaleSuggestions id="macro-locales" />
    </section>
  );
}

/**
 * Macros administration: the list with each macro's languages (missing, outdated, unreviewed), a new macro, and one
 * macro's variants per locale and register — written by hand, or drafted by the translation engine (labelled with
 * the engine) and approved by a person. Supervisors and administrators edit; agents may look.
 */
export function MacrosAdmin({ id }: { id?: string }) {
  if (id) return <MacroDetail id={id} />;
  return <MacroList />;
}
