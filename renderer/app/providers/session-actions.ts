import { fail, ok, type Result } from '../../../shared/lib/result';
import {
  confirmPassword,
  login,
  noteSessionEvent,
  openStore,
  closeStore,
  listAccounts,
  resetPasswordWithRecoveryKey,
  setUpSite,
  type AccessFailure,
  type SiteSetup,
  type Store,
} from '../../db';
import { forgetDataKey, handOverDataKey } from './session-keys';
import { openSession, sessionState, setSessionState } from './session-state';

/**
 * Where the session's account operations run. Accounts live in the real database only; while the app works
 * on the training database, the real one is opened beside it for the operation and closed again.
 */
export interface SessionEnv {
  /** The store the app works on now (real or training). */
  readonly store: Store;
  /** The real database's name: also the key of the session state. */
  readonly realName: string;
  /** Whether `store` is the real database (not training). */
  readonly real: boolean;
}

const isReal = (env: SessionEnv): boolean => env.real;

export async function withAccounts<T>(env: SessionEnv, run: (accounts: Store) => Promise<T>): Promise<T> {
  if (isReal(env)) return run(env.store);
  const opened = await openStore({ name: env.realName, clock: env.store.clock, newId: env.store.newId });
  if (!opened.ok) throw new Error(opened.issues.message);
  try {
    return await run(opened.value);
  } finally {
    closeStore(opened.value);
  }
}

const storageFailure = (error: unknown): AccessFailure => ({
  kind: 'storage',
  error: { kind: 'unavailable', message: error instanceof Error ? error.message : String(error) },
});

async function guarded<T>(run: () => Promise<Result<T, AccessFailure>>): Promise<Result<T, AccessFailure>> {
  try {
    return await run();
  } catch (error) {
    return fail(storageFailure(error));
  }
}

export function loadAccounts(env: SessionEnv) {
  return withAccounts(env, listAccounts);
}

/** First run: sets up the site and shows the recovery key; the session opens once it has been acknowledged. */
export function setUpSiteSession(env: SessionEnv, setup: SiteSetup): Promise<Result<void, AccessFailure>> {
  return guarded(async () => {
    const done = await withAccounts(env, (accounts) => setUpSite(accounts, setup));
    if (!done.ok) return done;
    if (isReal(env)) {
      const handed = await handOverDataKey(env.store, done.value.session.dataKey);
      if (!handed.ok) return fail(storageFailure(handed.issues));
    }
    setSessionState(env.realName, { status: 'recovery-key', signedIn: done.value.session, recoveryKey: done.value.recoveryKey });
    return ok(undefined);
  });
}

export function acknowledgeRecoveryKey(env: SessionEnv): void {
  const state = sessionState(env.realName);
  if (state.status === 'recovery-key') openSession(env.realName, state.signedIn);
}

export function signIn(env: SessionEnv, typedLogin: string, password: string): Promise<Result<void, AccessFailure>> {
  return guarded(async () => {
    const signed = await withAccounts(env, (accounts) => login(accounts, typedLogin, password));
    if (!signed.ok) return signed;
    if (isReal(env)) {
      const handed = await handOverDataKey(env.store, signed.value.dataKey);
      if (!handed.ok) return fail(storageFailure(handed.issues));
    }
    openSession(env.realName, signed.value);
    return ok(undefined);
  });
}

export function resetWithRecoveryKey(env: SessionEnv, typedLogin: string, recoveryKey: string, newPassword: string): Promise<Result<void, AccessFailure>> {
  return guarded(() => withAccounts(env, (accounts) => resetPasswordWithRecoveryKey(accounts, typedLogin, recoveryKey, newPassword)));
}

/** Locks the screen: the session and the data key stay (the page underneath keeps its unsaved input). */
export async function lockSession(env: SessionEnv): Promise<void> {
  const state = sessionState(env.realName);
  if (state.status !== 'signed-in' || state.locked) return;
  setSessionState(env.realName, { ...state, locked: true });
  await withAccounts(env, (accounts) => noteSessionEvent(accounts, 'screen-locked', state.signedIn.account)).catch(() => undefined);
}

/** The same person's password unlocks the screen (failures count toward the lockout). */
export function unlockSession(env: SessionEnv, password: string): Promise<Result<void, AccessFailure>> {
  return guarded(async () => {
    const state = sessionState(env.realName);
    if (state.status !== 'signed-in') return fail({ kind: 'unknown-account' });
    const confirmed = await withAccounts(env, (accounts) => confirmPassword(accounts, state.signedIn.account.userId, password, 'unlock'));
    if (!confirmed.ok) return confirmed;
    const now = sessionState(env.realName);
    if (now.status === 'signed-in') setSessionState(env.realName, { ...now, locked: false });
    return ok(undefined);
  });
}

/** Re-entering the password for an electronic signature. */
export function confirmSessionPassword(env: SessionEnv, password: string): Promise<Result<void, AccessFailure>> {
  return guarded(async () => {
    const state = sessionState(env.realName);
    if (state.status !== 'signed-in') return fail({ kind: 'unknown-account' });
    const confirmed = await withAccounts(env, (accounts) => confirmPassword(accounts, state.signedIn.account.userId, password, 'signature'));
    return confirmed.ok ? ok(undefined) : confirmed;
  });
}

/** Signs out: the data key is forgotten (here and in the store) and unsaved input on screen is discarded. */
export async function signOutSession(env: SessionEnv): Promise<void> {
  const state = sessionState(env.realName);
  setSessionState(env.realName, { status: 'signed-out' });
  if (isReal(env)) forgetDataKey(env.store);
  if (state.status !== 'signed-out') {
    await withAccounts(env, (accounts) => noteSessionEvent(accounts, 'signed-out', state.signedIn.account)).catch(() => undefined);
  }
}
