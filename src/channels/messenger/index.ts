export { messengerAdapter as adapter, messengerAdapter, messengerProfile, MessengerConfigSchema } from './messenger-adapter.js';
export {
  HUMAN_AGENT_WINDOW_MS, META_WINDOW_MS, metaMessagingAdapter, metaMessagingSchema, parseMetaMessagingWebhook, sendMetaMessage, watermarkReceipts,
  type MetaMessagingConfig, type MetaMessagingEvent, type MetaMessagingNotification, type MetaMessagingProfile,
} from './meta-messaging.js';
export { checkMetaAttachments, metaAttachmentKind, type MetaAttachmentKind, type MetaFileDelivery } from './meta-media.js';
