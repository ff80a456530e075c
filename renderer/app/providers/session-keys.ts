import { fail, ok, type Result } from '../../../shared/lib/result';
import type { Store } from '../../db';
import { encryptExistingData, isStoreEncrypted, isStoreUnlocked, lockStore, unlockStore } from '../../db/encryption';

/**
 * Hands the data key to the study database (renderer/db/encryption) after setup or a login: an encrypted
 * store is unlocked with it; a plain one (a laptop that held data before accounts existed) is sealed under it
 * first. The key itself stays in the session's memory only.
 */
export async function handOverDataKey(store: Store, dataKey: Uint8Array): Promise<Result<void, string>> {
  if (await isStoreEncrypted(store)) {
    const unlocked = unlockStore(store, dataKey);
    return unlocked.ok ? ok(undefined) : fail(unlocked.issues.message);
  }
  const sealed = await encryptExistingData(store, dataKey);
  return sealed.ok ? ok(undefined) : fail(sealed.issues.message);
}

/**
 * The study database reopened while someone is signed in (back from the training database): unlock it with
 * the key in memory before anything below reads it. Synchronous, so it happens before the first render.
 */
export function unlockIfNeeded(store: Store, dataKey: Uint8Array): void {
  if (!isStoreUnlocked(store)) unlockStore(store, dataKey);
}

/** Signing out forgets the keys in the store too. */
export function forgetDataKey(store: Store): void {
  lockStore(store);
}
