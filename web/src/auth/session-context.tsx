import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onSessionEnded, rememberCsrfToken, unwrap } from '../api/client';
import { ApiError } from '../api/api-error';
import type { User } from '../api/types';
import { roleMay, type Permission } from './permissions';

export type SessionState =
  | { status: 'loading' }
  /** `expired`: the server ended the session mid-use; `signed-out`: the user chose to leave. */
  | { status: 'signed-out'; reason: 'not-signed-in' | 'expired' | 'signed-out' }
  | { status: 'signed-in'; user: User };

interface SessionApi {
  session: SessionState;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | undefined>(undefined);

/** Holds who is signed in; asks the server once at start, and listens for sessions that end mid-use. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    unwrap(api.GET('/api/auth/me')).then(
      (me) => {
        if (cancelled) return;
        rememberCsrfToken(me.csrfToken);
        setSession({ status: 'signed-in', user: me.user });
      },
      (error: unknown) => {
        if (cancelled) return;
        // Anything but "not signed in" still lands on the sign-in page, where a retry is one click away.
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setSession({ status: 'signed-out', reason: 'not-signed-in' });
      },
    );
    const stopListening = onSessionEnded(() => {
      setSession((current) =>
        current.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : current,
      );
    });
    return () => {
      cancelled = true;
      stopListening();
    };
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const result = await unwrap(api.POST('/api/auth/sign-in', { body: { username, password } }));
    rememberCsrfToken(result.csrfToken);
    setSession({ status: 'signed-in', user: result.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await unwrap(api.POST('/api/auth/sign-out'));
    } finally {
      // Even if the server could not be reached, this tab forgets the session.
      rememberCsrfToken(null);
      setSession({ status: 'signed-out', reason: 'signed-out' });
    }
  }, []);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind <RequireSession>. */
export function useCurrentUser(): User {
  const { session } = useSession();
  if (session.status !== 'signed-in') throw new Error('useCurrentUser needs a signed-in session');
  return session.user;
}

/** Whether the signed-in user's role holds a permission (false when nobody is signed in). */
export function useMay(): (permission: Permission) => boolean {
  const { session } = useSession();
  return useCallback(
    (permission: Permission) => session.status === 'signed-in' && roleMay(session.user.role, permission),
    [session],
  );
}
