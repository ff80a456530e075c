import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const INSTALL_HINT =
  'Install one with `apt-get install -y --no-install-recommends chromium` (Debian/Ubuntu), ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

export interface ChromiumLookup {
  readonly env?: NodeJS.ProcessEnv;
  readonly exists?: (path: string) => boolean;
  /** Where Playwright's own browser would be, if one was ever installed. */
  readonly playwrightBrowser?: () => string | undefined;
}

const playwrightBrowserPath = (): string | undefined => {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
};

/**
 * The Chromium binary for end-to-end tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
 * own browser if it is on disk. Throws (so the test FAILS, never skips) with how to install one.
 */
export function findChromium(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }
  const candidates = ['/usr/bin/chromium', (lookup.playwrightBrowser ?? playwrightBrowserPath)()];
  const found = candidates.find((path): path is string => path !== undefined && exists(path));
  if (found) return found;
  throw new Error(`No Chromium found for the end-to-end tests (looked at $CHROMIUM_PATH, /usr/bin/chromium and Playwright's browser folder). ${INSTALL_HINT}`);
}

/** The flags every e2e launch uses: headless, and no background traffic to hosts this machine cannot reach. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
