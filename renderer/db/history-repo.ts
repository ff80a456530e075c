import {
  compareConcurrent,
  revisionOf,
  SINGLE_RECORD,
  versionOf,
  type CrfEvent,
  type ItemVersion,
} from '../../shared/events';
import type { ItemRef } from './entries-repo';
import type { Store } from './store';

/*
 * Reading the audit trail. The log is the audit trail, so these are plain reads of the events
 * table through its subject / visit / form / item indexes, in the order the changes were made.
 */

const inTimeOrder = (events: CrfEvent[]) => events.sort((a, b) => compareConcurrent(revisionOf(a), revisionOf(b)));

/**
 * Every value, missing reason and clearing of one item, oldest first, each with who (user, role,
 * device), when, the reason for change and the protocol version it was entered under.
 */
export async function fieldHistory(store: Store, ref: ItemRef): Promise<ItemVersion[]> {
  const events = await store.db.events
    .where('[subjectId+visitId+formId+itemId]')
    .equals([ref.subjectId, ref.visitId, ref.formId, ref.itemId])
    .toArray();
  const recordId = ref.recordId ?? SINGLE_RECORD;
  return inTimeOrder(events).flatMap((e) =>
    (e.type === 'item.valueSet' || e.type === 'item.missingReasonSet' || e.type === 'item.cleared') &&
    (e.recordId ?? SINGLE_RECORD) === recordId
      ? [versionOf(e)]
      : [],
  );
}

/** Every event about a subject (screening to signatures), oldest first. */
export async function subjectHistory(store: Store, subjectId: string): Promise<CrfEvent[]> {
  return inTimeOrder(await store.db.events.where('subjectId').equals(subjectId).toArray());
}

export async function visitHistory(store: Store, subjectId: string, visitId: string): Promise<CrfEvent[]> {
  return inTimeOrder(await store.db.events.where('[subjectId+visitId]').equals([subjectId, visitId]).toArray());
}

/** Every event on one form of one visit (all rows of a repeating form), oldest first. */
export async function formHistory(store: Store, subjectId: string, visitId: string, formId: string): Promise<CrfEvent[]> {
  return inTimeOrder(await store.db.events.where('[subjectId+visitId+formId]').equals([subjectId, visitId, formId]).toArray());
}
