/**
 * The only place that knows there are two platforms. At start-up it picks one (the desktop bridge when
 * electron/preload exposed `window.ecrf`, the browser implementation otherwise) and the app provides it
 * through <PlatformProvider>; components call `usePlatform()`.
 */
import type { EcrfBridge } from '../../shared/bridge';
import { createElectronBridge } from './electron-bridge';
import { createWebBridge } from './web';

export function selectPlatform(win: Pick<Window, 'ecrf'>): EcrfBridge {
  return win.ecrf ? createElectronBridge(win.ecrf) : createWebBridge();
}

let chosen: EcrfBridge | undefined;

/** The platform of this page, chosen once on first call. */
export function platformAtStartup(): EcrfBridge {
  chosen ??= selectPlatform(window);
  return chosen;
}

export { PlatformProvider, type PlatformProviderProps } from './PlatformProvider';
export { usePlatform } from './use-platform';
export { APP_NAME, APP_VERSION } from './app-identity';
