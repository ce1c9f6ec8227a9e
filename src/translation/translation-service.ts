import type { Logger } from 'pino';
import type { ReviewIssue } from '../domain/culture/index.js';
import { canonicalizeLanguageTag, localeFallbackChain, toDetectionLanguage } from '../domain/language/index.js';
import {
  batchTexts, protectGlossaryTerms, replyLanguageAllowed, restoreGlossaryTerms, splitForTranslation,
  type LanguagePolicy, type ReplyLanguageVerdict,
} from '../domain/translation/index.js';
import { AppError } from '../errors/index.js';
import { isoInstant, type Clock } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { withTransaction, type EventBus } from '../pipeline/event-bus.js';
import type { MarketDirectory } from '../pipeline/market-directory.js';
import type { OutboundService, SentReply } from '../pipeline/outbound-service.js';
import { appendAudit, type Actor } from '../store/audit-store.js';
import { getConversation, toMessageView, type ConversationStatus, type ConversationView, type MessageView } from '../store/conversation-store.js';
import type { Store } from '../store/database.js';
import { getUser } from '../store/user-store.js';
import { TranslationEngineError, type TranslationProvider } from './translation-provider.js';
import {
  claimPreview, countMemoryUse, findMemory, getGlossary, getMessageTranslation, getPreview, getReplyLink, insertPreview,
  insertReplyLink, listMessageTranslations, releasePreview, saveMessageTranslation, upsertMemory,
  type MessageTranslation, type ReplyPreview, type ReplyTranslationLink, type TranslationWarning,
} from './translation-store.js';

/** Longest text sent to an engine at all; longer messages keep their original only. */
export const MAX_TRANSLATION_CHARS = 50_000;
// One piece per paragraph, cut further past this; requests carry at most 50 pieces (DeepL's limit) and 30k characters.
const MAX_PIECE_CHARS = 4_000;
const REQUEST_LIMITS = { maxCount: 50, maxChars: 30_000 };
const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The outcome of translating one text. */
export interface TextTranslation {
  text: string;
  from: string | null;
  to: string;
  engine: string;
  warnings: TranslationWarning[];
}

/** A reply preview as the API answers it. */
export interface ReplyPreviewView {
  previewId: string;
  text: string;
  from: string;
  to: string;
  engine: string;
  machine: boolean;
  warnings: TranslationWarning[];
  policy: ReplyLanguageVerdict;
  expiresAt: string;
}

export interface TranslationServiceDeps {
  store: Store;
  bus: EventBus;
  clock: Clock;
  markets: MarketDirectory;
  outbound: OutboundService;
  logger: Logger;
  provider: TranslationProvider | null;
}

/**
 * A language tag as translations are keyed: canonical casing, Simplified Chinese as `zh`. Throws a 400 for a
 * malformed tag (schemas catch most; stored locales may not have been checked).
 */
export function translationLanguage(tag: string, path: string): string {
  const canonical = canonicalizeLanguageTag(tag);
  if (canonical === null) throw new AppError('BL_VALIDATION', `"${tag}" is not a BCP 47 language tag`, { errors: [{ path, message: 'must be a BCP 47 language tag' }] });
  return canonical === 'zh-Hans' ? 'zh' : canonical;
}

function sameLanguage(a: string, b: string): boolean {
  return toDetectionLanguage(a) === toDetectionLanguage(b);
}

/** Who made a preview: a person, or an integration token when no person is behind it. */
export function actorKey(actor: Actor): string {
  return actor.userId ? `user:${actor.userId}` : `${actor.type}:${actor.id ?? 'system'}`;
}

function noEngine(): AppError {
  return new AppError('BL_UNAVAILABLE', 'No translation engine is configured: set BORDERLESS_TRANSLATION_PROVIDER to libretranslate or deepl');
}

/** The problem for an engine failure where nothing is stored (previews): 422 when the engine refused the input, else 503. */
export function engineProblem(error: TranslationEngineError): AppError {
  const refused = error.reason === 'rejected' || error.reason === 'unsupported-language';
  return new AppError(refused ? 'BL_UNPROCESSABLE' : 'BL_UNAVAILABLE', `Machine translation failed (${error.reason}): ${error.message}`);
}

/** Refuses U+0000, which PostgreSQL text cannot hold (and no language needs). */
export function assertNoNul(text: string, path: string): void {
  if (text.includes('\u0000')) throw new AppError('BL_VALIDATION', `${path} contains a NUL character`, { errors: [{ path, message: 'must not contain U+0000' }] });
}

function normalizeDraft(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/**
 * Machine translation for agents: on-demand translation of messages (cached per target language), previews of
 * replies written in the agent's language, and sending a reply from a preview the agent saw. Translation memory
 * is consulted first, the brand glossary is applied around the engine, and engine failures are recorded as
 * failed translations — never lost messages, never a 500.
 *
 * @example
 * const service = new TranslationService({ store, bus, clock, markets, outbound, logger, provider });
 * const { translation } = await service.translateMessage(actor, null, messageId, 'en');
 */
export class TranslationService {
  constructor(private readonly deps: TranslationServiceDeps) {}

  /** The configured engine's name, or null when none is. */
  get engineName(): string | null {
    return this.deps.provider?.name ?? null;
  }

  get provider(): TranslationProvider | null {
    return this.deps.provider;
  }

  /**
   * Translates one text: an approved memory entry when there is one, else the engine with the glossary applied
   * around it. Throws `TranslationEngineError` when the engine fails, and a 503 problem when no engine is set.
   */
  async translateText(text: string, from: string | null, to: string): Promise<TextTranslation> {
    const { store, provider } = this.deps;
    const source = text.replace(/\r\n?/g, '\n');
    const sourceLanguage = from === null ? null : toDetectionLanguage(from);
    if (sourceLanguage !== null) {
      // An approved translation into `pt` serves `pt-BR` when none was approved for `pt-BR` itself.
      for (const target of localeFallbackChain(to, to)) {
        const hit = await findMemory(store.db, sourceLanguage, target === 'zh-Hans' ? 'zh' : target, source);
        if (!hit) continue;
        await countMemoryUse(store.db, hit.id);
        return { text: hit.target, from: sourceLanguage, to, engine: 'memory', warnings: [] };
      }
    }
    if (!provider) throw noEngine();
    if (source.length > MAX_TRANSLATION_CHARS) {
      throw new AppError('BL_UNPROCESSABLE', `The text is ${source.length} characters long; machine translation takes at most ${MAX_TRANSLATION_CHARS}`);
    }
    const glossary = await getGlossary(store.db);
    const prepared = protectGlossaryTerms(source, glossary, { from: sourceLanguage, to });
    const pieces = splitForTranslation(prepared.text, MAX_PIECE_CHARS);
    const toSend = pieces.filter((p) => p.translate);
    const outputs: string[] = [];
    let detected: string | null = null;
    for (const batch of batchTexts(toSend.map((p) => p.text), REQUEST_LIMITS)) {
      const results = await provider.translate(batch.map((i) => toSend[i]!.text), sourceLanguage, to, { format: prepared.markup ? 'markup' : 'text' });
      results.forEach((r, j) => { outputs[batch[j]!] = r.text; });
      detected ??= results.find((r) => r.detectedSource)?.detectedSource ?? null;
    }
    let next = 0;
    const joined = pieces.map((p) => (p.translate ? outputs[next++] ?? '' : p.text)).join('');
    const restored = restoreGlossaryTerms(joined, prepared, to);
    const warnings: TranslationWarning[] = restored.lost.map((span) => ({
      code: 'GLOSSARY_TERM_LOST' as const,
      message: `The engine dropped the glossary term "${span.source}"${span.kind === 'forced' ? ` (should read "${span.replacement}")` : ''}`,
    }));
    if (restored.unknown > 0) {
      warnings.push({ code: 'GLOSSARY_PLACEHOLDER_INVENTED', message: `The engine added ${restored.unknown} placeholder(s) that were removed` });
    }
    // An engine's NUL is garbage, and PostgreSQL could not store it.
    return { text: restored.text.replaceAll('\u0000', ''), from: sourceLanguage ?? detected, to, engine: provider.name, warnings };
  }

  private async defaultLanguage(actor: Actor): Promise<string> {
    if (actor.userId) {
      const user = await getUser(this.deps.store.db, actor.userId);
      if (user?.locale && canonicalizeLanguageTag(user.locale)) return translationLanguage(user.locale, '/locale');
    }
    return translationLanguage((await this.deps.markets.brand()).defaultLanguage, '/brand/defaultLanguage');
  }

  private async visibleMessage(scope: string[] | null, messageId: string): Promise<{ message: MessageView; conversation: ConversationView }> {
    const row = await this.deps.store.db.selectFrom('messages').selectAll().where('id', '=', messageId).executeTakeFirst();
    const conversation = row ? await getConversation(this.deps.store.db, row.conversation_id, scope) : undefined;
    if (!row || !conversation) throw new AppError('BL_NOT_FOUND', `No message ${messageId}`);
    return { message: toMessageView(row), conversation };
  }

  /**
   * Translates a message into `to` (default: the caller's working language, else the brand's default) and caches
   * it. A cached successful translation is answered as is (`created: false`); a failed one is retried. An engine
   * failure is stored and answered as a translation with `status: "failed"`.
   */
  async translateMessage(
    actor: Actor, scope: string[] | null, messageId: string, to: string | undefined,
  ): Promise<{ translation: MessageTranslation; created: boolean }> {
    const { message, conversation } = await this.visibleMessage(scope, messageId);
    // A message stored before its language was known reads as the conversation's (which an agent may have corrected).
    const source = message.language ?? (message.direction === 'in' ? conversation.language : null);
    if (message.text.trim() === '') throw new AppError('BL_UNPROCESSABLE', 'The message has no text to translate');
    const target = to === undefined ? await this.defaultLanguage(actor) : translationLanguage(to, '/body/to');
    if (source && sameLanguage(source, target)) {
      throw new AppError('BL_UNPROCESSABLE', `The message is already in ${source}`, { errors: [{ path: '/body/to', message: `the message is in ${source}` }] });
    }
    const cached = await getMessageTranslation(this.deps.store.db, message.id, target);
    if (cached?.status === 'done') return { translation: cached, created: false };
    const requestedBy = actor.userId ?? actor.id;
    const now = () => this.deps.clock.now();
    try {
      const result = await this.translateText(message.text, source, target);
      const translation = await saveMessageTranslation(this.deps.store.db, {
        messageId: message.id, to: target, from: result.from, status: 'done', text: result.text, engine: result.engine,
        error: null, warnings: result.warnings, requestedBy,
      }, now());
      return { translation, created: true };
    } catch (error) {
      if (!(error instanceof TranslationEngineError)) throw error;
      this.deps.logger.warn({ engine: error.engine, reason: error.reason, messageId: message.id }, 'machine translation failed');
      const translation = await saveMessageTranslation(this.deps.store.db, {
        messageId: message.id, to: target, from: source, status: 'failed', text: null, engine: error.engine,
        error: { reason: error.reason, detail: error.message }, warnings: [], requestedBy,
      }, now());
      return { translation, created: true };
    }
  }

  /** The cached translations of a message, and for a reply sent from a preview, how it was made. */
  async messageTranslations(scope: string[] | null, messageId: string): Promise<{ items: MessageTranslation[]; reply: ReplyTranslationLink | null }> {
    const { message } = await this.visibleMessage(scope, messageId);
    const [items, reply] = await Promise.all([
      listMessageTranslations(this.deps.store.db, message.id), getReplyLink(this.deps.store.db, message.id),
    ]);
    return { items, reply: reply ?? null };
  }

  private async policyVerdict(conversation: ConversationView, replyLanguage: string): Promise<ReplyLanguageVerdict> {
    const market = conversation.market ? await this.deps.markets.get(conversation.market) : undefined;
    const brand = await this.deps.markets.brand();
    const policy = market?.settings.languagePolicy as LanguagePolicy | undefined;
    return replyLanguageAllowed(policy, conversation.channel, conversation.language, replyLanguage, brand.pivotLanguages);
  }

  /**
   * Translates an agent's draft into the conversation's language (or `to`) and records it as a preview only this
   * caller can send, for 24 hours. Engine failures are 503 (422 when the engine refused the input): nothing to show.
   */
  async previewReply(
    actor: Actor, scope: string[] | null, conversationId: string, input: { text: string; from?: string; to?: string },
  ): Promise<ReplyPreviewView> {
    const conversation = await getConversation(this.deps.store.db, conversationId, scope);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${conversationId}`);
    const draft = normalizeDraft(input.text);
    assertNoNul(draft, '/body/text');
    if (draft === '') throw new AppError('BL_VALIDATION', 'A reply needs text', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
    const from = input.from === undefined ? await this.defaultLanguage(actor) : translationLanguage(input.from, '/body/from');
    const target = input.to ?? conversation.language;
    if (!target) {
      throw new AppError('BL_UNPROCESSABLE', 'The conversation\'s language is not known: set it (PATCH the conversation) or give "to"', {
        errors: [{ path: '/body/to', message: 'required while the conversation has no language' }],
      });
    }
    const to = translationLanguage(target, '/body/to');
    if (sameLanguage(from, to)) {
      throw new AppError('BL_UNPROCESSABLE', `The draft is already in ${to}: send it as a normal reply`, { errors: [{ path: '/body/from', message: `same language as the target ${to}` }] });
    }
    let result: TextTranslation;
    try {
      result = await this.translateText(draft, from, to);
    } catch (error) {
      if (error instanceof TranslationEngineError) {
        this.deps.logger.warn({ engine: error.engine, reason: error.reason, conversationId }, 'reply preview translation failed');
        throw engineProblem(error);
      }
      throw error;
    }
    const nowMs = this.deps.clock.now();
    const preview = {
      id: newId(nowMs), conversationId, actorKey: actorKey(actor), sourceText: draft, from: toDetectionLanguage(from) ?? from, to,
      text: result.text, engine: result.engine, warnings: result.warnings, createdAt: isoInstant(nowMs),
      expiresAt: isoInstant(nowMs + PREVIEW_LIFETIME_MS),
    };
    await insertPreview(this.deps.store.db, preview);
    return {
      previewId: preview.id, text: preview.text, from: preview.from, to, engine: preview.engine, machine: preview.engine !== 'memory',
      warnings: preview.warnings, policy: await this.policyVerdict(conversation, to), expiresAt: preview.expiresAt,
    };
  }

  /**
   * Sends a reply the agent wrote from a preview: exactly the text they submit (edited or not) goes out through
   * the one outbound path, reviewed like any reply (`override` lets blocking issues through; a refused reply leaves
   * the preview unused); the link to the draft and machine output is recorded; an edited translation becomes
   * approved translation memory. Each preview sends at most one reply.
   */
  async sendTranslatedReply(
    actor: Actor, scope: string[] | null, conversationId: string,
    input: {
      previewId: string; text: string; status?: ConversationStatus; override?: { reason: string }; attachments?: string[]; acceptLanguage?: string | undefined;
    },
    requestId: string | null,
  ): Promise<{ message: MessageView; translation: ReplyTranslationLink; issues: ReviewIssue[]; overridden: boolean }> {
    const { store, clock } = this.deps;
    const conversation = await getConversation(store.db, conversationId, scope);
    if (!conversation) throw new AppError('BL_NOT_FOUND', `No conversation ${conversationId}`);
    const preview: ReplyPreview | undefined = await getPreview(store.db, input.previewId);
    if (!preview) throw new AppError('BL_NOT_FOUND', `No reply preview ${input.previewId}`);
    if (preview.conversationId !== conversationId) {
      throw new AppError('BL_UNPROCESSABLE', 'This preview was made for another conversation', { errors: [{ path: '/body/previewId', message: 'belongs to another conversation' }] });
    }
    if (preview.actorKey !== actorKey(actor)) throw new AppError('BL_FORBIDDEN', 'This preview was made for another agent: make your own');
    if (preview.usedAt) throw new AppError('BL_CONFLICT', `This preview was already used to send a reply${preview.usedMessageId ? ` (message ${preview.usedMessageId})` : ''}`);
    if (Date.parse(preview.expiresAt) <= clock.now()) {
      throw new AppError('BL_UNPROCESSABLE', `This preview expired at ${preview.expiresAt}: make a new one`, { errors: [{ path: '/body/previewId', message: 'expired' }] });
    }
    const text = normalizeDraft(input.text);
    assertNoNul(text, '/body/text');
    if (text === '') throw new AppError('BL_VALIDATION', 'A reply needs text', { errors: [{ path: '/body/text', message: 'must not be blank' }] });
    const verdict = await this.policyVerdict(conversation, preview.to);
    if (!verdict.allowed) {
      throw new AppError('BL_UNPROCESSABLE', `The market's language policy does not allow a ${preview.to} reply on ${conversation.channel} (${verdict.reason})`);
    }
    if (!(await claimPreview(store.db, preview.id, clock.now()))) throw new AppError('BL_CONFLICT', 'This preview was already used to send a reply');

    let sent: SentReply;
    try {
      sent = await this.deps.outbound.send(actor, scope, conversationId, {
        text, private: false, language: preview.to, ...(input.status ? { status: input.status } : {}), attachments: input.attachments ?? [],
        review: { override: input.override ?? null, acceptLanguage: input.acceptLanguage },
      }, requestId);
    } catch (error) {
      await releasePreview(store.db, preview.id);
      throw error;
    }
    const { message } = sent;
    const edited = text !== normalizeDraft(preview.text);
    const nowMs = clock.now();
    const link: ReplyTranslationLink = {
      messageId: message.id, previewId: preview.id, sourceText: preview.sourceText, sourceLanguage: preview.from,
      targetLanguage: preview.to, machineText: preview.text, engine: preview.engine, edited, sentBy: actor.userId ?? actor.id,
      createdAt: isoInstant(nowMs),
    };
    await withTransaction(store, this.deps.bus, async (trx) => {
      await insertReplyLink(trx, { ...link, conversationId });
      if (edited) {
        await upsertMemory(trx, {
          from: preview.from, to: preview.to, source: preview.sourceText, target: text, origin: 'agent-edit', approvedBy: actor.userId ?? actor.id,
        }, nowMs);
      }
      await appendAudit(trx, actor, {
        action: 'translation.reply_sent', entityType: 'message', entityId: message.id,
        changes: { previewId: preview.id, engine: preview.engine, from: preview.from, to: preview.to, edited },
      }, nowMs, requestId);
    });
    return { message, translation: link, issues: sent.issues, overridden: sent.overridden };
  }
}
