/**
 * The bench's static server: the app's build at `/` and the bench page at `/__bench/`, on one origin so
 * both see the same IndexedDB. In-process, 127.0.0.1, a free port; no caching (`no-store`), so every
 * browser start loads and compiles the app's code as a first start would. Same shape as the e2e
 * harness's preview server, so the harness's session helpers accept it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { PreviewServer } from '../e2e/support/preview-server';

export const BENCH_PAGE_PREFIX = '/__bench/';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file a URL path names inside `root`, or undefined (outside it, or absent). */
function fileIn(root: string, urlPath: string): string | undefined {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const path = join(root, relative === '' ? 'index.html' : relative);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (!existsSync(path)) return undefined;
  return statSync(path).isDirectory() ? fileIn(root, join(relative, 'index.html')) : path;
}

export async function startBenchServer(appDir: string, pageDir: string): Promise<PreviewServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // The app declares no icon; Chromium asks anyway. Not a failure of the app.
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const inPage = url.pathname.startsWith(BENCH_PAGE_PREFIX);
    const path = inPage ? fileIn(pageDir, url.pathname.slice(BENCH_PAGE_PREFIX.length)) : fileIn(appDir, url.pathname);
    if (path === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
