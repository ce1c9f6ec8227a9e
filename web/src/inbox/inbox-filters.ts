import { withQuery } from '../api/index.js';
import { conversationStatuses, type ConversationStatus } from '../api/index.js';

export type AssigneeView = '' | 'me' | 'none';
export type StatusView = ConversationStatus | 'any';
/** SLA views: `soon` = a running deadline within the next hour, `breached` = a target already missed. */
export type SlaView = '' | 'soon' | 'breached';

/** How far ahead "breaching soon" looks. */
export const breachingSoonMs = 3_600_000;

/** What the inbox shows; kept in the address bar so views can be bookmarked and Back returns to them. */
export interface InboxFilters {
  assignee: AssigneeView;
  status: StatusView;
  market: string;
  language: string;
  channel: string;
  q: string;
  sla: SlaView;
}

export const defaultFilters: InboxFilters = { assignee: '', status: 'open', market: '', language: '', channel: '', q: '', sla: '' };

/** Reads the inbox filters from the page's query string, ignoring anything unknown. */
export function readFilters(query: URLSearchParams): InboxFilters {
  const assignee = query.get('assignee');
  const status = query.get('status');
  const sla = query.get('sla');
  return {
    assignee: assignee === 'me' || assignee === 'none' ? assignee : '',
    status: status === 'any' || (conversationStatuses as readonly string[]).includes(status ?? '') ? (status as StatusView) : 'open',
    market: query.get('market') ?? '',
    language: query.get('language') ?? '',
    channel: query.get('channel') ?? '',
    q: query.get('q') ?? '',
    sla: sla === 'soon' || sla === 'breached' ? sla : '',
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
    sla: filters.sla,
  });
}

/** The SLA part of a query; `now` is read when the request is made, so "soon" always means the next hour. */
export function slaQuery(sla: SlaView, now: number): Record<string, string> {
  if (sla === 'soon') return { dueBefore: new Date(now + breachingSoonMs).toISOString() };
  if (sla === 'breached') return { breached: 'true' };
  return {};
}

/**
 * The list endpoint's query for `filters` (`status=any` means no status filter).
 *
 * @example
 * listQuery({ ...defaultFilters, sla: 'breached' }, Date.now()); // { status: 'open', …, breached: 'true' }
 */
export function listQuery(filters: InboxFilters, now: number): Record<string, string> {
  return { status: filters.status === 'any' ? '' : filters.status, ...countsQuery(filters, now) };
}

/** The counts endpoint's query: the list's filters without status (counts are per status). */
export function countsQuery(filters: InboxFilters, now: number): Record<string, string> {
  return {
    assignee: filters.assignee,
    market: filters.market,
    language: filters.language,
    channel: filters.channel,
    q: filters.q,
    ...slaQuery(filters.sla, now),
  };
}
