import { inTransaction, SETTINGS_STORE } from './platform-db';

const DEVICE_ID_KEY = 'deviceId';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * This browser profile's device id: read it, or create and store it on first run, in ONE read-write
 * transaction, so two first calls racing each other still agree on a single id.
 */
export function getOrCreateDeviceId(db: IDBDatabase, newId: () => string): Promise<string> {
  const candidate = newId();
  if (!UUID.test(candidate)) return Promise.reject(new Error(`not a lower-case UUID: ${candidate}`));
  return inTransaction<string>(db, SETTINGS_STORE, 'readwrite', (tx, done) => {
    const store = tx.objectStore(SETTINGS_STORE);
    const get = store.get(DEVICE_ID_KEY);
    get.onsuccess = () => {
      const stored: unknown = get.result;
      if (typeof stored === 'string' && UUID.test(stored)) {
        done(stored);
        return;
      }
      store.put(candidate, DEVICE_ID_KEY);
      done(candidate);
    };
  });
}
