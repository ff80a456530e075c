import type { SignedIn } from '../../db';

/**
 * Who is signed in, in memory only: the data key must never reach localStorage or IndexedDB, and a reload
 * asks for the password again. Kept outside React because the store provider unmounts everything below it
 * while it switches between the real and the training database, and the person stays signed in across that.
 * Keyed by the real database's name (one laptop session per study database).
 */
export type SessionState =
  | { readonly status: 'signed-out' }
  /** Right after site setup: the recovery key is on screen until the administrator confirms keeping it. */
  | { readonly status: 'recovery-key'; readonly signedIn: SignedIn; readonly recoveryKey: string }
  | { readonly status: 'signed-in'; readonly signedIn: SignedIn; readonly locked: boolean };

const SIGNED_OUT: SessionState = { status: 'signed-out' };
const states = new Map<string, SessionState>();
const listeners = new Map<string, Set<() => void>>();

export function sessionState(key: string): SessionState {
  return states.get(key) ?? SIGNED_OUT;
}

export function setSessionState(key: string, next: SessionState): void {
  if (next.status === 'signed-out') states.delete(key);
  else states.set(key, next);
  listeners.get(key)?.forEach((listener) => listener());
}

export function subscribeSession(key: string, onChange: () => void): () => void {
  const set = listeners.get(key) ?? new Set();
  listeners.set(key, set);
  set.add(onChange);
  return () => set.delete(onChange);
}

/** Opens a session for someone whose password (or setup) has just been checked. */
export function openSession(key: string, signedIn: SignedIn): void {
  setSessionState(key, { status: 'signed-in', signedIn, locked: false });
}
