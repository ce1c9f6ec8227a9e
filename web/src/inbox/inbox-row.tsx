import type { Conversation } from '../api/index.js';
import { formatInstant, relativeTime } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router/index.js';
import { ChannelIcon, LanguageBadge, MarketBadge, StatusBadge, useDirectory } from '../shell/index.js';

interface Props {
  conversation: Conversation;
  now: number;
  zone: string;
  rowRef(element: HTMLAnchorElement | null): void;
  onFocus(): void;
}

/** One conversation in the inbox: who, where from, in which language, on which channel, about what, when, state. */
export function InboxRow({ conversation: c, now, zone, rowRef, onFocus }: Props) {
  const { t, locale } = useI18n();
  const { agents } = useDirectory();
  const assignee = c.assignee ? agents.get(c.assignee)?.name ?? c.assignee : null;
  return (
    <li className="inbox-item">
      <Link to={`/conversations/${c.id}`} className="inbox-row" ref={rowRef} onFocus={onFocus}
        data-conversation-id={c.id} data-language={c.language ?? ''} data-status={c.status}>
        <span className="row-channel"><ChannelIcon channel={c.channel} /></span>
        <span className="row-main">
          <span className="row-customer"><bdi>{c.customer.name ?? t('customer.unnamed')}</bdi></span>
          <span className="row-subject">
            {c.subject ? <bdi lang={c.language ?? undefined}>{c.subject}</bdi>
              : c.preview ? <bdi lang={c.language ?? undefined} className="row-preview" data-testid="row-preview">{c.preview}</bdi>
              : <span className="muted">{t('inbox.noSubject')}</span>}
          </span>
        </span>
        <span className="row-tags">
          <MarketBadge code={c.market} />
          <LanguageBadge tag={c.language} />
          {c.priority === 'high' || c.priority === 'urgent'
            ? <span className={`badge priority-${c.priority}`}>{t('priority.name', { priority: c.priority })}</span>
            : null}
        </span>
        <span className="row-assignee">
          {assignee ?? <span className="muted">{t('inbox.unassigned')}</span>}
        </span>
        <span className="row-status"><StatusBadge status={c.status} /></span>
        <time className="row-time" dateTime={c.lastMessageAt} title={formatInstant(locale, c.lastMessageAt, zone, 'dateTime')}>
          {relativeTime(locale, c.lastMessageAt, now, zone)}
        </time>
      </Link>
    </li>
  );
}
