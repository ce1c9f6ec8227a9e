import { Type } from 'typebox';
import { conversationStatuses, priorities } from '../../store/conversation-store.js';
import { CountrySchema, InstantSchema, LanguageTagSchema, Nullable, SlugSchema } from './common-schema.js';

/** The channel kinds Borderless knows; a message names one of these. */
export const channelKinds = ['email', 'chat', 'whatsapp', 'telegram', 'messenger', 'instagram', 'line', 'wechat',
  'kakaotalk', 'sms', 'voice', 'webhook', 'api'] as const;

export const ChannelKindSchema = Type.Enum(channelKinds, { description: 'channel kind' });
export const StatusSchema = Type.Enum(conversationStatuses);
export const PrioritySchema = Type.Enum(priorities);

export const AttachmentSchema = Type.Object({
  filename: Type.String({ minLength: 1, maxLength: 255 }),
  contentType: Type.String({ minLength: 3, maxLength: 255, pattern: '^[\\w.+-]+/[\\w.+-]+$' }),
  size: Type.Integer({ minimum: 0 }),
  url: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
}, { additionalProperties: false });

export const InboundMessageSchema = Type.Object({
  channel: ChannelKindSchema,
  channelId: Type.Optional(Nullable(SlugSchema)),
  externalId: Type.String({ minLength: 1, maxLength: 512, description: 'unique within the channel' }),
  customer: Type.Object({
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
    phone: Type.Optional(Nullable(Type.String({ pattern: '^\\+?[0-9 ()./-]{5,32}$' }))),
    name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    country: Type.Optional(Nullable(CountrySchema)),
    locale: Type.Optional(Nullable(LanguageTagSchema)),
    handle: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'the channel\'s own id for the person' }))),
  }, { additionalProperties: false }),
  market: Type.Optional(Nullable(SlugSchema)),
  subject: Type.Optional(Nullable(Type.String({ maxLength: 998 }))),
  text: Type.String({ maxLength: 200_000 }),
  html: Type.Optional(Nullable(Type.String({ maxLength: 1_000_000 }))),
  thread: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 512 }))),
  attachments: Type.Optional(Type.Array(AttachmentSchema, { maxItems: 50 })),
  priority: Type.Optional(Nullable(PrioritySchema)),
  receivedAt: Type.Optional(Nullable(InstantSchema)),
}, { additionalProperties: false });

export const ConversationSchema = Type.Object({
  id: Type.String(),
  customer: Type.Object({ id: Type.String(), name: Nullable(Type.String()) }),
  market: Nullable(Type.String()),
  language: Nullable(Type.String()),
  channel: Type.String(),
  channelId: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  preview: Nullable(Type.String({ description: 'the start of the latest customer message' })),
  status: StatusSchema,
  priority: PrioritySchema,
  assignee: Nullable(Type.String()),
  assignment: Nullable(Type.Object({ agent: Type.String(), reason: Nullable(Type.String()) })),
  team: Nullable(Type.String()),
  category: Nullable(Type.String()),
  intent: Nullable(Type.String()),
  waitingSince: Nullable(Type.String()),
  sla: Type.Object({
    firstResponseDueAt: Nullable(Type.String()),
    nextResponseDueAt: Nullable(Type.String()),
    resolutionDueAt: Nullable(Type.String()),
  }),
  firstRespondedAt: Nullable(Type.String()),
  messageCount: Type.Integer(),
  lastMessageAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
}, { $id: 'Conversation' });

export const MessageSchema = Type.Object({
  id: Type.String(),
  conversationId: Type.String(),
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  private: Type.Boolean(),
  author: Nullable(Type.String()),
  channel: Type.String(),
  externalId: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  text: Type.String(),
  html: Nullable(Type.String()),
  language: Nullable(Type.String()),
  attachments: Type.Array(AttachmentSchema),
  deliveryStatus: Type.String(),
  deliveryError: Nullable(Type.String()),
  reviewOverride: Nullable(Type.Object({
    reason: Type.String(),
    codes: Type.Array(Type.String(), { description: 'the blocking review codes let through' }),
    by: Nullable(Type.String({ description: 'the user (or token) that sent the reply' })),
    at: Type.String(),
  }, { description: 'set when the reply was sent despite blocking review issues, with `override.reason`' })),
  receivedAt: Type.String(),
  createdAt: Type.String(),
}, { $id: 'Message' });

export const IngestResponseSchema = Type.Object({
  message: Type.Object({ id: Type.String() }),
  conversation: Type.Ref('Conversation'),
});

const csv = (description: string) => Type.Optional(Type.String({ maxLength: 500, pattern: '^[A-Za-z0-9_,-]*$', description }));

export const ConversationQuerySchema = Type.Object({
  status: csv('comma-separated statuses: open, pending, snoozed, resolved'),
  market: csv('comma-separated market codes'),
  language: csv('comma-separated language tags'),
  channel: csv('comma-separated channel kinds'),
  assignee: Type.Optional(Type.String({ maxLength: 64, description: 'an agent id, `me`, or `none` for unassigned' })),
  team: Type.Optional(Type.String({ maxLength: 64 })),
  customer: Type.Optional(Type.String({ maxLength: 64 })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'text search in subject, customer and messages' })),
  dueBefore: Type.Optional({ ...InstantSchema, description: 'unresolved conversations with a running SLA deadline before this instant' }),
  breached: Type.Optional(Type.Boolean({ description: 'true: unresolved, with an SLA target breached and still unmet; false: all others' })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
}, { additionalProperties: false });

/** Files uploaded to the conversation, sent with a reply (plain or translated). */
export const ReplyAttachmentsSchema = Type.Array(Type.String({ pattern: '^[0-9a-f]{32}$' }), {
  maxItems: 10, uniqueItems: true,
  description: 'ids of files uploaded to this conversation (POST /api/v1/conversations/{id}/attachments), sent with the text; 422 when the conversation\'s channel cannot carry them',
});

export const ReplySchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 100_000 }),
  html: Type.Optional(Nullable(Type.String({ maxLength: 1_000_000 }))),
  private: Type.Optional(Type.Boolean({ default: false, description: 'a private note for agents only' })),
  status: Type.Optional(StatusSchema),
  language: Type.Optional(Nullable(LanguageTagSchema)),
  attachments: Type.Optional(ReplyAttachmentsSchema),
}, { additionalProperties: false });

export const ConversationPatchSchema = Type.Object({
  status: Type.Optional(StatusSchema),
  priority: Type.Optional(PrioritySchema),
  category: Type.Optional(Nullable(Type.Enum(['informational', 'transactional', 'advisory', 'diagnostic']))),
  language: Type.Optional(Nullable(LanguageTagSchema)),
}, { additionalProperties: false, minProperties: 1 });

export const AssignSchema = Type.Object({
  assignee: Nullable(Type.String({ minLength: 1, maxLength: 64 })),
  team: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
}, { additionalProperties: false });
