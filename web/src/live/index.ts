export { useAgentTyping } from './agent-typing.js';
export { LiveEventsProvider, retryDelay, useLiveRefresh, useLiveState, type LiveListener, type LiveState } from './live-events.js';
export { LiveIndicator } from './live-indicator.js';
export { VisitorTyping } from './visitor-typing.js';
