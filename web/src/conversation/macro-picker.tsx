import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api, ApiError, useResource, type Conversation, type List, type Macro, type RenderedMacro } from '../api/index.js';
import { languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice, useDirectory } from '../shell/index.js';
import { hasVariantIn, macroOutcome, missingValues, placeholdersToAsk, searchMacros } from './macro-search.js';

/** A macro rendered for a conversation, as the composer inserts it and reports on it. */
export interface InsertedMacro {
  macro: Macro;
  rendered: RenderedMacro;
}

// A macro's name is the brand's text in any script: isolated, it cannot reorder the sentence around it (RTL UI).
const isolate = (text: string) => `\u2068${text}\u2069`;

const toApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)));

type Stage = { kind: 'search' } | { kind: 'values'; macro: Macro; names: string[]; values: Record<string, string> };

/** One input per placeholder the macro needs and the server cannot fill itself (order number, amount, date…). */
function PlaceholderFields({ stage, currency, onChange, onSubmit, idPrefix }: {
  stage: Extract<Stage, { kind: 'values' }>; currency: string | null; idPrefix: string;
  onChange(name: string, value: string): void; onSubmit(): void;
}) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The picker lives inside the composer's form: Enter fills the macro in instead of sending the reply.
    if (event.key === 'Enter') {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <div className="macro-values" role="group" aria-labelledby={`${idPrefix}-values-heading`}>
      <p id={`${idPrefix}-values-heading`} className="macro-values-heading">{t('macro.valuesHeading', { name: isolate(stage.macro.name) })}</p>
      <div className="form-grid">
        {stage.names.map((name, i) => (
          <div className="field" key={name}>
            <label htmlFor={`${idPrefix}-value-${name}`}>{t('macro.placeholder', { name })}</label>
            <input id={`${idPrefix}-value-${name}`} value={stage.values[name] ?? ''} autoFocus={i === 0}
              type={name === 'amount' ? 'number' : name === 'date' ? 'date' : 'text'} step={name === 'amount' ? 'any' : undefined}
              onChange={(e) => onChange(name, e.target.value)} onKeyDown={onKeyDown} data-placeholder={name}
              aria-describedby={name === 'amount' && currency ? `${idPrefix}-amount-hint` : undefined} />
            {name === 'amount' && currency ? <p id={`${idPrefix}-amount-hint`} className="hint">{t('macro.amountHint', { currency })}</p> : null}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The macro picker: a button that opens a searchable list of macros (by name, shortcut or tag; arrow keys move,
 * Enter picks, Escape closes), asks for the placeholder values the macro's text needs (listed with the macro; a render
 * the server refuses for more values adds their fields), and hands the variant rendered for this conversation
 * (customer's locale through the fallback chain, market's register) to the composer.
 */
export function MacroPicker({ conversation, disabled, onInsert }: { conversation: Conversation; disabled: boolean; onInsert(inserted: InsertedMacro): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const { markets } = useDirectory();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [stage, setStage] = useState<Stage>({ kind: 'search' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const macros = useResource(open ? 'macros' : null, (signal) => api.get<List<Macro>>('/api/v1/macros', {}, signal));

  const found = searchMacros(macros.data?.items ?? [], query);
  const activeIndex = Math.min(active, Math.max(found.length - 1, 0));
  const customerLanguage = conversation.language;
  const currency = conversation.market ? markets.get(conversation.market)?.currency ?? null : null;

  useEffect(() => {
    if (open && stage.kind === 'search') search.current?.focus();
  }, [open, stage.kind]);

  const close = () => {
    setOpen(false);
    setQuery('');
    setActive(0);
    setStage({ kind: 'search' });
    setError(null);
    toggle.current?.focus();
  };

  const render = async (macro: Macro, values: Record<string, string | number>) => {
    setBusy(true);
    setError(null);
    try {
      const rendered = await api.post<RenderedMacro>(`/api/v1/macros/${encodeURIComponent(macro.id)}/render`, { conversationId: conversation.id, values });
      setOpen(false);
      setQuery('');
      setActive(0);
      setStage({ kind: 'search' });
      onInsert({ macro, rendered });
    } catch (failure) {
      const problem = toApiError(failure);
      const asked = stage.kind === 'values' ? stage.names : [];
      const more = missingValues(problem).filter((name) => !asked.includes(name));
      if (more.length > 0) {
        setStage({ kind: 'values', macro, names: [...asked, ...more], values: stage.kind === 'values' ? stage.values : {} });
      } else {
        setError(problem);
      }
    } finally {
      setBusy(false);
    }
  };

  // The values the macro's text needs are asked for first; a macro that needs none is rendered at once.
  const pick = (macro: Macro) => {
    if (busy) return;
    const names = placeholdersToAsk(macro, customerLanguage, conversation.customer.name !== null);
    if (names.length > 0) setStage({ kind: 'values', macro, names, values: {} });
    else void render(macro, {});
  };

  const submitValues = () => {
    if (stage.kind !== 'values' || busy) return;
    const values: Record<string, string | number> = {};
    for (const name of stage.names) {
      const raw = (stage.values[name] ?? '').trim();
      if (!raw) continue;
      values[name] = name === 'amount' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    }
    void render(stage.macro, values);
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (found.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + found.length) % found.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (found.length === 0) return;
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : found.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = found[activeIndex];
      if (chosen) pick(chosen);
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const customerLanguageName = customerLanguage ? languageName(locale, customerLanguage) : '';
  return (
    <>
      <button type="button" ref={toggle} className="button button-small macro-toggle" aria-expanded={open} aria-controls={open ? `${id}-panel` : undefined}
        disabled={disabled} onClick={() => (open ? close() : setOpen(true))} data-testid="macro-toggle">
        {t('macro.open')}
      </button>
      {open ? (
        <div id={`${id}-panel`} className="macro-panel" role="group" aria-labelledby={`${id}-heading`} onKeyDown={onPanelKeyDown} data-testid="macro-panel">
          <div className="macro-panel-head">
            <p id={`${id}-heading`} className="macro-panel-title">{t('macro.heading')}</p>
            <button type="button" className="button button-small button-quiet" onClick={close}>{t('action.cancel')}</button>
          </div>
          {stage.kind === 'search' ? (
            <>
              <label htmlFor={`${id}-search`} className="composer-label">{t('macro.searchLabel')}</label>
              <input id={`${id}-search`} ref={search} type="search" value={query} autoComplete="off" dir="auto"
                role="combobox" aria-expanded={found.length > 0} aria-autocomplete="list"
                aria-controls={found.length > 0 ? listId : undefined}
                aria-activedescendant={found.length > 0 ? optionId(activeIndex) : undefined}
                aria-describedby={`${id}-search-hint`}
                onChange={(e) => { setQuery(e.target.value); setActive(0); }} onKeyDown={onSearchKeyDown} data-testid="macro-search" />
              <p id={`${id}-search-hint`} className="hint">{t('macro.searchHint')}</p>
              {macros.error ? <ErrorNotice error={macros.error} onRetry={macros.reload} /> : null}
              {!macros.data && !macros.error ? <p className="muted">{t('app.loading')}</p> : null}
              {macros.data && found.length === 0 ? (
                <p className="muted" role="status">{macros.data.items.length === 0 ? t('macro.none') : t('macro.noMatch')}</p>
              ) : null}
              {found.length > 0 ? (
                <ul id={listId} className="macro-list" role="listbox" aria-label={t('macro.listLabel')}>
                  {found.map((macro, i) => {
                    const inLanguage = hasVariantIn(macro, customerLanguage);
                    return (
                      // The search field keeps focus (aria-activedescendant) and handles the keys; a click picks too.
                      <li key={macro.id} id={optionId(i)} role="option" aria-selected={i === activeIndex}
                        className={i === activeIndex ? 'macro-option active' : 'macro-option'} data-macro-id={macro.id}
                        onMouseDown={(e) => e.preventDefault()} onMouseEnter={() => setActive(i)} onClick={() => pick(macro)}>
                        <span className="macro-option-name"><bdi>{macro.name}</bdi></span>
                        <span className="macro-shortcut" dir="ltr">/{macro.id}</span>
                        {customerLanguage ? (
                          <span className={inLanguage ? 'badge macro-has-language' : 'badge badge-muted'}>
                            {inLanguage ? t('macro.hasLanguage', { language: customerLanguageName }) : t('macro.lacksLanguage', { language: customerLanguageName })}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </>
          ) : (
            <>
              <PlaceholderFields stage={stage} currency={currency} idPrefix={id} onSubmit={submitValues}
                onChange={(name, value) => setStage({ ...stage, values: { ...stage.values, [name]: value } })} />
              <div className="form-actions">
                <button type="button" className="button button-primary button-small" disabled={busy} onClick={submitValues} data-testid="macro-insert">
                  {busy ? t('macro.rendering') : t('macro.insert')}
                </button>
                <button type="button" className="button button-small" onClick={() => { setStage({ kind: 'search' }); setError(null); }}>{t('macro.back')}</button>
              </div>
            </>
          )}
          {busy && stage.kind === 'search' ? <p className="muted" role="status">{t('macro.rendering')}</p> : null}
          {error ? <ErrorNotice error={error} /> : null}
        </div>
      ) : null}
    </>
  );
}

/**
 * What the composer says about the macro it just inserted: which locale variant and register were used, whether
 * that was a fallback (pt-BR → pt), or that there is no variant in the customer's language at all, in which case
 * the agent is offered a translation preview before sending.
 */
export function MacroNotice({ inserted, customerLanguage, canTranslate, onTranslate, onDismiss }: {
  inserted: InsertedMacro; customerLanguage: string | null; canTranslate: boolean; onTranslate(): void; onDismiss(): void;
}) {
  const { t, locale } = useI18n();
  const { rendered, macro } = inserted;
  const outcome = macroOutcome(rendered);
  const used = languageName(locale, rendered.locale);
  const requested = languageName(locale, customerLanguage ?? rendered.requestedLocale);
  return (
    <div className={outcome === 'other-language' ? 'notice notice-warning macro-notice' : 'notice notice-info macro-notice'} role="status"
      data-testid="macro-notice" data-outcome={outcome} data-locale={rendered.locale} data-register={rendered.register}>
      <div className="macro-notice-text">
        <p>{t('macro.used', { name: isolate(macro.name), language: used, tag: rendered.locale, register: rendered.register })}</p>
        {outcome === 'fallback' ? (
          <p>{t('macro.fellBack', { requested: rendered.requestedLocale, used: rendered.locale, chain: rendered.chain.join(' → ') })}</p>
        ) : null}
        {outcome === 'register' ? <p>{t('macro.registerFallback')}</p> : null}
        {outcome === 'other-language' ? <p>{t('macro.otherLanguage', { language: requested, used })}</p> : null}
        {rendered.needsReview ? <p>{t('macro.needsReview')}</p> : null}
        {rendered.outdated ? <p>{t('macro.outdated')}</p> : null}
      </div>
      <div className="form-actions">
        {outcome === 'other-language' && canTranslate ? (
          <button type="button" className="button button-small" onClick={onTranslate} data-testid="macro-translate">
            {t('macro.translate', { language: requested })}
          </button>
        ) : null}
        <button type="button" className="button button-small button-quiet" onClick={onDismiss}>{t('macro.dismiss')}</button>
      </div>
    </div>
  );
}
