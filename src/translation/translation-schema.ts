import { Type } from 'typebox';
import { ReviewOverrideSchema } from '../culture/review-schema.js';
import { MAX_TERM_LENGTH, proficiencyLevels, replyLanguageModes } from '../domain/translation/index.js';
import { LanguageTagSchema, Nullable, UuidSchema } from '../server/schemas/common-schema.js';
import { ReplyAttachmentsSchema, StatusSchema } from '../server/schemas/conversation-schema.js';

const Term = Type.String({ minLength: 1, maxLength: MAX_TERM_LENGTH });

export const GlossaryBodySchema = Type.Object({
  doNotTranslate: Type.Array(Type.Object({
    term: Term,
    caseSensitive: Type.Optional(Type.Boolean({ description: 'match only this exact casing' })),
  }, { additionalProperties: false }), { maxItems: 2000, description: 'brand and product names no engine may translate' }),
  forced: Type.Array(Type.Object({
    term: Term,
    to: LanguageTagSchema,
    translation: Type.String({ minLength: 1, maxLength: MAX_TERM_LENGTH }),
    from: Type.Optional(Nullable(LanguageTagSchema)),
    caseSensitive: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }), { maxItems: 2000, description: 'terms translated one fixed way into a language (and the tags that fall back to it)' }),
}, { additionalProperties: false });

// Responses describe what is stored, not what a request may send: plain strings, no `bcp47` format.
export const GlossarySchema = Type.Object({
  doNotTranslate: Type.Array(Type.Object({ term: Type.String(), caseSensitive: Type.Optional(Type.Boolean()) })),
  forced: Type.Array(Type.Object({
    term: Type.String(), to: Type.String(), translation: Type.String(), from: Type.Optional(Nullable(Type.String())), caseSensitive: Type.Optional(Type.Boolean()),
  })),
  updatedAt: Nullable(Type.String()),
  updatedBy: Nullable(Type.String()),
});

const WarningSchema = Type.Object({ code: Type.String(), message: Type.String() });

export const MessageTranslationSchema = Type.Object({
  messageId: Type.String(),
  to: Type.String(),
  from: Nullable(Type.String()),
  status: Type.Union([Type.Literal('done'), Type.Literal('failed')]),
  text: Nullable(Type.String()),
  engine: Type.String({ description: '`libretranslate`, `deepl`, or `memory` for an approved human translation' }),
  machine: Type.Boolean({ description: 'true when the text is a machine translation' }),
  error: Nullable(Type.Object({ reason: Type.String(), detail: Type.String() })),
  warnings: Type.Array(WarningSchema),
  requestedBy: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ReplyLinkSchema = Type.Object({
  messageId: Type.String(),
  previewId: Type.String(),
  sourceText: Type.String(),
  sourceLanguage: Type.String(),
  targetLanguage: Type.String(),
  machineText: Type.String(),
  engine: Type.String(),
  edited: Type.Boolean(),
  sentBy: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const TranslateMessageBodySchema = Type.Object({
  to: Type.Optional(LanguageTagSchema),
}, { additionalProperties: false });

const PolicyVerdictSchema = Type.Object({
  allowed: Type.Boolean(),
  reason: Type.String(),
  mode: Type.Enum(replyLanguageModes),
});

export const ReplyPreviewBodySchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 100_000 }),
  from: Type.Optional(LanguageTagSchema),
  to: Type.Optional(LanguageTagSchema),
}, { additionalProperties: false });

export const ReplyPreviewSchema = Type.Object({
  previewId: Type.String(),
  text: Type.String(),
  from: Type.String(),
  to: Type.String(),
  engine: Type.String(),
  machine: Type.Boolean(),
  warnings: Type.Array(WarningSchema),
  policy: PolicyVerdictSchema,
  expiresAt: Type.String(),
});

export const TranslatedReplyBodySchema = Type.Object({
  previewId: UuidSchema,
  text: Type.String({ minLength: 1, maxLength: 100_000, description: 'exactly what the customer receives: the preview, edited or not' }),
  status: Type.Optional(StatusSchema),
  override: Type.Optional(ReviewOverrideSchema),
  attachments: Type.Optional(ReplyAttachmentsSchema),
}, { additionalProperties: false });

export const MemoryEntrySchema = Type.Object({
  id: Type.String(),
  from: Type.String(),
  to: Type.String(),
  source: Type.String(),
  target: Type.String(),
  origin: Type.String(),
  approvedBy: Nullable(Type.String()),
  uses: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const MemoryBodySchema = Type.Object({
  from: LanguageTagSchema,
  to: LanguageTagSchema,
  source: Type.String({ minLength: 1, maxLength: 20_000 }),
  target: Type.String({ minLength: 1, maxLength: 20_000 }),
}, { additionalProperties: false });

export const MemoryQuerySchema = Type.Object({
  from: Type.Optional(LanguageTagSchema),
  to: Type.Optional(LanguageTagSchema),
  cursor: Type.Optional(UuidSchema),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

const ChannelRuleSchema = Type.Union([
  Type.Enum(replyLanguageModes),
  Type.Object({ mode: Type.Enum(replyLanguageModes), minLevel: Type.Optional(Type.Enum(proficiencyLevels)) }, { additionalProperties: false }),
]);

export const LanguagePolicyBodySchema = Type.Record(Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' }), ChannelRuleSchema, {
  description: 'channel kind, channel family (voice, email, messaging) or "default" → "native-required" | "pivot-allowed" | { mode, minLevel }',
});

export const LanguagePolicyQuerySchema = Type.Object({
  channel: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{0,39}$' })),
  customerLanguage: Type.Optional(LanguageTagSchema),
  replyLanguage: Type.Optional(LanguageTagSchema),
});

export const LanguagePolicySchema = Type.Object({
  market: Type.String(),
  languages: Type.Array(Type.String()),
  pivotLanguages: Type.Array(Type.String()),
  stored: Type.Record(Type.String(), Type.Unknown()),
  issues: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
  channels: Type.Record(Type.String(), Type.Object({
    mode: Type.Enum(replyLanguageModes),
    source: Type.String(),
    minLevel: Nullable(Type.String()),
    proficiency: Type.Object({ customerLanguage: Nullable(Type.String()), pivotLanguage: Nullable(Type.String()) }),
  })),
  check: Type.Optional(Type.Object({
    channel: Type.String(), customerLanguage: Type.String(), replyLanguage: Type.String(),
    allowed: Type.Boolean(), reason: Type.String(), mode: Type.Enum(replyLanguageModes),
  })),
});

export const EngineSchema = Type.Object({
  engine: Nullable(Type.String()),
  configured: Type.Boolean(),
  timeoutMs: Type.Integer(),
});
