import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSetting, type Store } from '../../../renderer/db';
import { renderApp } from './support/render-app';

const storeOf = (gate: { state: () => unknown }) => (gate.state() as { store: Store }).store;

describe('who is using this laptop (the role switch)', () => {
  it('asks on first run, saying it is not a login, and remembers the person, role, blinding and site', async () => {
    const user = userEvent.setup();
    const { gate } = renderApp('/', { user: null, siteId: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is using this laptop?' })).toBeInTheDocument();
    expect(screen.getByText(/This is a role switch, not a login/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(screen.getByText('Enter your name.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Wang Li');
    expect(screen.getByLabelText('Role')).toHaveValue('nurse');
    expect(screen.getByRole('checkbox', { name: /Blinded to treatment/ })).toBeChecked();
    expect(screen.getByText('Enter the site number: 1 to 16 letters or digits.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Site number'), '03');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Wang Li · Research nurse, blinded');
    const users = await getSetting(storeOf(gate), 'users');
    expect(users).toEqual([expect.objectContaining({ displayName: 'Wang Li', role: 'nurse', blinded: true })]);
    expect(await getSetting(storeOf(gate), 'siteId')).toBe('03');
  });

  it('switches person or role from the header without leaving the page', async () => {
    const user = userEvent.setup();
    renderApp('/subjects');
    await screen.findByRole('heading', { level: 1, name: 'Subjects' });
    const banner = screen.getByRole('banner');
    await user.click(within(banner).getByRole('button', { name: 'Switch person or role' }));
    const panel = within(banner).getByRole('region', { name: 'Switch person or role' });
    expect(panel).toHaveTextContent('This is a role switch, not a login');
    await user.click(within(panel).getByText('Add a person'));
    await user.type(within(panel).getByLabelText('Your name'), 'Dr Zhao');
    await user.selectOptions(within(panel).getByLabelText('Role'), 'Investigator');
    await user.click(within(panel).getByRole('button', { name: 'Add and switch' }));
    expect(await within(banner).findByText('Dr Zhao · Investigator, blinded')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Subjects' })).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Switch person or role' }));
    await user.click(within(banner).getByRole('button', { name: 'Wang Li (Research nurse, blinded)' }));
    expect(await within(banner).findByText('Wang Li · Research nurse, blinded')).toBeInTheDocument();
  });
});

describe('the store', () => {
  it('when IndexedDB cannot be opened, blocks the app with an error in both languages and a retry', async () => {
    const user = userEvent.setup();
    const { createStoreGate } = await import('../../../renderer/app/providers');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../../renderer/app/App');
    const { createMemoryRouter } = await import('react-router');
    const { appRoutes } = await import('../../../renderer/app/routes');
    const { createI18n } = await import('../../../renderer/i18n');
    const { fakeBridge } = await import('./support/fake-bridge');
    let attempts = 0;
    const gate = createStoreGate(async () => {
      attempts += 1;
      return { ok: false, issues: { kind: 'unavailable', message: 'BlockedError: another window is upgrading' } } as const;
    });
    render(<App bridge={fakeBridge()} i18n={createI18n()} router={createMemoryRouter(appRoutes)} store={gate} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The study database cannot be opened');
    expect(alert).toHaveTextContent('无法打开研究数据库');
    expect(alert).toHaveTextContent('Nothing can be entered until it opens');
    expect(screen.queryByRole('navigation')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again / 重试' }));
    expect(attempts).toBe(2);
  });
});

describe('storage safety', () => {
  it('asks for persistent storage at start and shows whether it was granted', async () => {
    let asked = 0;
    renderApp('/settings', {
      storageApi: { persisted: async () => false, persist: async () => ((asked += 1), false), estimate: async () => ({ usage: 1e6, quota: 1e10 }) },
    });
    const status = await screen.findByRole('status', { name: 'Status' });
    expect(await within(status).findByText('Storage not protected: the browser may clear this data under pressure')).toBeInTheDocument();
    expect(asked).toBe(1);
    const storage = screen.getByRole('region', { name: 'Storage' });
    expect(storage).toHaveTextContent('The browser did not promise to keep this data');
  });

  it('warns in the status bar when free space runs low', async () => {
    renderApp('/', { storageApi: { persisted: async () => true, persist: async () => true, estimate: async () => ({ usage: 950 * 1024 * 1024, quota: 1000 * 1024 * 1024 }) } });
    const status = await screen.findByRole('status', { name: 'Status' });
    expect(await within(status).findByText('Low disk space: 50 MB free. Export a bundle and free space.')).toBeInTheDocument();
    expect(within(status).getByText('Storage protected')).toBeInTheDocument();
  });
});
