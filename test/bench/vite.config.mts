/**
 * Vite build of the bench page (test/bench/page): a page on the app's origin that imports shared/ and
 * renderer/db and exposes the measurements to the runner as `window.bench`. build.ts builds it into
 * out/bench/page (or $ECRF_BENCH_OUT/page), served under /__bench/ beside a build of the app itself.
 * Never part of the app.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: resolve(here, 'page'),
  base: '/__bench/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    // As electron-vite builds the app's renderer: Chromium needs no modulepreload polyfill.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    minify: true,
    rollupOptions: { input: { bench: resolve(here, 'page/index.html') } },
  },
});
