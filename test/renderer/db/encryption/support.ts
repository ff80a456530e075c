import { Dexie } from 'dexie';
import { encryptExistingData, type Store } from '../../../../renderer/db';
import { expectOk, openTestStore } from '../helpers';

/** A fixed data key (what the accounts module hands over after a login), and another one. */
export const DATA_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) % 256);
export const OTHER_KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 11 + 5) % 256);

/** A fresh test store, sealed under DATA_KEY and unlocked (closed and deleted after the test by the helpers). */
export async function openEncryptedStore(options: { name?: string } = {}): Promise<Store> {
  const store = await openTestStore(options);
  expectOk(await encryptExistingData(store, DATA_KEY));
  return store;
}

/**
 * Every row of every table as IndexedDB holds it: the same database opened by a plain Dexie without
 * the encryption middleware, as someone with the disk but not the key would read it.
 */
export async function rawTables(name: string): Promise<Record<string, unknown[]>> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const out: Record<string, unknown[]> = {};
    for (const table of raw.tables) out[table.name] = await table.toArray();
    return out;
  } finally {
    raw.close();
  }
}

/** Changes one raw row of `table` (chosen by `pick`) with `edit`, behind the middleware's back. */
export async function editRawRow(name: string, table: string, pick: (row: Record<string, unknown>) => boolean, edit: (row: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const rows = (await raw.table(table).toArray()) as Record<string, unknown>[];
    const row = rows.find(pick);
    if (row === undefined) throw new Error(`no raw row of ${table} matched`);
    await raw.table(table).put(edit(row));
  } finally {
    raw.close();
  }
}

/** JSON of raw rows with byte arrays read as Latin-1 text, so clear UTF-8 text inside them would show too. */
export const rawText = (rows: unknown): string =>
  JSON.stringify(rows, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? String.fromCharCode(...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) : value,
  );

/** A store's database name (the helpers number them). */
export const nameOf = (store: Store): string => store.db.name;
