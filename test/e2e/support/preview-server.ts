import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'electron-vite';
import { preview } from 'vite';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const RENDERER_OUT_DIR = join(repoRoot, 'out/renderer');

export interface PreviewServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves the BUILT renderer (out/renderer) in this process on 127.0.0.1 with a free port, as `npm run web`
 * does. Builds first with electron-vite when there is no build yet; `npm test` always builds before the suite.
 */
export async function startPreviewServer(): Promise<PreviewServer> {
  if (!existsSync(join(RENDERER_OUT_DIR, 'index.html'))) {
    await build({ root: repoRoot, configFile: join(repoRoot, 'electron.vite.config.ts'), logLevel: 'warn' });
  }
  const server = await preview({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    build: { outDir: RENDERER_OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address !== 'object') throw new Error('the preview server did not start listening');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  };
}
