import { Dexie, type Table, type Transaction } from 'dexie';
import { compareConcurrent, MemoryProjection, revisionOf, type CrfEvent } from '../../shared/events';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

const PROJECTIONS = ['subjects', 'visits', 'entries', 'queries', 'signatures', 'protocols', 'allocationLists'] as const;

/** Events read per request: memory holds one chunk per device, never the whole log. */
const CHUNK = 5000;

/** One device's chain, read a chunk at a time in seq order. */
interface ChainCursor {
  readonly deviceId: string;
  buffer: CrfEvent[];
  index: number;
  /** Seq of the last event read. */
  readSeq: number;
  /** Nothing left to read. */
  finished: boolean;
}

/** The devices the log holds events of, one index probe each (not a scan). */
async function devicesOf(events: Table<CrfEvent, [string, number]>): Promise<string[]> {
  const devices: string[] = [];
  for (let next = await events.orderBy('[deviceId+seq]').first(); next !== undefined; ) {
    devices.push(next.deviceId);
    next = await events.where('[deviceId+seq]').above([next.deviceId, Dexie.maxKey]).first();
  }
  return devices;
}

/**
 * Recomputes every projection table from the event log with the shared reducers, in causal order:
 * exactly the order `causalOrder` gives the whole log (an event after its own chain and its knownHeads;
 * among the events ready, the earliest by time, then device), but streamed: one chunk of each device's
 * chain in memory at a time, merged as causalOrder merges them. Memory holds the projection rows (a
 * few per form), not the million events. For schema upgrades that change a projection's shape (call it
 * from the version's upgrade with its transaction) and for repair.
 *
 * NOTE: awaits only Dexie reads, so it can run inside the caller's transaction.
 */
export async function rebuildProjectionsIn(tx: Transaction, chunk = CHUNK): Promise<void> {
  const events: Table<CrfEvent, [string, number]> = tx.table('events');
  const devices = await devicesOf(events);
  const lastSeq = new Map<string, number>();
  for (const deviceId of devices) {
    const last = await events.where('[deviceId+seq]').between([deviceId, Dexie.minKey], [deviceId, Dexie.maxKey]).last();
    lastSeq.set(deviceId, last?.seq ?? 0);
  }
  const cursors: ChainCursor[] = devices.map((deviceId) => ({ deviceId, buffer: [], index: 0, readSeq: 0, finished: false }));
  const applied = new Map<string, number>();
  const ready = (e: CrfEvent): boolean => {
    const heads = e.knownHeads;
    if (heads === undefined) return true;
    for (const d in heads) if (d !== e.deviceId && (applied.get(d) ?? 0) < (heads[d] ?? 0)) return false;
    return true;
  };
  const projection = new MemoryProjection();

  for (;;) {
    for (const cursor of cursors) {
      if (cursor.finished || cursor.index < cursor.buffer.length) continue;
      cursor.buffer = await events
        .where('[deviceId+seq]')
        .between([cursor.deviceId, cursor.readSeq], [cursor.deviceId, Dexie.maxKey], false, true)
        .limit(chunk)
        .toArray();
      cursor.index = 0;
      const last = cursor.buffer.at(-1);
      if (last === undefined) cursor.finished = true;
      else cursor.readSeq = last.seq;
    }
    if (cursors.every((c) => c.finished)) break;
    // Apply events while every unfinished chain has its next event in memory (so all are compared).
    for (;;) {
      let next: CrfEvent | undefined;
      let from: ChainCursor | undefined;
      let refill = false;
      for (const cursor of cursors) {
        const head = cursor.buffer[cursor.index];
        if (head === undefined) {
          if (!cursor.finished) refill = true;
          continue;
        }
        if (!ready(head)) continue;
        if (next === undefined || compareConcurrent(revisionOf(head), revisionOf(next)) < 0) {
          next = head;
          from = cursor;
        }
      }
      if (refill) break;
      if (next === undefined || from === undefined) {
        if (cursors.every((c) => c.buffer[c.index] === undefined)) break;
        throw new Error(missingAncestor(cursors, lastSeq));
      }
      projection.apply(next);
      from.index += 1;
      applied.set(next.deviceId, next.seq);
    }
  }

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

/** Nothing is ready: some event's knownHeads name an event the log does not hold. */
function missingAncestor(cursors: readonly ChainCursor[], lastSeq: ReadonlyMap<string, number>): string {
  for (const cursor of cursors) {
    const head = cursor.buffer[cursor.index];
    if (head === undefined) continue;
    for (const [deviceId, seq] of Object.entries(head.knownHeads ?? {})) {
      if (deviceId !== head.deviceId && (lastSeq.get(deviceId) ?? 0) < seq) return `the log misses event ${seq} of ${deviceId}`;
    }
  }
  return 'the log’s knownHeads form a cycle';
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
