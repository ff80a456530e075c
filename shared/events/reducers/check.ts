import { assertNever } from '../../lib/assert-never';
import type { Issue } from '../../lib/result';
import type { CrfEventDraft } from '../event-schema';
import { checkEntryEvent } from './entries';
import { checkImportEvent } from './imports';
import { checkQueryEvent } from './queries';
import { checkSdvEvent } from './sdv';
import { checkSignatureEvent, lockedDataIssues } from './signatures';
import { checkSubjectEvent } from './subjects';
import type { TouchedRows } from './touched';
import { checkVisitEvent } from './visits';

/**
 * The domain rules a *new* event must satisfy against the current projection (a reason for
 * change on completed data, signed data locked, query state machine, no enrolment without eligibility...).
 * Events that already exist elsewhere (imported) are facts and are not checked: see applyEvent.
 */
export function checkEvent(draft: CrfEventDraft, rows: TouchedRows): Issue[] {
  switch (draft.type) {
    case 'subject.screened':
    case 'subject.enrolled':
    case 'subject.armAssigned':
    case 'subject.statusChanged':
      return checkSubjectEvent(draft, rows);
    case 'visit.started':
    case 'visit.statusChanged':
      return checkVisitEvent(draft, rows);
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared':
    case 'record.added':
    case 'record.removed':
    case 'form.completed':
    case 'form.reopened': {
      // Signed data is locked: the signature names itself, and no reason for change unlocks it.
      const locked = lockedDataIssues(draft, rows);
      return locked.length > 0 ? locked : checkEntryEvent(draft, rows);
    }
    case 'sdv.set':
    case 'sdv.cleared':
      return checkSdvEvent(draft, rows);
    case 'query.opened':
    case 'query.answered':
    case 'query.closed':
    case 'query.reopened':
      return checkQueryEvent(draft, rows);
    case 'signature.applied':
    case 'signature.voided':
      return checkSignatureEvent(draft, rows);
    case 'protocol.imported':
    case 'allocation.imported':
      return checkImportEvent(draft, rows);
    default:
      return assertNever(draft, 'event type');
  }
}
