import type { EntryRow, SubjectRow, VisitRow } from '../../shared/events';
import type { Store } from './store';

/** What a subject's plots read: the subject, its visit instances and its form entries (for useLiveQuery). */
export interface SubjectCourseRows {
  readonly subject: SubjectRow;
  readonly visits: readonly VisitRow[];
  readonly entries: readonly EntryRow[];
}

export async function subjectCourseRows(store: Store, subjectId: string): Promise<SubjectCourseRows | undefined> {
  const { db } = store;
  const [subject, visits, entries] = await Promise.all([
    db.subjects.get(subjectId),
    db.visits.where('subjectId').equals(subjectId).toArray(),
    db.entries.where('subjectId').equals(subjectId).toArray(),
  ]);
  return subject === undefined ? undefined : { subject, visits, entries };
}
