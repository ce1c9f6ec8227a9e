import { Type, type Static } from 'typebox';
import { E164, twilioAccountFields } from '../sms/index.js';

/** `PUT /api/v1/channels/{id}` for a phone number (Twilio Programmable Voice). */
export const VoiceConfigSchema = Type.Object({
  kind: Type.Literal('voice'),
  market: Type.String({ pattern: '^[a-z0-9-]{2,40}$' }),
  ...twilioAccountFields,
  phoneNumber: E164,
  forwardTo: Type.Optional(Type.Union([E164, Type.Null()], { description: 'during phone hours, calls ring this number (the call centre); without it callers get the menu' })),
  language: Type.Optional(Type.Union([Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }), Type.Null()], { description: 'language of the spoken prompts; default the market\'s first language' })),
  transcribe: Type.Optional(Type.Boolean({ default: true, description: 'transcribe voicemail (the transcription becomes the message text)' })),
  recordMaxSeconds: Type.Optional(Type.Integer({ minimum: 10, maximum: 600, default: 120 })),
  callbackMinimumMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, default: 15, description: 'a callback is not scheduled closer than this to closing time' })),
  smsReplies: Type.Optional(Type.Boolean({ default: false, description: 'written replies to phone conversations go out by SMS from this number' })),
  statusCallbacks: Type.Optional(Type.Boolean({ default: true })),
  enabled: Type.Optional(Type.Boolean({ default: true })),
}, { additionalProperties: false, title: 'voice' });

export type VoiceConfig = Static<typeof VoiceConfigSchema> & { [field: string]: unknown };
