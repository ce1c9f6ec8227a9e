export { smsAdapter as adapter, smsAdapter, checkMmsAttachments, sendSmsReply } from './sms-adapter.js';
export { E164, SmsConfigSchema, twilioAccountFields, validateSmsConfig, type SmsConfig, type TwilioSender } from './sms-config.js';
export { parseSmsWebhook, twilioMedia, verifiedTwilioParams } from './sms-inbound.js';
export { MMS_MAX_BYTES, MMS_MAX_FILES, SMS_MAX_TEXT, emptyTwiml, sendTwilioSms, twilioReceiptStatus, xmlText } from './twilio-messages.js';
export { param, twilioSignature, verifyTwilioSignature } from './twilio-signature.js';
