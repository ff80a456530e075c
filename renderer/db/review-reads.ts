import type { CrfEvent, EntryRow, QueryRow, SignatureRow, SubjectRow, VisitRow } from '../../shared/events';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { SystemQueryDraft } from '../../shared/review';
import type { FormRef, ItemRef } from './entries-repo';
import { setSdv, completeForm } from './entries-repo';
import { visitHistory } from './history-repo';
import { openQuery } from './queries-repo';
import type { Store } from './store';
import type { WriteContext } from './write-event';
import { classifyWriteError, type WriteError } from './write-errors';

/*
 * Reads of the monitor's review (for useLiveQuery), and the two review writes that must be all or
 * nothing: completing a form together with the system queries it raises, and verifying a whole form.
 * Both compose the repositories' own writes inside one IndexedDB transaction (as the bundle import
 * does), so the role policy and the domain rules apply to each event exactly as for a single write.
 */

/** The projection rows a review reads, for one protocol's subjects (or one subject). */
export interface ReviewRows {
  readonly subjects: readonly SubjectRow[];
  readonly visits: readonly VisitRow[];
  readonly entries: readonly EntryRow[];
  readonly queries: readonly QueryRow[];
  readonly signatures: readonly SignatureRow[];
}

/** Every row of the subjects of a protocol, read in one transaction (a consistent picture). */
export async function reviewRows(store: Store, protocolId: string): Promise<ReviewRows> {
  const { db } = store;
  return db.transaction('r', [db.subjects, db.visits, db.entries, db.queries, db.signatures], async () => {
    const subjects = (await db.subjects.toArray()).filter((s) => s.protocolId === protocolId);
    const ids = new Set(subjects.map((s) => s.subjectId));
    const mine = <T extends { readonly subjectId: string }>(rows: T[]) => (ids.size === 0 ? [] : rows.filter((r) => ids.has(r.subjectId)));
    const [visits, entries, queries, signatures] = await Promise.all([db.visits.toArray(), db.entries.toArray(), db.queries.toArray(), db.signatures.toArray()]);
    return { subjects, visits: mine(visits), entries: mine(entries), queries: mine(queries), signatures: mine(signatures) };
  });
}

/** The rows of one subject (the visit page's review of that subject). */
export async function subjectReviewRows(store: Store, subjectId: string): Promise<ReviewRows> {
  const { db } = store;
  return db.transaction('r', [db.subjects, db.visits, db.entries, db.queries, db.signatures], async () => {
    const subject = await db.subjects.get(subjectId);
    const [visits, entries, queries, signatures] = await Promise.all([
      db.visits.where('subjectId').equals(subjectId).toArray(),
      db.entries.where('subjectId').equals(subjectId).toArray(),
      db.queries.where('subjectId').equals(subjectId).toArray(),
      db.signatures.where('[subjectId+status]').between([subjectId, ''], [subjectId, '\uffff']).toArray(),
    ]);
    return { subjects: subject === undefined ? [] : [subject], visits, entries, queries, signatures };
  });
}

/** The protocols that have subjects on this laptop, with how many. */
export async function protocolsWithSubjects(store: Store): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const s of await store.db.subjects.toArray()) counts.set(s.protocolId, (counts.get(s.protocolId) ?? 0) + 1);
  return counts;
}

class Abort extends Error {
  constructor(readonly error: WriteError) {
    super(error.kind);
  }
}

/** Runs writes in one transaction over the write tables; the first failed write aborts all of them. */
async function allOrNothing<T>(store: Store, run: (must: <V>(written: Result<V, WriteError>) => V) => Promise<T>): Promise<Result<T, WriteError>> {
  const { db } = store;
  let refused: WriteError | undefined;
  const must = <V,>(written: Result<V, WriteError>): V => {
    if (written.ok) return written.value;
    refused = written.issues;
    throw new Abort(written.issues);
  };
  try {
    return ok(await db.transaction('rw', db.writeTables, () => run(must)));
  } catch (error) {
    return fail(refused ?? classifyWriteError(error));
  }
}

export interface CompletedWithQueries {
  readonly completed: CrfEvent;
  readonly queries: readonly CrfEvent[];
}

/**
 * Completes a form (or a row) and, in the same transaction, raises a system query per unconfirmed
 * warning (shared/review completionQueries), in the session of whoever completes it.
 */
export function completeFormRaisingQueries(store: Store, ctx: WriteContext, ref: FormRef, queries: readonly SystemQueryDraft[]): Promise<Result<CompletedWithQueries, WriteError>> {
  return allOrNothing(store, async (must) => {
    const completed = must(await completeForm(store, ctx, ref));
    const raised: CrfEvent[] = [];
    for (const q of queries) raised.push(must(await openQuery(store, ctx, { ...ref, itemId: q.itemId }, q.text, true)));
    return { completed, queries: raised };
  });
}

/** Marks each value as source-verified (by the event id of the version shown), all or none. */
export function verifyValues(store: Store, ctx: WriteContext, values: readonly { readonly ref: ItemRef; readonly valueEventId: string }[]): Promise<Result<number, WriteError>> {
  return allOrNothing(store, async (must) => {
    for (const v of values) must(await setSdv(store, ctx, v.ref, v.valueEventId));
    return values.length;
  });
}

/** What the visit page's review reads, in one transaction (one live query, one re-render when it changes). */
export interface VisitReviewReads {
  /** The subject's queries (every visit: the visit page filters its own). */
  readonly queries: readonly QueryRow[];
  /** The visit instance's events, oldest first (source-data verification is told from them). */
  readonly events: readonly CrfEvent[];
  readonly signatures: readonly SignatureRow[];
  /** With the review marks on: the subject's rows, for the review of this subject. */
  readonly subject: ReviewRows | null;
}

export async function visitReviewReads(store: Store, subjectId: string, visitId: string, withReview: boolean): Promise<VisitReviewReads> {
  const { db } = store;
  return db.transaction('r', [db.subjects, db.visits, db.entries, db.queries, db.signatures, db.events], async () => {
    const [queries, events, signatures, subject] = await Promise.all([
      db.queries.where('subjectId').equals(subjectId).toArray(),
      visitHistory(store, subjectId, visitId),
      db.signatures.where('[subjectId+status]').between([subjectId, ''], [subjectId, '\uffff']).toArray(),
      withReview ? subjectReviewRows(store, subjectId) : Promise.resolve(null),
    ]);
    return { queries, events, signatures, subject };
  });
}
