export { voiceAdapter as adapter, voiceAdapter } from './voice-adapter.js';
export { VoiceConfigSchema, type VoiceConfig } from './voice-config.js';
export { parseVoiceWebhook, type VoiceEvent } from './voice-inbound.js';
export { callbackSlot, completeCallback, listCallbacks, phoneCalendars, saveCallback, type CallbackRequest } from './callback-scheduler.js';
export { promptLanguage, sayLanguage, spokenTime, voicePrompt, voicePrompts, type VoicePromptKey } from './voice-prompts.js';
export { voiceRoutes } from './voice-routes.js';
