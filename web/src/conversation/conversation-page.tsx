import { useCallback, useEffect, useState } from 'react';
import { api, useResource, type Conversation, type ConversationWithMessages, type Market, type Message } from '../api/index.js';
import { languageName } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link, useDocumentTitle } from '../router/index.js';
import { useLiveRefresh, VisitorTyping } from '../live/index.js';
import { ChannelIcon, ErrorNotice, LanguageBadge, MarketBadge, StatusBadge, useAgentZone } from '../shell/index.js';
import { CustomerPanel } from '../customer/index.js';
import { BriefingPanel } from './briefing-panel.js';
import { Composer } from './composer.js';
import { ConversationControls } from './conversation-controls.js';
import { MessageThread } from './message-thread.js';

const deliveryPollMs = 10_000;

/** Back to the inbox, with an arrow that points the reading direction's way. */
function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/" className="back-link">
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="flip-rtl">
        <path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t('action.backToInbox')}
    </Link>
  );
}

/** One conversation: the thread and composer, with handling controls, the customer's clock and profile beside. */
export function ConversationPage({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const agentZone = useAgentZone();
  const resource = useResource(`conversation:${id}`, (signal) => api.get<ConversationWithMessages>(`/api/v1/conversations/${id}`, {}, signal));
  const conversation = resource.data;
  const marketCode = conversation?.market ?? null;
  const market = useResource(marketCode ? `market:${marketCode}` : null, (signal) => api.get<Market>(`/api/v1/markets/${encodeURIComponent(marketCode!)}`, {}, signal));
  const title = conversation ? conversation.subject ?? t('conversation.untitled', { name: conversation.customer.name ?? t('customer.unnamed') }) : t('app.loading');
  useDocumentTitle(t('conversation.documentTitle', { title }));

  const { setData, reload } = resource;
  const [engineMissing, setEngineMissing] = useState(false);
  const onEngineMissing = useCallback(() => setEngineMissing(true), []);
  // Live: anything that happens to this conversation (a new message, a delivery result, a status or assignment
  // change by a colleague) re-reads it; so does a reconnect, to catch up on what was missed.
  useLiveRefresh((event) => event.conversationId === id, reload);
  const onChanged = useCallback((next: Conversation) => setData((current) => (current ? { ...current, ...next } : current)), [setData]);
  const onSent = useCallback((message: Message) => {
    setData((current) => (current ? { ...current, messages: [...current.messages, message] } : current));
    // A public reply moves the conversation to pending (or the chosen status): read it back from the server.
    reload();
  }, [setData, reload]);

  // Until live updates exist, re-read the conversation while a reply is still on its way, so its delivery state
  // (sent, failed and why) shows up without a manual refresh.
  const awaitingDelivery = conversation?.messages.some((m) => m.direction === 'out' && (m.deliveryStatus === 'queued' || m.deliveryStatus === 'sending')) ?? false;
  useEffect(() => {
    if (!awaitingDelivery) return;
    const timer = window.setInterval(reload, deliveryPollMs);
    return () => window.clearInterval(timer);
  }, [awaitingDelivery, reload]);

  if (resource.error && !conversation) {
    const gone = resource.error.status === 404 || resource.error.status === 400;
    return (
      <div className="page narrow">
        <BackLink />
        <h1>{gone ? t('conversation.notFound') : t('conversation.loadFailed')}</h1>
        {gone ? <p data-testid="conversation-missing">{t('conversation.notFoundDetail')}</p> : <ErrorNotice error={resource.error} onRetry={resource.reload} />}
      </div>
    );
  }
  if (!conversation) {
    return <div className="page narrow"><BackLink /><h1>{t('app.loading')}</h1></div>;
  }

  return (
    <div className="conversation-layout">
      <section className="conversation-main" aria-labelledby="conversation-heading">
        <header className="conversation-header">
          <BackLink />
          <h1 id="conversation-heading"><bdi lang={conversation.subject ? conversation.language ?? undefined : undefined}>{title}</bdi></h1>
          <div className="conversation-meta">
            <span className="conversation-customer"><bdi>{conversation.customer.name ?? t('customer.unnamed')}</bdi></span>
            <MarketBadge code={conversation.market} />
            <LanguageBadge tag={conversation.language} />
            <ChannelIcon channel={conversation.channel} showName />
            <StatusBadge status={conversation.status} />
          </div>
          {engineMissing ? (
            <p className="notice notice-info" data-testid="translation-engine-missing">
              <strong>{t('translation.unavailableTitle')}</strong> {t('translation.unavailableDetail', { language: languageName(locale, locale) })}
            </p>
          ) : null}
        </header>
        {resource.error ? <ErrorNotice error={resource.error} onRetry={resource.reload} /> : null}
        <MessageThread conversation={conversation} messages={conversation.messages} agentZone={agentZone} customerZone={market.data?.timeZone ?? null}
          engineMissing={engineMissing} onEngineMissing={onEngineMissing} />
        <VisitorTyping conversation={conversation} />
        <Composer conversation={conversation} onSent={onSent} />
      </section>
      <aside className="conversation-side" aria-label={t('conversation.sideLabel')}>
        <ConversationControls conversation={conversation} onChanged={onChanged} />
        <BriefingPanel conversation={conversation} market={market} agentZone={agentZone} />
        <CustomerPanel customerId={conversation.customer.id} currentConversationId={conversation.id} />
      </aside>
    </div>
  );
}
