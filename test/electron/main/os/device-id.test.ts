import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEVICE_FILE, loadOrCreateDeviceId } from '../../../../electron/main/os/device-id';
import { useTempDir } from '../../temp-dir';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('device id', () => {
  const dir = useTempDir();

  it('is created on first run as a UUID v4 and stays the same on later calls', async () => {
    const first = await loadOrCreateDeviceId(dir());
    expect(first.ok && first.value.created).toBe(true);
    const id = first.ok ? first.value.deviceId : '';
    expect(id).toMatch(UUID_V4);
    const second = await loadOrCreateDeviceId(dir());
    expect(second).toEqual({ ok: true, value: { deviceId: id, created: false } });
  });

  it('survives a restart: a new process reading the same folder gets the same id', async () => {
    const first = await loadOrCreateDeviceId(dir());
    // A "restart" is simply a fresh call with no in-memory state, reading what the first one wrote.
    const afterRestart = await loadOrCreateDeviceId(dir(), () => {
      throw new Error('must not create a second id');
    });
    expect(afterRestart.ok && first.ok && afterRestart.value.deviceId === first.value.deviceId).toBe(true);
    expect(JSON.parse(readFileSync(join(dir(), DEVICE_FILE), 'utf8'))).toMatchObject({ deviceId: first.ok ? first.value.deviceId : '' });
  });

  it.each([
    ['not JSON', '{"deviceId": "trunc'],
    ['a wrong shape', '{"id": "3b241101-e2bb-4255-8caf-4136c566a962"}'],
    ['a non-v4 id', '{"deviceId": "3b241101-e2bb-1255-8caf-4136c566a962", "createdAt": "2026-01-01"}'],
  ])('reports a corrupt file (%s) and leaves it untouched', async (_what, text) => {
    const file = join(dir(), DEVICE_FILE);
    writeFileSync(file, text);
    const result = await loadOrCreateDeviceId(dir());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.file).toBe(file);
      expect(result.issues.message).toContain(file);
    }
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses to store an id that is not a lowercase UUID v4', async () => {
    await expect(loadOrCreateDeviceId(dir(), () => 'NOT-A-UUID')).rejects.toThrow(/UUID/);
  });

  it('creates the folder when it does not exist yet', async () => {
    const result = await loadOrCreateDeviceId(join(dir(), 'fresh', 'userData'));
    expect(result.ok).toBe(true);
  });
});
