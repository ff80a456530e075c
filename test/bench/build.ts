/**
 * Builds what the bench serves: the app as `electron-vite build` makes its renderer (electron-vite resolves
 * the config, presets included; only the output folder differs, so a build running elsewhere never changes
 * the app under measurement), and the bench page (test/bench/vite.config.mts).
 */
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { APP_OUT, PAGE_OUT } from './paths';

const repoRoot = resolve(__dirname, '../..');

/** `minify: false` for CPU profiles, so they name the functions (figures from such a build are not comparable). */
export async function buildBench(options: { readonly minify: boolean }): Promise<void> {
  const resolved = await resolveConfig({ root: repoRoot, configFile: join(repoRoot, 'electron.vite.config.ts'), logLevel: 'warn' }, 'build', 'production');
  const renderer = resolved.config?.renderer;
  if (renderer === undefined) throw new Error('electron.vite.config.ts has no renderer section');
  await build({ ...renderer, configFile: false, mode: 'production', logLevel: 'warn', build: { ...renderer.build, outDir: APP_OUT, emptyOutDir: true, ...(options.minify ? {} : { minify: false }) } });
  await build({ configFile: resolve(__dirname, 'vite.config.mts'), logLevel: 'warn', build: { outDir: PAGE_OUT, minify: options.minify } });
}
