export { LanguageBadge, MarketBadge, NotYet, StatusBadge } from './badges.js';
export { ChannelIcon } from './channel-icon.js';
export { ConsoleLayout } from './console-layout.js';
export { DirectoryProvider, useDirectory, type Directory } from './directory-context.js';
export { ErrorNotice, errorMessageKey } from './error-notice.js';
export { useAgentZone, useNow } from './hooks.js';
export { LanguageSwitcher } from './language-switcher.js';
