import { BACKUP_NAME_INDEX, BACKUPS_STORE, inTransaction, type StoredBackup } from './platform-db';

/** Where the web build keeps automatic backups: inside this browser profile, not in a folder on disk. */
export const WEB_BACKUP_FOLDER = 'browser-storage://ecrf-web-platform/backups';

export const backupLocation = (name: string): string => `${WEB_BACKUP_FOLDER}/${name}`;

/** Every stored backup's name and seq, oldest first, read through the name index without loading any bytes. */
function collectBackupKeys(index: IDBIndex, done: (keys: { name: string; seq: number }[]) => void): void {
  const keys: { name: string; seq: number }[] = [];
  const cursor = index.openKeyCursor();
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at) {
      keys.push({ name: String(at.key), seq: Number(at.primaryKey) });
      at.continue();
      return;
    }
    done(keys.sort((a, b) => a.seq - b.seq));
  };
}

/**
 * Stores a backup (replacing one of the same name, as a file system would) and deletes all but the newest
 * `keep`, in one transaction. Resolves with the names removed, oldest first, once committed.
 */
export function storeBackup(db: IDBDatabase, backup: StoredBackup, keep: number): Promise<string[]> {
  return inTransaction<string[]>(db, BACKUPS_STORE, 'readwrite', (tx, done) => {
    const store = tx.objectStore(BACKUPS_STORE);
    const byName = store.index(BACKUP_NAME_INDEX);
    const existing = byName.getKey(backup.name);
    existing.onsuccess = () => {
      if (existing.result !== undefined) store.delete(existing.result);
      store.add(backup).onsuccess = () => {
        collectBackupKeys(byName, (oldestFirst) => {
          const surplus = oldestFirst.slice(0, Math.max(0, oldestFirst.length - keep));
          for (const { seq } of surplus) store.delete(seq);
          done(surplus.map(({ name }) => name));
        });
      };
    };
  });
}

/** Names of the stored backups, newest first. */
export function listBackups(db: IDBDatabase): Promise<string[]> {
  return inTransaction<string[]>(db, BACKUPS_STORE, 'readonly', (tx, done) => {
    collectBackupKeys(tx.objectStore(BACKUPS_STORE).index(BACKUP_NAME_INDEX), (oldestFirst) =>
      done(oldestFirst.map(({ name }) => name).reverse()),
    );
  });
}

/** One stored backup's bytes, or undefined when there is none of that name. */
export function readBackup(db: IDBDatabase, name: string): Promise<Uint8Array | undefined> {
  return inTransaction<Uint8Array | undefined>(db, BACKUPS_STORE, 'readonly', (tx, done) => {
    const get = tx.objectStore(BACKUPS_STORE).index(BACKUP_NAME_INDEX).get(name);
    get.onsuccess = () => done((get.result as StoredBackup | undefined)?.bytes);
  });
}
