export { installCultureFeature, type CultureFeature } from './culture-feature.js';
export { CultureContexts, type MarketReplyTarget, type ReplyCulture } from './culture-context.js';
export { assertReviewable, MAX_REVIEW_CHARS, ReviewBlockedError, ReviewService } from './review-service.js';
export { ReviewBlockedProblemSchema, ReviewIssueSchema, ReviewOverrideSchema } from './review-schema.js';
export { BriefingService, expectedResponseTime, type Briefing, type SlaTargetState } from './briefing-service.js';
export { MacroService, validateMacroInput, type MacroVariantView, type MacroView, type RenderedMacro } from './macro-service.js';
export { formatIcu, icuArguments, icuError, protectArguments, restoreArguments } from './macro-messages.js';
export { macroRegisters, type Macro, type MacroInput, type MacroRegister, type MacroVariant } from './macro-store.js';
export { emptySignature, getSignature, putSignature, type SignatureDocument } from './signature-store.js';
