export { DeepLProvider, deeplSourceCode, deeplTargetCode, fromDeepLCode, type DeepLOptions } from './deepl-provider.js';
export { fromLibreTranslateCode, libreTranslateCode, LibreTranslateProvider, type LibreTranslateOptions } from './libretranslate-provider.js';
export { createTranslationProvider } from './provider-factory.js';
export { installTranslation, type TranslationFeature } from './translation-feature.js';
export {
  TranslationEngineError,
  type EngineFailureReason,
  type EngineLanguage,
  type TranslatedText,
  type TranslateOptions,
  type TranslationProvider,
} from './translation-provider.js';
export {
  actorKey,
  MAX_TRANSLATION_CHARS,
  TranslationService,
  type ReplyPreviewView,
  type TextTranslation,
} from './translation-service.js';
export type { MemoryEntry, MessageTranslation, ReplyTranslationLink, TranslationWarning } from './translation-store.js';
