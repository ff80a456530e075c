import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three targets. Main and preload bundle what they use from shared/ (zod included),
// so the packaged app needs no runtime `dependencies`. Preload is CommonJS: sandboxed preloads cannot be ESM.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The CLI (`ecrf`, package.json bin) is built beside main: both are Node-side and share shared/.
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), ecrf: resolve(__dirname, 'electron/cli/ecrf.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
