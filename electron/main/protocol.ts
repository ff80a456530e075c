/**
 * The app:// scheme. Registered as privileged before `ready` (standard: real origin, relative URLs and
 * IndexedDB; secure: counts as a secure context; supportFetchAPI: fetch() of own assets), then served by
 * the electron-free handler in os/serve-renderer.ts. Deliberately not corsEnabled or bypassCSP.
 */
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { createRendererHandler } from './os/serve-renderer';

/** Must run before `app` is ready, and only once (each call replaces the previous registration). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler({ root: rendererDir, host: APP_HOST }));
}
