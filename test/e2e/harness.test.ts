import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, startPreviewServer, type PreviewServer } from './harness';

// The harness must catch what the app must never do. These tests misbehave on purpose inside the page and
// check that each kind of problem is recorded and fails `assertNoProblems()`.
describe('the e2e harness', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves the built app on 127.0.0.1 and records nothing when the app behaves', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const session = await openSession(server);
    try {
      const page = await session.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(() => session.assertNoProblems()).not.toThrow();
    } finally {
      await session.close();
    }
  });

  it('blocks and records requests off the app origin, console errors, uncaught errors and CSP violations', async () => {
    const session = await openSession(server);
    try {
      const page = await session.goto('/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const fetched = await page.evaluate(() =>
        fetch('https://example.com/beacon').then(
          () => 'reached',
          () => 'blocked',
        ),
      );
      expect(fetched).toBe('blocked');
      await page.evaluate(() => {
        console.error('deliberate console error');
        const style = document.createElement('style');
        style.textContent = 'body { color: red; }';
        document.head.append(style);
        setTimeout(() => {
          throw new Error('deliberate uncaught error');
        });
      });
      await expect.poll(() => session.problems.pageErrors.length, { timeout: 30_000 }).toBeGreaterThan(0);
      // The page's CSP stops the fetch first (connect-src 'self'); the harness's request filter is the second line,
      // seen here with a navigation, which the CSP does not govern.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/away';
      });
      await expect.poll(() => session.problems.blockedRequests.length, { timeout: 30_000 }).toBeGreaterThan(0);

      expect(session.problems.blockedRequests).toEqual(['https://example.com/away']);
      expect(session.problems.consoleErrors.join('\n')).toContain('deliberate console error');
      expect(session.problems.pageErrors.join('\n')).toContain('deliberate uncaught error');
      const csp = session.problems.cspViolations.join('\n');
      expect(csp).toContain('connect-src blocked https://example.com/beacon');
      expect(csp).toContain('style-src');
      expect(() => session.assertNoProblems()).toThrow(/request outside the app's origin: https:\/\/example\.com\/away/);
    } finally {
      await session.close();
    }
  });
});
