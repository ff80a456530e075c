import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { getSetting, requestPersistentStorage, setSetting, storageEstimate, type StorageApi } from '../../../renderer/db';
import { classifyWriteError, RejectedWrite } from '../../../renderer/db/write-errors';
import { openTestStore } from './helpers';

describe('classifyWriteError', () => {
  it.each([
    ['a rule refusal', new RejectedWrite([{ path: ['reason'], message: 'needs a reason', severity: 'error' }]), 'rejected'],
    ['a quota error wrapped in an abort', { name: 'AbortError', message: 'aborted', inner: new DOMException('full', 'QuotaExceededError') }, 'quota-exceeded'],
    ['a closed database', new Dexie.DatabaseClosedError(), 'unavailable'],
    ['a database being upgraded elsewhere', new Dexie.VersionChangeError(), 'unavailable'],
    ['a failed open', new Dexie.OpenFailedError('blocked'), 'unavailable'],
    ['a duplicate key', new Dexie.ConstraintError('key exists'), 'conflict'],
    ['anything else', new TypeError('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ])('classifies %s', (_what, error, kind) => {
    expect(classifyWriteError(error).kind).toBe(kind);
  });

  it('keeps the issues of a refusal and a readable message for anything else', () => {
    const refusal = classifyWriteError(new RejectedWrite([{ path: ['reason'], message: 'needs a reason', severity: 'error' }]));
    expect(refusal).toMatchObject({ issues: [{ path: ['reason'] }], message: 'needs a reason' });
    expect(classifyWriteError(new TypeError('boom')).message).toContain('TypeError: boom');
  });
});

describe('storage helpers', () => {
  const fake = (api: StorageApi) => api;

  it('reports unsupported when the browser has no storage API', async () => {
    expect(await requestPersistentStorage(undefined)).toEqual({ supported: false });
    expect(await storageEstimate({}, undefined)).toEqual({ supported: false });
  });

  it('asks for persistence only when not yet granted, and reports a refusal', async () => {
    let asked = 0;
    const granted = fake({ persisted: async () => true, persist: async () => ((asked += 1), true) });
    expect(await requestPersistentStorage(granted)).toEqual({ supported: true, persisted: true });
    expect(asked).toBe(0);
    expect(await requestPersistentStorage(fake({ persisted: async () => false, persist: async () => false }))).toEqual({ supported: true, persisted: false });
    expect(await requestPersistentStorage(fake({ persist: async () => Promise.reject(new Error('denied')) }))).toEqual({ supported: true, persisted: false });
  });

  it('flags low storage by free bytes or by the share of the quota used', async () => {
    const mb = 1024 * 1024;
    const estimate = (usage: number, quota: number) => fake({ estimate: async () => ({ usage, quota }) });
    expect(await storageEstimate({}, estimate(100 * mb, 10_000 * mb))).toEqual({ supported: true, usage: 100 * mb, quota: 10_000 * mb, available: 9_900 * mb, low: false });
    expect(await storageEstimate({}, estimate(900 * mb, 1_000 * mb))).toMatchObject({ low: true, available: 100 * mb });
    expect(await storageEstimate({}, estimate(9_100 * mb, 10_000 * mb))).toMatchObject({ low: true });
    expect(await storageEstimate({ lowBytes: 50 * mb, lowUsedShare: 0.95 }, estimate(900 * mb, 1_000 * mb))).toMatchObject({ low: false });
    expect(await storageEstimate({}, fake({ estimate: async () => ({ usage: 1 }) }))).toEqual({ supported: false });
  });
});

describe('settings repository', () => {
  it('stores typed settings and refuses values that do not fit', async () => {
    const store = await openTestStore();
    expect(await getSetting(store, 'locale')).toBeUndefined();
    expect(await setSetting(store, 'locale', 'zh-CN')).toEqual({ ok: true, value: undefined });
    expect(await getSetting(store, 'locale')).toBe('zh-CN');
    expect(await setSetting(store, 'lowStorageBytes', -1)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
  });

  it('reads a stored value that no longer fits its schema as absent', async () => {
    const store = await openTestStore();
    await store.db.settings.put({ key: 'locale', value: 'fr' });
    expect(await getSetting(store, 'locale')).toBeUndefined();
  });
});
