import { compact } from '../compact';
import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type VisitDraft = DraftOf<'visit.started'> | DraftOf<'visit.statusChanged'>;
type VisitEvent = EventOf<'visit.started'> | EventOf<'visit.statusChanged'>;

export function checkVisitEvent(draft: VisitDraft, rows: TouchedRows): Issue[] {
  const noSubject = rows.subject === undefined ? [issue(['subjectId'], 'no such subject')] : [];
  switch (draft.type) {
    case 'visit.started':
      return [...noSubject, ...(rows.visit !== undefined ? [issue(['visitId'], 'this visit instance already exists')] : [])];
    case 'visit.statusChanged': {
      const settled = rows.visit !== undefined && rows.visit.status !== 'pending';
      return [
        ...noSubject,
        ...(settled && draft.reason === undefined ? [issue(['reason'], 'changing a visit status needs a reason for change')] : []),
      ];
    }
  }
}

export function applyVisitEvent(event: VisitEvent, rows: TouchedRows): RowChanges {
  const updated = stampOf(event);
  switch (event.type) {
    case 'visit.started':
      return {
        visit: {
          subjectId: event.subjectId,
          visitId: event.visitId,
          visitDefId: event.payload.visitDefId,
          kind: event.payload.kind,
          status: rows.visit?.status ?? 'pending',
          startedOn: event.payload.startedOn,
          updated,
        },
      };
    case 'visit.statusChanged': {
      // The status event replaces date and not-done reason, so nothing of the old status survives.
      const base = {
        subjectId: event.subjectId,
        visitId: event.visitId,
        visitDefId: rows.visit?.visitDefId ?? event.visitId,
        kind: rows.visit?.kind ?? 'scheduled',
      };
      const { startedOn } = rows.visit ?? {};
      return { visit: { ...base, ...compact({ startedOn, ...event.payload }), updated } };
    }
  }
}
