export { smsAdapter as adapter, smsAdapter, sendSmsReply } from './sms-adapter.js';
export { E164, SmsConfigSchema, twilioAccountFields, validateSmsConfig, type SmsConfig, type TwilioSender } from './sms-config.js';
export { parseSmsWebhook, twilioMedia, verifiedTwilioParams } from './sms-inbound.js';
export { SMS_MAX_TEXT, emptyTwiml, sendTwilioSms, twilioReceiptStatus, xmlText } from './twilio-messages.js';
export { param, twilioSignature, verifyTwilioSignature } from './twilio-signature.js';
