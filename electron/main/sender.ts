/**
 * Who may call the bridge: only the top frame of the app's own window, and only while that frame shows the
 * app origin (`app://ecrf`, or the dev server in development). Anything else (another webContents, a
 * subframe, a page that navigated elsewhere, a destroyed frame) is refused before arguments are looked at.
 */
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { originOf } from './app-origin';
import type { CallContext } from './handlers/types';

/** The call context for a trusted sender, or null for anyone else. */
export type SenderCheck = (event: IpcMainInvokeEvent) => CallContext | null;

export function trustedSender(appWindow: () => BrowserWindow | null, origins: readonly string[]): SenderCheck {
  return (event) => {
    const window = appWindow();
    if (window === null || window.isDestroyed()) return null;
    if (event.sender !== window.webContents) return null;
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return null;
    const origin = originOf(frame.url);
    if (origin === null || !origins.includes(origin)) return null;
    return { window, page: event.sender };
  };
}
