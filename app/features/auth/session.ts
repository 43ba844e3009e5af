import { createContext, use } from 'react';

import type { Session } from '../../api/types.ts';

/** Filled by RequireAuth, so every page under it may assume someone is signed in. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession() is only available on pages inside <RequireAuth>');
  return session;
}
