/** Queries not yet closed, by the place they are about: the grid's "has open query" filter. */
import type { QueryRow } from '../events';
import type { OpenQueryRef } from './review-types';

export interface QueryPlace {
  readonly subjectId: string;
  readonly visitId?: string | undefined;
  readonly formId?: string | undefined;
  readonly recordId?: string | undefined;
  readonly itemId?: string | undefined;
}

/**
 * The index key of a place: subject, visit, form, row and item ('' where absent). Ids cannot contain
 * "/", so keys never collide. A finding's `link` is a place.
 */
export const queryIndexKey = (p: QueryPlace): string =>
  `${p.subjectId}/${p.visitId ?? ''}/${p.formId ?? ''}/${p.recordId ?? ''}/${p.itemId ?? ''}`;

export const isUnresolved = (q: QueryRow): q is QueryRow & { status: 'open' | 'answered' } => q.status !== 'closed';

/** Unresolved queries grouped by subject, and indexed by their exact place. */
export function indexQueries(queries: Iterable<QueryRow>): {
  readonly bySubject: ReadonlyMap<string, readonly QueryRow[]>;
  readonly byPlace: ReadonlyMap<string, readonly OpenQueryRef[]>;
} {
  const bySubject = new Map<string, QueryRow[]>();
  const byPlace = new Map<string, OpenQueryRef[]>();
  for (const q of queries) {
    if (!isUnresolved(q)) continue;
    const list = bySubject.get(q.subjectId);
    if (list === undefined) bySubject.set(q.subjectId, [q]);
    else list.push(q);
    const key = queryIndexKey(q);
    const ref: OpenQueryRef = { queryId: q.queryId, status: q.status, system: q.system, text: q.text };
    const refs = byPlace.get(key);
    if (refs === undefined) byPlace.set(key, [ref]);
    else refs.push(ref);
  }
  return { bySubject, byPlace };
}

/** Whether any unresolved query is about exactly this place (a field, a form, a visit or a subject). */
export function hasOpenQuery(index: ReadonlyMap<string, readonly OpenQueryRef[]>, place: QueryPlace): boolean {
  return (index.get(queryIndexKey(place))?.length ?? 0) > 0;
}
