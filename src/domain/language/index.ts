export {
  createLanguageDetector,
  detectLanguage,
  type DetectionCandidate,
  type DetectionResult,
  type LanguageDetector,
  type LanguageDetectorOptions,
} from './language-detector.js';
export { buildHintPrior, validateLanguageHints, type HintIssue, type HintPrior, type LanguageHints } from './language-hints.js';
export {
  localeFallbackChain,
  negotiateLocale,
  parseAcceptLanguage,
  parseAcceptLanguagePart,
  type AcceptLanguageEntry,
} from './locale-negotiation.js';
export {
  canonicalizeLanguageTag,
  isWellFormedLanguageTag,
  parseLanguageTag,
  toDetectionLanguage,
  type LanguageTagParts,
} from './language-tags.js';
export { SCRIPT_LANGUAGES, SUPPORTED_LANGUAGES } from './language-inventory.js';
export { COUNTRY_LANGUAGES } from './country-languages.js';
export { createEldScorer, defaultNgramScorer, type EldLike, type NgramScorer } from './ngram-model.js';
export { createByteNgramScorer } from './byte-ngram-scorer.js';
export { loadEldDatabase, type EldDatabase, type EldDatabaseSize } from './eld-database.js';
export { analyzeScripts, type ScriptCode, type ScriptProfile } from './script-profile.js';
export { MAX_DETECTION_CHARS, cleanText, prepareText, textTokens, type PreparedText } from './text-preparation.js';
