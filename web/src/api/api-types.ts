// Mirrors of the HTTP API's response shapes (src/server/schemas and src/server/routes). Kept by hand because the
// console must not import server code into the browser bundle; GET /api/v1/openapi.json is the reference.

export const conversationStatuses = ['open', 'pending', 'snoozed', 'resolved'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

export const channelKinds = ['email', 'chat', 'whatsapp', 'telegram', 'messenger', 'instagram', 'line', 'wechat',
  'kakaotalk', 'sms', 'voice', 'webhook', 'api'] as const;
export type ChannelKind = (typeof channelKinds)[number];

export type Role = 'agent' | 'supervisor' | 'admin';
export const roles: readonly Role[] = ['agent', 'supervisor', 'admin'];

export interface Me {
  user: {
    id: string; email: string; name: string; role: Role;
    locale: string | null; timeZone: string | null; teams: string[];
  };
  csrfToken?: string;
}

export interface Conversation {
  id: string;
  customer: { id: string; name: string | null };
  market: string | null;
  language: string | null;
  channel: string;
  channelId: string | null;
  subject: string | null;
  /** The start of the latest customer message (for conversations without a subject). */
  preview: string | null;
  status: ConversationStatus;
  priority: Priority;
  assignee: string | null;
  assignment: { agent: string; reason: string | null } | null;
  team: string | null;
  category: string | null;
  intent: string | null;
  waitingSince: string | null;
  sla: { firstResponseDueAt: string | null; nextResponseDueAt: string | null; resolutionDueAt: string | null };
  firstRespondedAt: string | null;
  messageCount: number;
  lastMessageAt: string;
  resolvedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Attachment { filename: string; contentType: string; size: number; url?: string | null }

export interface Message {
  id: string;
  conversationId: string;
  direction: 'in' | 'out';
  private: boolean;
  author: string | null;
  channel: string;
  externalId: string | null;
  subject: string | null;
  text: string;
  html: string | null;
  language: string | null;
  attachments: Attachment[];
  /** `received` (inbound), `note` (private), `queued`, `sent`, `delivered`, `read`, `failed`… */
  deliveryStatus: string;
  deliveryError: string | null;
  /** Set when the reply was sent despite blocking review issues: why, which codes, who and when. */
  reviewOverride: { reason: string; codes: string[]; by: string | null; at: string } | null;
  receivedAt: string;
  createdAt: string;
}

export type ConversationWithMessages = Conversation & { messages: Message[] };

export interface Page<T> { items: T[]; nextCursor: string | null }
export interface List<T> { items: T[] }

export interface StatusCounts {
  open: number; pending: number; snoozed: number; resolved: number; mine: number; unassigned: number; total: number;
}

export interface Market {
  code: string;
  name: string;
  countries: string[];
  languages: string[];
  timeZone: string;
  currency: string;
  hours: Record<string, Record<string, string[][]>>;
  holidays: { country: string; region: string | null; types: string[] } | null;
  closures: Array<{ from: string; to: string; name: string }>;
  openings: Array<{ date: string; hours: string[][]; name: string }>;
  culture: Record<string, unknown>;
  settings: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface Customer {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  country: string | null;
  locale: string | null;
  language: string | null;
  languageSource: string | null;
  market: string | null;
  identities: Array<{ kind: string; value: string }>;
  mergedInto: string | null;
  attributes: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export type CustomerWithConversations = Customer & { conversations: Conversation[] };

export const teamKinds = ['hq', 'hub', 'local', 'partner'] as const;
export type TeamKind = (typeof teamKinds)[number];

export interface Team {
  id: string; name: string; kind: TeamKind; timeZone: string; location: string | null;
  markets: string[]; languages: string[]; channels: string[]; members: string[];
  createdAt: string; updatedAt: string;
}

export interface Agent {
  id: string; name: string; email: string; role: Role; teams: string[];
  languages: Array<{ language: string; level: string }>;
  timeZone: string | null; locale: string | null;
  shifts: Record<string, string[][]>; capacity: Record<string, number>;
  presence: string; skills: string[]; disabled: boolean; createdAt: string; updatedAt: string;
}

export interface ApiToken {
  id: string; name: string; role: Role; prefix: string; userId: string | null; createdBy: string | null;
  createdAt: string; lastUsedAt: string | null; revokedAt: string | null;
}

export type CreatedApiToken = ApiToken & { token: string };

/** One domain event from `GET /api/v1/events` (WebSocket); the console only needs its type and conversation. */
export interface DomainEvent { type: string; conversationId?: string; [key: string]: unknown }

export interface MessageTranslation {
  messageId: string; to: string; from: string | null; status: 'done' | 'failed'; text: string | null;
  engine: string; machine: boolean; error: { reason: string; detail: string } | null;
  warnings: Array<{ code: string; message: string }>; requestedBy: string | null; createdAt: string; updatedAt: string;
}

export interface ReplyPreview {
  previewId: string; text: string; from: string; to: string; engine: string; machine: boolean;
  warnings: Array<{ code: string; message: string }>; policy: { allowed: boolean; reason: string; mode: string }; expiresAt: string;
}

/** One review finding; `locale` is the language `message` is written in (English when the review lacks the agent's). */
export interface ReviewIssue { code: string; severity: 'warning' | 'blocking'; message: string; locale: string; span: [number, number] }

export interface Availability {
  open: boolean; closesAt: string | null; nextOpenAt: string | null; reason: 'holiday' | 'closure' | 'hours' | null; holidayName: string | null;
}

export interface Briefing {
  conversationId: string;
  customer: { timeZone: string; localTime: string; weekday: string; weekdayLocal: string };
  nextHoliday: { date: string; name: string; inDays: number } | null;
  holidayGreeting: { holiday: string; date: string; text: string | null } | null;
  register: { level: string; form: string; informalForm: string };
  address: { text: string; part: string; honorific: string | null; nameOrder: string } | null;
  salutation: { opening: string | null; closing: string | null };
  preferredChannels: string[];
  onPreferredChannel: boolean;
  expectedResponseTime: string;
  notes: string[];
  signature: { signOff: string | null };
}

export interface CalendarView {
  market: string; channel: string | null; hours: string; timeZone: string; from: string; to: string;
  intervals: Array<{ start: string; end: string; startLocal: string; endLocal: string }>;
  holidays: Array<{ date: string; name: string; type: string | null; source: string }>;
  closures: Array<{ date: string; name: string }>;
  openings: Array<{ date: string; name: string; hours: string[][]; source: string }>;
}

export interface MarketPreset {
  code: string; country: string; name: string; countries: string[]; languages: string[]; timeZone: string; currency: string;
}

export interface SlaPolicy {
  id: string; name: string | null; market: string | null; channel: string | null; priority: string | null;
  firstResponse: string | null; nextResponse: string | null; resolution: string | null;
  clock: string; pauseWhilePending: boolean; warningAt: number; createdAt: string; updatedAt: string;
}

export interface SlaFallback {
  firstResponse: string | null; nextResponse: string | null; resolution: string | null; clock: string; pauseWhilePending: boolean; warningAt: number;
}

export interface ChannelView { id: string; kind: string; market: string; enabled: boolean; createdAt: string; updatedAt: string }
export interface ChannelKindInfo { kind: string; displayName: string }

// Localized macros (src/culture/macro-routes.ts): canned replies per locale and register, rendered per conversation.
export const macroRegisters = ['any', 'formal', 'informal'] as const;
export type MacroRegister = (typeof macroRegisters)[number];

export interface MacroVariant {
  locale: string; register: MacroRegister; text: string;
  /** `human`: written or edited by a person; `machine`: a machine draft (see `engine`). */
  origin: 'human' | 'machine';
  needsReview: boolean; basedOnVersion: number; outdated: boolean; engine: string | null; updatedBy: string | null;
  /** The ICU arguments of `text`, in order of first use: the values a render needs. */
  placeholders: string[];
  createdAt: string; updatedAt: string;
}

export interface Macro {
  id: string; name: string; description: string | null; sourceLocale: string; version: number; tags: string[];
  createdBy: string | null; variants: MacroVariant[];
  /** Every placeholder any variant uses. */
  placeholders: string[];
  missingLocales: string[]; outdatedLocales: string[]; needsReviewLocales: string[];
  createdAt: string; updatedAt: string;
}

/** The body of `PUT /api/v1/macros/{id}`: the macro and all its variants. */
export interface MacroInput {
  name: string; description: string | null; sourceLocale: string; tags: string[];
  variants: Array<{ locale: string; register: MacroRegister; text: string }>;
}

/** `POST /api/v1/macros/{id}/render`: the variant picked for the conversation, filled in and reviewed. */
export interface RenderedMacro {
  text: string; locale: string; register: MacroRegister; requestedLocale: string;
  /** The locales tried, in order (`['pt-BR', 'pt', 'en']`). */
  chain: string[];
  fellBack: boolean; needsReview: boolean; outdated: boolean; issues: ReviewIssue[];
}

// Channel setup (src/channels/channel-routes.ts): a kind with the JSON pointers of its secrets, and one channel's
// whole configuration as GET /api/v1/channels/{id} answers it (secrets as `********`).
export type ChannelKindDetails = ChannelKindInfo & { secretPaths: string[] };
export type ChannelConfigView = ChannelView & Record<string, unknown>;

// Outbound attachments (src/channels/attachment-routes.ts): a file uploaded for a reply, named by its `id` in the
// reply's `attachments`; `url` is where agents download it (GET /api/v1/attachments/{id}).
export interface AttachmentUpload {
  id: string; conversationId: string; filename: string; contentType: string; size: number; url: string; createdAt: string;
}
