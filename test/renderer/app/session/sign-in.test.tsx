import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSetting, listAccounts, readSecurityLog, type Store } from '../../../../renderer/db';
import { renderApp } from '../support/render-app';

const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;
const ADMIN_PASSWORD = 'site office key 1';

describe('site setup, recovery key and sign-in', () => {
  it('sets up the site as administrator, shows the recovery key once, then signs out and in again', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/', { user: null, siteId: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this laptop for the site' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Set up the site' }));
    expect(screen.getByText('Enter 1–16 letters or digits.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Site number'), '03');
    await user.type(screen.getByLabelText('Administrator’s name'), 'Zhao Min');
    await user.type(screen.getByLabelText('Login'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set up the site' }));
    expect(screen.getByText('A password needs at least 10 characters.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), ADMIN_PASSWORD);
    await user.type(screen.getByLabelText('Password again'), ADMIN_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Set up the site' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Recovery key' }, { timeout: 15_000 })).toBeInTheDocument();
    const key = screen.getByText(/^([A-Z2-7]{4}-){8}[A-Z2-7]{4}$/);
    const recoveryKey = key.textContent ?? '';
    const carry = screen.getByRole('button', { name: 'Continue' });
    expect(carry).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'I have written it down / stored it with the data manager' }));
    await user.click(carry);

    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Zhao Min · Administrator, unblinded');
    expect(await getSetting(storeOf(gate), 'siteId')).toBe('03');
    expect((await listAccounts(storeOf(gate))).map((a) => a.login)).toEqual(['admin']);
    expect(JSON.stringify(await storeOf(gate).db.meta.toArray())).not.toContain(recoveryKey);

    await user.click(within(banner).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByText(recoveryKey)).toBeNull();
    await user.type(screen.getByLabelText('Login'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'not my password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('Wrong login or password.');
    await user.type(screen.getByLabelText('Password'), ADMIN_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' }, { timeout: 15_000 })).toBeInTheDocument();
    const kinds = (await readSecurityLog(storeOf(gate))).map((e) => e.kind);
    expect(kinds).toEqual(['site-set-up', 'account-created', 'login-succeeded', 'signed-out', 'login-failed', 'login-succeeded']);
  }, 60_000);
});
