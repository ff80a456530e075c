import { afterEach } from 'vitest';
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import { closeStore, deleteStoreDatabase, openStore, type Store, type WriteContext } from '../../../renderer/db';
import type { Result } from '../../../shared/lib/result';
import { PROTOCOL } from '../../shared/events/builders';

export const NURSE: WriteContext = { userId: 'u-nurse', role: 'nurse', ...PROTOCOL };
export const MONITOR: WriteContext = { userId: 'u-monitor', role: 'monitor', ...PROTOCOL };
export const INVESTIGATOR: WriteContext = { userId: 'u-investigator', role: 'investigator', ...PROTOCOL };

let databases = 0;
const open: { store: Store; name: string }[] = [];

/** A fresh database per call, deterministic ids and clock; closed and deleted after each test. */
export async function openTestStore(options: { name?: string; idPrefix?: string } = {}): Promise<Store> {
  databases += 1;
  const name = options.name ?? `test-store-${databases}`;
  let ids = 0;
  let ticks = 0;
  const prefix = options.idPrefix ?? `${name}-id`;
  const opened = await openStore({
    name,
    newId: () => `${prefix}-${(ids += 1)}`,
    clock: () => new Date(Date.UTC(2025, 2, 1, 9, 0, 0) + (ticks += 1) * 1000),
  });
  if (!opened.ok) throw new Error(`could not open the test store: ${opened.issues.message}`);
  open.push({ store: opened.value, name });
  return opened.value;
}

afterEach(async () => {
  const names = new Set(open.map((o) => o.name));
  for (const { store } of open.splice(0)) closeStore(store);
  for (const name of names) await deleteStoreDatabase(name);
});

export function expectOk<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

/**
 * Reopens the store's database with a DBCore middleware that makes every write to `table` fail
 * with `error`: a failure inside the write transaction, after the event was added. Every write
 * attempted is listed in `written` ("add events", "put entries"...).
 */
export async function failWritesTo(store: Store, table: string, error: () => Error, written: string[] = []): Promise<void> {
  store.db.close();
  store.db.use({
    stack: 'dbcore',
    name: `fail-writes-to-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return {
          ...inner,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
            written.push(`${req.type} ${name}`);
            return name === table ? Promise.reject(error()) : inner.mutate(req);
          },
        };
      },
    }),
  });
  await store.db.open();
}
