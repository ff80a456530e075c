import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config, three projects: pure logic and main-process code in Node, the renderer in jsdom,
// and end-to-end tests that drive real Chromium against the built renderer.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'node',
          root: '.',
          include: ['test/shared/**/*.test.ts', 'test/electron/**/*.test.ts', 'test/tooling/**/*.test.ts', 'test/seeds/**/*.test.ts', 'test/cli/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          root: '.',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup/renderer.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: '.',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
