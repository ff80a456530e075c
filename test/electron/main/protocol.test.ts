import type { Protocol } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registerAppScheme, serveAppScheme } from '../../../electron/main/protocol';
import { protocol, resetElectronMock } from '../mocks/electron';
import { useTempDir } from '../temp-dir';

vi.mock('electron', () => import('../mocks/electron'));

describe('the app:// scheme', () => {
  const dir = useTempDir();
  beforeEach(resetElectronMock);

  it('is privileged as standard, secure and fetchable, and nothing more', () => {
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('is served from the built renderer folder', async () => {
    mkdirSync(join(dir(), 'renderer'));
    writeFileSync(join(dir(), 'renderer', 'index.html'), '<!doctype html>');
    serveAppScheme(protocol as unknown as Protocol, join(dir(), 'renderer'));
    const handler = protocol.handlers.get('app');
    const response = await handler?.(new Request('app://ecrf/'));
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
