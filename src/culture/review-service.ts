import type { LanguagePolicy } from '../domain/translation/index.js';
import { describeFindings, reviewReply, type ReviewFinding, type ReviewIssue } from '../domain/culture/index.js';
import { AppError } from '../errors/index.js';
import { withTransaction, type EventBus } from '../pipeline/event-bus.js';
import type { OutboundService } from '../pipeline/outbound-service.js';
import { appendAudit, type Actor } from '../store/audit-store.js';
import type { ConversationStatus, MessageView } from '../store/conversation-store.js';
import type { Store } from '../store/database.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import type { CultureContexts, ReplyCulture } from './culture-context.js';

/** Longest text the review takes (a long email thread is far shorter). */
export const MAX_REVIEW_CHARS = 50_000;

/** A reply to send through the review. */
export interface ReviewedReplyInput {
  text: string;
  html?: string | null;
  private?: boolean;
  status?: ConversationStatus;
  language?: string | null;
  override?: { reason: string } | null;
}

/** The outcome of a reviewed reply: the message, the issues the review found, and whether an override let it through. */
export interface ReviewedReply {
  message: MessageView;
  issues: ReviewIssue[];
  overridden: boolean;
}

/** A reply held back by blocking issues: answered 422 with the issues. */
export class ReviewBlockedError extends AppError {
  constructor(readonly issues: ReviewIssue[]) {
    super('BL_UNPROCESSABLE', `The reply has ${issues.filter((i) => i.severity === 'blocking').length} blocking issue(s); fix them or send with override.reason`, {
      errors: issues.filter((i) => i.severity === 'blocking').map((i) => ({ path: '/body/text', message: `${i.code}: ${i.message}` })),
    });
  }
}

/**
 * Reviews replies against the customer's culture and sends them: the review of `POST /api/v1/replies/review`,
 * and reviewed sending, where blocking issues hold the reply back unless an agent overrides them with a reason
 * (recorded on the message and in the audit log).
 *
 * @example
 * const { issues } = await reviews.reviewText(culture, 'Salut, tu peux…', 'en');
 */
export class ReviewService {
  constructor(
    private readonly deps: { store: Store; bus: EventBus; clock: Clock; outbound: OutboundService; contexts: CultureContexts },
  ) {}

  /** The raw findings of a text under a culture. */
  async findings(culture: ReplyCulture, text: string): Promise<ReviewFinding[]> {
    const signature = await this.deps.contexts.signature();
    const market = culture.market;
    return reviewReply({
      text,
      language: culture.language,
      channel: culture.channel,
      followUp: culture.followUp,
      profile: culture.profile,
      market: { country: market?.countries[0] ?? null, currency: market?.currency ?? null },
      languagePolicy: (market?.settings.languagePolicy ?? null) as LanguagePolicy | null,
      pivotLanguages: culture.brand.pivotLanguages,
      customer: { name: culture.customer.name, gender: culture.customer.gender },
      signOff: this.deps.contexts.signOff(culture, signature),
    });
  }

  /** The issues of a text, in the agent's language. */
  async reviewText(culture: ReplyCulture, text: string, agentLocale: string): Promise<{ issues: ReviewIssue[] }> {
    assertReviewable(text, '/body/text');
    return { issues: describeFindings(await this.findings(culture, text), agentLocale) };
  }

  /**
   * Reviews and sends a reply in a conversation. Private notes are not reviewed. Blocking issues refuse the reply
   * (ReviewBlockedError) unless `override.reason` is given; the override is then recorded on the message and in
   * the audit log.
   */
  async send(
    actor: Actor, scope: string[] | null, culture: ReplyCulture, input: ReviewedReplyInput, agentLocale: string, requestId: string | null,
  ): Promise<ReviewedReply> {
    const conversationId = culture.conversation!.id;
    assertReviewable(input.text, '/body/text');
    const issues = input.private ? [] : describeFindings(await this.findings(culture, input.text), agentLocale);
    const blocking = issues.filter((i) => i.severity === 'blocking');
    const reason = input.override?.reason?.trim() ?? '';
    if (input.override && reason === '') {
      throw new AppError('BL_VALIDATION', 'An override needs a reason', { errors: [{ path: '/body/override/reason', message: 'must not be blank' }] });
    }
    if (blocking.length > 0 && reason === '') throw new ReviewBlockedError(issues);
    const message = await this.deps.outbound.reply(actor, scope, conversationId, {
      text: input.text, html: input.html ?? null, private: input.private ?? false, ...(input.status ? { status: input.status } : {}),
      language: input.language ?? null,
    }, requestId);
    const overridden = blocking.length > 0;
    if (overridden) {
      const nowMs = this.deps.clock.now();
      const codes = [...new Set(blocking.map((i) => i.code))];
      await withTransaction(this.deps.store, this.deps.bus, async (trx) => {
        await trx.updateTable('messages').set({
          review_override: JSON.stringify({ reason, codes, by: actor.userId ?? actor.id, at: isoInstant(nowMs) }),
        }).where('id', '=', message.id).execute();
        await appendAudit(trx, actor, {
          action: 'reply.review_overridden', entityType: 'conversation', entityId: conversationId,
          changes: { messageId: message.id, reason, codes, issues: blocking.map((i) => ({ code: i.code, span: i.span })) },
        }, nowMs, requestId);
      });
    }
    return { message, issues, overridden };
  }
}

/** Refuses blank and over-long texts with a 400. */
export function assertReviewable(text: string, path: string): void {
  if (text.trim() === '') throw new AppError('BL_VALIDATION', 'The text is empty', { errors: [{ path, message: 'must not be blank' }] });
  if (text.length > MAX_REVIEW_CHARS) {
    throw new AppError('BL_VALIDATION', `The text is longer than ${MAX_REVIEW_CHARS} characters`, { errors: [{ path, message: `must be at most ${MAX_REVIEW_CHARS} characters` }] });
  }
}
