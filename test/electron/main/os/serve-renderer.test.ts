import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../../../electron/main/csp';
import { createRendererHandler } from '../../../../electron/main/os/serve-renderer';
import { useTempDir } from '../../temp-dir';

const SECRET = 'top secret outside the renderer folder';

describe('app:// handler (createRendererHandler)', () => {
  const dir = useTempDir();
  let handle: (request: Request) => Promise<Response>;

  beforeEach(() => {
    const root = join(dir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Bedside eCRF</title>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
    writeFileSync(join(root, 'assets', 'logo.svg'), '<svg/>');
    writeFileSync(join(root, 'assets', 'font.woff2'), 'wOF2');
    writeFileSync(join(root, 'assets', 'data.bin'), 'x');
    writeFileSync(join(dir(), 'secret.txt'), SECRET);
    handle = createRendererHandler({ root, host: 'ecrf' });
  });

  const get = (url: string, init?: RequestInit) => handle(new Request(url, init));

  it.each([
    ['app://ecrf/', 'text/html; charset=utf-8', 'Bedside eCRF'],
    ['app://ecrf/index.html', 'text/html; charset=utf-8', 'Bedside eCRF'],
    ['app://ecrf/assets/index-abc.js?v=1#x', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://ecrf/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://ecrf/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://ecrf/assets/font.woff2', 'font/woff2', 'wOF2'],
    ['app://ecrf/assets/data.bin', 'application/octet-stream', 'x'],
  ])('serves %s as %s', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(await response.text()).toContain(body);
  });

  it('sends the strict CSP (and nosniff) on every response, errors included', async () => {
    for (const response of [await get('app://ecrf/'), await get('app://ecrf/missing.js'), await get('app://ecrf/', { method: 'POST', body: 'x' })]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
      expect(Object.fromEntries(directives)).toEqual(CSP_DIRECTIVES);
      expect(csp).not.toMatch(/https?:|\*|unsafe-|ws:/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('requires exactly the directives the issue asks for', () => {
    expect(CSP_DIRECTIVES).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-src': "'none'",
    });
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])('answers %s with 405 and Allow: GET', async (method) => {
    const response = await get('app://ecrf/index.html', { method, ...(method === 'HEAD' || method === 'OPTIONS' ? {} : { body: 'x' }) });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each([
    'app://ecrf/../secret.txt',
    'app://ecrf/assets/../../secret.txt',
    'app://ecrf/%2e%2e/secret.txt',
    'app://ecrf/%2e%2e%2fsecret.txt',
    'app://ecrf/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://ecrf/..%5csecret.txt',
    'app://ecrf/..\\secret.txt',
    'app://ecrf/assets\\..\\..\\secret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses absolute paths', async () => {
    const file = join(dir(), 'secret.txt');
    for (const url of [`app://ecrf/${file}`, `app://ecrf/${encodeURIComponent(file)}`, 'app://ecrf/C:/Windows/win.ini', 'app://ecrf//etc/passwd']) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain(SECRET);
    }
  });

  it('answers 404 for a missing file, a folder without index.html, and another host', async () => {
    expect((await get('app://ecrf/nope.js')).status).toBe(404);
    expect((await get('app://ecrf/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });
});
