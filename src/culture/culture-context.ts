import { canonicalizeLanguageTag, toDetectionLanguage } from '../domain/language/index.js';
import { genderFrom, pickForLanguage, resolveCultureProfile, type CultureProfile, type Gender } from '../domain/culture/index.js';
import { AppError } from '../errors/index.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import type { Actor } from '../store/audit-store.js';
import { getConversation, type ConversationView } from '../store/conversation-store.js';
import { getCustomer } from '../store/customer-store.js';
import type { Store } from '../store/database.js';
import type { Market } from '../store/market-store.js';
import type { BrandSettings } from '../store/settings-store.js';
import { getUser } from '../store/user-store.js';
import { getSignature, type SignatureDocument } from './signature-store.js';

/** Who a reply is for and under which culture: what the review, the briefing and macros all start from. */
export interface ReplyCulture {
  conversation: ConversationView | null;
  market: Market | null;
  /** The customer's language: what replies should be written in. */
  language: string;
  channel: string;
  /** An agent already answered in the conversation (chat follow-ups need no new greeting). */
  followUp: boolean;
  customer: { id: string | null; name: string | null; gender: Gender | null; timeZone: string | null };
  profile: CultureProfile;
  brand: BrandSettings;
}

/** What `POST /api/v1/replies/review` takes when there is no conversation. */
export interface MarketReplyTarget {
  market: string;
  language: string;
  channel?: string | undefined;
  customerName?: string | undefined;
  gender?: Gender | undefined;
}

/**
 * The most specific tag for a detected language: the customer's locale or the market's tag of the same language
 * (`pt` in Brazil reads as `pt-BR`, so its conventions, formats and macro variants apply).
 */
function regionalTag(language: string, candidates: Array<string | null | undefined>): string {
  const base = toDetectionLanguage(language);
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = canonicalizeLanguageTag(candidate);
    if (tag && tag !== language && toDetectionLanguage(tag) === base && tag.toLowerCase().startsWith(`${language.toLowerCase()}-`)) return tag;
  }
  return language;
}

function validZone(zone: unknown): string | null {
  if (typeof zone !== 'string' || zone === '') return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/**
 * Finds the culture a reply is written under, from a conversation or from a market and language, and the
 * agent's working language for messages.
 *
 * @example
 * const culture = await contexts.forConversation(request.scopeMarkets, conversationId);
 * culture.profile.register.ja.level; // 'formal'
 */
export class CultureContexts {
  constructor(private readonly store: Store, private readonly markets: MarketDirectory) {}

  /** The culture of a conversation the caller can see; 404 otherwise. */
  async forConversation(scope: string[] | null, conversationId: string): Promise<ReplyCulture> {
    const conversation = await getConversation(this.store.db, conversationId, scope);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${conversationId}`);
    return this.ofConversation(conversation);
  }

  /** The culture of a conversation already read (and checked against the caller's scope). */
  async ofConversation(conversation: ConversationView): Promise<ReplyCulture> {
    const snapshot = await this.markets.snapshot();
    const market = conversation.market ? snapshot.get(conversation.market) ?? null : null;
    const customer = await getCustomer(this.store.db, conversation.customer.id);
    const attributes = customer?.attributes ?? {};
    const detected = conversation.language ?? customer?.language ?? market?.languages[0] ?? snapshot.brand.defaultLanguage;
    const language = regionalTag(detected, [customer?.locale, ...(market?.languages ?? [])]);
    return {
      conversation,
      market,
      language,
      channel: conversation.channel,
      followUp: conversation.firstRespondedAt !== null,
      customer: {
        id: customer?.id ?? conversation.customer.id,
        name: customer?.name ?? conversation.customer.name,
        gender: genderFrom(attributes.gender ?? attributes.salutation ?? attributes.title),
        timeZone: validZone(attributes.timeZone ?? attributes.timezone),
      },
      profile: resolveCultureProfile(market ?? { countries: [], languages: [] }, [language]),
      brand: snapshot.brand,
    };
  }

  /** The culture of a market (the caller must be allowed to see it; 422 otherwise) for a language and channel. */
  async forMarket(scope: string[] | null, target: MarketReplyTarget): Promise<ReplyCulture> {
    const snapshot = await this.markets.snapshot();
    const market = snapshot.get(target.market);
    if (!market || (scope !== null && !scope.includes(market.code))) {
      throw new AppError('BL_UNPROCESSABLE', `No market "${target.market}"`, { errors: [{ path: '/body/market', message: 'unknown market' }] });
    }
    const language = canonicalizeLanguageTag(target.language) ?? target.language;
    return {
      conversation: null,
      market,
      language,
      channel: target.channel ?? 'email',
      followUp: false,
      customer: { id: null, name: target.customerName ?? null, gender: target.gender ?? null, timeZone: null },
      profile: resolveCultureProfile(market, [language]),
      brand: snapshot.brand,
    };
  }

  /** The brand signature document. */
  signature(): Promise<SignatureDocument> {
    return getSignature(this.store.db);
  }

  /** The sign-off for a reply: the market's for the language, else the brand's for the language, else none. */
  signOff(culture: ReplyCulture, signature: SignatureDocument): string | null {
    const perMarket = culture.market ? signature.markets[culture.market.code]?.signOff : undefined;
    return pickForLanguage(perMarket, culture.language) ?? pickForLanguage(culture.brand.signature.signOff, culture.language) ?? null;
  }

  /**
   * The language review messages are written in: the signed-in person's locale, else the request's
   * Accept-Language, else the brand's default language.
   */
  async agentLocale(actor: Actor | null | undefined, acceptLanguage: string | undefined): Promise<string> {
    if (actor?.userId) {
      const user = await getUser(this.store.db, actor.userId);
      const locale = canonicalizeLanguageTag(user?.locale);
      if (locale) return locale;
    }
    const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
    const fromHeader = canonicalizeLanguageTag(first);
    if (fromHeader && first !== '*') return fromHeader;
    return (await this.markets.brand()).defaultLanguage;
  }
}
