import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSession } from '../../../../renderer/app/providers';
import { createAccount, login, setSetting, setUpSite, type Store } from '../../../../renderer/db';
import { renderApp } from '../support/render-app';

const NURSE_PASSWORD = 'ward seven nights';

/** A site with an administrator and a nurse, the nurse signed in for real (so her password unlocks). */
async function nurseSignedIn(store: Store, sessionKey: string, autoLockMinutes?: number): Promise<void> {
  const setup = await setUpSite(store, { siteId: '03', admin: { displayName: 'Zhao Min', login: 'admin', password: 'site office key 1' } });
  if (!setup.ok) throw new Error('setup');
  const created = await createAccount(store, setup.value.session, { displayName: 'Wang Li', login: 'wang.li', role: 'nurse', blinded: true, password: NURSE_PASSWORD });
  if (!created.ok) throw new Error('account');
  const signed = await login(store, 'wang.li', NURSE_PASSWORD);
  if (!signed.ok) throw new Error('login');
  if (autoLockMinutes !== undefined) await setSetting(store, 'autoLockMinutes', autoLockMinutes);
  openSession(sessionKey, signed.value);
}

let runs = 0;

afterEach(() => {
  vi.useRealTimers();
});

describe('auto-lock', () => {
  it('locks after the idle minutes with the page still mounted underneath, and unlocking finds the typed draft', async () => {
    // Fake clock and timers only (IndexedDB and WebCrypto keep running); fake time also follows real time so waits work.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    runs += 1;
    const name = `auto-lock-${runs}`;
    renderApp('/settings', { user: null, databaseName: name, seed: (store) => nurseSignedIn(store, name, 2) });
    const site = await screen.findByLabelText('Site number', {}, { timeout: 20_000 });
    await user.clear(site);
    await user.type(site, 'BJ30');
    expect(screen.queryByRole('dialog', { name: 'Screen locked' })).toBeNull();

    // Activity postpones the lock: one minute in, a key press; at 2 minutes from the start it is still open.
    act(() => vi.advanceTimersByTime(60_000));
    await user.keyboard('{Shift}');
    act(() => vi.advanceTimersByTime(61_000));
    expect(screen.queryByRole('dialog', { name: 'Screen locked' })).toBeNull();

    act(() => vi.advanceTimersByTime(60_000));
    const lock = await screen.findByRole('dialog', { name: 'Screen locked' });
    expect(lock).toHaveTextContent('Locked for Wang Li (Research nurse).');
    // The page is still there, hidden and inert, with the unsaved input.
    const hidden = screen.getByLabelText('Site number', { selector: 'input' }) as HTMLInputElement;
    expect(hidden.value).toBe('BJ30');
    expect(hidden.closest('[inert]')).not.toBeNull();
    expect(screen.queryByRole('heading', { level: 1, name: 'Settings' })).toBeNull();

    await user.type(within(lock).getByLabelText('Password'), 'wrong password');
    await user.click(within(lock).getByRole('button', { name: 'Unlock' }));
    expect(await within(lock).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('Wrong password.');
    await user.type(within(lock).getByLabelText('Password'), NURSE_PASSWORD);
    await user.click(within(lock).getByRole('button', { name: 'Unlock' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Screen locked' })).toBeNull(), { timeout: 15_000 });
    expect(screen.getByLabelText('Site number')).toHaveValue('BJ30');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  }, 60_000);

  it('Lock in the header locks at once; a different person signs out from the lock screen, warned that unsaved input is lost', async () => {
    const user = userEvent.setup();
    runs += 1;
    const name = `auto-lock-${runs}`;
    renderApp('/settings', { user: null, databaseName: name, seed: (store) => nurseSignedIn(store, name) });
    await screen.findByLabelText('Site number', {}, { timeout: 20_000 });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Lock' }));
    const lock = await screen.findByRole('dialog', { name: 'Screen locked' });
    expect(lock).toHaveTextContent('Signing out discards any input on the screen that has not been saved.');
    await user.click(within(lock).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Site number')).toBeNull();
  }, 60_000);
});
