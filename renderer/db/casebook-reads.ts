import type { CrfEvent, EntryRow, QueryRow, SignatureRow, SubjectRow, VisitRow } from '../../shared/events';
import type { Store } from './store';

/** Everything a subject's casebook prints: its projection rows and its whole log (status history, audit). */
export interface CasebookRows {
  readonly subject: SubjectRow;
  readonly visits: readonly VisitRow[];
  readonly entries: readonly EntryRow[];
  readonly queries: readonly QueryRow[];
  readonly signatures: readonly SignatureRow[];
  /** Every event about the subject, in stored order (shared/casebook orders them). */
  readonly events: readonly CrfEvent[];
}

/**
 * One subject's casebook rows, read in one transaction so rows and events are one consistent picture
 * (for useLiveQuery: it re-runs after any write to the subject). Undefined for an unknown subject.
 */
export async function casebookRows(store: Store, subjectId: string): Promise<CasebookRows | undefined> {
  const { db } = store;
  return db.transaction('r', [db.subjects, db.visits, db.entries, db.queries, db.signatures, db.events], async () => {
    const subject = await db.subjects.get(subjectId);
    if (subject === undefined) return undefined;
    const [visits, entries, queries, signatures, events] = await Promise.all([
      db.visits.where('subjectId').equals(subjectId).toArray(),
      db.entries.where('subjectId').equals(subjectId).toArray(),
      db.queries.where('subjectId').equals(subjectId).toArray(),
      db.signatures.where('[subjectId+status]').between([subjectId, ''], [subjectId, '\uffff']).toArray(),
      db.events.where('subjectId').equals(subjectId).toArray(),
    ]);
    return { subject, visits, entries, queries, signatures, events };
  });
}
