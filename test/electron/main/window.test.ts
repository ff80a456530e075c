import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, WINDOW_SIZE } from '../../../electron/main/window';
import { BrowserWindow, resetElectronMock } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

describe('the main window', () => {
  beforeEach(resetElectronMock);

  const create = () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', url: 'app://ecrf/index.html' });
    const window = BrowserWindow.instances[0];
    if (window === undefined) throw new Error('no window created');
    return window;
  };

  it('isolates its page: context isolation, sandbox, no Node, web security, no webview', () => {
    expect(create().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('uses the built CommonJS preload and nothing else that grants power', () => {
    const prefs = create().options.webPreferences ?? {};
    expect(prefs['preload']).toBe('/app/out/preload/index.cjs');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('fits a 1366x768 screen and stays usable at its minimum size', () => {
    const { options } = create();
    expect(options).toMatchObject(WINDOW_SIZE);
    expect(WINDOW_SIZE.width).toBeLessThanOrEqual(1366);
    expect(WINDOW_SIZE.height).toBeLessThanOrEqual(728);
    expect(WINDOW_SIZE.minWidth).toBeLessThanOrEqual(1366);
    expect(WINDOW_SIZE.minHeight).toBeLessThanOrEqual(728);
    expect(WINDOW_SIZE.minWidth).toBeGreaterThanOrEqual(1024);
  });

  it('loads the given URL and shows when ready', () => {
    const window = create();
    expect(window.loadURL).toHaveBeenCalledWith('app://ecrf/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });
});
