import { describe, expect, it } from 'vitest';
import { findChromium } from './harness';

describe('finding Chromium for the e2e tests', () => {
  it('prefers $CHROMIUM_PATH, then /usr/bin/chromium, then Playwright’s browser', () => {
    const on = (...present: string[]) => (path: string) => present.includes(path);
    const playwrightBrowser = () => '/pw/chrome';
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: on('/opt/c', '/usr/bin/chromium'), playwrightBrowser })).toBe('/opt/c');
    expect(findChromium({ env: {}, exists: on('/usr/bin/chromium', '/pw/chrome'), playwrightBrowser })).toBe('/usr/bin/chromium');
    expect(findChromium({ env: {}, exists: on('/pw/chrome'), playwrightBrowser })).toBe('/pw/chrome');
  });

  it('fails, saying how to install one, when there is none (never a silent skip)', () => {
    const none = { env: {}, exists: () => false, playwrightBrowser: () => '/pw/chrome' };
    expect(() => findChromium(none)).toThrow(/apt-get install -y --no-install-recommends chromium.*CHROMIUM_PATH/s);
    expect(() => findChromium({ ...none, env: { CHROMIUM_PATH: '/missing' } })).toThrow(/CHROMIUM_PATH is set to \/missing/);
  });
});
