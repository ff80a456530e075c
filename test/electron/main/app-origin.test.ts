import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, originOf, rendererSource } from '../../../electron/main/app-origin';

describe('renderer origin', () => {
  it('computes origins for app:// (which WHATWG URL calls opaque) and http', () => {
    expect(originOf('app://ecrf/index.html')).toBe('app://ecrf');
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('uses the dev server only unpackaged and on a loopback address', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });

  it('trusts exactly the origin it loads', () => {
    expect(rendererSource(null)).toEqual({ url: APP_ENTRY_URL, origins: ['app://ecrf'] });
    expect(rendererSource('http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/', origins: ['http://localhost:5173'] });
  });
});
