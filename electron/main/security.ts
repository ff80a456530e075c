/**
 * Hardening applied to EVERY webContents the app ever creates (windows, and anything a page might try to
 * spawn): no navigation away from the loaded page, no redirects, no new windows, no <webview>, and no
 * permissions. The app is a local form: it never needs the camera, notifications, geolocation, USB...
 * One exception: 'persistent-storage' for the app's own origin, so Chromium never evicts the IndexedDB
 * that holds the trial data (design §4: the renderer asks for it and shows a refusal).
 */
import type { App, Session, WebContents } from 'electron';
import { originOf } from './app-origin';

const ALLOWED_FOR_APP_ORIGIN: ReadonlySet<string> = new Set(['persistent-storage']);

/** Pure decision, shared by the request and the check handler. */
export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigins: readonly string[]): boolean {
  const origin = originOf(requestingUrl);
  return ALLOWED_FOR_APP_ORIGIN.has(permission) && origin !== null && appOrigins.includes(origin);
}

export function denyPermissions(session: Session, appOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, appOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, appOrigins),
  );
  // HID / serial / USB device access is a separate gate in Chromium.
  session.setDevicePermissionHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  // The app is a single page: it loads once (loadURL from main does not emit these) and never leaves.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Call before the first window: every later webContents is hardened as it is created. */
export function installSecurity(app: Pick<App, 'on'>, appOrigins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
    denyPermissions(contents.session, appOrigins);
  });
}
