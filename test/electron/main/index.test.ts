import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capabilities, channelOf } from '../../../shared/bridge';
import type * as Mock from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

type Electron = typeof Mock;

/**
 * Loads electron/main/index.ts afresh, as launching the app would, against a reset electron mock that
 * `prepare` may set up first (lock taken, unpackaged...).
 */
async function launch(prepare: (electron: Electron) => void = () => undefined): Promise<Electron> {
  vi.resetModules();
  // The instance the app module gets for 'electron' (Vitest keeps the mocked module across resetModules).
  const electron = (await import('electron')) as unknown as Electron;
  electron.resetElectronMock();
  prepare(electron);
  await import('../../../electron/main/index');
  return electron;
}

async function ready({ app, BrowserWindow }: Electron): Promise<Mock.BrowserWindow> {
  app.becomeReady();
  await new Promise((resolve) => setImmediate(resolve));
  const window = BrowserWindow.instances[0];
  if (window === undefined) throw new Error('no window was created');
  return window;
}

describe('main process lifecycle', () => {
  beforeEach(() => {
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
  });
  afterEach(() => vi.unstubAllEnvs());

  it('prepares the scheme, sandbox and userData before ready, then opens one window on app://ecrf', async () => {
    const electron = await launch();
    const { app, BrowserWindow, protocol, ipcMain } = electron;
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.getPath('userData')).toBe('/fake/appData/bedside-ecrf');
    expect(BrowserWindow.instances).toHaveLength(0);

    const window = await ready(electron);
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(window.loadURL).toHaveBeenCalledWith('app://ecrf/index.html');
    expect(String(window.options.webPreferences?.['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(protocol.handlers.has('app')).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(capabilities.map(channelOf).sort());
  });

  it('hardens the window it creates', async () => {
    const electron = await launch();
    const window = await ready(electron);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigation = new electron.FakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://example.com');
    expect(navigation.defaultPrevented).toBe(true);
  });

  it('as a second instance, quits at once without a window', async () => {
    const { app, BrowserWindow, ipcMain } = await launch((e) => {
      e.app.hasLock = false;
    });
    expect(app.quit).toHaveBeenCalled();
    // The lock is keyed on userData, so the folder was pinned before asking for it.
    expect(app.getPath('userData')).toBe('/fake/appData/bedside-ecrf');
    app.becomeReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('when a second instance starts, restores and focuses the first window', async () => {
    const electron = await launch();
    const window = await ready(electron);
    window.minimized = true;
    electron.app.emit('second-instance', new electron.FakeEvent(), ['ecrf'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits when its window is closed', async () => {
    const electron = await launch();
    await ready(electron);
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('loads the dev server in development only', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const dev = await launch((e) => {
      e.app.isPackaged = false;
    });
    expect((await ready(dev)).loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(dev.app.getPath('userData')).toBe('/fake/appData/bedside-ecrf-dev');

    const packaged = await launch((e) => {
      e.app.isPackaged = true;
    });
    expect((await ready(packaged)).loadURL).toHaveBeenCalledWith('app://ecrf/index.html');
  });
});
