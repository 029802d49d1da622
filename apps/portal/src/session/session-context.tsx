import { useApolloClient } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { setAccessToken } from '../graphql/access-token';
import { toApiError } from '../graphql/api-error';
import { LoginDocument, LogoutDocument, RefreshSessionDocument } from '../graphql/operations';

export type SessionUser = SessionUserFieldsFragment;

interface AuthPayload {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

export type SessionState =
  { status: 'restoring' } | { status: 'anonymous' } | { status: 'authenticated'; user: SessionUser };

interface SessionValue {
  session: SessionState;
  /** Rejects with an ApiError (see toApiError) when the login is refused. */
  login(email: string, password: string): Promise<SessionUser>;
  /** Takes a session another sign-in mutation already returned (e.g. registerApplicant), as login does. */
  startSession(payload: AuthPayload): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

// Refresh a minute before expiry, but never in a tight loop if the server hands out very short tokens.
const refreshMarginMs = 60_000;
const minimumRefreshDelayMs = 5_000;

type Client = ReturnType<typeof useApolloClient>;

// One refresh at a time: the refresh cookie rotates, so two parallel calls would spend the same token twice
// (React's StrictMode runs effects twice in development, which is enough to trigger that).
let refreshInFlight: Promise<AuthPayload | null> | null = null;

function refreshOnce(client: Client): Promise<AuthPayload | null> {
  refreshInFlight ??= client
    .mutate({ mutation: RefreshSessionDocument })
    .then((result) => result.data?.refreshSession ?? null)
    .catch(() => null)
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [session, setSession] = useState<SessionState>({ status: 'restoring' });
  const expiresAt = useRef<number>(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const clearTimer = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const becomeAnonymous = useCallback(() => {
    clearTimer();
    setAccessToken(null);
    expiresAt.current = 0;
    setSession({ status: 'anonymous' });
  }, []);

  // The timer calls the latest refresh through a ref, so accept and refresh need not depend on each other.
  const refreshRef = useRef<() => Promise<void>>(async () => undefined);

  const accept = useCallback((payload: AuthPayload) => {
    setAccessToken(payload.accessToken);
    expiresAt.current = Date.parse(payload.expiresAt);
    setSession({ status: 'authenticated', user: payload.user });
    clearTimer();
    const delay = Math.max(expiresAt.current - Date.now() - refreshMarginMs, minimumRefreshDelayMs);
    timer.current = setTimeout(() => void refreshRef.current(), delay);
  }, []);

  const refresh = useCallback(async (): Promise<void> => {
    const payload = await refreshOnce(client);
    if (payload) accept(payload);
    else becomeAnonymous();
  }, [client, accept, becomeAnonymous]);

  useEffect(() => {
    refreshRef.current = refresh;
  }, [refresh]);

  useEffect(() => {
    void refresh();
    return clearTimer;
  }, [refresh]);

  useEffect(() => {
    // Timers do not run while a laptop sleeps; catch up as soon as the tab is visible again.
    const onVisible = () => {
      if (
        document.visibilityState === 'visible' &&
        expiresAt.current &&
        Date.now() > expiresAt.current - refreshMarginMs
      ) {
        void refresh();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh]);

  const login = useCallback(
    async (email: string, password: string) => {
      try {
        const result = await client.mutate({
          mutation: LoginDocument,
          variables: { input: { email, password } },
        });
        const payload = result.data?.login;
        if (!payload) throw new Error('login returned no data');
        await client.clearStore();
        accept(payload);
        return payload.user;
      } catch (error) {
        throw toApiError(error);
      }
    },
    [client, accept],
  );

  const startSession = useCallback(
    async (payload: AuthPayload) => {
      await client.clearStore();
      accept(payload);
    },
    [client, accept],
  );

  const logout = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutDocument });
    } catch {
      // Even if the server is unreachable, the browser forgets the session; the cookie expires on its own.
    }
    becomeAnonymous();
    await client.clearStore();
  }, [client, becomeAnonymous]);

  const value = useMemo(
    () => ({ session, login, startSession, logout }),
    [session, login, startSession, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
