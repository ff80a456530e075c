import { compact } from '../compact';
import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf, type QueryStatus } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type QueryDraft = DraftOf<'query.opened'> | DraftOf<'query.answered'> | DraftOf<'query.closed'> | DraftOf<'query.reopened'>;
type QueryEvent = EventOf<'query.opened'> | EventOf<'query.answered'> | EventOf<'query.closed'> | EventOf<'query.reopened'>;

/** Open → Answered → Closed, and Closed → Open again; a monitor may also close an open query. */
const ALLOWED_FROM: Record<Exclude<QueryDraft['type'], 'query.opened'>, readonly QueryStatus[]> = {
  'query.answered': ['open'],
  'query.closed': ['open', 'answered'],
  'query.reopened': ['closed'],
};

const NEXT_STATUS: Record<QueryDraft['type'], QueryStatus> = {
  'query.opened': 'open',
  'query.answered': 'answered',
  'query.closed': 'closed',
  'query.reopened': 'open',
};

export function checkQueryEvent(draft: QueryDraft, rows: TouchedRows): Issue[] {
  if (draft.type === 'query.opened') {
    return [
      ...(rows.subject === undefined ? [issue(['subjectId'], 'no such subject')] : []),
      ...(rows.query !== undefined ? [issue(['payload', 'queryId'], 'a query with this id exists')] : []),
    ];
  }
  const query = rows.query;
  if (query === undefined) return [issue(['payload', 'queryId'], 'no such query')];
  return ALLOWED_FROM[draft.type].includes(query.status)
    ? []
    : [issue(['type'], `a query that is ${query.status} cannot be ${draft.type.slice('query.'.length)}`)];
}

export function applyQueryEvent(event: QueryEvent, rows: TouchedRows): RowChanges {
  const stamp = stampOf(event);
  const action = event.type.slice('query.'.length) as 'opened' | 'answered' | 'closed' | 'reopened';
  const step = compact({ action, stamp, text: event.payload.text });
  if (event.type === 'query.opened') {
    const { subjectId, visitId, formId, recordId, itemId } = event;
    return {
      query: {
        queryId: event.payload.queryId,
        ...compact({ subjectId, visitId, formId, recordId, itemId }),
        status: 'open',
        system: event.payload.system,
        text: event.payload.text,
        history: [step],
        updated: stamp,
      },
    };
  }
  // Causal order puts a query's opening first; a lone answer would be a forged chain's leftover.
  if (rows.query === undefined) return {};
  return {
    query: { ...rows.query, status: NEXT_STATUS[event.type], history: [...rows.query.history, step], updated: stamp },
  };
}
