/**
 * The app window. Its page runs with Chromium's full renderer isolation: no Node, a sandboxed preload that
 * can only reach main through the bridge, web security on, no <webview>. The default size fits a
 * 1366x768 ward laptop (minus the task bar), and the minimum keeps the forms usable on one.
 */
import { BrowserWindow } from 'electron';

export const WINDOW_SIZE = { width: 1280, height: 720, minWidth: 1024, minHeight: 640 } as const;

export function createMainWindow(options: { readonly preloadPath: string; readonly url: string }): BrowserWindow {
  const window = new BrowserWindow({
    ...WINDOW_SIZE,
    show: false,
    title: 'Bedside eCRF',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    // Written out literally (not built by a helper) so Electronegativity can see and check each option.
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK, reviewed: the preload is our own bundled file; it exposes only the
      // named bridge capabilities through contextBridge (never ipcRenderer) and runs sandboxed and isolated.
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window (denied anyway by security.ts).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(options.url).catch((error: unknown) => {
    // Show the window anyway: a blank window with a logged cause beats an invisible running app.
    console.error(`could not load ${options.url}:`, error);
    if (!window.isDestroyed()) window.show();
  });
  return window;
}
