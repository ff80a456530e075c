/**
 * The end-to-end harness: the built renderer served in-process by Vite's preview server on 127.0.0.1, driven in
 * real Chromium by playwright-core with the web platform. See docs/renderer.md ("End-to-end tests").
 *
 *   const app = useApp();            // in a describe: one preview server for the file, one browser per test
 *   it('...', async () => {
 *     const page = await app().goto('/');
 *     ...                             // act by role and label
 *   });                               // afterwards: browser closed, and the test FAILS on any console error,
 *                                     // uncaught error, CSP violation or request off the app's origin
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { openSession, type AppSession } from './support/session';
import { startPreviewServer, type PreviewServer } from './support/preview-server';

export { findChromium, CHROMIUM_ARGS, INSTALL_HINT } from './support/chromium';
export { startPreviewServer, type PreviewServer } from './support/preview-server';
export { openSession, VIEWPORT, type AppSession, type Problems } from './support/session';
export { screenshotForDocs, screenshotDir } from './support/screenshots';

/**
 * Registers the hooks of an e2e test file and returns an accessor for the current test's session: one preview
 * server per file, a fresh browser profile per test, closed after it; the test fails if the session collected
 * any problem.
 */
export function useApp(): () => AppSession {
  let server: PreviewServer | undefined;
  let session: AppSession | undefined;

  beforeAll(async () => {
    server = await startPreviewServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    if (!server) throw new Error('the preview server did not start');
    session = await openSession(server);
  });
  afterEach(async () => {
    const finished = session;
    session = undefined;
    if (!finished) return;
    try {
      finished.assertNoProblems();
    } finally {
      await finished.close();
    }
  });

  return () => {
    if (!session) throw new Error('the app session exists only while a test runs');
    return session;
  };
}
