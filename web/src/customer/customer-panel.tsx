import { api, useResource, type CustomerWithConversations } from '../api/index.js';
import { countryName, flagOf, languageName, relativeTime } from '../format/index.js';
import { useI18n } from '../i18n/index.js';
import { Link } from '../router/index.js';
import { ChannelIcon, ErrorNotice, MarketBadge, StatusBadge, useAgentZone, useNow } from '../shell/index.js';

interface DetailsProps {
  customer: CustomerWithConversations;
  /** The conversation being read, marked in the list instead of linked. */
  currentConversationId?: string;
  /** Heading level of the sections (3 inside the side panel, 2 on the profile page, 5 in the merge comparison). */
  level?: 2 | 3 | 5;
}

/** One customer: every identity on every channel, and every conversation they have had with the brand. */
export function CustomerDetails({ customer: c, currentConversationId, level = 3 }: DetailsProps) {
  const Heading = `h${level}` as const;
  const { t, locale } = useI18n();
  const zone = useAgentZone();
  const now = useNow();
  return (
    <>
      <dl className="facts">
        {c.email ? (<><dt>{t('customer.email')}</dt><dd dir="ltr" className="break">{c.email}</dd></>) : null}
        {c.phone ? (<><dt>{t('customer.phone')}</dt><dd dir="ltr">{c.phone}</dd></>) : null}
        {c.country ? (
          <>
            <dt>{t('customer.country')}</dt>
            <dd>{flagOf(c.country) ? <span aria-hidden="true" className="flag">{flagOf(c.country)} </span> : null}{countryName(locale, c.country)}</dd>
          </>
        ) : null}
        <dt>{t('customer.language')}</dt>
        <dd>
          {c.language ? languageName(locale, c.language) : t('language.unknown')}
          {c.language && c.languageSource ? <span className="muted"> · {t('customer.languageSource', { source: c.languageSource })}</span> : null}
        </dd>
        {c.locale ? (<><dt>{t('customer.locale')}</dt><dd dir="ltr">{c.locale}</dd></>) : null}
        <dt>{t('customer.market')}</dt>
        <dd><MarketBadge code={c.market} /></dd>
      </dl>
      <Heading>{t('customer.identities')}</Heading>
      {c.identities.length === 0 ? <p className="muted">{t('customer.noIdentities')}</p> : (
        <ul className="identities">
          {c.identities.map((identity) => (
            <li key={`${identity.kind}:${identity.value}`}>
              <span className="identity-kind">{t('customer.identityKind', { kind: identity.kind })}</span>
              <span dir="ltr" className="break">{identity.value}</span>
            </li>
          ))}
        </ul>
      )}
      <Heading>{t('customer.conversations', { count: c.conversations.length })}</Heading>
      <ul className="customer-conversations">
        {c.conversations.map((conv) => (
          <li key={conv.id} className={conv.id === currentConversationId ? 'current' : undefined}>
            <ChannelIcon channel={conv.channel} />
            {conv.id === currentConversationId ? (
              <span aria-current="page"><bdi>{conv.subject ?? t('inbox.noSubject')}</bdi></span>
            ) : (
              <Link to={`/conversations/${conv.id}`}><bdi>{conv.subject ?? t('inbox.noSubject')}</bdi></Link>
            )}
            <StatusBadge status={conv.status} />
            <time dateTime={conv.lastMessageAt} className="muted">{relativeTime(locale, conv.lastMessageAt, now, zone)}</time>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The customer beside a conversation: loads the record, shows it, links to the full profile. */
export function CustomerPanel({ customerId, currentConversationId }: { customerId: string; currentConversationId?: string }) {
  const { t } = useI18n();
  const customer = useResource(`customer:${customerId}`, (signal) => api.get<CustomerWithConversations>(`/api/v1/customers/${customerId}`, {}, signal));
  const c = customer.data;
  return (
    <section className="panel customer-panel" aria-labelledby="customer-panel-heading">
      <h2 id="customer-panel-heading">{t('customer.heading')}</h2>
      {customer.error ? <ErrorNotice error={customer.error} onRetry={customer.reload} /> : null}
      {!c && !customer.error ? <p className="muted">{t('app.loading')}</p> : null}
      {c ? (
        <>
          <p className="customer-name"><bdi>{c.name ?? t('customer.unnamed')}</bdi></p>
          <CustomerDetails customer={c} currentConversationId={currentConversationId} />
          <p><Link to={`/customers/${c.id}`}>{t('customer.openProfile')}</Link></p>
        </>
      ) : null}
    </section>
  );
}
