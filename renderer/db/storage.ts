/*
 * Browser storage health, for the UI: whether the data is protected from eviction, and whether
 * space is running out. Everything is a result, never a throw: a browser without the API (or a
 * test) simply reports "unsupported".
 */

/** The part of `navigator.storage` used here (injectable for tests). */
export interface StorageApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

const defaultStorage = (): StorageApi | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export type PersistenceStatus =
  | { readonly supported: false }
  /** persisted false = the browser may evict the data under storage pressure: tell the user. */
  | { readonly supported: true; readonly persisted: boolean };

/**
 * Asks the browser not to evict this origin's data. Electron and installed apps usually grant it;
 * a plain browser may refuse, which the UI must show.
 */
export async function requestPersistentStorage(storage: StorageApi | undefined = defaultStorage()): Promise<PersistenceStatus> {
  if (storage?.persist === undefined) return { supported: false };
  try {
    if ((await storage.persisted?.()) === true) return { supported: true, persisted: true };
    return { supported: true, persisted: await storage.persist() };
  } catch {
    return { supported: true, persisted: false };
  }
}

/** Below this much free space, warn: a few days of full-speed data entry plus an export. */
export const LOW_STORAGE_BYTES = 200 * 1024 * 1024;
/** Or when this share of the quota is used. */
export const LOW_STORAGE_USED_SHARE = 0.9;

export type StorageEstimate =
  | { readonly supported: false }
  | {
      readonly supported: true;
      readonly usage: number;
      readonly quota: number;
      readonly available: number;
      /** Time to export and free space: writes will start failing with quota-exceeded. */
      readonly low: boolean;
    };

export async function storageEstimate(
  options: { readonly lowBytes?: number; readonly lowUsedShare?: number } = {},
  storage: StorageApi | undefined = defaultStorage(),
): Promise<StorageEstimate> {
  if (storage?.estimate === undefined) return { supported: false };
  try {
    const { usage = 0, quota } = await storage.estimate();
    if (quota === undefined || quota <= 0) return { supported: false };
    const available = Math.max(0, quota - usage);
    const low = available < (options.lowBytes ?? LOW_STORAGE_BYTES) || usage / quota >= (options.lowUsedShare ?? LOW_STORAGE_USED_SHARE);
    return { supported: true, usage, quota, available, low };
  } catch {
    return { supported: false };
  }
}
