import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Account } from '../../../shared/access';
import { fail, ok } from '../../../shared/lib/result';
import { changePassword, createAccount, disableAccount, resetPassword, setSetting, type SignedIn } from '../../db';
import { readSessionSettings } from '../../db/session-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { TrainingBanner } from '../../features/training/TrainingBanner';
import { LockScreen } from '../session/LockScreen';
import { LoginScreen } from '../session/LoginScreen';
import { RecoveryKeyScreen } from '../session/RecoveryKeyScreen';
import { SiteSetupScreen } from '../session/SiteSetupScreen';
import { useIdleLock } from '../session/use-idle-lock';
import { acknowledgeRecoveryKey, confirmSessionPassword, loadAccounts, lockSession, signOutSession, withAccounts, type SessionEnv } from './session-actions';
import { SessionContext, type SessionValue } from './session-context';
import { unlockIfNeeded } from './session-keys';
import { sessionState, subscribeSession, type SessionState } from './session-state';
import { asSessionUser, writeContextOf } from './session';
import { StartupScreen } from './StartupScreen';
import { StoreErrorScreen } from './StoreErrorScreen';
import { useDatabase } from './use-database';
import { useStore } from './use-store';

/**
 * The accounts of this laptop (they live in the real database), re-read after each change the session makes
 * and whenever the session changes (set up, signed in or out).
 */
function useAccounts(env: SessionEnv, session: SessionState): { accounts: readonly Account[] | undefined; failed: string | undefined; reload: () => void } {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{ env: SessionEnv; version: number; accounts: readonly Account[] } | undefined>(undefined);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadAccounts(env).then(
      (accounts) => current && setLoaded({ env, version, accounts }),
      (error: unknown) => current && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [env, version, session]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  // While a reload runs the previous list stays (no flash of the start-up screen), but never another store's.
  return { accounts: loaded?.env === env ? loaded.accounts : undefined, failed, reload };
}

function sessionValue(env: SessionEnv, signedIn: SignedIn, users: readonly Account[], siteId: string | undefined, reload: () => void): SessionValue {
  const { store } = env;
  const user = asSessionUser(signedIn.account);
  const afterChange = <T,>(promise: Promise<T>): Promise<T> =>
    promise.then((result) => {
      reload();
      return result;
    });
  return {
    user,
    users: users.map(asSessionUser),
    siteId,
    writeContext: (protocol) => writeContextOf(user, protocol),
    confirmPassword: async (password) => {
      const confirmed = await confirmSessionPassword(env, password);
      if (confirmed.ok) return ok(undefined);
      return fail(confirmed.issues.kind === 'locked-out' ? { kind: 'locked-out', until: confirmed.issues.until } : { kind: 'wrong-password' });
    },
    lock: () => void lockSession(env),
    signOut: () => signOutSession(env),
    setSiteId: (id) => setSetting(store, 'siteId', id),
    createAccount: (draft) => afterChange(withAccounts(env, (accounts) => createAccount(accounts, signedIn, draft))),
    disableAccount: (userId) => afterChange(withAccounts(env, (accounts) => disableAccount(accounts, signedIn, userId))),
    resetPassword: (userId, password) => afterChange(withAccounts(env, (accounts) => resetPassword(accounts, signedIn, userId, password))),
    changePassword: (oldPassword, newPassword) => withAccounts(env, (accounts) => changePassword(accounts, user.userId, oldPassword, newPassword)),
  };
}

/**
 * Who is signed in. Before anyone is: site setup on first run (then the recovery key, once), otherwise the
 * sign-in screen. While signed in, the app with an idle timer; when it locks, the lock screen covers the app,
 * which stays mounted underneath (inert, hidden from assistive technology) so unsaved input survives.
 */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const store = useStore();
  const { names, database } = useDatabase();
  const env = useMemo((): SessionEnv => ({ store, realName: names.real, real: database === 'real' }), [store, names.real, database]);
  const state = useSyncExternalStore(
    useCallback((onChange: () => void) => subscribeSession(names.real, onChange), [names.real]),
    () => sessionState(names.real),
  );
  const settings = useLiveQuery(() => readSessionSettings(store), [store]);
  const { accounts, failed, reload } = useAccounts(env, state);
  const signedIn = state.status === 'signed-in' ? state : undefined;
  const locked = signedIn?.locked === true;
  const siteId = settings.status === 'ready' ? settings.value.siteId : undefined;
  const minutes = settings.status === 'ready' ? settings.value.autoLockMinutes : undefined;
  const lock = useCallback(() => void lockSession(env), [env]);
  useIdleLock(minutes ?? 5, signedIn !== undefined && !locked && minutes !== undefined, lock);
  // Back from the training database, the study database is opened afresh: give it the key before anything reads it.
  if (signedIn !== undefined && env.real) unlockIfNeeded(store, signedIn.signedIn.dataKey);
  const value = useMemo(
    () => (signedIn === undefined ? undefined : sessionValue(env, signedIn.signedIn, accounts ?? [], siteId, reload)),
    [env, signedIn, accounts, siteId, reload],
  );

  if (settings.status === 'failed' || failed !== undefined) {
    const message = settings.status === 'failed' ? settings.message : (failed ?? '');
    return <StoreErrorScreen error={{ kind: 'unavailable', message }} onRetry={() => window.location.reload()} />;
  }
  if (state.status === 'recovery-key') {
    return <RecoveryKeyScreen recoveryKey={state.recoveryKey} onDone={() => acknowledgeRecoveryKey(env)} />;
  }
  // Pages read the site and the people once, when they mount: show them only when both are known.
  if (settings.status === 'loading' || accounts === undefined) return <StartupScreen />;
  if (value !== undefined && signedIn !== undefined) {
    return (
      <SessionContext value={value}>
        <div className="session-shell" inert={locked} aria-hidden={locked ? true : undefined}>
          {children}
        </div>
        {locked ? <LockScreen env={env} user={asSessionUser(signedIn.signedIn.account)} onSignOut={() => void signOutSession(env)} /> : null}
      </SessionContext>
    );
  }
  return (
    <>
      <TrainingScreenMark />
      {accounts.length === 0 ? <SiteSetupScreen env={env} /> : <LoginScreen env={env} />}
    </>
  );
}

/** On the training database, the full-window screens carry the training banner too (with the way back). */
function TrainingScreenMark() {
  const { training } = useDatabase();
  return training ? (
    <div className="training-banner--screen">
      <TrainingBanner />
    </div>
  ) : null;
}

