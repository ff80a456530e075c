import { Dexie, type DexieOptions } from 'dexie';
import { fail, ok, type Result } from '../../shared/lib/result';
import { CrfDatabase, DEFAULT_DATABASE_NAME } from './database';
import { applyEncryptionMarker, attachEncryption } from './encryption/attach';
import { classifyWriteError, type WriteError } from './write-errors';

/**
 * An open store: the database plus this device's identity and the sources of time and ids that
 * events get (injected so tests and tools are deterministic). Features hold a Store and call
 * repository functions; they never touch `db`.
 */
export interface Store {
  readonly db: CrfDatabase;
  readonly deviceId: string;
  readonly clock: () => Date;
  readonly newId: () => string;
}

export interface StoreOptions {
  readonly name?: string;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  /** Dexie options, e.g. an IndexedDB implementation for a command-line tool. */
  readonly dexie?: DexieOptions;
}

/**
 * Opens (creating or upgrading) the database and loads or creates this device's id. A failure
 * (blocked by another window, storage unavailable, quota) comes back as a result to show.
 */
export async function openStore(options: StoreOptions = {}): Promise<Result<Store, WriteError>> {
  const db = new CrfDatabase(options.name ?? DEFAULT_DATABASE_NAME, options.dexie);
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  // Before open: Dexie builds its middleware stack when the database opens.
  attachEncryption(db);
  try {
    await db.open();
    const { deviceId, encryption } = await db.transaction('rw', db.meta, async () => {
      // An encrypted store opens locked: its trial data is refused until unlockStore gets the key.
      const [known, marker] = await Promise.all([db.meta.get('device'), db.meta.get('encryption')]);
      if (known?.key === 'device') return { deviceId: known.deviceId, encryption: marker };
      const created = { key: 'device', deviceId: newId(), createdAt: clock().toISOString() } as const;
      await db.meta.add(created);
      return { deviceId: created.deviceId, encryption: marker };
    });
    applyEncryptionMarker(db, encryption);
    return ok({ db, deviceId, clock, newId });
  } catch (error) {
    db.close();
    return fail(classifyWriteError(error));
  }
}

export function closeStore(store: Store): void {
  store.db.close();
}

/** Deletes a database by name. Close every store on it first, or this waits for them. */
export async function deleteStoreDatabase(name: string, options?: DexieOptions): Promise<void> {
  await new Dexie(name, options).delete();
}
