import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import type { PreviewServer } from './preview-server';

/** Everything the app must never do during a test; any entry fails the test. */
export interface Problems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  /** Requests to anywhere but the preview server (blocked before they left the browser). */
  readonly blockedRequests: string[];
}

export interface AppSession {
  /** The current page (a new object after `reopen()`). */
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: Problems;
  /** Opens a route of the app, e.g. `/settings` (hash routing: becomes `/#/settings`). */
  goto(route?: string): Promise<Page>;
  /** Closes the whole browser and starts it again on the SAME profile (IndexedDB, localStorage survive). */
  reopen(): Promise<Page>;
  /** Closes the browser and deletes the profile. Idempotent. */
  close(): Promise<void>;
  /** Throws listing every problem collected so far. */
  assertNoProblems(): void;
}

export const VIEWPORT = { width: 1366, height: 768 } as const;

const CSP_BINDING = '__e2eReportCspViolation';

function reportCspViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

async function launch(server: PreviewServer, profileDir: string, problems: Problems): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: VIEWPORT,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    problems.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.routeWebSocket(/.*/, (ws) => {
    problems.blockedRequests.push(ws.url());
    void ws.close();
  });
  await context.exposeBinding(CSP_BINDING, (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(reportCspViolations, CSP_BINDING);
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return context;
}

/**
 * Starts Chromium on a fresh profile, watching for console errors, uncaught errors, CSP violations and any
 * request that is not to the preview server. Call `assertNoProblems()` at the end of the test, and
 * `close()` (in a finally or an after-hook).
 */
export async function openSession(server: PreviewServer): Promise<AppSession> {
  const profileDir = mkdtempSync(join(tmpdir(), 'ecrf-e2e-profile-'));
  const problems: Problems = { consoleErrors: [], pageErrors: [], cspViolations: [], blockedRequests: [] };
  let context: BrowserContext | undefined = await launch(server, profileDir, problems);
  const live = (): BrowserContext => {
    if (!context) throw new Error('the browser of this session is closed');
    return context;
  };
  const currentPage = (): Page => live().pages()[0] ?? (() => { throw new Error('the browser has no open page'); })();

  const session: AppSession = {
    get page() {
      return currentPage();
    },
    get context() {
      return live();
    },
    problems,
    goto: async (route = '/') => {
      const page = currentPage();
      await page.goto(`${server.origin}/#${route}`);
      return page;
    },
    reopen: async () => {
      await live().close();
      context = undefined;
      context = await launch(server, profileDir, problems);
      return currentPage();
    },
    close: async () => {
      const closing = context;
      context = undefined;
      await closing?.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
    assertNoProblems: () => {
      const lines = [
        ...problems.consoleErrors.map((e) => `console error: ${e}`),
        ...problems.pageErrors.map((e) => `uncaught error: ${e}`),
        ...problems.cspViolations.map((e) => `CSP violation: ${e}`),
        ...problems.blockedRequests.map((e) => `request outside the app's origin: ${e}`),
      ];
      if (lines.length > 0) throw new Error(`The app misbehaved in the browser:\n${lines.join('\n')}`);
    },
  };
  return session;
}
