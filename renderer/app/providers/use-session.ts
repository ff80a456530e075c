import { useContext } from 'react';
import { SessionContext, type SessionValue } from './session-context';

/** The signed-in person (name, role, blinded), everyone with an account, the site, and lock / sign out / confirmPassword. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}
