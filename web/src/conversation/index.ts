export { ConversationPage } from './conversation-page.js';
