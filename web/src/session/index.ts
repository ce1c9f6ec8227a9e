export { SessionProvider, useCurrentUser, useSession, type Session, type SessionState, type SessionUser } from './session-context.js';
