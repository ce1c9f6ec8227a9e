export type {
  ChannelFamilyKey, CrossSellStance, CultureIssue, CultureProfile, CultureProfileInput, HolidayGreeting, HonorificConvention, Level,
  NameConvention, NameOrder, NamePart, RegisterConvention, RegisterLevel, SalutationConvention, Sensitivities, SensitiveTopic,
} from './culture-types.js';
export { sensitiveTopics } from './culture-types.js';
export { CultureProfileSchema, validateCultureProfile } from './culture-schema.js';
export { culturePresets, presetCulture, presetSources, resolveCultureProfile, type CultureMarket } from './culture-profile.js';
export { cultureSources, type CulturePreset, type CultureSourceKey } from './presets/preset-builder.js';
export { conventionKeys, languageConvention, languageConventions, pickForLanguage, type LanguageConvention } from './language-conventions.js';
export { formatCustomerName, fullNameInOrder, genderFrom, parseCustomerName, type FormattedName, type Gender, type ParsedName } from './name-format.js';
export { formatLocale, marketFormats, type DateOrder, type MarketFormats } from './market-formats.js';
export { findPii, ibanValid, isCardNumber, luhnValid, type PiiFinding } from './pii-checks.js';
export { ruleLanguages, ruleTables, rulesFor } from './rules/rule-tables.js';
export type { LanguageRuleTable } from './rules/rule-table-types.js';
export { reviewReply, type ReviewInput } from './review/reply-review.js';
export { describeFinding, describeFindings, type ReviewIssue } from './review/review-describe.js';
export { reviewCodes, reviewSeverities, type ReviewCode, type ReviewFinding, type ReviewSeverity } from './review/review-types.js';
export { reviewCatalogues, reviewLocale, reviewMessage } from './messages/review-messages.js';
export { reviewMessageKeys, type ReviewMessageKey } from './messages/review-message-keys.js';
