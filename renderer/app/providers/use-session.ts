import { useContext } from 'react';
import { SessionContext, type SessionValue } from './session-context';

/** The current user (name, role, blinded), everyone who uses this laptop, the site, and the role switch. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
