import { assertNever } from '../../lib/assert-never';
import type { CrfEventDraft } from '../event-schema';
import {
  SINGLE_RECORD,
  type AllocationListRow,
  type EntryRow,
  type ProtocolRow,
  type QueryRow,
  type SignatureRow,
  type SubjectRow,
  type VisitRow,
} from './rows';

export interface EntryKey {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId: string;
}

/** The projection rows an event reads or writes, by key. Loading them is the caller's job. */
export interface RowRefs {
  readonly subjectId?: string;
  /** Enrolment: the subject (if any) that already holds this code. */
  readonly subjectCode?: string;
  readonly visit?: { readonly subjectId: string; readonly visitId: string };
  readonly entry?: EntryKey;
  readonly queryId?: string;
  readonly signatureId?: string;
  /** The valid signatures of this subject, some of which may cover the changed data. */
  readonly signaturesOfSubject?: string;
  readonly protocol?: { readonly protocolId: string; readonly version: string };
  readonly allocationListId?: string;
}

export interface TouchedRows {
  readonly subject?: SubjectRow;
  readonly subjectWithCode?: SubjectRow;
  readonly visit?: VisitRow;
  readonly entry?: EntryRow;
  readonly query?: QueryRow;
  readonly signature?: SignatureRow;
  readonly validSignatures?: readonly SignatureRow[];
  readonly protocol?: ProtocolRow;
  readonly allocationList?: AllocationListRow;
}

/** Rows to write (put) after an event; absent = unchanged. */
export interface RowChanges {
  subject?: SubjectRow;
  visit?: VisitRow;
  entry?: EntryRow;
  query?: QueryRow;
  signatures?: SignatureRow[];
  protocol?: ProtocolRow;
  allocationList?: AllocationListRow;
}

export const entryKeyOf = (e: {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string | undefined;
}): EntryKey => ({
  subjectId: e.subjectId,
  visitId: e.visitId,
  formId: e.formId,
  recordId: e.recordId ?? SINGLE_RECORD,
});

export function rowsTouchedBy(event: CrfEventDraft): RowRefs {
  switch (event.type) {
    case 'subject.screened':
    case 'subject.armAssigned':
    case 'subject.statusChanged':
      return { subjectId: event.subjectId };
    case 'subject.enrolled':
      return { subjectId: event.subjectId, subjectCode: event.payload.subjectCode };
    case 'visit.started':
    case 'visit.statusChanged':
      return { subjectId: event.subjectId, visit: event };
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared':
    case 'record.added':
    case 'record.removed':
    case 'form.completed':
    case 'form.reopened':
      return { subjectId: event.subjectId, visit: event, entry: entryKeyOf(event), signaturesOfSubject: event.subjectId };
    case 'sdv.set':
    case 'sdv.cleared':
      return { subjectId: event.subjectId, entry: entryKeyOf(event) };
    case 'query.opened':
    case 'query.answered':
    case 'query.closed':
    case 'query.reopened':
      return { subjectId: event.subjectId, queryId: event.payload.queryId };
    case 'signature.applied':
      return {
        subjectId: event.subjectId,
        signatureId: event.payload.signatureId,
        ...(event.visitId !== undefined && event.formId !== undefined
          ? { entry: entryKeyOf({ subjectId: event.subjectId, visitId: event.visitId, formId: event.formId }) }
          : {}),
      };
    case 'signature.voided':
      return { subjectId: event.subjectId, signatureId: event.payload.signatureId };
    case 'protocol.imported':
      return { protocol: { protocolId: event.protocolId, version: event.protocolVersion } };
    case 'allocation.imported':
      return { allocationListId: event.payload.listId };
    default:
      return assertNever(event, 'event type');
  }
}
