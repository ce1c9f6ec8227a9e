import type { Kysely } from 'kysely';
import type { LanguagePolicy } from '../domain/translation/index.js';
import { describeFindings, reviewReply, type ReviewFinding, type ReviewIssue } from '../domain/culture/index.js';
import { AppError, type Problem } from '../errors/index.js';
import type { OutboundReviewer, ReplyReview, ReplyReviewRequest } from '../pipeline/outbound-service.js';
import { appendAudit, type Actor } from '../store/audit-store.js';
import type { ConversationView } from '../store/conversation-store.js';
import type { Database } from '../store/store-schema.js';
import { isoInstant } from '../lib/clock.js';
import type { CultureContexts, ReplyCulture } from './culture-context.js';

/** Longest text the review takes: as long as the longest reply `POST …/replies` accepts, so every reply is reviewed whole. */
export const MAX_REVIEW_CHARS = 100_000;

/** A reply held back by blocking issues: answered 422 problem+json with the issues. */
export class ReviewBlockedError extends AppError {
  constructor(readonly issues: ReviewIssue[]) {
    super('BL_UNPROCESSABLE', `The reply has ${issues.filter((i) => i.severity === 'blocking').length} blocking issue(s); fix them or send with override.reason`, {
      errors: issues.filter((i) => i.severity === 'blocking').map((i) => ({ path: '/body/text', message: `${i.code}: ${i.message}` })),
    });
  }

  override toProblem(instance?: string): Problem & { issues: ReviewIssue[] } {
    return { ...super.toProblem(instance), issues: this.issues };
  }
}

/**
 * Reviews replies against the customer's culture: the review of `POST /api/v1/replies/review`, and the reviewer the
 * outbound service runs on every public reply a person or integration sends, where blocking issues hold the reply
 * back unless an override with a reason lets it through (recorded on the message and in the audit log, in the
 * reply's transaction).
 *
 * @example
 * const { issues } = await reviews.reviewText(culture, 'Salut, tu peux…', 'en');
 * outbound.setReviewer(reviews);
 */
export class ReviewService implements OutboundReviewer {
  constructor(private readonly deps: { contexts: CultureContexts }) {}

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
   * Reviews a public reply under its conversation's culture, with messages in the sender's language. Blocking
   * issues refuse it (ReviewBlockedError) unless `override.reason` is given; the verdict then records the override.
   */
  async review(reply: {
    actor: Actor; conversation: ConversationView; text: string; request: ReplyReviewRequest; requestId: string | null;
  }): Promise<ReplyReview> {
    const { actor, conversation, text, request, requestId } = reply;
    assertReviewable(text, '/body/text');
    const reason = overrideReason(request.override);
    const culture = await this.deps.contexts.ofConversation(conversation);
    const locale = await this.deps.contexts.agentLocale(actor, request.acceptLanguage);
    const issues = describeFindings(await this.findings(culture, text), locale);
    const blocking = issues.filter((i) => i.severity === 'blocking');
    if (blocking.length === 0) return { issues, overridden: false };
    if (reason === null) throw new ReviewBlockedError(issues);
    const codes = [...new Set(blocking.map((i) => i.code))];
    return {
      issues,
      overridden: true,
      async record(db: Kysely<Database>, messageId: string, nowMs: number): Promise<string> {
        const stored = JSON.stringify({ reason, codes, by: actor.userId ?? actor.id, at: isoInstant(nowMs) });
        await db.updateTable('messages').set({ review_override: stored }).where('id', '=', messageId).execute();
        await appendAudit(db, actor, {
          action: 'reply.review_overridden', entityType: 'conversation', entityId: conversation.id,
          changes: { messageId, reason, codes, issues: blocking.map((i) => ({ code: i.code, span: i.span })) },
        }, nowMs, requestId);
        return stored;
      },
    };
  }
}

/** The reason of an override (null without one); a blank reason is a 400. */
function overrideReason(override: ReplyReviewRequest['override']): string | null {
  if (!override) return null;
  const reason = override.reason.trim();
  if (reason === '') throw new AppError('BL_VALIDATION', 'An override needs a reason', { errors: [{ path: '/body/override/reason', message: 'must not be blank' }] });
  return reason;
}

/** Refuses blank and over-long texts with a 400. */
export function assertReviewable(text: string, path: string): void {
  if (text.trim() === '') throw new AppError('BL_VALIDATION', 'The text is empty', { errors: [{ path, message: 'must not be blank' }] });
  if (text.length > MAX_REVIEW_CHARS) {
    throw new AppError('BL_VALIDATION', `The text is longer than ${MAX_REVIEW_CHARS} characters`, { errors: [{ path, message: `must be at most ${MAX_REVIEW_CHARS} characters` }] });
  }
}
