import { Type, type Static, type TProperties } from 'typebox';
import type { FieldError } from '../../errors/index.js';

/** The Twilio account fields SMS and voice channels share. */
export const twilioAccountFields = {
  accountSid: Type.String({ pattern: '^AC[0-9a-fA-F]{32}$', description: 'the Twilio account SID' }),
  authToken: Type.String({ minLength: 16, maxLength: 256, description: 'the account\'s auth token (signs webhooks, authenticates API calls)' }),
  apiBaseUrl: Type.Optional(Type.String({ pattern: '^https?://', default: 'https://api.twilio.com', maxLength: 500 })),
  publicUrl: Type.Optional(Type.Union([Type.String({ pattern: '^https?://[^/?#]+$', maxLength: 300 }), Type.Null()], {
    description: 'scheme and host Twilio calls (https://help.brand.example); defaults to BORDERLESS_PUBLIC_URL, then the Host header. Signatures cover it.',
  })),
} satisfies TProperties;

export const E164 = Type.String({ pattern: '^\\+[1-9][0-9]{6,14}$', description: 'E.164, e.g. +81312345678' });

/** `PUT /api/v1/channels/{id}` for an SMS number (Twilio Programmable Messaging). */
export const SmsConfigSchema = Type.Object({
  kind: Type.Literal('sms'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  ...twilioAccountFields,
  phoneNumber: Type.Optional(E164),
  messagingServiceSid: Type.Optional(Type.String({ pattern: '^MG[0-9a-fA-F]{32}$', description: 'send through a messaging service instead of one number' })),
  statusCallbacks: Type.Optional(Type.Boolean({ default: true, description: 'ask Twilio for delivery statuses (needs a public URL)' })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'sms' });

export type SmsConfig = Static<typeof SmsConfigSchema> & { [field: string]: unknown };

/** What sending an SMS needs from an SMS or voice channel. */
export interface TwilioSender {
  accountSid: string;
  authToken: string;
  apiBaseUrl?: string;
  publicUrl?: string | null;
  phoneNumber?: string;
  messagingServiceSid?: string;
  statusCallbacks?: boolean;
}

/**
 * An SMS channel needs a number or a messaging service to send from.
 *
 * @example
 * validateSmsConfig({ kind: 'sms', market: 'jp', accountSid, authToken }); // [{ path: '/phoneNumber', … }]
 */
export function validateSmsConfig(config: SmsConfig): FieldError[] {
  return config.phoneNumber || config.messagingServiceSid ? [] : [{ path: '/phoneNumber', message: 'give phoneNumber or messagingServiceSid' }];
}
