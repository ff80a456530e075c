import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appInfo } from '../../../../electron/main/handlers/app-info';
import { DEVICE_FILE } from '../../../../electron/main/os/device-id';
import { useTempDir } from '../../temp-dir';
import { callContext } from './fakes';

describe('appInfo handler', () => {
  const dir = useTempDir();
  const info = () => appInfo({ name: 'Bedside eCRF', version: '0.1.0', userDataDir: dir() });
  const { context } = callContext();

  it('answers name, version, platform and a UUID v4 device id', async () => {
    await expect(info()({}, context)).resolves.toEqual({
      name: 'Bedside eCRF',
      version: '0.1.0',
      platform: 'electron',
      deviceId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
    });
  });

  it('keeps the device id across calls, concurrent first calls, and restarts', async () => {
    const handler = info();
    const [a, b] = await Promise.all([handler({}, context), handler({}, context)]);
    const c = await handler({}, context);
    const afterRestart = await info()({}, context);
    expect(new Set([a.deviceId, b.deviceId, c.deviceId, afterRestart.deviceId]).size).toBe(1);
  });

  it('fails with the file path on a corrupt device.json, leaves it alone, and recovers once it is repaired', async () => {
    const file = join(dir(), DEVICE_FILE);
    writeFileSync(file, 'garbage');
    const handler = info();
    await expect(handler({}, context)).rejects.toThrow(file);
    await expect(handler({}, context)).rejects.toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe('garbage');
    rmSync(file);
    await expect(handler({}, context)).resolves.toMatchObject({ platform: 'electron' });
  });
});
