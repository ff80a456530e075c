import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './support/render-app';

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
