/**
 * Encryption at rest of the trial data (docs/store.md, "Encryption at rest"). The accounts module
 * unwraps the data key at login and hands it here; the key lives in memory only, in the store's
 * encryption state, until lockStore or the window closes.
 */
import { fail, ok, type Result } from '../../../shared/lib/result';
import type { Store } from '../store';
import { classifyWriteError, RejectedWrite, type WriteError } from '../write-errors';
import { encryptionStateOf } from './attach';
import type { EncryptionMarker } from './encryption-state';
import { PARTLY_SEALED, SEALED_TABLES } from './sealed-tables';
import { DATA_KEY_BYTES, deriveStoreKeys, type StoreKeys } from './store-keys';

export { DATA_KEY_BYTES } from './store-keys';

/**
 * Why a key was not accepted: `wrong-key` (not the key this store was sealed with: e.g. another
 * laptop's recovery key), `not-encrypted` (a plain store: seal it with encryptExistingData first),
 * `invalid-key` (not 32 bytes).
 */
export interface UnlockError {
  readonly kind: 'wrong-key' | 'not-encrypted' | 'invalid-key';
  readonly message: string;
}

const checkKey = (marker: EncryptionMarker, dataKey: Uint8Array): Result<StoreKeys, UnlockError> => {
  if (dataKey.length !== DATA_KEY_BYTES) return fail({ kind: 'invalid-key', message: `a data key has ${DATA_KEY_BYTES} bytes, this one ${dataKey.length}` });
  const keys = deriveStoreKeys(dataKey);
  if (keys.keyCheck !== marker.keyCheck) return fail({ kind: 'wrong-key', message: 'this key does not open this study database' });
  return ok(keys);
};

/** Opens the sealed tables for reading and writing with the data key, checked against the store's marker first. */
export function unlockStore(store: Store, dataKey: Uint8Array): Result<void, UnlockError> {
  const state = encryptionStateOf(store.db);
  if (state.mode.kind === 'plain') return fail({ kind: 'not-encrypted', message: 'this study database is not encrypted: encrypt it with encryptExistingData' });
  const keys = checkKey(state.mode.marker, dataKey);
  if (!keys.ok) return keys;
  state.mode = { kind: 'unlocked', marker: state.mode.marker, keys: keys.value };
  return ok(undefined);
}

/** Forgets the keys: every read or write of trial data is refused (`locked`) until the next unlock. */
export function lockStore(store: Store): void {
  const state = encryptionStateOf(store.db);
  if (state.mode.kind === 'unlocked') state.mode = { kind: 'locked', marker: state.mode.marker };
}

/**
 * Whether the store on disk is marked encrypted, read afresh: another window may have sealed it since
 * this one opened, in which case this store now knows it too (locked, ready for unlockStore).
 */
export async function isStoreEncrypted(store: Store): Promise<boolean> {
  const marker = await store.db.meta.get('encryption');
  if (marker?.key !== 'encryption') return false;
  const state = encryptionStateOf(store.db);
  if (state.mode.kind === 'plain') state.mode = { kind: 'locked', marker };
  return true;
}

/** Whether this store's trial data can be read now (plain, or encrypted and unlocked). */
export function isStoreUnlocked(store: Store): boolean {
  return encryptionStateOf(store.db).mode.kind !== 'locked';
}

export interface EncryptionReport {
  /** Rows sealed by this call; 0 when the store was already encrypted under this key. */
  readonly rowsSealed: number;
}

/** Rows re-put per request: bounded memory on a store of a million events. */
const CHUNK = 2000;

/**
 * Seals a plain store under `dataKey` and leaves it unlocked: in one read-write transaction every row
 * of the trial-data tables (and documents) is read and put back through the middleware (sealed), then
 * the marker is written. Works on an empty store too: that is how a new site's store starts sealed. Either all of it commits or nothing changes. Events keep their content exactly (their hash
 * covers the content, not how IndexedDB stores it), so the chains still verify. On a store already
 * encrypted under the same key this only unlocks; under another key it is refused.
 */
export async function encryptExistingData(store: Store, dataKey: Uint8Array): Promise<Result<EncryptionReport, WriteError>> {
  const { db } = store;
  const state = encryptionStateOf(db);
  if (dataKey.length !== DATA_KEY_BYTES) {
    const message = `a data key has ${DATA_KEY_BYTES} bytes, this one ${dataKey.length}`;
    return fail({ kind: 'rejected', issues: [{ path: ['dataKey'], message, severity: 'error' }], message });
  }
  const keys = deriveStoreKeys(dataKey);
  const tables = db.tables.filter((t) => SEALED_TABLES.has(t.name) || PARTLY_SEALED[t.name] !== undefined);
  try {
    const outcome = await db.transaction('rw', [db.meta, ...tables], async (tx) => {
      const existing = await db.meta.get('encryption');
      if (existing?.key === 'encryption') {
        if (existing.keyCheck !== keys.keyCheck) throw new RejectedWrite([{ path: ['dataKey'], message: 'the study database is already encrypted under another key', severity: 'error' }]);
        return { marker: existing, rowsSealed: 0 };
      }
      state.converting = { trans: tx.idbtrans, keys };
      let rowsSealed = 0;
      for (const table of tables) {
        const primaryKeyOf = (row: unknown): unknown => table.core.schema.primaryKey.extractKey?.(row);
        for (let rows = await table.orderBy(':id').limit(CHUNK).toArray(); rows.length > 0; ) {
          await table.bulkPut(rows);
          rowsSealed += rows.length;
          rows = rows.length < CHUNK ? [] : await table.where(':id').above(primaryKeyOf(rows[rows.length - 1])).limit(CHUNK).toArray();
        }
      }
      const marker: EncryptionMarker = { key: 'encryption', version: 1, cipher: 'AES-256-GCM', keyCheck: keys.keyCheck, encryptedAt: store.clock().toISOString() };
      await db.meta.put(marker);
      return { marker, rowsSealed };
    });
    state.mode = { kind: 'unlocked', marker: outcome.marker, keys };
    return ok({ rowsSealed: outcome.rowsSealed });
  } catch (error) {
    return fail(classifyWriteError(error));
  } finally {
    state.converting = undefined;
  }
}
