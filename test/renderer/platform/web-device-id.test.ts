import { afterEach, describe, expect, it } from 'vitest';
import { createWebBridge, type WebBridge } from '../../../renderer/platform/web';

let n = 0;
const freshDbName = () => `ecrf-web-platform-test-device-${++n}`;
const open: WebBridge[] = [];
const bridge = (databaseName: string, newId?: () => string): WebBridge => {
  const b = createWebBridge({ databaseName, indexedDB, ...(newId ? { newId } : {}) });
  open.push(b);
  return b;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.close()));
});

describe('web platform: appInfo', () => {
  it('reports the web platform, the app name and the package version', async () => {
    const info = await bridge(freshDbName()).appInfo({});
    expect(info).toMatchObject({ name: 'Bedside eCRF', platform: 'web' });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('creates a device id on first run and returns the same one on every later call', async () => {
    const b = bridge(freshDbName());
    const first = (await b.appInfo({})).deviceId;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await b.appInfo({})).deviceId).toBe(first);
  });

  it('keeps the device id across restarts (a new bridge on the same database)', async () => {
    const name = freshDbName();
    const before = bridge(name);
    const first = (await before.appInfo({})).deviceId;
    await before.close();
    const after = bridge(name, () => 'ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect((await after.appInfo({})).deviceId).toBe(first);
  });

  it('agrees on one id when two bridges ask at the same time on first run', async () => {
    const name = freshDbName();
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];
    const [a, b] = await Promise.all([bridge(name, () => ids[0] ?? '').appInfo({}), bridge(name, () => ids[1] ?? '').appInfo({})]);
    expect(a.deviceId).toBe(b.deviceId);
    expect(ids).toContain(a.deviceId);
  });

  it('refuses an id generator that does not produce a UUID, without storing anything', async () => {
    const name = freshDbName();
    await expect(bridge(name, () => 'not-a-uuid').appInfo({})).rejects.toThrow(/UUID/);
    const good = '33333333-3333-4333-8333-333333333333';
    expect((await bridge(name, () => good).appInfo({})).deviceId).toBe(good);
  });
});
