import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiRequest, ApiError, onUnauthorized, setCsrfToken, type Me } from '../api/index.js';

export type SessionUser = Me['user'];

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason: 'none' | 'expired' | 'ended' | 'signed-out' | 'unreachable' }
  | { status: 'signed-in'; user: SessionUser };

export interface Session {
  state: SessionState;
  /** Signs in; rejects with an ApiError (BL_BAD_CREDENTIALS, rate limit…) for the form to show. */
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Saves the agent's own preferences (`PATCH /auth/me`) and keeps the answer as the signed-in person. */
  savePreferences(change: { locale?: string | null; timeZone?: string | null; presence?: 'online' | 'away' | 'offline' }): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Restores the session at start (`GET /auth/me`), keeps the CSRF token for writes, and turns any 401 into the
 * sign-in page with an "expired" notice instead of a broken page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });

  useEffect(() => {
    const stop = onUnauthorized((code) => {
      setCsrfToken(null);
      const reason = code === 'BL_SESSION_EXPIRED' ? 'expired' : 'ended';
      setState((current) => (current.status === 'signed-in' ? { status: 'signed-out', reason } : current));
    });
    const controller = new AbortController();
    apiRequest<Me>('GET', '/api/v1/auth/me', { expect401: true, signal: controller.signal }).then(
      (me) => {
        setCsrfToken(me.csrfToken ?? null);
        setState({ status: 'signed-in', user: me.user });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Unreachable or failing server: say so on the sign-in page rather than pretending nobody is signed in.
        const down = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
        setState({ status: 'signed-out', reason: down ? 'unreachable' : 'none' });
      },
    );
    return () => {
      stop();
      controller.abort();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const me = await apiRequest<Me>('POST', '/api/v1/auth/login', { body: { email, password }, expect401: true });
    setCsrfToken(me.csrfToken ?? null);
    setState({ status: 'signed-in', user: me.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiRequest<void>('POST', '/api/v1/auth/logout', { body: {}, expect401: true });
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const savePreferences = useCallback(async (change: { locale?: string | null; timeZone?: string | null; presence?: 'online' | 'away' | 'offline' }) => {
    const me = await apiRequest<Me>('PATCH', '/api/v1/auth/me', { body: change });
    setState((current) => (current.status === 'signed-in' ? { status: 'signed-in', user: { ...current.user, ...me.user } } : current));
  }, []);

  const value = useMemo<Session>(() => ({ state, signIn, signOut, savePreferences }), [state, signIn, signOut, savePreferences]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; only inside `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}

/** The signed-in person; only on pages rendered behind sign-in. */
export function useCurrentUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useCurrentUser() while signed out');
  return state.user;
}
