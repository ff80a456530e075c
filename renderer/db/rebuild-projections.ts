import type { Table, Transaction } from 'dexie';
import { causalOrder, MemoryProjection, type CrfEvent } from '../../shared/events';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

const PROJECTIONS = ['subjects', 'visits', 'entries', 'queries', 'signatures', 'protocols', 'allocationLists'] as const;

/**
 * Recomputes every projection table from the event log, in causal order, with the shared
 * reducers. For schema upgrades that change a projection's shape (call it from the version's
 * upgrade with its transaction) and for repair. NOTE: holds all events in memory: fine for a
 * maintenance step, to be streamed when stores reach millions of events.
 */
export async function rebuildProjectionsIn(tx: Transaction): Promise<void> {
  const events = (await tx.table('events').toArray()) as CrfEvent[];
  const ordered = causalOrder(events);
  if (!ordered.ok) throw new Error(`the log misses event ${ordered.issues.seq} of ${ordered.issues.deviceId}`);
  const projection = new MemoryProjection();
  for (const event of ordered.value) projection.apply(event);
  const rows: Record<(typeof PROJECTIONS)[number], unknown[]> = {
    subjects: [...projection.subjects.values()],
    visits: [...projection.visits.values()],
    entries: [...projection.entries.values()],
    queries: [...projection.queries.values()],
    signatures: [...projection.signatures.values()],
    protocols: [...projection.protocols.values()],
    allocationLists: [...projection.allocationLists.values()],
  };
  for (const name of PROJECTIONS) {
    const table: Table = tx.table(name);
    await table.clear();
    await table.bulkPut(rows[name]);
  }
}

export async function rebuildProjections(store: Store): Promise<Result<void, WriteError>> {
  const { db } = store;
  try {
    await db.transaction('rw', db.writeTables, (tx) => rebuildProjectionsIn(tx));
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

