import { assertNever } from '../../lib/assert-never';
import type { CrfEvent } from '../event-schema';
import { applyEntryEvent } from './entries';
import { applyImportEvent } from './imports';
import { applyQueryEvent } from './queries';
import { applySdvEvent } from './sdv';
import { applySignatureEvent } from './signatures';
import { applySubjectEvent } from './subjects';
import type { RowChanges, TouchedRows } from './touched';
import { applyVisitEvent } from './visits';

/**
 * The projection rows after a sealed event, from the rows it touches (rowsTouchedBy). Total: it
 * never refuses, because an event in the log is a fact; the rules are checkEvent's job before
 * sealing. Apply events in causal order (causalOrder) so every device computes the same rows.
 */
export function applyEvent(event: CrfEvent, rows: TouchedRows): RowChanges {
  switch (event.type) {
    case 'subject.screened':
    case 'subject.enrolled':
    case 'subject.armAssigned':
    case 'subject.statusChanged':
      return applySubjectEvent(event, rows);
    case 'visit.started':
    case 'visit.statusChanged':
      return applyVisitEvent(event, rows);
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared':
    case 'record.added':
    case 'record.removed':
    case 'form.completed':
    case 'form.reopened':
      return applyEntryEvent(event, rows);
    case 'sdv.set':
    case 'sdv.cleared':
      return applySdvEvent(event, rows);
    case 'query.opened':
    case 'query.answered':
    case 'query.closed':
    case 'query.reopened':
      return applyQueryEvent(event, rows);
    case 'signature.applied':
    case 'signature.voided':
      return applySignatureEvent(event, rows);
    case 'protocol.imported':
    case 'allocation.imported':
      return applyImportEvent(event, rows);
    default:
      return assertNever(event, 'event type');
  }
}
