import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Where screenshots go: docs/screenshots/ (the README's images) when ECRF_SCREENSHOTS=1, otherwise
 * test-results/screenshots/, so an ordinary test run never rewrites the committed images (a machine without a
 * CJK font would replace them with boxes).
 */
export function screenshotDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ECRF_SCREENSHOTS'] === '1' ? join(repoRoot, 'docs/screenshots') : join(repoRoot, 'test-results/screenshots');
}

/**
 * Saves what the page shows now as <name>.png (see `screenshotDir`). Use it only on pages whose content is
 * deterministic (no device ids, no clock), so refreshing the README images does not churn them.
 */
export async function screenshotForDocs(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot names are kebab-case: ${name}`);
  const dir = screenshotDir();
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}
