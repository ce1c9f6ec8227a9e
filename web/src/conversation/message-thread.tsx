import { useEffect, useRef } from 'react';
import type { Conversation, Message } from '../api/index.js';
import { formatInstant, zoneOffsetMinutes } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { ChannelIcon, useDirectory } from '../shell/index.js';
import { MessageAttachments } from './attachment-view.js';
import { MessageTranslationView, translatable } from './message-translation.js';

interface Props {
  conversation: Conversation;
  messages: readonly Message[];
  agentZone: string;
  /** The customer's zone (from their market), to show each message in their clock too; null when unknown. */
  customerZone: string | null;
  engineMissing: boolean;
  onEngineMissing(): void;
}

/**
 * The thread, oldest first: the customer's messages on one side, ours on the other, private notes marked as such,
 * replies sent despite blocking review issues marked with the reason given, and the delivery state of every
 * outgoing reply (including why it failed).
 */
export function MessageThread({ conversation, messages, agentZone, customerZone, engineMissing, onEngineMissing }: Props) {
  const { t, locale } = useI18n();
  const { agents } = useDirectory();
  const end = useRef<HTMLDivElement>(null);
  const count = messages.length;
  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [count]);

  const sorted = [...messages].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  return (
    <div className="thread" tabIndex={0} aria-label={t('thread.label')} role="region">
      <ol className="thread-list">
        {sorted.map((m) => {
          const kind = m.private ? 'note' : m.direction;
          const author = m.direction === 'in'
            ? conversation.customer.name ?? t('customer.unnamed')
            : (m.author ? agents.get(m.author)?.name ?? m.author : t('thread.system'));
          const at = Date.parse(m.receivedAt);
          const showCustomerTime = customerZone !== null && zoneOffsetMinutes(customerZone, at) !== zoneOffsetMinutes(agentZone, at);
          return (
            <li key={m.id} className={`message message-${kind}`} data-message-id={m.id} data-direction={m.direction}
              data-private={m.private ? 'true' : 'false'} data-delivery-status={m.deliveryStatus}>
              <div className="message-head">
                <span className="message-author"><bdi>{author}</bdi></span>
                {m.private ? <span className="badge badge-note">{t('thread.privateNote')}</span> : null}
                <ChannelIcon channel={m.channel} />
                <time dateTime={m.receivedAt} className="message-time">{formatInstant(locale, at, agentZone, 'dateTime')}</time>
                {showCustomerTime ? (
                  <span className="message-customer-time">{t('thread.customerTime', { time: formatInstant(locale, at, customerZone, 'shortWeekdayTime') })}</span>
                ) : null}
              </div>
              <div className="message-body" lang={m.language ?? undefined} dir="auto">{m.text}</div>
              {translatable(m, locale) ? (
                <MessageTranslationView message={m} agentZone={agentZone} engineMissing={engineMissing} onEngineMissing={onEngineMissing} />
              ) : null}
              <MessageAttachments attachments={m.attachments} />
              {m.reviewOverride ? (
                <p className="review-override" data-testid="review-override-badge" data-codes={m.reviewOverride.codes.join(' ')}>
                  <span className="badge badge-override">{t('thread.reviewOverride', { codes: m.reviewOverride.codes.join(', ') })}</span>{' '}
                  <span className="review-override-reason">{t('thread.reviewOverrideReason')} <q dir="auto">{m.reviewOverride.reason}</q></span>
                </p>
              ) : null}
              {m.direction === 'out' && !m.private ? (
                <p className={`delivery delivery-${m.deliveryStatus}`} data-testid="delivery-status">
                  {t('delivery.label', { status: m.deliveryStatus })}
                  {m.deliveryError ? <span className="delivery-error" lang="en" dir="ltr">{m.deliveryError}</span> : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div ref={end} />
    </div>
  );
}
