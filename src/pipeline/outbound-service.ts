import type { ReviewIssue } from '../domain/culture/index.js';
import { AppError } from '../errors/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { appendAudit, type Actor } from '../store/audit-store.js';
import type { Store } from '../store/database.js';
import {
  getConversation, type Attachment, type ConversationStatus, type ConversationView, type MessageView, toMessageView,
} from '../store/conversation-store.js';
import type { Kysely } from 'kysely';
import type { ConversationsTable, Database } from '../store/store-schema.js';
import { withTransaction, type EventBus } from './event-bus.js';

export interface ReplyInput {
  text: string;
  html?: string | null;
  /** A private note: stays inside Borderless, never queued for delivery. */
  private: boolean;
  /** The status to leave the conversation in after a public reply (default: pending, waiting on the customer). */
  status?: ConversationStatus;
  language?: string | null;
  /**
   * Records the reply at this instant instead of now: imports and the demo brand replay history, which is neither
   * reviewed nor sent (it is recorded as delivered).
   */
  atMs?: number;
  /** What the sender tells the reply review. */
  review?: ReplyReviewRequest;
  /** Ids of files uploaded to the conversation (`POST /api/v1/conversations/{id}/attachments`) to send with it. */
  attachments?: string[];
  /**
   * An automatic notice (the closed-hours auto-reply), not an answer: status, first response, waitingSince and SLA
   * clocks stay as they are. `claim` runs first in the reply's transaction; when it throws, nothing is recorded.
   */
  automatic?: { claim(db: Kysely<Database>, messageId: string, nowMs: number): Promise<void> };
}

/** Turns a reply's attachment ids into what its message records (the channels feature installs one); refuses by throwing. */
export interface OutboundAttachmentResolver {
  resolve(conversation: ConversationView, ids: string[], isPrivate: boolean): Promise<Attachment[]>;
}

/** What a sender tells the reply review: an override of blocking issues, and the Accept-Language for its messages. */
export interface ReplyReviewRequest {
  override?: { reason: string } | null;
  acceptLanguage?: string | undefined;
}

/** The review's verdict on a public reply it lets through. */
export interface ReplyReview {
  issues: ReviewIssue[];
  /** Blocking issues were let through by an override. */
  overridden: boolean;
  /** Records the verdict with the stored message, inside the reply's transaction; answers what it stored in `messages.review_override`. */
  record?(db: Kysely<Database>, messageId: string, nowMs: number): Promise<string>;
}

/** Reviews a public reply before anything is stored (the culture feature installs one); refuses it by throwing. */
export interface OutboundReviewer {
  review(reply: { actor: Actor; conversation: ConversationView; text: string; request: ReplyReviewRequest; requestId: string | null }): Promise<ReplyReview>;
}

/** A recorded reply and what the review found in it (nothing for notes, automation and replayed history). */
export interface SentReply {
  message: MessageView;
  issues: ReviewIssue[];
  overridden: boolean;
}

/** How the SLA feature follows agent replies; `db` is the reply's transaction. */
export interface OutboundSlaHooks {
  agentReplied(db: Kysely<Database>, input: { conversationId: string; atMs: number; status: string; nowMs: number }): Promise<void>;
}

/**
 * The one way out for agent replies. Guards live here and only here: private notes never reach the outbox,
 * replies to a conversation the caller cannot see are refused, every public reply a person or integration sends
 * passes the reply review (when the culture feature installed one), and every public reply is queued in the
 * durable outbox with an idempotency key (its message id) so a crash never sends it twice.
 *
 * @example
 * const message = await outbound.reply(actor, scope, conversationId, { text: 'お問い合わせありがとうございます。', private: false });
 */
export class OutboundService {
  private sla: OutboundSlaHooks | undefined;
  private reviewer: OutboundReviewer | undefined;
  private attachments: OutboundAttachmentResolver | undefined;

  constructor(private readonly store: Store, private readonly bus: EventBus, private readonly clock: Clock) {}

  /** Lets the SLA feature (src/markets) stop and pause clocks inside the reply's transaction. */
  setSlaHooks(hooks: OutboundSlaHooks): void {
    this.sla = hooks;
  }

  /** Lets the channels feature check and record the files a reply attaches. */
  setAttachmentResolver(resolver: OutboundAttachmentResolver): void {
    this.attachments = resolver;
  }

  /** Lets the culture feature review public replies before they are stored. */
  setReviewer(reviewer: OutboundReviewer): void {
    this.reviewer = reviewer;
  }

  private async resolveAttachments(conversation: ConversationView, input: ReplyInput): Promise<Attachment[]> {
    if (!input.attachments?.length) return [];
    if (!this.attachments) {
      throw new AppError('BL_UNPROCESSABLE', 'Attachments cannot be sent from this server', { errors: [{ path: '/body/attachments', message: 'not available' }] });
    }
    return this.attachments.resolve(conversation, input.attachments, input.private);
  }

  /** Records a reply (see {@link send}) and answers the message. */
  async reply(
    actor: Actor, scopeMarkets: string[] | null, conversationId: string, input: ReplyInput, requestId: string | null = null,
  ): Promise<MessageView> {
    return (await this.send(actor, scopeMarkets, conversationId, input, requestId)).message;
  }

  /**
   * Records a reply or a private note; a public reply is reviewed first (blocking issues refuse it unless
   * `input.review.override` lets it through) and queued in the outbox in the same transaction as the message.
   */
  async send(
    actor: Actor, scopeMarkets: string[] | null, conversationId: string, input: ReplyInput, requestId: string | null = null,
  ): Promise<SentReply> {
    const conversation = await getConversation(this.store.db, conversationId, scopeMarkets);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${conversationId}`);
    const text = input.text.replace(/\r\n?/g, '\n');
    if (text.trim() === '') throw new AppError('BL_VALIDATION', 'A reply needs text', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
    const attachments = await this.resolveAttachments(conversation, input);
    // Notes never leave, automation writes its own text, and replayed history was sent long ago: none is reviewed.
    const reviewer = input.private || actor.type === 'system' || input.atMs !== undefined ? undefined : this.reviewer;
    const review = reviewer ? await reviewer.review({ actor, conversation, text, request: input.review ?? {}, requestId }) : null;
    const nowMs = input.atMs ?? this.clock.now();
    const now = isoInstant(nowMs);
    const messageId = newId(nowMs);

    const row = await withTransaction(this.store, this.bus, async (trx, events) => {
      await input.automatic?.claim(trx, messageId, nowMs);
      const message = {
        id: messageId, conversation_id: conversationId, direction: 'out' as const, is_private: input.private ? 1 : 0,
        author_user_id: actor.userId, channel: conversation.channel, external_id: null, subject: conversation.subject,
        text, html: input.html ?? null, language: input.language ?? conversation.language, attachments: JSON.stringify(attachments),
        // Replayed history was delivered long ago: recorded as such, never queued to be sent again.
        delivery_status: input.private ? 'note' : input.atMs !== undefined ? 'delivered' : 'queued', delivery_error: null, review_override: null,
        received_at: now, created_at: now,
      };
      await trx.insertInto('messages').values(message).execute();
      const reviewOverride = (await review?.record?.(trx, messageId, nowMs)) ?? null;
      let outboxId: string | null = null;
      const set: Partial<ConversationsTable> = { updated_at: now, last_message_at: now };
      const answers = !input.private && !input.automatic;
      if (!input.private && input.atMs === undefined) {
        outboxId = newId(nowMs);
        await trx.insertInto('outbox').values({
          id: outboxId, message_id: messageId, conversation_id: conversationId, channel: conversation.channel,
          status: 'pending', attempts: 0, next_attempt_at: now, idempotency_key: messageId, last_error: null,
          created_at: now, updated_at: now,
        }).execute();
      }
      if (answers) {
        if (!conversation.firstRespondedAt) set.first_responded_at = now;
        set.waiting_since = null;
        const status = input.status ?? 'pending';
        set.status = status;
        set.resolved_at = status === 'resolved' ? now : null;
      }
      // Counted in SQL: an inbound message committing at the same moment must not lose its count.
      await trx.updateTable('conversations').set((eb) => ({ ...set, message_count: eb('message_count', '+', 1) })).where('id', '=', conversationId).execute();
      if (answers) await this.sla?.agentReplied(trx, { conversationId, atMs: nowMs, status: set.status ?? 'pending', nowMs });
      await appendAudit(trx, actor, {
        action: input.private ? 'conversation.note_added' : 'conversation.replied',
        entityType: 'conversation', entityId: conversationId, changes: { messageId },
      }, nowMs, requestId);
      events.push({ type: 'reply.queued', messageId, conversationId, outboxId, market: conversation.market, private: input.private });
      events.push({
        type: 'conversation.updated', conversationId, market: conversation.market, changes: [...Object.keys(set), 'message_count'],
        ...(answers && this.sla ? { clocksFollowed: true as const } : {}),
      });
      return { ...message, review_override: reviewOverride };
    });
    return { message: toMessageView(row), issues: review?.issues ?? [], overridden: review?.overridden ?? false };
  }
}
