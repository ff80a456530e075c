import { afterEach, describe, expect, it } from 'vitest';
import {
  closeStore,
  confirmPassword,
  createAccount,
  deleteStoreDatabase,
  disableAccount,
  listAccounts,
  login,
  openStore,
  readSecurityLog,
  resetPasswordWithRecoveryKey,
  setItemValue,
  setUpSite,
  type SignedIn,
  type Store,
} from '../../../renderer/db';
import { LAB, PROTOCOL } from '../../shared/events/builders';
import { bilirubin, enrolled } from './fixtures';

const ADMIN_PASSWORD = 'site office key 1';
const NURSE_PASSWORD = 'ward seven nights';
const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);

let now = T0;
let opened = 0;
const stores: { store: Store; name: string }[] = [];

/** A store whose clock the test moves (for lockout periods). */
async function freshStore(): Promise<Store> {
  opened += 1;
  const name = `accounts-${opened}`;
  let ids = 0;
  now = T0;
  const result = await openStore({ name, clock: () => new Date(now), newId: () => `${name}-id-${(ids += 1)}` });
  if (!result.ok) throw new Error('could not open');
  stores.push({ store: result.value, name });
  return result.value;
}

afterEach(async () => {
  for (const { store, name } of stores.splice(0)) {
    closeStore(store);
    await deleteStoreDatabase(name);
  }
});

async function siteWithNurse(): Promise<{ store: Store; admin: SignedIn; recoveryKey: string }> {
  const store = await freshStore();
  const setup = await setUpSite(store, { siteId: '03', admin: { displayName: 'Zhao Min', login: 'admin', password: ADMIN_PASSWORD } });
  if (!setup.ok) throw new Error(JSON.stringify(setup.issues));
  const nurse = await createAccount(store, setup.value.session, { displayName: 'Wang Li', login: 'Wang.Li', role: 'nurse', blinded: true, password: NURSE_PASSWORD });
  if (!nurse.ok) throw new Error(JSON.stringify(nurse.issues));
  return { store, admin: setup.value.session, recoveryKey: setup.value.recoveryKey };
}

const kinds = async (store: Store) => (await readSecurityLog(store)).map((e) => e.kind);

describe('accounts: setup and login', () => {
  it('sets up the site once, with the administrator signed in and a recovery key; the data key is never stored', async () => {
    const { store, admin, recoveryKey } = await siteWithNurse();
    expect(admin.account).toMatchObject({ login: 'admin', role: 'administrator', disabled: false });
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$/);
    expect((await listAccounts(store)).map((a) => [a.login, a.role, a.blinded])).toEqual([
      ['admin', 'administrator', false],
      ['wang.li', 'nurse', true],
    ]);
    const everything = JSON.stringify([await store.db.accounts.toArray(), await store.db.meta.toArray(), await store.db.settings.toArray()]);
    expect(everything).not.toContain(btoa(String.fromCharCode(...admin.dataKey)));
    expect(everything).not.toContain(recoveryKey);
    expect(everything).not.toContain(NURSE_PASSWORD);
    const again = await setUpSite(store, { siteId: '04', admin: { displayName: 'X', login: 'other', password: ADMIN_PASSWORD } });
    expect(again).toEqual({ ok: false, issues: { kind: 'already-set-up' } });
  });

  it('signs a nurse in with the same data key, and answers a wrong login and a wrong password alike', async () => {
    const { store, admin } = await siteWithNurse();
    const signed = await login(store, 'WANG.LI', NURSE_PASSWORD);
    expect(signed.ok && signed.value.account.displayName).toBe('Wang Li');
    expect(signed.ok && signed.value.dataKey).toEqual(admin.dataKey);
    expect(await login(store, 'wang.li', 'not the password')).toEqual({ ok: false, issues: { kind: 'wrong-login-or-password' } });
    expect(await login(store, 'nobody', NURSE_PASSWORD)).toEqual({ ok: false, issues: { kind: 'wrong-login-or-password' } });
    const log = await readSecurityLog(store);
    expect(log.map((e) => e.kind)).toEqual(['site-set-up', 'account-created', 'login-succeeded', 'account-created', 'login-succeeded', 'login-failed', 'login-failed']);
    expect(log.at(-1)).toMatchObject({ login: 'nobody' });
    expect(JSON.stringify(log)).not.toContain(NURSE_PASSWORD);
  });

  it('refuses weak passwords with the problems and a path', async () => {
    const store = await freshStore();
    const weak = await setUpSite(store, { siteId: '03', admin: { displayName: 'Zhao', login: 'admin', password: 'admin123' } });
    expect(weak).toMatchObject({ ok: false, issues: { kind: 'invalid', issues: [{ path: ['admin', 'password'] }] } });
    expect(!weak.ok && weak.issues.kind === 'invalid' && weak.issues.passwordProblems?.map((p) => p.code)).toEqual(['password.too-short', 'password.is-login']);
  });
});

describe('accounts: lockout', () => {
  it('locks a login after five failures, refuses even the right password until the period ends, then lets it in', async () => {
    const { store } = await siteWithNurse();
    for (let i = 1; i <= 4; i += 1) {
      now = T0 + i * 1000;
      expect(await login(store, 'wang.li', `wrong guess ${i}`)).toEqual({ ok: false, issues: { kind: 'wrong-login-or-password' } });
    }
    now = T0 + 5000;
    const until = new Date(T0 + 5000 + 15 * 60_000).toISOString();
    expect(await login(store, 'wang.li', 'wrong guess 5')).toEqual({ ok: false, issues: { kind: 'locked-out', until } });
    now = T0 + 10 * 60_000;
    expect(await login(store, 'wang.li', NURSE_PASSWORD)).toEqual({ ok: false, issues: { kind: 'locked-out', until } });
    now = T0 + 5000 + 15 * 60_000;
    expect((await login(store, 'wang.li', NURSE_PASSWORD)).ok).toBe(true);
    expect((await kinds(store)).slice(4)).toEqual([
      'login-failed',
      'login-failed',
      'login-failed',
      'login-failed',
      'login-failed',
      'locked-out',
      'login-refused-locked',
      'login-succeeded',
    ]);
  });

  it('counts wrong passwords at unlock and signing toward the same lockout', async () => {
    const { store } = await siteWithNurse();
    const nurse = await login(store, 'wang.li', NURSE_PASSWORD);
    if (!nurse.ok) throw new Error('login');
    const userId = nurse.value.account.userId;
    for (let i = 0; i < 2; i += 1) expect(await confirmPassword(store, userId, 'wrong wrong', 'unlock')).toEqual({ ok: false, issues: { kind: 'wrong-password' } });
    for (let i = 0; i < 2; i += 1) expect(await confirmPassword(store, userId, 'wrong wrong', 'signature')).toEqual({ ok: false, issues: { kind: 'wrong-password' } });
    expect(await login(store, 'wang.li', 'wrong wrong')).toMatchObject({ ok: false, issues: { kind: 'locked-out' } });
    expect(await confirmPassword(store, userId, NURSE_PASSWORD, 'unlock')).toMatchObject({ ok: false, issues: { kind: 'locked-out' } });
    expect(await kinds(store)).toEqual(expect.arrayContaining(['unlock-failed', 'signature-password-failed', 'locked-out']));
  });

  it('a success in between resets the count', async () => {
    const { store } = await siteWithNurse();
    for (let i = 0; i < 4; i += 1) await login(store, 'wang.li', 'wrong wrong');
    expect((await login(store, 'wang.li', NURSE_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) await login(store, 'wang.li', 'wrong wrong');
    expect((await login(store, 'wang.li', NURSE_PASSWORD)).ok).toBe(true);
  });
});

describe('accounts: administration and recovery', () => {
  it('only an administrator creates accounts; a taken login and a disabled account are refused', async () => {
    const { store, admin } = await siteWithNurse();
    const nurse = await login(store, 'wang.li', NURSE_PASSWORD);
    if (!nurse.ok) throw new Error('login');
    const byNurse = await createAccount(store, nurse.value, { displayName: 'X', login: 'xx.yy', role: 'monitor', blinded: true, password: 'monitor passphrase' });
    expect(byNurse).toEqual({ ok: false, issues: { kind: 'forbidden' } });
    expect((await readSecurityLog(store)).at(-1)).toMatchObject({ kind: 'command-refused', userId: nurse.value.account.userId, role: 'nurse' });
    const taken = await createAccount(store, admin, { displayName: 'Other Wang', login: 'wang.li', role: 'nurse', blinded: true, password: 'another passphrase' });
    expect(taken).toEqual({ ok: false, issues: { kind: 'login-taken' } });
    expect(await disableAccount(store, admin, admin.account.userId)).toEqual({ ok: false, issues: { kind: 'forbidden' } });
    expect(await disableAccount(store, admin, nurse.value.account.userId)).toEqual({ ok: true, value: undefined });
    expect(await login(store, 'wang.li', NURSE_PASSWORD)).toEqual({ ok: false, issues: { kind: 'disabled' } });
    expect((await kinds(store)).slice(-2)).toEqual(['account-disabled', 'login-refused-disabled']);
  });

  it('resets a forgotten password with the recovery key (a typo is caught first), clearing a lockout', async () => {
    const { store, admin, recoveryKey } = await siteWithNurse();
    for (let i = 0; i < 5; i += 1) await login(store, 'wang.li', 'wrong wrong');
    const typo = recoveryKey.startsWith('A') ? `B${recoveryKey.slice(1)}` : `A${recoveryKey.slice(1)}`;
    expect(await resetPasswordWithRecoveryKey(store, 'wang.li', typo, 'brand new passphrase')).toEqual({
      ok: false,
      issues: { kind: 'recovery-key-invalid', problem: 'recovery-key.checksum' },
    });
    expect(await resetPasswordWithRecoveryKey(store, 'wang.li', recoveryKey.toLowerCase(), 'brand new passphrase')).toEqual({ ok: true, value: undefined });
    expect(await login(store, 'wang.li', NURSE_PASSWORD)).toEqual({ ok: false, issues: { kind: 'wrong-login-or-password' } });
    const signed = await login(store, 'wang.li', 'brand new passphrase');
    expect(signed.ok && signed.value.dataKey).toEqual(admin.dataKey);
    expect(await kinds(store)).toContain('password-reset-with-recovery-key');
  });
});

describe('refused commands', () => {
  it('logs a command the role may not make, with user, role and event type', async () => {
    const { store } = await siteWithNurse();
    await enrolled(store);
    const monitor = { userId: 'u-monitor', role: 'monitor', ...PROTOCOL } as const;
    const refused = await setItemValue(store, monitor, LAB, bilirubin(88.9));
    expect(refused.ok).toBe(false);
    expect((await readSecurityLog(store)).at(-1)).toMatchObject({ kind: 'command-refused', userId: 'u-monitor', role: 'monitor', eventType: 'item.valueSet' });
  });
});
