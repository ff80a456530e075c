import type { AllocationListRow, EventOf, QueryRow, SubjectRow, VisitRow } from '../../shared/events';
import { subjectHistory } from './history-repo';
import { getDocument, listAllocationLists } from './protocols-repo';
import { listQueries } from './queries-repo';
import type { Store } from './store';

/*
 * Read-side queries of the subjects, Today and protocols pages (for useLiveQuery). Plain reads of the
 * projections and, where a projection does not keep it, of the log.
 */

export interface SubjectWithVisits {
  readonly subject: SubjectRow;
  readonly visits: readonly VisitRow[];
}

/** Every subject with its recorded visit instances; two table reads whatever the number of subjects. */
export async function subjectsWithVisits(store: Store): Promise<SubjectWithVisits[]> {
  const [subjects, visits] = await Promise.all([store.db.subjects.toArray(), store.db.visits.toArray()]);
  const bySubject = new Map<string, VisitRow[]>();
  for (const visit of visits) bySubject.set(visit.subjectId, [...(bySubject.get(visit.subjectId) ?? []), visit]);
  return subjects.map((subject) => ({ subject, visits: bySubject.get(subject.subjectId) ?? [] }));
}

export async function subjectWithVisits(store: Store, subjectId: string): Promise<SubjectWithVisits | undefined> {
  const [subject, visits] = await Promise.all([store.db.subjects.get(subjectId), store.db.visits.where('subjectId').equals(subjectId).toArray()]);
  return subject === undefined ? undefined : { subject, visits };
}

/** The subject's latest screening record in full (the projection keeps only its result). */
export async function latestScreening(store: Store, subjectId: string): Promise<EventOf<'subject.screened'> | undefined> {
  const events = await subjectHistory(store, subjectId);
  return events.filter((e): e is EventOf<'subject.screened'> => e.type === 'subject.screened').at(-1);
}

/** Every arm or kit assignment of the subject, oldest first (the projection keeps only the latest). */
export async function armAssignments(store: Store, subjectId: string): Promise<EventOf<'subject.armAssigned'>[]> {
  const events = await subjectHistory(store, subjectId);
  return events.filter((e): e is EventOf<'subject.armAssigned'> => e.type === 'subject.armAssigned');
}

export interface StoredAllocationList {
  readonly row: AllocationListRow;
  /** The list file as imported; undefined when the document is missing or altered. */
  readonly text: string | undefined;
}

/**
 * Imported allocation lists (oldest import first) and every kit any subject has received. A subject
 * re-randomised at stage 2 holds only its newest kit in the projection, so the earlier ones are read
 * from its log.
 */
export async function allocationState(store: Store): Promise<{ readonly lists: StoredAllocationList[]; readonly usedKits: Set<string> }> {
  const rows = (await listAllocationLists(store)).sort((a, b) => a.imported.at.localeCompare(b.imported.at) || a.listId.localeCompare(b.listId));
  const lists = await Promise.all(rows.map(async (row) => ({ row, text: await getDocument(store, row.contentHash) })));
  const subjects = await store.db.subjects.toArray();
  const usedKits = new Set(subjects.flatMap((s) => (s.kitNumber === undefined ? [] : [s.kitNumber])));
  for (const subject of subjects.filter((s) => (s.stage ?? 0) > 1)) {
    for (const assignment of await armAssignments(store, subject.subjectId)) {
      if (assignment.payload.kitNumber !== undefined) usedKits.add(assignment.payload.kitNumber);
    }
  }
  return { lists, usedKits };
}

/** Queries the site has to answer: open ones, oldest first. */
export function openQueries(store: Store): Promise<QueryRow[]> {
  return listQueries(store, { status: 'open' });
}
