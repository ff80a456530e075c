import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FAKE_DEVICE_ID, fakeBridge } from './support/fake-bridge';
import { renderApp } from './support/render-app';

describe('Settings: app information', () => {
  it('shows name, version, platform and device id from the platform', async () => {
    renderApp('/settings');
    const about = await screen.findByRole('region', { name: 'About this installation' });
    expect(await within(about).findByText(FAKE_DEVICE_ID)).toBeInTheDocument();
    expect(within(about).getByText('Bedside eCRF')).toBeInTheDocument();
    expect(within(about).getByText('9.8.7')).toBeInTheDocument();
    expect(within(about).getByText('Web browser')).toBeInTheDocument();
  });

  it('names the desktop platform in Chinese', async () => {
    const bridge = fakeBridge({
      appInfo: async () => ({ name: 'Bedside eCRF', version: '1.0.0', platform: 'electron', deviceId: FAKE_DEVICE_ID }),
    });
    const { i18n } = renderApp('/settings', { bridge });
    await i18n.changeLanguage('zh');
    expect(await screen.findByText('桌面应用程序')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '关于本安装' })).toBeInTheDocument();
  });

  it('says so when the platform cannot answer', async () => {
    renderApp('/settings', { bridge: fakeBridge({ appInfo: () => Promise.reject(new Error('bridge down')) }) });
    // Other panels (backups) may raise their own alert when the platform is down: this one must be among them.
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toContain('The application information could not be read: bridge down');
  });
});
