import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, channelKinds, conversationStatuses, useResource, type Conversation, type Page, type StatusCounts } from '../api/index.js';
import { flagOf, languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, navigate, useDocumentTitle, useLocation } from '../router/index.js';
import { LiveIndicator, useLiveRefresh } from '../live/index.js';
import { ErrorNotice, useAgentZone, useDirectory, useNow } from '../shell/index.js';
import {
  countsQuery, defaultFilters, inboxPath, listQuery, readFilters, slaQuery, type AssigneeView, type InboxFilters, type SlaView, type StatusView,
} from './inbox-filters.js';
import { InboxRow } from './inbox-row.js';

const pageSize = 50;

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** The inbox: views, filters, search, counts, keyboard navigation and cursor paging over every market. */
export function InboxPage() {
  const { t, locale } = useI18n();
  const { query } = useLocation();
  const filters = readFilters(query);
  const key = inboxPath(filters);
  const { markets, marketLanguages } = useDirectory();
  const zone = useAgentZone();
  const now = useNow();
  useDocumentTitle(t('inbox.documentTitle'));

  const first = useResource(key, (signal) => api.get<Page<Conversation>>('/api/v1/conversations', { ...listQuery(filters, Date.now()), limit: pageSize }, signal));
  // Counts under the current filters: per status for this view, and the size of every other view beside it.
  const countsKey = `counts:${inboxPath({ ...filters, status: 'open' })}`;
  const counts = useResource(countsKey, async (signal) => {
    const at = Date.now();
    const base = { ...countsQuery({ ...filters, assignee: '', sla: '' }, at) };
    const get = (query: Record<string, string>) => api.get<StatusCounts>('/api/v1/conversations/counts', query, signal);
    const current = filters.assignee || filters.sla ? get(countsQuery(filters, at)) : null;
    const [all, here, soon, breached] = await Promise.all([
      get(base), current, get({ ...base, ...slaQuery('soon', at) }), get({ ...base, ...slaQuery('breached', at) }),
    ]);
    const unresolved = all.open + all.pending + all.snoozed;
    return { status: here ?? all, views: { all: unresolved, me: all.mine, none: all.unassigned, soon: soon.total, breached: breached.total } };
  });
  const [more, setMore] = useState<{ key: string; items: Conversation[]; cursor: string | null; loading: boolean; error: ApiError | null }>(
    { key, items: [], cursor: null, loading: false, error: null },
  );
  const extra = more.key === key ? more : { key, items: [], cursor: null, loading: false, error: null };
  const items = [...(first.data?.items ?? []), ...extra.items];
  const nextCursor = extra.items.length > 0 ? extra.cursor : first.data?.nextCursor ?? null;

  const loadMore = async () => {
    if (!nextCursor) return;
    setMore({ ...extra, loading: true, error: null });
    try {
      const page = await api.get<Page<Conversation>>('/api/v1/conversations', { ...listQuery(filters, Date.now()), limit: pageSize, cursor: nextCursor });
      setMore({ key, items: [...extra.items, ...page.items], cursor: page.nextCursor, loading: false, error: null });
    } catch (error) {
      setMore({ ...extra, loading: false, error: error instanceof ApiError ? error : new ApiError(0, 'CLIENT', String(error)) });
    }
  };

  const refresh = () => {
    setMore({ key, items: [], cursor: null, loading: false, error: null });
    first.reload();
    counts.reload();
  };
  // Live: new messages, new conversations, assignments and status changes re-read the list and counts (debounced).
  useLiveRefresh((event) => event.type.startsWith('conversation.') || event.type.startsWith('message.') || event.type.startsWith('sla.'), refresh, 500);

  const go = (change: Partial<InboxFilters>, replace = false) => navigate(inboxPath({ ...filters, ...change }), { replace });

  // Keyboard navigation: j/k or arrows move between rows, Enter opens (the rows are links), / jumps to search.
  const rows = useRef<Array<HTMLAnchorElement | null>>([]);
  const active = useRef(-1);
  const search = useRef<HTMLInputElement>(null);
  const onKey = useCallback((event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
    const list = rows.current.filter((row): row is HTMLAnchorElement => row !== null);
    let next: number | null = null;
    if (event.key === 'j' || event.key === 'ArrowDown') next = Math.min(active.current + 1, list.length - 1);
    else if (event.key === 'k' || event.key === 'ArrowUp') next = Math.max(active.current - 1, 0);
    else if (event.key === '/') {
      event.preventDefault();
      search.current?.focus();
      return;
    }
    if (next === null || list.length === 0) return;
    event.preventDefault();
    active.current = next;
    list[next]?.focus();
  }, []);
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);
  useEffect(() => { active.current = -1; }, [key]);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim() });
  };

  const views: Array<{ value: AssigneeView; label: string; count: number | undefined }> = [
    { value: '', label: t('inbox.view.all'), count: counts.data?.views.all },
    { value: 'me', label: t('inbox.view.mine'), count: counts.data?.views.me },
    { value: 'none', label: t('inbox.view.unassigned'), count: counts.data?.views.none },
  ];
  const slaViews: Array<{ value: SlaView; label: string; count: number | undefined }> = [
    { value: '', label: t('inbox.sla.any'), count: undefined },
    { value: 'soon', label: t('inbox.sla.soon'), count: counts.data?.views.soon },
    { value: 'breached', label: t('inbox.sla.breached'), count: counts.data?.views.breached },
  ];
  const countBadge = (count: number | undefined) => (count === undefined ? null : (
    <span className="count" aria-label={t('inbox.countLabel', { count })}>{t('inbox.count', { count })}</span>
  ));
  const statuses: StatusView[] = [...conversationStatuses, 'any'];
  const languages = [...new Set([...marketLanguages, ...(filters.language ? [filters.language] : [])])]
    .map((tag) => ({ tag, name: languageName(locale, tag) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <div className="inbox-layout">
      <nav className="inbox-views" aria-label={t('inbox.viewsLabel')}>
        <h2 className="nav-heading" id="views-heading">{t('inbox.viewsHeading')}</h2>
        <ul aria-labelledby="views-heading">
          {views.map((view) => (
            <li key={view.value || 'all'}>
              <Link to={inboxPath({ ...filters, assignee: view.value })} aria-current={filters.assignee === view.value ? 'page' : undefined}
                data-view={view.value || 'all'}>
                <span>{view.label}</span>
                {countBadge(view.count)}
              </Link>
            </li>
          ))}
        </ul>
        <h2 className="nav-heading" id="sla-heading">{t('inbox.slaHeading')}</h2>
        <ul aria-labelledby="sla-heading">
          {slaViews.map((view) => (
            <li key={view.value || 'any'}>
              <Link to={inboxPath({ ...filters, sla: view.value })} aria-current={filters.sla === view.value ? 'page' : undefined}
                data-sla-view={view.value || 'any'} className={view.value === 'breached' && view.count ? 'view-alert' : undefined}>
                <span>{view.label}</span>
                {countBadge(view.count)}
              </Link>
            </li>
          ))}
        </ul>
        <h2 className="nav-heading" id="status-heading">{t('inbox.statusHeading')}</h2>
        <ul aria-labelledby="status-heading">
          {statuses.map((status) => (
            <li key={status}>
              <Link to={inboxPath({ ...filters, status })} aria-current={filters.status === status ? 'page' : undefined} data-status-view={status}>
                <span>{status === 'any' ? t('inbox.status.any') : t('status.name', { status })}</span>
                {status !== 'any' && counts.data ? countBadge(counts.data.status[status]) : null}
              </Link>
            </li>
          ))}
        </ul>
        <p className="keyboard-help">{t('inbox.keyboardHelp')}</p>
      </nav>

      <section className="inbox-list" aria-labelledby="inbox-heading">
        <div className="inbox-header">
          <h1 id="inbox-heading">{t('inbox.heading')}</h1>
          <form role="search" className="inbox-search" onSubmit={submitSearch} key={`q:${filters.q}`}>
            <label htmlFor="inbox-search" className="visually-hidden">{t('inbox.searchLabel')}</label>
            <input id="inbox-search" name="q" type="search" ref={search} defaultValue={filters.q} placeholder={t('inbox.searchPlaceholder')} />
            <button type="submit" className="button">{t('inbox.searchSubmit')}</button>
          </form>
        </div>
        <div className="inbox-filters">
          <div className="field-inline">
            <label htmlFor="filter-market">{t('inbox.filter.market')}</label>
            <select id="filter-market" value={filters.market} onChange={(e) => go({ market: e.target.value })}>
              <option value="">{t('inbox.filter.allMarkets')}</option>
              {[...markets.values()].map((m) => (
                <option key={m.code} value={m.code}>{t('inbox.filter.marketOption', { flag: flagOf(m.countries[0]), name: m.name, code: m.code.toUpperCase() })}</option>
              ))}
            </select>
          </div>
          <div className="field-inline">
            <label htmlFor="filter-language">{t('inbox.filter.language')}</label>
            <select id="filter-language" value={filters.language} onChange={(e) => go({ language: e.target.value })}>
              <option value="">{t('inbox.filter.allLanguages')}</option>
              {languages.map((l) => <option key={l.tag} value={l.tag}>{t('inbox.filter.languageOption', { name: l.name, tag: l.tag })}</option>)}
            </select>
          </div>
          <div className="field-inline">
            <label htmlFor="filter-channel">{t('inbox.filter.channel')}</label>
            <select id="filter-channel" value={filters.channel} onChange={(e) => go({ channel: e.target.value })}>
              <option value="">{t('inbox.filter.allChannels')}</option>
              {channelKinds.map((c) => <option key={c} value={c}>{t('channel.name', { channel: c })}</option>)}
            </select>
          </div>
          {filters.market || filters.language || filters.channel || filters.q ? (
            <Link to={inboxPath({ ...defaultFilters, assignee: filters.assignee, status: filters.status, sla: filters.sla })} className="button button-quiet">
              {t('inbox.filter.clear')}
            </Link>
          ) : null}
          <div className="inbox-live">
            <button type="button" className="button" onClick={refresh}>{t('action.refresh')}</button>
            <LiveIndicator />
          </div>
        </div>

        <p className="inbox-summary" role="status" aria-live="polite">
          {first.loading && !first.data ? t('app.loading') : t('inbox.shown', { count: items.length, more: nextCursor ? 'yes' : 'no' })}
        </p>
        {first.error ? <ErrorNotice error={first.error} onRetry={first.reload} /> : null}
        {first.data && items.length === 0 ? <p className="empty">{t('inbox.empty')}</p> : null}
        <ol className="inbox-rows" aria-label={t('inbox.listLabel')}>
          {items.map((conversation, index) => (
            <InboxRow key={conversation.id} conversation={conversation} now={now} zone={zone}
              rowRef={(element) => { rows.current[index] = element; }}
              onFocus={() => { active.current = index; }} />
          ))}
        </ol>
        {extra.error ? <ErrorNotice error={extra.error} onRetry={() => void loadMore()} /> : null}
        {nextCursor ? (
          <button type="button" className="button load-more" onClick={() => void loadMore()} disabled={extra.loading}>
            {extra.loading ? t('app.loading') : t('inbox.loadMore')}
          </button>
        ) : null}
      </section>
    </div>
  );
}
