import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, useResource, type Customer, type CustomerWithConversations, type List } from '../api/index.js';
import { useI18n } from '../i18n/index.js';
import { ErrorNotice, MarketBadge } from '../shell/index.js';
import { CustomerDetails } from './customer-panel.js';

type Keep = 'this' | 'other';

const toApiError = (error: unknown) => (error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)));

/** One of the two records is gone (merged already) or outside the agent's markets (partner scope: a 404). */
function GoneNotice() {
  const { t } = useI18n();
  return <div className="notice notice-error" role="alert" data-testid="merge-gone"><p>{t('merge.gone')}</p></div>;
}

function MergeError({ error }: { error: ApiError }) {
  return error.status === 404 ? <GoneNotice /> : <ErrorNotice error={error} />;
}

/** Other customers matching the search, each with a button to compare it with this one. */
function Candidates({ items, selected, onSelect }: { items: Customer[]; selected: string | null; onSelect(id: string): void }) {
  const { t } = useI18n();
  return (
    <ul className="merge-candidates" data-testid="merge-candidates">
      {items.map((c) => {
        const name = c.name ?? t('customer.unnamed');
        return (
          <li key={c.id} data-customer={c.id}>
            <span className="merge-candidate-name"><bdi>{name}</bdi></span>
            {c.email || c.phone ? <span className="muted break" dir="ltr">{c.email ?? c.phone}</span> : null}
            <MarketBadge code={c.market} />
            <span className="muted">{t('merge.identityCount', { count: c.identities.length })}</span>
            <button type="button" className="button button-small" aria-pressed={selected === c.id} aria-label={t('merge.compareLabel', { name })}
              onClick={() => onSelect(c.id)}>
              {t('merge.compare')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

interface CompareProps {
  customer: CustomerWithConversations;
  other: CustomerWithConversations;
  onCancel(): void;
  onMerged(survivorId: string): void;
}

/** Both records side by side, the choice of which one to keep, and the confirmed merge. */
function Comparison({ customer, other, onCancel, onMerged }: CompareProps) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [keep, setKeep] = useState<Keep>('this');
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => heading.current?.focus(), [other.id]);

  const thisName = customer.name ?? t('customer.unnamed');
  const otherName = other.name ?? t('customer.unnamed');
  const merge = async () => {
    const [target, source] = keep === 'this' ? [customer.id, other.id] : [other.id, customer.id];
    setMerging(true);
    setError(null);
    try {
      await api.post<Customer>(`/api/v1/customers/${target}/merge`, { source });
      onMerged(target);
    } catch (failure) {
      setError(toApiError(failure));
      setConfirming(false);
    } finally {
      setMerging(false);
    }
  };

  return (
    <section className="merge-compare" aria-labelledby={`${id}-heading`} data-testid="merge-compare">
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>{t('merge.compareHeading')}</h3>
      <div className="merge-sides">
        {([['this', customer, thisName], ['other', other, otherName]] as const).map(([side, record, name]) => (
          <section key={side} className="panel merge-side" aria-labelledby={`${id}-${side}`} data-side={side}>
            <h4 id={`${id}-${side}`}>{side === 'this' ? t('merge.thisRecord') : t('merge.otherRecord')}</h4>
            <p className="customer-name"><bdi>{name}</bdi></p>
            <CustomerDetails customer={record} level={5} />
          </section>
        ))}
      </div>
      <fieldset className="merge-keep">
        <legend>{t('merge.keepLegend')}</legend>
        <label><input type="radio" name={`${id}-keep`} value="this" checked={keep === 'this'} onChange={() => { setKeep('this'); setConfirming(false); }} /> <bdi>{t('merge.keepThis', { name: thisName })}</bdi></label>
        <label><input type="radio" name={`${id}-keep`} value="other" checked={keep === 'other'} onChange={() => { setKeep('other'); setConfirming(false); }} /> <bdi>{t('merge.keepOther', { name: otherName })}</bdi></label>
      </fieldset>
      <p className="hint" id={`${id}-explain`}>{t('merge.explain')}</p>
      <div className="form-actions">
        {confirming ? (
          <>
            <button type="button" className="button button-danger" onClick={() => void merge()} disabled={merging} autoFocus aria-describedby={`${id}-explain`} data-testid="merge-confirm">
              {merging ? t('merge.merging') : t('merge.confirm', { name: keep === 'this' ? thisName : otherName })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)} disabled={merging}>{t('action.cancel')}</button>
          </>
        ) : (
          <>
            <button type="button" className="button button-primary" onClick={() => setConfirming(true)} data-testid="merge-start">{t('merge.start')}</button>
            <button type="button" className="button" onClick={onCancel}>{t('action.cancel')}</button>
          </>
        )}
      </div>
      {error ? <MergeError error={error} /> : null}
    </section>
  );
}

/**
 * Finding and merging a duplicate of this customer: search other records by name, email or phone (the list is
 * already limited to the agent's markets), compare both side by side, choose which record to keep and confirm.
 * `POST /api/v1/customers/{kept}/merge` moves the other's identities and conversations to the kept one.
 */
export function CustomerMerge({ customer, onMerged }: { customer: CustomerWithConversations; onMerged(survivorId: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState(customer.name ?? customer.email ?? customer.phone ?? '');
  const [results, setResults] = useState<Customer[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const other = useResource(selected ? `customer:${selected}` : null, (signal) => api.get<CustomerWithConversations>(`/api/v1/customers/${selected}`, {}, signal));

  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    setSearching(true);
    setSearchError(null);
    setSelected(null);
    try {
      const found = await api.get<List<Customer>>('/api/v1/customers', { q, limit: 20 });
      setResults(found.items.filter((c) => c.id !== customer.id));
    } catch (failure) {
      setResults(null);
      setSearchError(toApiError(failure));
    } finally {
      setSearching(false);
    }
  };

  return (
    <section className="panel customer-merge" aria-labelledby={`${id}-heading`} data-testid="customer-merge">
      <h2 id={`${id}-heading`}>{t('merge.heading')}</h2>
      <p className="hint">{t('merge.intro')}</p>
      <form role="search" className="merge-search" onSubmit={(e) => void search(e)} aria-labelledby={`${id}-heading`}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('merge.searchLabel')}</label>
          <div className="merge-search-row">
            <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} dir="auto" data-testid="merge-query" />
            <button type="submit" className="button" disabled={searching}>{t('merge.search')}</button>
          </div>
        </div>
      </form>
      {searchError ? <ErrorNotice error={searchError} /> : null}
      <p role="status" className="merge-count">{results ? t('merge.results', { count: results.length }) : ''}</p>
      {results && results.length > 0 ? <Candidates items={results} selected={selected} onSelect={setSelected} /> : null}
      {other.error ? <MergeError error={other.error} /> : null}
      {/* The chosen record was merged into this one meanwhile: reading it leads back here. */}
      {other.data && other.data.id === customer.id ? <GoneNotice /> : null}
      {other.data && other.data.id !== customer.id ? (
        <Comparison customer={customer} other={other.data} onCancel={() => setSelected(null)} onMerged={onMerged} />
      ) : null}
    </section>
  );
}
