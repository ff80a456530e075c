import { Dexie } from 'dexie';
import {
  causalOrder,
  GENESIS_HASH,
  headOf,
  parseEvent,
  verifyChain,
  type ChainBreak,
  type ChainHead,
  type CrfEvent,
  type MissingAncestor,
} from '../../shared/events';
import { fail, ok, type Issue, type Result } from '../../shared/lib/result';
import type { HeldHeads } from './database';
import { addEventsInBulk } from './bulk-apply';
import type { Store } from './store';
import { readForeignHeads } from './write-event';
import { classifyWriteError, type WriteError } from './write-errors';

/** This device's chain head (null before its first event). */
export async function chainHead(store: Store): Promise<ChainHead | null> {
  const row = await store.db.meta.get('chainHead');
  return row?.key === 'chainHead' ? headOf(row) : null;
}

/** The head of every chain this store holds, this device's included. */
export async function heldHeads(store: Store): Promise<HeldHeads> {
  const own = await chainHead(store);
  return { ...(await readForeignHeads(store.db)), ...(own === null ? {} : { [own.deviceId]: own }) };
}

const readRange = (store: Store, deviceId: string, afterSeq: number, limit: number): Promise<CrfEvent[]> =>
  store.db.events
    .where('[deviceId+seq]')
    .between([deviceId, afterSeq], [deviceId, Dexie.maxKey], false, true)
    .limit(limit)
    .toArray();

/** Batches at least this large are read ahead (a walk through a chain, not a peek at its first event). */
const READ_AHEAD_MIN = 100;

/** Per store, the next batch of the last walk, already requested. */
const readAhead = new WeakMap<Store, { readonly deviceId: string; readonly afterSeq: number; readonly limit: number; readonly batch: Promise<CrfEvent[]> }>();

/**
 * Events of one device after seq `afterSeq`, in chain order: what an export since a watermark carries.
 *
 * Read-ahead: callers walk a chain batch by batch (export, verifyAllChains), so when a batch is full the
 * next one is requested at once and IndexedDB reads it while the caller works on this one. A read-ahead
 * batch is used only if it is full: `limit` events after a seq never change once they exist (events are
 * never changed or removed, chains grow only at their end), so it is exactly what a read now returns;
 * a short one might miss events added since, and is read again. Not inside a transaction.
 */
export async function eventsAfter(store: Store, deviceId: string, afterSeq: number, limit = 1000): Promise<CrfEvent[]> {
  const ahead = readAhead.get(store);
  let batch: CrfEvent[] | undefined;
  if (ahead !== undefined && ahead.deviceId === deviceId && ahead.afterSeq === afterSeq && ahead.limit === limit) {
    readAhead.delete(store);
    const read = await ahead.batch.catch(() => undefined);
    if (read?.length === limit) batch = read;
  }
  batch ??= await readRange(store, deviceId, afterSeq, limit);
  const last = batch.at(-1);
  if (limit >= READ_AHEAD_MIN && batch.length === limit && last !== undefined && Dexie.currentTransaction === null) {
    const next = readRange(store, deviceId, last.seq, limit);
    next.catch(() => undefined);
    readAhead.set(store, { deviceId, afterSeq: last.seq, limit, batch: next });
  }
  return batch;
}

/** Why a batch of foreign events was refused. Nothing was stored. */
export type ForeignRejection =
  | { readonly kind: 'invalid-event'; readonly index: number; readonly issues: readonly Issue[] }
  /** The batch itself is not a clean chain segment (edited, missing or reordered events). */
  | { readonly kind: 'broken-chain'; readonly break: ChainBreak }
  /** An event with a stored (device, seq) but different content: tampering, or two installs sharing a device id. */
  | { readonly kind: 'fork'; readonly deviceId: string; readonly seq: number; readonly message: string }
  /** The batch starts after events this store does not have: import the earlier bundle first. */
  | { readonly kind: 'gap'; readonly deviceId: string; readonly expectedSeq: number; readonly seq: number }
  /** An event saw events of a third device this store does not have. */
  | { readonly kind: 'missing-ancestor'; readonly missing: MissingAncestor }
  | { readonly kind: 'write-failed'; readonly error: WriteError };

export interface ForeignSummary {
  readonly added: number;
  /** Events already stored, byte for byte (same key and hash): importing twice changes nothing. */
  readonly alreadyStored: number;
}

class Refused extends Error {
  constructor(readonly rejection: ForeignRejection) {
    super(rejection.kind);
  }
}

/** Parses and checks the batch on its own: valid events, each device's part a clean chain segment. */
function checkBatch(input: readonly unknown[]): Result<Map<string, CrfEvent[]>, ForeignRejection> {
  const byDevice = new Map<string, Map<number, CrfEvent>>();
  for (const [index, raw] of input.entries()) {
    const parsed = parseEvent(raw);
    if (!parsed.ok) return fail({ kind: 'invalid-event', index, issues: parsed.issues });
    const event = parsed.value;
    const chain = byDevice.get(event.deviceId) ?? new Map<number, CrfEvent>();
    const twin = chain.get(event.seq);
    if (twin !== undefined && twin.hash !== event.hash) {
      return fail({ kind: 'fork', deviceId: event.deviceId, seq: event.seq, message: 'the batch holds two different events with the same (device, seq)' });
    }
    byDevice.set(event.deviceId, chain.set(event.seq, event));
  }
  const segments = new Map<string, CrfEvent[]>();
  for (const [deviceId, chain] of byDevice) {
    const segment = [...chain.values()].sort((a, b) => a.seq - b.seq);
    const first = segment[0];
    if (first === undefined) continue;
    // Verified from the link the first event claims; the store checks that claim against its own head.
    const anchor = first.seq === 1 ? null : { deviceId, seq: first.seq - 1, hash: first.prevHash };
    const verified = verifyChain(segment, anchor);
    if (!verified.ok) return fail({ kind: 'broken-chain', break: verified.issues });
    segments.set(deviceId, segment);
  }
  return ok(segments);
}

/**
 * Adds events made on other devices (a bundle's content) to the log and the projections, in one
 * transaction: all of them or, when anything is wrong, none. Idempotent: events already stored
 * with the same hash are skipped. Refused: an event that differs from the stored one with the same
 * (device, seq), a batch that does not continue the stored chain, and events whose ancestry this
 * store lacks. Events are applied in causal order, without the local domain rules: they are facts.
 */
export async function appendForeignEvents(store: Store, input: readonly unknown[]): Promise<Result<ForeignSummary, ForeignRejection>> {
  const batch = checkBatch(input);
  if (!batch.ok) return batch;
  const { db } = store;
  try {
    const summary = await db.transaction('rw', db.writeTables, async () => {
      const ownRow = await db.meta.get('chainHead');
      const own = ownRow?.key === 'chainHead' ? headOf(ownRow) : null;
      const foreign = { ...(await readForeignHeads(db)) };
      const fresh: CrfEvent[] = [];
      let alreadyStored = 0;

      for (const [deviceId, segment] of batch.value) {
        const held = deviceId === store.deviceId ? own : (foreign[deviceId] ?? null);
        const heldSeq = held?.seq ?? 0;
        const old = segment.filter((e) => e.seq <= heldSeq);
        // The batch's segment is a verified chain (checkBatch) and so is the stored one: when the last
        // event they share has the same hash, every event before it is the same too (each hash covers the
        // previous one). One read instead of one per event: re-importing a million events costs one get.
        const lastOld = old.at(-1);
        if (lastOld !== undefined) {
          const stored = await db.events.get([deviceId, lastOld.seq]);
          if (stored?.hash !== lastOld.hash) {
            throw new Refused({ kind: 'fork', deviceId, seq: lastOld.seq, message: `event ${lastOld.seq} of ${deviceId} differs from the stored one` });
          }
        }
        alreadyStored += old.length;
        const news = segment.filter((e) => e.seq > heldSeq);
        const first = news[0];
        if (first === undefined) continue;
        if (deviceId === store.deviceId) {
          throw new Refused({ kind: 'fork', deviceId, seq: first.seq, message: 'events of this device that it never made: another install uses its device id' });
        }
        if (first.seq !== heldSeq + 1) throw new Refused({ kind: 'gap', deviceId, expectedSeq: heldSeq + 1, seq: first.seq });
        if (first.prevHash !== (held?.hash ?? GENESIS_HASH)) {
          throw new Refused({ kind: 'fork', deviceId, seq: first.seq, message: `event ${first.seq} of ${deviceId} does not continue the stored chain` });
        }
        for (const e of news) fresh.push(e); // not push(...news): a million arguments overflow the stack
      }

      const clash = fresh.length === 0 ? undefined : await db.events.where('id').anyOf(fresh.map((e) => e.id)).first();
      if (clash !== undefined) {
        throw new Refused({ kind: 'fork', deviceId: clash.deviceId, seq: clash.seq, message: `event id ${clash.id} is already used by another event` });
      }
      const applied = Object.fromEntries(Object.values({ ...foreign, ...(own === null ? {} : { [own.deviceId]: own }) }).map((h) => [h.deviceId, h.seq]));
      const ordered = causalOrder(fresh, applied);
      if (!ordered.ok) throw new Refused({ kind: 'missing-ancestor', missing: ordered.issues });

      await addEventsInBulk(db, ordered.value);
      for (const event of ordered.value) foreign[event.deviceId] = headOf(event);
      await db.meta.put({ key: 'foreignHeads', heads: foreign });
      return { added: fresh.length, alreadyStored };
    });
    return ok(summary);
  } catch (error) {
    if (error instanceof Refused) return fail(error.rejection);
    return fail({ kind: 'write-failed', error: classifyWriteError(error) });
  }
}

/** One device's chain as stored: how far it verifies, and the first problem if any. */
export interface ChainReport {
  readonly deviceId: string;
  readonly events: number;
  readonly head: ChainHead | null;
  /**
   * A broken link, or `tail-missing`: the store recorded a head further than the stored events go
   * (events were removed from the end), or a head whose hash differs from the stored event's.
   */
  readonly problem?: ChainBreak | { readonly deviceId: string; readonly reason: 'tail-missing' | 'head-mismatch'; readonly seq: number; readonly expectedSeq: number; readonly message: string };
}

const CHUNK = 1000;

/**
 * Walks every device's chain in the store, in chunks (bounded memory, no long transaction), and
 * compares its end with the head the store recorded. Reads only; safe while the app writes.
 */
export async function verifyAllChains(store: Store): Promise<ChainReport[]> {
  const recorded = await heldHeads(store);
  const devices = new Set(Object.keys(recorded));
  for (let next = await store.db.events.orderBy('[deviceId+seq]').first(); next !== undefined; ) {
    devices.add(next.deviceId);
    next = await store.db.events.where('[deviceId+seq]').above([next.deviceId, Dexie.maxKey]).first();
  }
  const reports: ChainReport[] = [];
  for (const deviceId of [...devices].sort()) reports.push(await verifyDevice(store, deviceId, recorded[deviceId]));
  return reports;
}

async function verifyDevice(store: Store, deviceId: string, recorded: ChainHead | undefined): Promise<ChainReport> {
  let head: ChainHead | null = null;
  let events = 0;
  for (;;) {
    const chunk = await eventsAfter(store, deviceId, head?.seq ?? 0, CHUNK);
    const verified = verifyChain(chunk, head);
    if (!verified.ok) return { deviceId, events: events + verified.issues.index, head, problem: verified.issues };
    head = verified.value;
    events += chunk.length;
    if (chunk.length < CHUNK) break;
  }
  if (recorded !== undefined && (head?.seq ?? 0) < recorded.seq) {
    const problem = {
      deviceId,
      reason: 'tail-missing' as const,
      seq: head?.seq ?? 0,
      expectedSeq: recorded.seq,
      message: `events ${(head?.seq ?? 0) + 1}..${recorded.seq} of ${deviceId} are missing from the end of the chain`,
    };
    return { deviceId, events, head, problem };
  }
  if (recorded !== undefined && head !== null && head.seq === recorded.seq && head.hash !== recorded.hash) {
    const problem = { deviceId, reason: 'head-mismatch' as const, seq: head.seq, expectedSeq: recorded.seq, message: `the last event of ${deviceId} is not the one the store recorded` };
    return { deviceId, events, head, problem };
  }
  return { deviceId, events, head };
}
