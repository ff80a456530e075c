/**
 * Fixed locations. The userData folder is pinned by name instead of derived from the package name, because
 * it holds the IndexedDB with every entry and device.json: a rename of the package or product must never
 * move it. Development runs get their own folder so a developer's test data never mixes with a real
 * installation's device id.
 */
import { join } from 'node:path';

export const PRODUCT_NAME = 'Bedside eCRF';

export const userDataFolderName = (isPackaged: boolean): string => (isPackaged ? 'bedside-ecrf' : 'bedside-ecrf-dev');

/** Where electron-vite puts the preload and the renderer, relative to the built main (out/main). */
export function builtPaths(mainDir: string): { readonly preload: string; readonly renderer: string } {
  return { preload: join(mainDir, '..', 'preload', 'index.cjs'), renderer: join(mainDir, '..', 'renderer') };
}
