/**
 * The app:// request handler as a plain `Request -> Response` function (no `electron` import), so tests
 * call it with real files. Serves GET requests for files inside the built renderer folder and nothing else;
 * every response, errors included, carries the CSP and `nosniff`.
 */
import { readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { mimeTypeOf } from './mime';
import { resolveRequestPath } from './request-path';

export interface RendererServerOptions {
  /** Absolute path of the built renderer folder (out/renderer). */
  readonly root: string;
  /** The only host served, e.g. `ecrf` for `app://ecrf/`. */
  readonly host: string;
}

const securityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
});

const plain = (status: number, text: string, extra: Record<string, string> = {}): Response =>
  new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra } });

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export function createRendererHandler(options: RendererServerOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return plain(405, 'Method Not Allowed', { Allow: 'GET' });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (url.host !== options.host) return plain(404, 'Not Found');
    const resolved = resolveRequestPath(options.root, url.pathname);
    if (!resolved.ok) return plain(400, `Bad Request (${resolved.issues})`);
    if (!(await isRegularFile(resolved.value))) return plain(404, 'Not Found');
    const body = await readFile(resolved.value);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeOf(resolved.value), 'Cache-Control': 'no-cache' },
    });
  };
}
