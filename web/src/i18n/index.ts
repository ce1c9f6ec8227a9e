export { I18nProvider, preferredLocale, useI18n, type I18n, type MessageValues } from './i18n-context.js';
export { loadCatalogue } from './load-catalogue.js';
export { isRightToLeft, negotiateLocale, uiLocales, type UiLocale } from './locales.js';
export type { Catalogue, MessageKey } from './messages-en.js';
