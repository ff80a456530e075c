/**
 * Main-process lifecycle only: what must happen before `ready`, the single-instance lock, then wiring the
 * modules together. Each concern lives in its own module (see docs/electron.md).
 */
import { join } from 'node:path';
import { app, ipcMain, protocol, type BrowserWindow } from 'electron';
import { devServerUrl, rendererSource } from './app-origin';
import { createHandlers } from './handlers';
import { electronDialogs } from './handlers/electron-dialogs';
import { registerGateway } from './ipc';
import { builtPaths, PRODUCT_NAME, userDataFolderName } from './os/app-paths';
import { registerAppScheme, serveAppScheme } from './protocol';
import { installSecurity } from './security';
import { trustedSender } from './sender';
import { createMainWindow } from './window';

function focus(window: BrowserWindow | null): void {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function start(): void {
  // Before the lock: Chromium keys the single-instance lock on the userData folder, which must be ours.
  app.setName(PRODUCT_NAME);
  app.setPath('userData', join(app.getPath('appData'), userDataFolderName(app.isPackaged)));
  // Two instances would share one IndexedDB and one device id: the second one only wakes the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const source = rendererSource(devServerUrl(process.env, app.isPackaged));
  const paths = builtPaths(__dirname);
  let mainWindow: BrowserWindow | null = null;

  app.enableSandbox();
  registerAppScheme(protocol);
  installSecurity(app, source.origins);

  app.on('second-instance', () => focus(mainWindow));
  // One window, one purpose: closing it ends the app on every platform (no lingering macOS dock app).
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    .then(() => {
      serveAppScheme(protocol, paths.renderer);
      const handlers = createHandlers(electronDialogs, {
        name: app.getName(),
        version: app.getVersion(),
        userDataDir: app.getPath('userData'),
      });
      registerGateway(ipcMain, handlers, trustedSender(() => mainWindow, source.origins));
      mainWindow = createMainWindow({ preloadPath: paths.preload, url: source.url });
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
    })
    .catch((error: unknown) => {
      console.error('startup failed:', error);
      app.quit();
    });
}

start();
