/**
 * Which queries are about which place of a visit (a field, a row, a form, the visit itself), and how a
 * list of them reads in one word: the most pressing state first (Open, then Answered, then Closed).
 */
import type { QueryRow, QueryStatus } from '../../../shared/events';

export interface QueryPlaceRef {
  readonly visitId?: string | undefined;
  readonly formId?: string | undefined;
  /** '' or undefined: a single form's record. */
  readonly recordId?: string | undefined;
  readonly itemId?: string | undefined;
}

const norm = (s: string | undefined) => s ?? '';

/** Queries about exactly this place (not about anything inside it). */
export const queriesAt = (queries: readonly QueryRow[], place: QueryPlaceRef): QueryRow[] =>
  queries.filter(
    (q) =>
      norm(q.visitId) === norm(place.visitId) &&
      norm(q.formId) === norm(place.formId) &&
      norm(q.recordId) === norm(place.recordId) &&
      norm(q.itemId) === norm(place.itemId),
  );

const RANK: Readonly<Record<QueryStatus, number>> = { open: 0, answered: 1, closed: 2 };

/** Unresolved first (Open, then Answered), then closed; oldest first within a state. */
export const inReadingOrder = (queries: readonly QueryRow[]): QueryRow[] =>
  [...queries].sort((a, b) => RANK[a.status] - RANK[b.status] || (a.history[0]?.stamp.at ?? '').localeCompare(b.history[0]?.stamp.at ?? ''));

export interface QueryTally {
  readonly open: number;
  readonly answered: number;
  readonly closed: number;
  /** The most pressing state among them, if any. */
  readonly top?: QueryStatus;
}

export function tallyQueries(queries: readonly QueryRow[]): QueryTally {
  const tally = { open: 0, answered: 0, closed: 0 };
  for (const q of queries) tally[q.status] += 1;
  const top: QueryStatus | undefined = tally.open > 0 ? 'open' : tally.answered > 0 ? 'answered' : tally.closed > 0 ? 'closed' : undefined;
  return top === undefined ? tally : { ...tally, top };
}
