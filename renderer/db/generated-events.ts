import {
  causalOrder,
  GENESIS_HASH,
  headOf,
  MemoryProjection,
  rowsTouchedBy,
  type AllocationListRow,
  type ChainHead,
  type CrfEvent,
  type EntryRow,
  type ProtocolRow,
  type QueryRow,
  type RowChanges,
  type RowRefs,
  type SignatureRow,
  type SubjectRow,
  type TouchedRows,
  type VisitRow,
} from '../../shared/events';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { CrfDatabase } from './database';
import type { ForeignRejection } from './chain-repo';
import type { Store } from './store';
import { readForeignHeads } from './write-event';
import { classifyWriteError } from './write-errors';

class Refused extends Error {
  constructor(readonly rejection: ForeignRejection) {
    super(rejection.kind);
  }
}

type Rows = {
  subjects: SubjectRow[];
  visits: VisitRow[];
  entries: EntryRow[];
  queries: QueryRow[];
  signatures: SignatureRow[];
  protocols: ProtocolRow[];
  allocationLists: AllocationListRow[];
};

const noRows = (): Rows => ({ subjects: [], visits: [], entries: [], queries: [], signatures: [], protocols: [], allocationLists: [] });

interface Mark {
  readonly touched: number;
  readonly dirty: boolean;
}

/**
 * The projection rows in memory between batches: MemoryProjection, plus for each row the batch that last read or
 * wrote it and whether the store has it yet (a row written by an event is dirty until it is stored).
 */
class CachedProjection extends MemoryProjection {
  seeding = false;
  private restoring = false;

  constructor(
    public batch = 0,
    private readonly marks = new WeakMap<object, Mark>(),
  ) {
    super();
  }

  private mark(row: object | undefined, dirty: boolean): void {
    if (row === undefined) return;
    const known = this.marks.get(row);
    this.marks.set(row, { touched: this.batch, dirty: dirty || (known?.dirty ?? false) });
  }

  override write(changes: RowChanges): void {
    super.write(changes);
    if (this.restoring) return;
    const dirty = !this.seeding;
    const { subject, visit, entry, query, signatures, protocol, allocationList } = changes;
    for (const row of [subject, visit, entry, query, protocol, allocationList, ...(signatures ?? [])]) this.mark(row, dirty);
  }

  override rowsFor(refs: RowRefs): TouchedRows {
    const rows = super.rowsFor(refs);
    const { subject, subjectWithCode, visit, entry, query, signature, validSignatures, protocol, allocationList } = rows;
    for (const row of [subject, subjectWithCode, visit, entry, query, signature, protocol, allocationList, ...(validSignatures ?? [])]) this.mark(row, false);
    return rows;
  }

  /**
   * Splits the rows: those last touched before batch `before` (every row with `Infinity`) leave memory, and the
   * ones among them the store lacks are returned to be written; the others go on in a new projection (rebuilt
   * through `write`, so MemoryProjection's own indexes stay right).
   */
  evict(before: number): { readonly due: Rows; readonly kept: CachedProjection } {
    const due = noRows();
    const kept = new CachedProjection(this.batch, this.marks);
    kept.restoring = true;
    const sweep = <R extends object>(map: ReadonlyMap<string, R>, into: R[], keep: (row: R) => void): void => {
      for (const row of map.values()) {
        const mark = this.marks.get(row);
        if (mark !== undefined && mark.touched >= before) keep(row);
        else if (mark?.dirty === true) into.push(row);
      }
    };
    sweep(this.subjects, due.subjects, (subject) => kept.write({ subject }));
    sweep(this.visits, due.visits, (visit) => kept.write({ visit }));
    sweep(this.entries, due.entries, (entry) => kept.write({ entry }));
    sweep(this.queries, due.queries, (query) => kept.write({ query }));
    sweep(this.signatures, due.signatures, (signature) => kept.write({ signatures: [signature] }));
    sweep(this.protocols, due.protocols, (protocol) => kept.write({ protocol }));
    sweep(this.allocationLists, due.allocationLists, (allocationList) => kept.write({ allocationList }));
    kept.restoring = false;
    return { due, kept };
  }
}

const defined = <T>(rows: readonly (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

/**
 * Reads, in a few bulk requests, the projection rows the batch's events touch that are not in memory. Rows in
 * memory are newer than the store's, so a row read from the store never replaces one in memory.
 */
async function seedRows(db: CrfDatabase, events: readonly CrfEvent[], projection: CachedProjection): Promise<void> {
  const subjects = new Set<string>();
  const codes = new Set<string>();
  const visits = new Map<string, [string, string]>();
  const entries = new Map<string, [string, string, string, string]>();
  const queries = new Set<string>();
  const signatures = new Set<string>();
  const signaturesOf = new Set<string>();
  const protocols = new Map<string, [string, string]>();
  const lists = new Set<string>();
  const key = (...parts: readonly string[]): string => parts.join('\u0000');
  for (const event of events) {
    const refs = rowsTouchedBy(event);
    if (refs.subjectId !== undefined && !projection.subjects.has(refs.subjectId)) subjects.add(refs.subjectId);
    if (refs.subjectCode !== undefined) codes.add(refs.subjectCode);
    if (refs.visit !== undefined && projection.visit(refs.visit.subjectId, refs.visit.visitId) === undefined) {
      visits.set(key(refs.visit.subjectId, refs.visit.visitId), [refs.visit.subjectId, refs.visit.visitId]);
    }
    if (refs.entry !== undefined && projection.entry(refs.entry) === undefined) {
      const { subjectId, visitId, formId, recordId } = refs.entry;
      entries.set(key(subjectId, visitId, formId, recordId), [subjectId, visitId, formId, recordId]);
    }
    if (refs.queryId !== undefined && !projection.queries.has(refs.queryId)) queries.add(refs.queryId);
    if (refs.signatureId !== undefined && !projection.signatures.has(refs.signatureId)) signatures.add(refs.signatureId);
    if (refs.signaturesOfSubject !== undefined) signaturesOf.add(refs.signaturesOfSubject);
    if (refs.protocol !== undefined && protocolInMemory(projection, refs.protocol) === undefined) {
      protocols.set(key(refs.protocol.protocolId, refs.protocol.version), [refs.protocol.protocolId, refs.protocol.version]);
    }
    if (refs.allocationListId !== undefined && !projection.allocationLists.has(refs.allocationListId)) lists.add(refs.allocationListId);
  }
  const [subjectRows, codeRows, visitRows, entryRows, queryRows, signatureRows, validRows, protocolRows, listRows] = await Promise.all([
    db.subjects.bulkGet([...subjects]),
    // One equality lookup per code: `subjects.code` is a blind index in an encrypted store (no range order).
    Promise.all([...codes].map((code) => db.subjects.where('code').equals(code).toArray())).then((found) => found.flat()),
    db.visits.bulkGet([...visits.values()]),
    db.entries.bulkGet([...entries.values()]),
    db.queries.bulkGet([...queries]),
    db.signatures.bulkGet([...signatures]),
    signaturesOf.size === 0 ? [] : db.signatures.where('[subjectId+status]').anyOf([...signaturesOf].map((s) => [s, 'valid'])).toArray(),
    db.protocols.bulkGet([...protocols.values()]),
    db.allocationLists.bulkGet([...lists]),
  ]);
  projection.seeding = true;
  for (const subject of [...defined(subjectRows), ...codeRows]) if (!projection.subjects.has(subject.subjectId)) projection.write({ subject });
  for (const visit of defined(visitRows)) projection.write({ visit });
  for (const entry of defined(entryRows)) projection.write({ entry });
  for (const query of defined(queryRows)) projection.write({ query });
  projection.write({ signatures: [...defined(signatureRows), ...validRows].filter((s) => !projection.signatures.has(s.signatureId)) });
  for (const protocol of defined(protocolRows)) projection.write({ protocol });
  for (const allocationList of defined(listRows)) projection.write({ allocationList });
  projection.seeding = false;
}

/** The protocol row in memory, if any (looked up through the projection's own keys). */
const protocolInMemory = (projection: MemoryProjection, protocol: { readonly protocolId: string; readonly version: string }): ProtocolRow | undefined =>
  projection.rowsFor({ protocol }).protocol;

async function putRows(db: CrfDatabase, rows: Rows): Promise<void> {
  await Promise.all([
    rows.subjects.length === 0 ? undefined : db.subjects.bulkPut(rows.subjects),
    rows.visits.length === 0 ? undefined : db.visits.bulkPut(rows.visits),
    rows.entries.length === 0 ? undefined : db.entries.bulkPut(rows.entries),
    rows.queries.length === 0 ? undefined : db.queries.bulkPut(rows.queries),
    rows.signatures.length === 0 ? undefined : db.signatures.bulkPut(rows.signatures),
    rows.protocols.length === 0 ? undefined : db.protocols.bulkPut(rows.protocols),
    rows.allocationLists.length === 0 ? undefined : db.allocationLists.bulkPut(rows.allocationLists),
  ]);
}

/** Each device's part of the batch must continue the chain the store holds, link by link. */
function checkLinks(events: readonly CrfEvent[], held: Readonly<Record<string, ChainHead>>, ownDevice: string): void {
  const last = new Map<string, { seq: number; hash: string }>();
  for (const event of events) {
    if (event.deviceId === ownDevice) {
      throw new Refused({ kind: 'fork', deviceId: event.deviceId, seq: event.seq, message: 'events of this device that it never made' });
    }
    const previous = last.get(event.deviceId) ?? held[event.deviceId] ?? { seq: 0, hash: GENESIS_HASH };
    if (event.seq !== previous.seq + 1) throw new Refused({ kind: 'gap', deviceId: event.deviceId, expectedSeq: previous.seq + 1, seq: event.seq });
    if (event.prevHash !== previous.hash) {
      throw new Refused({ kind: 'fork', deviceId: event.deviceId, seq: event.seq, message: `event ${event.seq} of ${event.deviceId} does not continue the stored chain` });
    }
    last.set(event.deviceId, { seq: event.seq, hash: event.hash });
  }
}

export interface GeneratedEventsWriterOptions {
  /**
   * Projection rows touched in the last `keepBatches` batches stay in memory and are written when they fall out
   * (or at `flush()`), so a row changed by many batches is written once or twice instead of every time. 0 writes
   * every batch's rows with it (the store is complete after each batch).
   */
  readonly keepBatches: number;
}

/**
 * Appends events generated and sealed in this page (the demo generator filling the training database) fast: one
 * transaction per batch, as `appendForeignEvents` would apply them (the shared reducers, in causal order,
 * `meta.foreignHeads` moved) but without a read and a write per event: the events are written first, the rows
 * the batch touches come from memory or a few bulk reads, are reduced in memory, and written with bulk puts.
 *
 * What it trusts: the events come from `sealEvent` in this page a moment ago, so they are not parsed or
 * re-hashed again (that would double the cost of loading). It still refuses, and stores nothing of, a batch
 * that does not continue each device's stored chain seq by seq and hash link by hash link, events of this
 * store's own device, and events whose ancestry is missing. `verifyAllChains` can check the result.
 *
 * With `keepBatches` > 0 the projections in the store lag behind its events until `flush()`: only for a database
 * nothing else reads or writes meanwhile (the training database while it loads: it is open nowhere else, and a
 * load that does not finish deletes it). After a refused or failed batch the writer refuses everything.
 * Not for bundles: files from elsewhere go through `appendForeignEvents`.
 */
export class GeneratedEventsWriter {
  private projection = new CachedProjection();
  private broken: ForeignRejection | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: GeneratedEventsWriterOptions,
  ) {}

  async append(events: readonly CrfEvent[]): Promise<Result<{ readonly added: number }, ForeignRejection>> {
    if (this.broken !== undefined) return fail(this.broken);
    if (events.length === 0) return ok({ added: 0 });
    const { db } = this.store;
    const projection = this.projection;
    try {
      const added = await db.transaction('rw', db.writeTables, async () => {
        const sorted = [...events].sort((a, b) => (a.deviceId === b.deviceId ? a.seq - b.seq : a.deviceId < b.deviceId ? -1 : 1));
        // The events first: writing them is most of the work, and IndexedDB gets on with it while the rows are
        // reduced. A refusal below aborts the transaction, and these writes with it.
        const eventsWritten = db.events.bulkAdd(sorted);
        eventsWritten.catch(() => undefined);
        const foreign = { ...(await readForeignHeads(db)) };
        checkLinks(sorted, foreign, this.store.deviceId);
        const applied = Object.fromEntries(Object.values(foreign).map((h) => [h.deviceId, h.seq]));
        const ordered = causalOrder(sorted, applied);
        if (!ordered.ok) throw new Refused({ kind: 'missing-ancestor', missing: ordered.issues });

        projection.batch += 1;
        await seedRows(db, ordered.value, projection);
        for (const event of ordered.value) {
          projection.apply(event);
          foreign[event.deviceId] = headOf(event);
        }
        const { due, kept } = projection.evict(projection.batch + 1 - this.options.keepBatches);
        this.projection = kept;
        await Promise.all([eventsWritten, putRows(db, due), db.meta.put({ key: 'foreignHeads', heads: foreign })]);
        return ordered.value.length;
      });
      return ok({ added });
    } catch (error) {
      this.broken = error instanceof Refused ? error.rejection : { kind: 'write-failed', error: classifyWriteError(error) };
      return fail(this.broken);
    }
  }

  /** Writes every row still held in memory: after it, the store's projections match its events. */
  async flush(): Promise<Result<void, ForeignRejection>> {
    if (this.broken !== undefined) return fail(this.broken);
    const { db } = this.store;
    try {
      const { due, kept } = this.projection.evict(Number.POSITIVE_INFINITY);
      this.projection = kept;
      await db.transaction('rw', db.writeTables, () => putRows(db, due));
      return ok(undefined);
    } catch (error) {
      this.broken = { kind: 'write-failed', error: classifyWriteError(error) };
      return fail(this.broken);
    }
  }
}

/** One batch, written with its projection rows in one transaction (the store is complete afterwards). */
export async function appendGeneratedEvents(store: Store, events: readonly CrfEvent[]): Promise<Result<{ readonly added: number }, ForeignRejection>> {
  return new GeneratedEventsWriter(store, { keepBatches: 0 }).append(events);
}
