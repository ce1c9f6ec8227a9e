/**
 * Table types for Kysely. Column names are snake_case as in SQL; the store functions map rows to the
 * camelCase API objects. Instants are stored as fixed-width ISO 8601 UTC strings (`2027-05-06T03:30:00.000Z`)
 * on both dialects so that they sort as text and compare the same everywhere; JSON is stored as text.
 */
export interface SettingsTable { key: string; value: string; updated_at: string }

export interface MarketsTable {
  code: string; name: string; countries: string; languages: string; time_zone: string; currency: string;
  calendar: string; culture: string; settings: string; created_at: string; updated_at: string;
}

export interface CustomersTable {
  id: string; name: string | null; email: string | null; phone: string | null; country: string | null;
  locale: string | null; language: string | null; language_source: string | null; market: string | null;
  merged_into: string | null; attributes: string; created_at: string; updated_at: string;
}

export interface CustomerIdentitiesTable {
  id: string; customer_id: string; kind: string; value: string; created_at: string;
}

export interface ConversationsTable {
  id: string; customer_id: string; market: string | null; language: string | null; channel: string;
  channel_id: string | null; thread_key: string | null; subject: string | null; status: string; priority: string;
  assignee_id: string | null; team_id: string | null; category: string | null; intent: string | null;
  assignment_reason: string | null;
  waiting_since: string | null; first_response_due_at: string | null; next_response_due_at: string | null;
  resolution_due_at: string | null; first_responded_at: string | null; last_message_at: string;
  resolved_at: string | null; message_count: number; created_at: string; updated_at: string;
}

export interface MessagesTable {
  id: string; conversation_id: string; direction: 'in' | 'out'; is_private: number; author_user_id: string | null;
  channel: string; external_id: string | null; subject: string | null; text: string; html: string | null;
  language: string | null; attachments: string; delivery_status: string; delivery_error: string | null;
  review_override: string | null; received_at: string; created_at: string;
}

export interface OutboxTable {
  id: string; message_id: string; conversation_id: string; channel: string; status: string; attempts: number;
  next_attempt_at: string; idempotency_key: string; last_error: string | null; created_at: string; updated_at: string;
}

export interface UsersTable {
  id: string; email: string; name: string; role: string; password_hash: string | null; locale: string | null;
  time_zone: string | null; profile: string; disabled: number; created_at: string; updated_at: string;
}

export interface TeamsTable {
  id: string; name: string; kind: string; time_zone: string; location: string | null; markets: string;
  languages: string; channels: string; created_at: string; updated_at: string;
}

export interface TeamMembersTable { team_id: string; user_id: string }

export interface SessionsTable {
  id_hash: string; user_id: string; csrf_token: string; created_at: string; expires_at: string; last_seen_at: string;
}

export interface ApiTokensTable {
  id: string; name: string; role: string; token_hash: string; token_prefix: string; user_id: string | null;
  created_by: string | null; created_at: string; last_used_at: string | null; revoked_at: string | null;
}

export interface AuditLogTable {
  id: string; at: string; actor_type: string; actor_id: string | null; action: string; entity_type: string;
  entity_id: string; changes: string; request_id: string | null;
}

export interface Database {
  settings: SettingsTable;
  markets: MarketsTable;
  customers: CustomersTable;
  customer_identities: CustomerIdentitiesTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  outbox: OutboxTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  sla_policies: SlaPoliciesTable;
  sla_timers: SlaTimersTable;
  auto_replies: AutoRepliesTable;
  translation_glossary: TranslationGlossaryTable;
  translation_memory: TranslationMemoryTable;
  message_translations: MessageTranslationsTable;
  reply_previews: ReplyPreviewsTable;
  reply_translations: ReplyTranslationsTable;
  channels: ChannelsTable;
  channel_keys: ChannelKeysTable;
  channel_inbound: ChannelInboundTable;
  channel_attachments: ChannelAttachmentsTable;
  conversation_reply_tokens: ConversationReplyTokensTable;
  channel_state: ChannelStateTable;
  macros: MacrosTable;
  macro_variants: MacroVariantsTable;
  brand_signature: BrandSignatureTable;
  routing_queue: RoutingQueueTable;
  routing_decisions: RoutingDecisionsTable;
  conversation_classifications: ConversationClassificationsTable;
  classification_corrections: ClassificationCorrectionsTable;
}

/** An SLA policy; targets are ISO 8601 durations as given (`PT4H`), null when the policy sets none. */
export interface SlaPoliciesTable {
  id: string; name: string | null; market: string | null; channel: string | null; priority: string | null;
  first_response: string | null; next_response: string | null; resolution: string | null; clock: string;
  pause_while_pending: number; warning_share: number; created_at: string; updated_at: string;
}

/**
 * One SLA target of one conversation (`firstResponse`, `nextResponse` per cycle, `resolution`). `elapsed_ms` is the
 * clock time consumed before `running_since`; `warned_at`/`breached_at` are the timer job's claims.
 */
export interface SlaTimersTable {
  id: string; conversation_id: string; target: string; cycle: number; policy_id: string | null; clock: string;
  target_ms: number; warning_share: number; pause_while_pending: number; started_at: string; running_since: string | null;
  elapsed_ms: number; warn_at: string | null; due_at: string | null; paused_at: string | null; warned_at: string | null;
  breached_at: string | null; stopped_at: string | null; stop_reason: string | null; created_at: string; updated_at: string;
}

/** A closed-hours auto-reply sent in a conversation for one closed period (`period_key`: the next opening). */
export interface AutoRepliesTable {
  conversation_id: string; period_key: string; kind: string; message_id: string; created_at: string;
}

/** The brand glossary as one JSON document (`id` is `brand`). */
export interface TranslationGlossaryTable { id: string; document: string; updated_by: string | null; updated_at: string }

/** An approved translation, found by (source language, target language, sha-256 of the normalized source). */
export interface TranslationMemoryTable {
  id: string; source_language: string; target_language: string; source_hash: string; source_text: string; target_text: string;
  origin: string; approved_by: string | null; use_count: number; created_at: string; updated_at: string;
}

/** A cached machine translation of one message into one language; `status` is `done` or `failed`. */
export interface MessageTranslationsTable {
  id: string; message_id: string; target_language: string; source_language: string | null; status: string; text: string | null;
  engine: string; error_reason: string | null; error_detail: string | null; warnings: string; requested_by: string | null;
  created_at: string; updated_at: string;
}

/** A machine translation of an agent's draft that the agent has seen; used at most once to send a reply. */
export interface ReplyPreviewsTable {
  id: string; conversation_id: string; actor_key: string; source_text: string; source_language: string; target_language: string;
  text: string; engine: string; warnings: string; created_at: string; expires_at: string; used_at: string | null;
  used_message_id: string | null;
}

/** How a sent reply was made: the agent's draft, the machine output they saw, and whether they edited it. */
export interface ReplyTranslationsTable {
  message_id: string; preview_id: string; conversation_id: string; source_text: string; source_language: string;
  target_language: string; machine_text: string; engine: string; edited: number; sent_by: string | null; created_at: string;
}

/** A configured channel instance (`email-jp`): its kind, market and the kind's whole configuration as JSON. */
export interface ChannelsTable {
  id: string; kind: string; market: string; config: string; enabled: number; created_at: string; updated_at: string;
}

/** An inbound key a channel claims (an email address, a phone number id); one channel per (kind, key). */
export interface ChannelKeysTable { kind: string; key: string; channel_id: string }

/**
 * What a channel knew about one inbound message that the pipeline does not keep: the automated flag
 * (`auto-reply`, `bounce`, `loop`, `bulk`), the thread key and provider metadata (email headers). Keyed like the
 * pipeline's dedupe, (channel kind, external id), so it is written before the message commits.
 */
export interface ChannelInboundTable {
  channel: string; external_id: string; channel_id: string | null; automated: string | null; automated_reason: string | null;
  thread_key: string | null; meta: string; created_at: string;
}

/** An attachment of an inbound message; `content` is null when the body was over the size cap. */
export interface ChannelAttachmentsTable {
  id: string; channel: string; external_id: string; position: number; filename: string; content_type: string; size: number;
  content_id: string | null; inline: number; sha256: string; content: Buffer | null; created_at: string;
}

/** The token in a conversation's reply address (`support+<token>@brand.example`). */
export interface ConversationReplyTokensTable { token: string; conversation_id: string; created_at: string }

/** Small per-channel state (IMAP position, provider cursors), as text. */
export interface ChannelStateTable { channel_id: string; key: string; value: string; updated_at: string }

/** A localized macro (canned reply); `version` counts changes of its source-locale text. */
export interface MacrosTable {
  id: string; name: string; description: string | null; source_locale: string; version: number; tags: string; created_by: string | null;
  created_at: string; updated_at: string;
}

/** One variant of a macro for a locale and register (`any`, `formal`, `informal`), in ICU MessageFormat. */
export interface MacroVariantsTable {
  macro_id: string; locale: string; register: string; body: string; origin: string; needs_review: number; based_on_version: number;
  engine: string | null; updated_by: string | null; created_at: string; updated_at: string;
}

/** The brand signature document (tone words, promises, per-market sign-offs); one row, `id` = `brand`. */
export interface BrandSignatureTable { id: string; document: string; updated_at: string }

/** A conversation waiting for an agent: `state` is `queued` (no one can take it now) or `held` (for the native team). */
export interface RoutingQueueTable {
  conversation_id: string; market: string | null; language: string | null; channel: string; category: string | null;
  priority: string; priority_rank: number; due_at: string | null; waiting_since: string | null; state: string;
  hold_until: string | null; reason: string; attempts: number; enqueued_at: string; evaluated_at: string;
}

/** One routing decision with the candidates considered (JSON), for explanations. */
export interface RoutingDecisionsTable {
  id: string; conversation_id: string; at: string; trigger: string; outcome: string; agent_id: string | null;
  team_id: string | null; machine_translation: number; reason: string; hold_until: string | null; requirement: string;
  candidates: string; skipped: number; actor_id: string | null;
}

/** A conversation's classification with confidences; `source` is `auto` or `agent` (corrected). */
export interface ConversationClassificationsTable {
  conversation_id: string; category: string | null; intent: string | null; confidence: number; intent_confidence: number;
  language: string | null; source: string; evidence: string; updated_by: string | null; updated_at: string;
}

/** An agent's correction of a classification. */
export interface ClassificationCorrectionsTable {
  id: string; conversation_id: string; previous_category: string | null; previous_intent: string | null;
  category: string | null; intent: string | null; language: string | null; corrected_by: string | null; created_at: string;
}
