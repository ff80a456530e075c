import type { CrfEvent, DraftOf, VisitRow } from '../../shared/events';
import type { Result } from '../../shared/lib/result';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import type { WriteError } from './write-errors';

/**
 * Starts a repeatable visit instance (unscheduled, early termination) under a fresh instance id.
 * Scheduled visits need no start: their instance id is the protocol visit id.
 */
export async function startVisit(
  store: Store,
  ctx: WriteContext,
  subjectId: string,
  start: DraftOf<'visit.started'>['payload'],
): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'visit.started', subjectId, visitId: store.newId(), payload: start });
}

export function setVisitStatus(
  store: Store,
  ctx: WriteContext,
  subjectId: string,
  visitId: string,
  status: DraftOf<'visit.statusChanged'>['payload'],
  reason?: string,
): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, {
    type: 'visit.statusChanged',
    subjectId,
    visitId,
    payload: status,
    ...(reason === undefined ? {} : { reason }),
  });
}

/** Visit instances of a subject that have a row: started ones and scheduled ones with data or a status. */
export function listVisits(store: Store, subjectId: string): Promise<VisitRow[]> {
  return store.db.visits.where('subjectId').equals(subjectId).toArray();
}
