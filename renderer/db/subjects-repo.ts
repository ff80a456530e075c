import type { CrfEvent, DraftOf, SubjectRow } from '../../shared/events';
import type { Result } from '../../shared/lib/result';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import type { WriteError } from './write-errors';

type Payload<T extends 'subject.screened' | 'subject.enrolled' | 'subject.armAssigned' | 'subject.statusChanged'> = DraftOf<T>['payload'];
type Saved = Promise<Result<CrfEvent, WriteError>>;

const withReason = (reason: string | undefined) => (reason === undefined ? {} : { reason });

/** Registers a subject at screening, or updates the screening record (a changed decision needs a reason). */
export function screenSubject(store: Store, ctx: WriteContext, subjectId: string, screening: Payload<'subject.screened'>, reason?: string): Saved {
  return writeEvent(store, ctx, { type: 'subject.screened', subjectId, payload: screening, ...withReason(reason) });
}

export function enrolSubject(store: Store, ctx: WriteContext, subjectId: string, enrolment: Payload<'subject.enrolled'>): Saved {
  return writeEvent(store, ctx, { type: 'subject.enrolled', subjectId, payload: enrolment });
}

export function assignArm(store: Store, ctx: WriteContext, subjectId: string, assignment: Payload<'subject.armAssigned'>, reason?: string): Saved {
  return writeEvent(store, ctx, { type: 'subject.armAssigned', subjectId, payload: assignment, ...withReason(reason) });
}

export function changeSubjectStatus(store: Store, ctx: WriteContext, subjectId: string, change: Payload<'subject.statusChanged'>, reason?: string): Saved {
  return writeEvent(store, ctx, { type: 'subject.statusChanged', subjectId, payload: change, ...withReason(reason) });
}

export function getSubject(store: Store, subjectId: string): Promise<SubjectRow | undefined> {
  return store.db.subjects.get(subjectId);
}

export function findSubjectByCode(store: Store, code: string): Promise<SubjectRow | undefined> {
  return store.db.subjects.where('code').equals(code).first();
}

/** Subjects of a site (or all), ordered by code; screened subjects without a code come last. */
export async function listSubjects(store: Store, siteId?: string): Promise<SubjectRow[]> {
  const rows = siteId === undefined ? await store.db.subjects.toArray() : await store.db.subjects.where('siteId').equals(siteId).toArray();
  return rows.sort((a, b) => (a.code ?? '\uffff').localeCompare(b.code ?? '\uffff') || a.subjectId.localeCompare(b.subjectId));
}
