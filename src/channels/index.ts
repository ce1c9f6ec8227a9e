export {
  permanentFailure, retryLater, sent,
  type AttachmentFacts, type AutomatedKind, type ChannelAdapter, type ChannelCapabilities, type ChannelConfig, type ChannelEnvironment, type ChannelInbound,
  type ChannelHealth, type ChannelInstance, type ChannelService, type ChannelServices, type DeliveryReceipt, type InboundAttachment,
  type OutboundAttachment, type OutboundMessage,
  type OutboxItem, type SendRequest, type SendResult, type WebhookOutcome, type WebhookRequest,
} from './channel-adapter.js';
export { ChannelRegistry, loadChannelAdapters } from './channel-registry.js';
export {
  AGENT_UPLOADS, ATTACHMENT_BODY_CAP_BYTES, applyDeliveryReceipts, automatedFlagOf, deleteChannelState, ensureReplyToken, findChannelByKey, getChannel,
  getChannelState, lastInboundOf, listChannels, replyChannel, setChannelState,
} from './channel-store.js';
export { MEDIA_LINK_TTL_MS, mediaLink, mediaLinkProblem, publicBase } from './media-links.js';
export { attachmentIdOfUrl, outboundAttachments, safeFilename, storeUpload, uploadsForReply, type UploadView } from './outbound-attachments.js';
export { sendInParts, type SendPart } from './send-parts.js';
export { ChannelDirectory } from './channel-directory.js';
export { receiveInbound } from './channel-ingest.js';
export { REDACTED, channelView } from './channel-schema.js';
export { OutboxDispatcher, isAutomaticReply, type DispatchReport, type OutboxDispatcherOptions } from './outbox-dispatcher.js';
export { defaultRetryPolicy, nextAttemptAt, retryDelayMs, type RetryPolicy } from './retry-policy.js';
export { WEBHOOK_BODY_LIMIT_BYTES } from './webhook-routes.js';
export { channelsFeatureOf, installChannels, type ChannelsFeature } from './channels-feature.js';
export {
  hmac, metaChallenge, parseFormWebhook, parseJsonWebhook, publicBaseOf, requireSignature, safeEqual, verifyHubSignature, webhookUrl,
} from './webhook-verification.js';
export {
  PROVIDER_TIMEOUT_MS, callProvider, failureResult, fetchMedia, mediaFilename, multipartForm, networkReason, outsideWindow, recipientHandle, retryAfterMs,
  type ProviderResponse,
} from './provider-http.js';
