/**
 * Accounts in real Chromium: the site set up by its administrator, the recovery key shown once, sign-in,
 * five wrong passwords lock a login (even the right one is refused then), the recovery key resets a
 * forgotten password, and auto-lock (at the 1-minute minimum, with the page's clock faked by Playwright)
 * covers a half-typed value that is still there after unlocking.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACCESS_UI, createAccount, loginOf, PASSWORD, setUpSite, signIn, signOut } from './access-steps';
import { screenshotForDocs, useApp } from './harness';

const NURSE = { name: 'Wang Li', role: 'nurse' } as const;
const ui = ACCESS_UI.en;
const SLOW = { timeout: 60_000 } as const;

async function tryPassword(page: Page, login: string, password: string): Promise<string> {
  await page.getByLabel(ui.login, { exact: true }).fill(login);
  await page.getByLabel(ui.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: ui.signIn, exact: true }).click();
  // React handles the submit within the click: the previous message is gone before a new one can appear.
  const alert = page.getByRole('alert');
  await alert.waitFor(SLOW);
  return (await alert.textContent()) ?? '';
}

describe('accounts, lockout and recovery in real Chromium', () => {
  const app = useApp();

  it('sets up the site, shows the recovery key once, locks a login after five wrong passwords, and resets it with the recovery key', async () => {
    const page = await app().goto('/');
    const recoveryKey = await setUpSite(page, 'en', '03');
    expect(recoveryKey).toMatch(/^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$/);
    expect(await page.getByText(recoveryKey).count()).toBe(0);
    const login = await createAccount(page, 'en', NURSE);
    await page.getByRole('table').getByRole('row', { name: new RegExp(NURSE.name) }).waitFor();
    await signOut(page, 'en');
    expect(await page.getByText(recoveryKey).count()).toBe(0);

    // Wrong login and wrong password read the same; the fifth failure locks the login, with the time.
    expect(await tryPassword(page, 'nobody.here', PASSWORD)).toBe('Wrong login or password.');
    for (let i = 1; i <= 4; i += 1) {
      expect(await tryPassword(page, login, `wrong guess ${i}`)).toBe('Wrong login or password.');
    }
    const locked = await tryPassword(page, login, 'wrong guess 5');
    expect(locked).toMatch(/^Too many failed attempts: this login is locked until .*\d\d:\d\d/);
    expect(await tryPassword(page, login, PASSWORD)).toBe(locked);
    await screenshotForDocs(page, 'login-locked-en');

    // Forgot password: a typo in the recovery key is caught, the right key resets and lifts the lock.
    await page.getByRole('button', { name: 'Forgot password?', exact: true }).click();
    const reset = page.getByRole('form', { name: 'Reset a forgotten password', exact: true });
    await reset.getByLabel('Login', { exact: true }).fill(login);
    const typo = `${recoveryKey.startsWith('A') ? 'B' : 'A'}${recoveryKey.slice(1)}`;
    await reset.getByLabel('Recovery key', { exact: true }).fill(typo);
    await reset.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await reset.getByLabel('New password again', { exact: true }).fill('a brand new passphrase');
    await reset.getByRole('button', { name: 'Reset password', exact: true }).click();
    await reset.getByRole('alert').getByText('This recovery key has a typing mistake: check each group.').waitFor();
    await reset.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
    await reset.getByRole('button', { name: 'Reset password', exact: true }).click();
    await page.getByText('Password changed. Sign in with the new password.').waitFor(SLOW);
    await signIn(page, 'en', login, 'a brand new passphrase');
    await page.getByRole('banner').getByText('Wang Li · Research nurse, blinded').waitFor(SLOW);
  });

  it('auto-locks after the configured minute of inactivity over a half-typed value, which survives the unlock', async () => {
    const session = app();
    await session.context.clock.install();
    const page = await session.goto('/');
    await setUpSite(page, 'en', '03');
    await page.getByRole('navigation', { name: ui.nav, exact: true }).getByRole('link', { name: ui.settings, exact: true }).click();
    const autoLock = page.getByRole('form', { name: 'Auto-lock', exact: true });
    await autoLock.getByLabel('Lock the screen after this many minutes without input', { exact: true }).fill('1');
    await autoLock.getByRole('button', { name: 'Save', exact: true }).click();
    await autoLock.getByText('Saved: the screen locks after 1 min without input.').waitFor();
    await createAccount(page, 'en', NURSE);
    await signOut(page, 'en');
    await signIn(page, 'en', loginOf(NURSE.name));

    // Half-typed, not saved: the site number on Settings.
    const site = page.getByLabel('Site number', { exact: true });
    await site.fill('BJ3');
    await page.clock.fastForward('00:50');
    expect(await page.getByRole('dialog', { name: 'Screen locked' }).count()).toBe(0);
    await page.clock.fastForward('00:15');
    const lock = page.getByRole('dialog', { name: 'Screen locked' });
    await lock.waitFor();
    await lock.getByText('Locked for Wang Li (Research nurse).').waitFor();
    expect(await page.locator('.session-shell').getAttribute('aria-hidden')).toBe('true');
    await screenshotForDocs(page, 'lock-screen-en');

    await lock.getByLabel('Password', { exact: true }).fill('not my password');
    await lock.getByRole('button', { name: 'Unlock', exact: true }).click();
    await lock.getByRole('alert').getByText('Wrong password.').waitFor(SLOW);
    await lock.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await lock.getByRole('button', { name: 'Unlock', exact: true }).click();
    await lock.waitFor({ state: 'detached', ...SLOW });
    expect(await page.getByLabel('Site number', { exact: true }).inputValue()).toBe('BJ3');
  });
});
