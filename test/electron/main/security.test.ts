import type { App } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSecurity, isPermissionAllowed } from '../../../electron/main/security';
import { app, BrowserWindow, FakeEvent, resetElectronMock, type FakeWebContents } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const APP = ['app://ecrf'];

/** Installs the hardening on the fake app and creates one webContents, as a new window would. */
function hardenedContents(): FakeWebContents {
  installSecurity(app as unknown as App, APP);
  return new BrowserWindow({}).webContents;
}

const prevented = (contents: FakeWebContents, event: string, ...args: unknown[]): boolean => {
  const e = new FakeEvent();
  contents.emit(event, e, ...args);
  return e.defaultPrevented;
};

describe('security: every webContents the app creates', () => {
  beforeEach(resetElectronMock);

  it('cannot navigate anywhere, not even to another app:// page', () => {
    const contents = hardenedContents();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://ecrf/other.html', 'javascript:alert(1)']) {
      expect(prevented(contents, 'will-navigate', url), url).toBe(true);
      expect(prevented(contents, 'will-frame-navigate', url), url).toBe(true);
    }
  });

  it('cannot follow redirects', () => {
    expect(prevented(hardenedContents(), 'will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('cannot open new windows', () => {
    const contents = hardenedContents();
    for (const url of ['https://example.com/', 'app://ecrf/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('cannot attach a <webview>', () => {
    const contents = hardenedContents();
    const webPreferences = { nodeIntegration: true, preload: '/tmp/evil.js' };
    expect(prevented(contents, 'will-attach-webview', webPreferences, { src: 'https://example.com/' })).toBe(true);
  });

  it('is refused every permission request and check', () => {
    const { session } = hardenedContents();
    const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'display-capture', 'unknown'];
    for (const permission of permissions) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(null, permission, callback, { requestingUrl: 'app://ecrf/index.html' });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.(null, permission, 'app://ecrf'), permission).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('grants persistent storage to the app origin only', () => {
    const { session } = hardenedContents();
    const granted = (url: string) => {
      const callback = vi.fn();
      session.permissionRequestHandler?.(null, 'persistent-storage', callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0];
    };
    expect(granted('app://ecrf/index.html')).toBe(true);
    expect(granted('https://evil.example/')).toBe(false);
    expect(granted('app://other/index.html')).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'persistent-storage', 'app://ecrf')).toBe(true);
    expect(session.permissionCheckHandler?.(null, 'persistent-storage', 'http://localhost:5173')).toBe(false);
  });

  it('decides permissions from the parsed origin, not a substring', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://ecrf.evil.example/', APP)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/?app://ecrf', APP)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', 'not a url', APP)).toBe(false);
  });
});
