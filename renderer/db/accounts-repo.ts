import {
  accountSchema,
  checkPassword,
  displayNameSchema,
  lockoutState,
  normaliseLogin,
  recordFailure,
  type Account,
  type AccountRole,
  type PasswordProblem,
  type SecurityLogEntry,
} from '../../shared/access';
import { fail, ok, type Issue, type Result } from '../../shared/lib/result';
import { newDataKey, newRecoveryKey, parseRecoveryKey, unwrapDataKey, wrapDataKey, type RecoveryKeyProblem, type WrappedKey } from '../security';
import { appendSecurityLog } from './security-log-repo';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

/**
 * Accounts of this laptop. Each row keeps the data key wrapped under that person's password (no password
 * hash: the wrap opening is the check) and the failures since the last success (for the lockout rule of
 * shared/access). Accounts and the security log are device configuration, outside the event chain, and
 * live in the real database only (the training database is used under the same signed-in person).
 */
export interface AccountRow extends Account {
  readonly createdAt: string;
  readonly wrapped: WrappedKey;
  /** Consecutive failed password checks since the last success (ISO instants, oldest first). */
  readonly failures: readonly string[];
}

/** A signed-in person: the account and the data key, which exists only in memory from here on. */
export interface SignedIn {
  readonly account: Account;
  readonly dataKey: Uint8Array;
}

export type AccessFailure =
  | { readonly kind: 'invalid'; readonly issues: readonly Issue[]; readonly passwordProblems?: readonly PasswordProblem[] }
  /** Login: deliberately does not say which of the two was wrong. */
  | { readonly kind: 'wrong-login-or-password' }
  | { readonly kind: 'wrong-password' }
  | { readonly kind: 'locked-out'; readonly until: string }
  | { readonly kind: 'disabled' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'login-taken' }
  | { readonly kind: 'already-set-up' }
  | { readonly kind: 'not-set-up' }
  | { readonly kind: 'unknown-account' }
  | { readonly kind: 'recovery-key-invalid'; readonly problem: RecoveryKeyProblem | 'wrong-key' }
  | { readonly kind: 'storage'; readonly error: WriteError };

/** The data key's associated data for an account: a wrap cannot be copied onto another account. */
const accountPurpose = (userId: string): string => `bedside-ecrf/account/${userId}`;
const RECOVERY_PURPOSE = 'bedside-ecrf/recovery';

const publicAccount = (row: AccountRow): Account =>
  accountSchema.parse({ userId: row.userId, login: row.login, displayName: row.displayName, role: row.role, blinded: row.blinded, disabled: row.disabled });

const invalid = (path: Issue['path'], message: string, passwordProblems?: readonly PasswordProblem[]): AccessFailure => ({
  kind: 'invalid',
  issues: [{ path, message, severity: 'error' }],
  ...(passwordProblems === undefined ? {} : { passwordProblems }),
});

function passwordFailure(password: string, login: string, path: Issue['path']): AccessFailure | undefined {
  const checked = checkPassword(password, login);
  return checked.ok ? undefined : invalid(path, checked.issues.map((p) => p.message.en).join(' '), checked.issues);
}

async function stored<T>(run: () => Promise<T>): Promise<Result<T, AccessFailure>> {
  try {
    return ok(await run());
  } catch (error) {
    return fail({ kind: 'storage', error: classifyWriteError(error) });
  }
}

const nowOf = (store: Store): string => store.clock().toISOString();

async function log(store: Store, entry: Omit<SecurityLogEntry, 'at'>): Promise<void> {
  await appendSecurityLog(store.db, { ...entry, at: nowOf(store) });
}

/** Whether the site has been set up on this laptop (an administrator exists). */
export async function isSiteSetUp(store: Store): Promise<boolean> {
  return (await store.db.accounts.count()) > 0;
}

/** Every account, administrators first, then by name (for the Users panel and for names on records). */
export async function listAccounts(store: Store): Promise<readonly Account[]> {
  const rows = await store.db.accounts.toArray();
  return rows
    .map(publicAccount)
    .sort((a, b) => Number(b.role === 'administrator') - Number(a.role === 'administrator') || a.displayName.localeCompare(b.displayName));
}

export interface SiteSetup {
  readonly siteId: string;
  readonly admin: { readonly displayName: string; readonly login: string; readonly password: string };
}

/**
 * First run: the site, its administrator and the data key. Returns the recovery key (to show once; it is
 * never stored in clear) and the administrator's open session. Refused once any account exists.
 */
export async function setUpSite(store: Store, setup: SiteSetup): Promise<Result<{ recoveryKey: string; session: SignedIn }, AccessFailure>> {
  const login = normaliseLogin(setup.admin.login);
  if (login === undefined) return fail(invalid(['admin', 'login'], 'invalid login'));
  const name = displayNameSchema.safeParse(setup.admin.displayName);
  if (!name.success) return fail(invalid(['admin', 'displayName'], 'a name of 1–80 characters is needed'));
  if (!/^[A-Za-z0-9]{1,16}$/.test(setup.siteId.trim())) return fail(invalid(['siteId'], 'a site is 1–16 letters or digits'));
  const weak = passwordFailure(setup.admin.password, login, ['admin', 'password']);
  if (weak !== undefined) return fail(weak);
  if (await isSiteSetUp(store)) return fail({ kind: 'already-set-up' });

  const userId = store.newId();
  const dataKey = newDataKey();
  const recoveryKey = newRecoveryKey();
  // Key derivation happens before the transaction: awaiting WebCrypto inside it would let IndexedDB commit early.
  const [wrapped, recoveryWrap] = await Promise.all([
    wrapDataKey(dataKey, setup.admin.password, accountPurpose(userId)),
    wrapDataKey(dataKey, recoveryKey, RECOVERY_PURPOSE),
  ]);
  const at = nowOf(store);
  const admin: AccountRow = { userId, login, displayName: name.data, role: 'administrator', blinded: false, disabled: false, createdAt: at, wrapped, failures: [] };
  const done = await stored(() =>
    store.db.transaction('rw', [store.db.accounts, store.db.meta, store.db.settings, store.db.securityLog], async () => {
      if ((await store.db.accounts.count()) > 0) throw new Error('the site was set up meanwhile');
      await store.db.accounts.add(admin);
      await store.db.meta.put({ key: 'recoveryWrap', wrapped: recoveryWrap, createdAt: at });
      await store.db.settings.put({ key: 'siteId', value: setup.siteId.trim() });
      await appendSecurityLog(store.db, { kind: 'site-set-up', at, userId, role: 'administrator' });
      await appendSecurityLog(store.db, { kind: 'account-created', at, userId, login, role: 'administrator', byUserId: userId });
      await appendSecurityLog(store.db, { kind: 'login-succeeded', at, userId, login, role: 'administrator' });
    }),
  );
  if (!done.ok) return done;
  return ok({ recoveryKey, session: { account: publicAccount(admin), dataKey } });
}

async function accountByLogin(store: Store, login: string): Promise<AccountRow | undefined> {
  return store.db.accounts.where('login').equals(login).first();
}

/** Records a failed password check; returns the lockout it caused, if any. */
async function noteFailure(store: Store, userId: string, entry: Omit<SecurityLogEntry, 'at'>): Promise<{ until: string } | undefined> {
  const now = store.clock();
  return store.db.transaction('rw', [store.db.accounts, store.db.securityLog], async () => {
    const row = await store.db.accounts.get(userId);
    if (row === undefined) return undefined;
    const failures = recordFailure(row.failures, now);
    await store.db.accounts.update(userId, { failures: [...failures] });
    await appendSecurityLog(store.db, { ...entry, at: now.toISOString() });
    const state = lockoutState(failures, now);
    if (!state.locked) return undefined;
    await appendSecurityLog(store.db, { kind: 'locked-out', at: now.toISOString(), userId, role: row.role, until: state.until });
    return { until: state.until };
  });
}

async function noteSuccess(store: Store, userId: string, entry: Omit<SecurityLogEntry, 'at'>): Promise<void> {
  await store.db.transaction('rw', [store.db.accounts, store.db.securityLog], async () => {
    await store.db.accounts.update(userId, { failures: [] });
    await log(store, entry);
  });
}

/**
 * Signs in. A locked-out login is refused even with the right password, with the time the lock ends.
 * A wrong login and a wrong password get the same answer (and an unknown login costs the same key
 * derivation), so the screen does not tell a guesser which logins exist.
 */
export async function login(store: Store, typedLogin: string, password: string): Promise<Result<SignedIn, AccessFailure>> {
  const name = normaliseLogin(typedLogin);
  const row = name === undefined ? undefined : await accountByLogin(store, name);
  const loginField = (name ?? typedLogin.trim().toLowerCase()).slice(0, 200);
  if (row === undefined) {
    await wrapDataKey(newDataKey(), password, 'bedside-ecrf/nobody');
    return stored(() => log(store, { kind: 'login-failed', login: loginField })).then((r) => (r.ok ? fail({ kind: 'wrong-login-or-password' }) : r));
  }
  const state = lockoutState(row.failures, store.clock());
  if (state.locked) {
    const logged = await stored(() => log(store, { kind: 'login-refused-locked', userId: row.userId, login: row.login, role: row.role, until: state.until }));
    return logged.ok ? fail({ kind: 'locked-out', until: state.until }) : logged;
  }
  const opened = await unwrapDataKey(row.wrapped, password, accountPurpose(row.userId));
  if (!opened.ok) {
    const noted = await stored(() => noteFailure(store, row.userId, { kind: 'login-failed', userId: row.userId, login: row.login, role: row.role }));
    if (!noted.ok) return noted;
    return fail(noted.value === undefined ? { kind: 'wrong-login-or-password' } : { kind: 'locked-out', until: noted.value.until });
  }
  if (row.disabled) {
    const logged = await stored(() => log(store, { kind: 'login-refused-disabled', userId: row.userId, login: row.login, role: row.role }));
    return logged.ok ? fail({ kind: 'disabled' }) : logged;
  }
  const done = await stored(() => noteSuccess(store, row.userId, { kind: 'login-succeeded', userId: row.userId, login: row.login, role: row.role }));
  return done.ok ? ok({ account: publicAccount(row), dataKey: opened.value }) : done;
}

/** Why a password is being confirmed: it decides what the security log says. */
export type ConfirmPurpose = 'unlock' | 'signature' | 'change-password';

const FAILED: Record<ConfirmPurpose, SecurityLogEntry['kind']> = {
  unlock: 'unlock-failed',
  signature: 'signature-password-failed',
  'change-password': 'password-change-failed',
};
const CONFIRMED: Record<ConfirmPurpose, SecurityLogEntry['kind'] | undefined> = {
  unlock: 'unlocked',
  signature: 'signature-password-confirmed',
  'change-password': undefined,
};

/**
 * The signed-in person re-enters their password (to unlock the screen, to sign). Failures count toward the
 * same lockout as logins; while locked out, even the right password is refused. Returns the data key.
 */
export async function confirmPassword(
  store: Store,
  userId: string,
  password: string,
  purpose: ConfirmPurpose,
): Promise<Result<Uint8Array, AccessFailure>> {
  const row = await store.db.accounts.get(userId);
  if (row === undefined || row.disabled) return fail({ kind: 'unknown-account' });
  const state = lockoutState(row.failures, store.clock());
  if (state.locked) return fail({ kind: 'locked-out', until: state.until });
  const opened = await unwrapDataKey(row.wrapped, password, accountPurpose(row.userId));
  if (!opened.ok) {
    const noted = await stored(() => noteFailure(store, row.userId, { kind: FAILED[purpose], userId: row.userId, role: row.role }));
    if (!noted.ok) return noted;
    return fail(noted.value === undefined ? { kind: 'wrong-password' } : { kind: 'locked-out', until: noted.value.until });
  }
  const kind = CONFIRMED[purpose];
  const done = await stored(async () => {
    if (kind === undefined) await store.db.accounts.update(row.userId, { failures: [] });
    else await noteSuccess(store, row.userId, { kind, userId: row.userId, role: row.role });
  });
  return done.ok ? ok(opened.value) : done;
}

async function requireAdministrator(store: Store, actor: SignedIn): Promise<AccessFailure | undefined> {
  const row = await store.db.accounts.get(actor.account.userId);
  return row === undefined || row.disabled || row.role !== 'administrator' ? { kind: 'forbidden' } : undefined;
}

export interface AccountDraft {
  readonly displayName: string;
  readonly login: string;
  readonly role: AccountRole;
  readonly blinded: boolean;
  /** The initial password, given to the person by the administrator. */
  readonly password: string;
}

/** An administrator creates an account, wrapping the data key (from the administrator's session) under its password. */
export async function createAccount(store: Store, actor: SignedIn, draft: AccountDraft): Promise<Result<Account, AccessFailure>> {
  const forbidden = await requireAdministrator(store, actor);
  if (forbidden !== undefined) {
    await stored(() => log(store, { kind: 'command-refused', userId: actor.account.userId, role: actor.account.role }));
    return fail(forbidden);
  }
  const login = normaliseLogin(draft.login);
  if (login === undefined) return fail(invalid(['login'], 'invalid login'));
  const name = displayNameSchema.safeParse(draft.displayName);
  if (!name.success) return fail(invalid(['displayName'], 'a name of 1–80 characters is needed'));
  const weak = passwordFailure(draft.password, login, ['password']);
  if (weak !== undefined) return fail(weak);
  if ((await accountByLogin(store, login)) !== undefined) return fail({ kind: 'login-taken' });
  const userId = store.newId();
  const wrapped = await wrapDataKey(actor.dataKey, draft.password, accountPurpose(userId));
  const row: AccountRow = {
    userId,
    login,
    displayName: name.data,
    role: draft.role,
    blinded: draft.blinded,
    disabled: false,
    createdAt: nowOf(store),
    wrapped,
    failures: [],
  };
  const done = await stored(() =>
    store.db.transaction('rw', [store.db.accounts, store.db.securityLog], async () => {
      await store.db.accounts.add(row);
      await log(store, { kind: 'account-created', userId, login, role: row.role, byUserId: actor.account.userId });
    }),
  );
  if (!done.ok) return fail(done.issues.kind === 'storage' && done.issues.error.kind === 'conflict' ? { kind: 'login-taken' } : done.issues);
  return ok(publicAccount(row));
}

/** An administrator disables an account (not their own: a site always keeps an administrator who can sign in). */
export async function disableAccount(store: Store, actor: SignedIn, userId: string): Promise<Result<void, AccessFailure>> {
  const forbidden = await requireAdministrator(store, actor);
  if (forbidden !== undefined || userId === actor.account.userId) return fail({ kind: 'forbidden' });
  const row = await store.db.accounts.get(userId);
  if (row === undefined) return fail({ kind: 'unknown-account' });
  return stored(() =>
    store.db.transaction('rw', [store.db.accounts, store.db.securityLog], async () => {
      await store.db.accounts.update(userId, { disabled: true });
      await log(store, { kind: 'account-disabled', userId, role: row.role, byUserId: actor.account.userId });
    }),
  );
}

async function rewrap(store: Store, row: AccountRow, dataKey: Uint8Array, password: string, entry: Omit<SecurityLogEntry, 'at'>): Promise<Result<void, AccessFailure>> {
  const wrapped = await wrapDataKey(dataKey, password, accountPurpose(row.userId));
  return stored(() =>
    store.db.transaction('rw', [store.db.accounts, store.db.securityLog], async () => {
      await store.db.accounts.update(row.userId, { wrapped, failures: [] });
      await log(store, entry);
    }),
  );
}

/** An administrator sets a new password for someone who forgot theirs (and clears a lockout). */
export async function resetPassword(store: Store, actor: SignedIn, userId: string, newPassword: string): Promise<Result<void, AccessFailure>> {
  const forbidden = await requireAdministrator(store, actor);
  if (forbidden !== undefined) return fail(forbidden);
  const row = await store.db.accounts.get(userId);
  if (row === undefined) return fail({ kind: 'unknown-account' });
  const weak = passwordFailure(newPassword, row.login, ['password']);
  if (weak !== undefined) return fail(weak);
  return rewrap(store, row, actor.dataKey, newPassword, { kind: 'password-reset-by-administrator', userId, role: row.role, byUserId: actor.account.userId });
}

/** The signed-in person changes their own password (the old one is checked and counts toward lockout). */
export async function changePassword(store: Store, userId: string, oldPassword: string, newPassword: string): Promise<Result<void, AccessFailure>> {
  const row = await store.db.accounts.get(userId);
  if (row === undefined) return fail({ kind: 'unknown-account' });
  const weak = passwordFailure(newPassword, row.login, ['newPassword']);
  if (weak !== undefined) return fail(weak);
  const key = await confirmPassword(store, userId, oldPassword, 'change-password');
  if (!key.ok) return key;
  return rewrap(store, row, key.value, newPassword, { kind: 'password-changed', userId, role: row.role });
}

/**
 * A forgotten password, reset with the recovery key: the recovery key opens its wrap of the data key, which is
 * wrapped again under the new password for that login. Clears a lockout too: whoever holds the recovery key
 * can read everything anyway.
 */
export async function resetPasswordWithRecoveryKey(
  store: Store,
  typedLogin: string,
  typedRecoveryKey: string,
  newPassword: string,
): Promise<Result<void, AccessFailure>> {
  const name = normaliseLogin(typedLogin);
  const row = name === undefined ? undefined : await accountByLogin(store, name);
  if (row === undefined || row.disabled) return fail({ kind: 'unknown-account' });
  const weak = passwordFailure(newPassword, row.login, ['newPassword']);
  if (weak !== undefined) return fail(weak);
  const parsed = parseRecoveryKey(typedRecoveryKey);
  if (!parsed.ok) return fail({ kind: 'recovery-key-invalid', problem: parsed.issues });
  const meta = await store.db.meta.get('recoveryWrap');
  if (meta?.key !== 'recoveryWrap') return fail({ kind: 'not-set-up' });
  const opened = await unwrapDataKey(meta.wrapped, parsed.value, RECOVERY_PURPOSE);
  if (!opened.ok) {
    await stored(() => log(store, { kind: 'recovery-key-refused', userId: row.userId, login: row.login, role: row.role }));
    return fail({ kind: 'recovery-key-invalid', problem: 'wrong-key' });
  }
  return rewrap(store, row, opened.value, newPassword, { kind: 'password-reset-with-recovery-key', userId: row.userId, login: row.login, role: row.role });
}

/** Signing out and locking are logged too (no data changes). */
export async function noteSessionEvent(store: Store, kind: 'signed-out' | 'screen-locked', account: Account): Promise<void> {
  await stored(() => log(store, { kind, userId: account.userId, role: account.role }));
}
