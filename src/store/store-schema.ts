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
}
