import { compact, type CrfEvent, type QueryRow, type QueryStatus } from '../../shared/events';
import { fail, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import { notFound, type WriteError } from './write-errors';

/** What a query is about: a subject, and optionally a visit, form, row and item. */
export interface QueryTarget {
  readonly subjectId: string;
  readonly visitId?: string;
  readonly formId?: string;
  readonly recordId?: string;
  readonly itemId?: string;
}

type Saved = Promise<Result<CrfEvent, WriteError>>;

/** Opens a query under a fresh query id (returned in the event's payload). */
export function openQuery(store: Store, ctx: WriteContext, target: QueryTarget, text: string, system = false): Saved {
  return writeEvent(store, ctx, { type: 'query.opened', ...compact(target), payload: { queryId: store.newId(), text, system } });
}

export async function answerQuery(store: Store, ctx: WriteContext, queryId: string, text: string): Saved {
  return step(store, ctx, 'query.answered', queryId, text);
}

export async function closeQuery(store: Store, ctx: WriteContext, queryId: string, text?: string): Saved {
  return step(store, ctx, 'query.closed', queryId, text);
}

export async function reopenQuery(store: Store, ctx: WriteContext, queryId: string, text: string): Saved {
  return step(store, ctx, 'query.reopened', queryId, text);
}

async function step(
  store: Store,
  ctx: WriteContext,
  type: 'query.answered' | 'query.closed' | 'query.reopened',
  queryId: string,
  text: string | undefined,
): Saved {
  // Every query event carries the query's subject (its scope), which never changes.
  const query = await store.db.queries.get(queryId);
  if (query === undefined) return fail(notFound(['queryId'], `no such query: ${queryId}`));
  const { subjectId } = query;
  if (type === 'query.closed') return writeEvent(store, ctx, { type, subjectId, payload: compact({ queryId, text }) });
  return writeEvent(store, ctx, { type, subjectId, payload: { queryId, text: text ?? '' } });
}

export function getQuery(store: Store, queryId: string): Promise<QueryRow | undefined> {
  return store.db.queries.get(queryId);
}

export async function listQueries(store: Store, filter: { subjectId?: string; status?: QueryStatus } = {}): Promise<QueryRow[]> {
  const { subjectId, status } = filter;
  const base =
    subjectId !== undefined
      ? store.db.queries.where('subjectId').equals(subjectId)
      : status !== undefined
        ? store.db.queries.where('status').equals(status)
        : store.db.queries.toCollection();
  const rows = await base.toArray();
  return rows.filter((q) => status === undefined || q.status === status).sort((a, b) => a.updated.at.localeCompare(b.updated.at));
}
