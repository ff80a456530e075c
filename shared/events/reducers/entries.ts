import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { mergeItemVersion, type ItemDraft, type ItemEvent } from './item-versions';
import { stampOf, type EntryRow, type SignatureRow, type VisitRow } from './rows';
import { entryKeyOf, type RowChanges, type TouchedRows } from './touched';

type RecordFormDraft = DraftOf<'record.added'> | DraftOf<'record.removed'> | DraftOf<'form.completed'> | DraftOf<'form.reopened'>;
type RecordFormEvent = EventOf<'record.added'> | EventOf<'record.removed'> | EventOf<'form.completed'> | EventOf<'form.reopened'>;
type EntryDraft = ItemDraft | RecordFormDraft;
type EntryEvent = ItemEvent | RecordFormEvent;

const covers = (s: SignatureRow, e: { visitId: string; formId: string }) =>
  s.level === 'casebook' || (s.visitId === e.visitId && (s.level === 'visit' || s.formId === e.formId));

/** Valid signatures over the entry the event changes. */
export const coveringSignatures = (draft: EntryDraft, rows: TouchedRows): SignatureRow[] =>
  (rows.validSignatures ?? []).filter((s) => s.status === 'valid' && s.subjectId === draft.subjectId && covers(s, draft));

/** Rules every change to a form's data shares. */
function checkDataChange(draft: EntryDraft, rows: TouchedRows): Issue[] {
  const issues: Issue[] = [];
  if (rows.subject === undefined) issues.push(issue(['subjectId'], 'no such subject: screen the subject first'));
  if (rows.visit?.status === 'not-done') issues.push(issue(['visitId'], 'the visit is marked not done: change its status first'));
  if (rows.entry?.removed === true) issues.push(issue(['recordId'], 'this row of the form was removed'));
  // Signed data never reaches here: check.ts refuses it as locked (lockedDataIssues) before these rules.
  if (draft.reason === undefined && rows.entry?.status === 'complete') {
    issues.push(issue(['reason'], 'changing a completed form needs a reason for change'));
  }
  return issues;
}

export function checkEntryEvent(draft: EntryDraft, rows: TouchedRows): Issue[] {
  const entry = rows.entry;
  switch (draft.type) {
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared':
      return [
        ...checkDataChange(draft, rows),
        ...(draft.recordId !== undefined && entry === undefined
          ? [issue(['recordId'], 'no such row of the form: add the row first')]
          : []),
      ];
    case 'record.added':
      return entry === undefined
        ? checkDataChange(draft, rows)
        : [issue(['recordId'], 'this row of the form already exists')];
    case 'record.removed':
      return entry === undefined
        ? [issue(['recordId'], 'no such row of the form')]
        : [
            ...checkDataChange(draft, rows),
            ...(draft.reason === undefined ? [issue(['reason'], 'removing a row of a form needs a reason')] : []),
          ];
    case 'form.completed':
      return [
        ...(rows.subject === undefined ? [issue(['subjectId'], 'no such subject')] : []),
        ...(entry?.removed === true ? [issue(['recordId'], 'this row of the form was removed')] : []),
        ...(entry?.status === 'complete' ? [issue(['formId'], 'the form is already complete')] : []),
      ];
    case 'form.reopened':
      return [
        ...(entry?.status !== 'complete' ? [issue(['formId'], 'only a completed form can be reopened')] : []),
        ...(draft.reason === undefined ? [issue(['reason'], 'reopening a form needs a reason')] : []),
      ];
  }
}

function emptyEntry(event: EntryEvent): EntryRow {
  return { ...entryKeyOf(event), status: 'not-started', removed: false, items: {}, updated: stampOf(event) };
}

/** Scheduled visits have no start event: their row appears with their first data. */
function scheduledVisit(event: EntryEvent, rows: TouchedRows): { visit?: VisitRow } {
  if (rows.visit !== undefined) return {};
  return {
    visit: {
      subjectId: event.subjectId,
      visitId: event.visitId,
      visitDefId: event.visitId,
      kind: 'scheduled',
      status: 'pending',
      updated: stampOf(event),
    },
  };
}

function invalidate(event: EntryEvent, rows: TouchedRows): { signatures?: SignatureRow[] } {
  const hit = coveringSignatures(event, rows);
  if (hit.length === 0) return {};
  return { signatures: hit.map((s) => ({ ...s, status: 'invalidated', ended: { stamp: stampOf(event) } })) };
}

export function applyEntryEvent(event: EntryEvent, rows: TouchedRows): RowChanges {
  const entry = rows.entry ?? emptyEntry(event);
  const updated = stampOf(event);
  switch (event.type) {
    case 'item.valueSet':
    case 'item.missingReasonSet':
    case 'item.cleared': {
      const items = { ...entry.items, [event.itemId]: mergeItemVersion(entry.items[event.itemId], event) };
      const status = entry.status === 'not-started' ? 'in-progress' : entry.status;
      return { ...scheduledVisit(event, rows), entry: { ...entry, items, status, updated }, ...invalidate(event, rows) };
    }
    case 'record.added':
      return { ...scheduledVisit(event, rows), entry: { ...entry, removed: false, updated } };
    case 'record.removed':
      return { entry: { ...entry, removed: true, updated }, ...invalidate(event, rows) };
    case 'form.completed':
      return { ...scheduledVisit(event, rows), entry: { ...entry, status: 'complete', updated, completed: updated } };
    case 'form.reopened': {
      const { completed: _done, ...open } = entry;
      return { entry: { ...open, status: 'in-progress', updated }, ...invalidate(event, rows) };
    }
  }
}
