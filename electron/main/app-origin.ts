/**
 * Where the renderer comes from. Production: `app://ecrf/` (fixed from the first release: IndexedDB is
 * keyed by origin, so moving later would strand every site's data). Development: the electron-vite dev
 * server, but only in an unpackaged app and only on a loopback address, so an environment variable can
 * never point an installed app (and its bridge) at a remote page.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ecrf';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `scheme://host[:port]` of a URL, or null. Not `URL.origin`: WHATWG gives non-special schemes such as
 * `app:` the opaque origin "null", while Chromium (where `app` is registered as standard) does not.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, if it may be used. */
export function devServerUrl(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const raw = env['ELECTRON_RENDERER_URL'];
  if (isPackaged || raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname) ? url.href : null;
  } catch {
    return null;
  }
}

/** What the window loads and which origins the IPC gateway and permission checks accept. */
export interface RendererSource {
  readonly url: string;
  readonly origins: readonly string[];
}

export function rendererSource(devUrl: string | null): RendererSource {
  if (devUrl === null) return { url: APP_ENTRY_URL, origins: [APP_ORIGIN] };
  const origin = originOf(devUrl);
  return { url: devUrl, origins: origin === null ? [] : [origin] };
}
