/**
 * The web platform's own small IndexedDB database (raw API, not Dexie: it belongs to the platform, not to the
 * study data store in renderer/db). Holds the device id and the automatic backups.
 */
export const WEB_PLATFORM_DB = 'ecrf-web-platform';
const VERSION = 1;

export const SETTINGS_STORE = 'settings';
export const BACKUPS_STORE = 'backups';
export const BACKUP_NAME_INDEX = 'name';

/** One stored backup; its key `seq` grows with every write, so the highest seq is the newest. */
export interface StoredBackup {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly writtenAt: string;
}

export function openPlatformDb(factory: IDBFactory, name: string = WEB_PLATFORM_DB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(SETTINGS_STORE)) db.createObjectStore(SETTINGS_STORE);
      if (!db.objectStoreNames.contains(BACKUPS_STORE)) {
        const backups = db.createObjectStore(BACKUPS_STORE, { keyPath: 'seq', autoIncrement: true });
        backups.createIndex(BACKUP_NAME_INDEX, 'name', { unique: true });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version opened elsewhere (another tab after an update): step aside instead of blocking it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`could not open IndexedDB database ${name}`));
    request.onblocked = () => reject(new Error(`IndexedDB database ${name} is blocked by another open connection`));
  });
}

/**
 * Runs `work` in one transaction and resolves with what it produced once the transaction has COMMITTED
 * (so a resolved write is durable). `work` must only issue requests and use callbacks: awaiting inside an
 * IndexedDB transaction lets it auto-commit early.
 */
export function inTransaction<T>(
  db: IDBDatabase,
  stores: string | string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction, done: (value: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode, { durability: 'strict' });
    let result: { value: T } | undefined;
    tx.oncomplete = () => (result ? resolve(result.value) : reject(new Error('transaction completed without a result')));
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    try {
      work(tx, (value) => {
        result = { value };
      });
    } catch (error) {
      tx.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
