import { withQuery } from '../api/index.js';
import { conversationStatuses, type ConversationStatus } from '../api/index.js';

export type AssigneeView = '' | 'me' | 'none';
export type StatusView = ConversationStatus | 'any';

/** What the inbox shows; kept in the address bar so views can be bookmarked and Back returns to them. */
export interface InboxFilters {
  assignee: AssigneeView;
  status: StatusView;
  market: string;
  language: string;
  channel: string;
  q: string;
}

export const defaultFilters: InboxFilters = { assignee: '', status: 'open', market: '', language: '', channel: '', q: '' };

/** Reads the inbox filters from the page's query string, ignoring anything unknown. */
export function readFilters(query: URLSearchParams): InboxFilters {
  const assignee = query.get('assignee');
  const status = query.get('status');
  return {
    assignee: assignee === 'me' || assignee === 'none' ? assignee : '',
    status: status === 'any' || (conversationStatuses as readonly string[]).includes(status ?? '') ? (status as StatusView) : 'open',
    market: query.get('market') ?? '',
    language: query.get('language') ?? '',
    channel: query.get('channel') ?? '',
    q: query.get('q') ?? '',
  };
}

/**
 * The inbox address for `filters` (defaults left out, so the plain inbox is just `/`).
 *
 * @example
 * inboxPath({ ...defaultFilters, language: 'ja' }); // '/?language=ja'
 */
export function inboxPath(filters: InboxFilters): string {
  return withQuery('/', {
    assignee: filters.assignee,
    status: filters.status === 'open' ? '' : filters.status,
    market: filters.market,
    language: filters.language,
    channel: filters.channel,
    q: filters.q,
  });
}

/** The list endpoint's query for `filters` (`status=any` means no status filter). */
export function listQuery(filters: InboxFilters): Record<string, string> {
  return {
    status: filters.status === 'any' ? '' : filters.status,
    assignee: filters.assignee,
    market: filters.market,
    language: filters.language,
    channel: filters.channel,
    q: filters.q,
  };
}
