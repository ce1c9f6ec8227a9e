import { Type, type Static } from 'typebox';
import type { FieldError } from '../../errors/index.js';

/** Hard cap for one widget upload; a channel may set less. Equal to the stored-attachment cap. */
export const CHAT_ATTACHMENT_HARD_CAP_BYTES = 10 * 1024 * 1024;

const FieldRule = Type.Union([Type.Literal('required'), Type.Literal('optional'), Type.Literal('off')]);

/** `PUT /api/v1/channels/{id}` for the chat widget of a market. */
export const ChatConfigSchema = Type.Object({
  kind: Type.Literal('chat'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  title: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 80 }), Type.Null()], { description: 'shown in the widget header; default the widget\'s own "Chat with us"' })),
  allowedOrigins: Type.Optional(Type.Array(Type.String({ pattern: '^https?://[^/?#]+$', maxLength: 300 }), {
    maxItems: 50, description: 'pages allowed to embed the widget (`https://shop.brand.jp`); empty: any',
  })),
  preChat: Type.Optional(Type.Object({
    name: Type.Optional(FieldRule),
    email: Type.Optional(FieldRule),
  }, { additionalProperties: false, description: 'the pre-chat form: name required and email optional by default' })),
  attachmentMaxBytes: Type.Optional(Type.Integer({ minimum: 1024, maximum: CHAT_ATTACHMENT_HARD_CAP_BYTES, default: 5 * 1024 * 1024 })),
  emailFallback: Type.Optional(Type.Boolean({ default: true, description: 'when chat is closed, offer to continue by email' })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'chat' });

export type ChatConfig = Static<typeof ChatConfigSchema> & { [field: string]: unknown };

/**
 * The pre-chat rules with their defaults (name required, email optional).
 *
 * @example
 * preChatRules({ kind: 'chat', market: 'ae', preChat: { email: 'off' } }); // { name: 'required', email: 'off' }
 */
export function preChatRules(config: ChatConfig): { name: 'required' | 'optional' | 'off'; email: 'required' | 'optional' | 'off' } {
  return { name: config.preChat?.name ?? 'required', email: config.preChat?.email ?? 'optional' };
}

/**
 * Checks the schema cannot express: an origin listed twice.
 *
 * @example
 * validateChatConfig({ kind: 'chat', market: 'jp', allowedOrigins: ['https://a.jp', 'https://a.jp'] }); // [{ path: '/allowedOrigins/1', … }]
 */
export function validateChatConfig(config: ChatConfig): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  (config.allowedOrigins ?? []).forEach((origin, i) => {
    const lower = origin.toLowerCase();
    if (seen.has(lower)) errors.push({ path: `/allowedOrigins/${i}`, message: 'is listed twice' });
    seen.add(lower);
  });
  return errors;
}

/**
 * Whether a page at `origin` may use the widget of a channel.
 *
 * @example
 * originAllowed({ allowedOrigins: ['https://shop.brand.jp'] }, 'https://shop.brand.jp'); // true
 */
export function originAllowed(config: Pick<ChatConfig, 'allowedOrigins'>, origin: string | undefined): boolean {
  const allowed = config.allowedOrigins ?? [];
  if (allowed.length === 0) return true;
  return origin !== undefined && allowed.some((a) => a.toLowerCase() === origin.toLowerCase());
}
