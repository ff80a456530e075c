import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRequestPath } from '../../../../electron/main/os/request-path';

const root = join('/srv', 'out', 'renderer');

describe('resolveRequestPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['/assets/', join('assets', 'index.html')],
    ['/fonts/Noto%20Sans.woff2', join('fonts', 'Noto Sans.woff2')],
  ])('maps %s inside the root', (pathname, rel) => {
    expect(resolveRequestPath(root, pathname)).toEqual({ ok: true, value: join(root, rel) });
  });

  it.each([
    ['../etc/passwd', 'not-absolute'],
    ['/../etc/passwd', 'dot-segment'],
    ['/assets/../../etc/passwd', 'dot-segment'],
    ['/%2e%2e/etc/passwd', 'dot-segment'],
    ['/%2E%2E/etc/passwd', 'dot-segment'],
    ['/%2e%2e%2fetc%2fpasswd', 'dot-segment'],
    ['/assets/%2e%2e%2f%2e%2e%2fsecret', 'dot-segment'],
    ['/assets%2f..%2f..%2fsecret', 'forbidden-character'],
    ['/..%5c..%5csecret', 'dot-segment'],
    ['/assets\\..\\..\\secret', 'forbidden-character'],
    ['/assets%5c..%5csecret', 'forbidden-character'],
    ['//etc/passwd', 'empty-segment'],
    ['/C:/Windows/win.ini', 'forbidden-character'],
    ['/C%3A%5CWindows%5Cwin.ini', 'forbidden-character'],
    ['/%00index.html', 'forbidden-character'],
    ['/%E0%A4%A', 'malformed-encoding'],
    ['/.env', 'dot-segment'],
    ['/./index.html', 'dot-segment'],
  ])('refuses %s (%s)', (pathname, refusal) => {
    expect(resolveRequestPath(root, pathname)).toEqual({ ok: false, issues: refusal });
  });
});
