/**
 * What the visit page computes from the store's rows and the autosave's unsaved drafts: the drafts a
 * record shows, the visit's live values (for scores and rules across forms) and the subject context.
 * Meanings (parsing, units, rules) all come from the form engine; this only assembles its inputs.
 */
import type { EntryRow, SubjectRow } from '../../../shared/events';
import {
  emptyDraft,
  validateEntry,
  type EntryContext,
  type FormModel,
  type StoredValue,
  type StoredValues,
  type SubjectContext,
  type VisitModel,
} from '../../../shared/forms';
import { fieldKey, draftsFromEntry, type RecordValues, type VisitSaver } from '../../forms';

export const SINGLE_RECORD = '';

export const rowOf = (rows: readonly EntryRow[], formId: string, recordId: string): EntryRow | undefined =>
  rows.find((r) => r.formId === formId && r.recordId === recordId);

/** What the store holds for a record, as drafts. */
export const storedDrafts = (model: FormModel, row: EntryRow | undefined): RecordValues => draftsFromEntry(model, row, emptyDraft(model));

/** What a record shows: the stored drafts with every field changed on this page (saved or not) on top. */
export function liveDrafts(model: FormModel, recordId: string, row: EntryRow | undefined, saver: VisitSaver): RecordValues {
  const stored = storedDrafts(model, row);
  return Object.fromEntries(
    model.fields.map((f) => [f.key, saver.draftOf(fieldKey({ formId: model.id, recordId, itemId: f.key })) ?? stored[f.key] ?? emptyDraft(model)[f.key]]),
  ) as RecordValues;
}

/** The visit's values in stored units across its single forms, as shown now (typed, saved or not). */
export function liveVisitValues(visit: VisitModel, rows: readonly EntryRow[], saver: VisitSaver): StoredValues {
  const merged: Record<string, StoredValue> = {};
  for (const model of visit.forms) {
    if (model.repeating) continue;
    Object.assign(merged, validateEntry(model, liveDrafts(model, SINGLE_RECORD, rowOf(rows, model.id, SINGLE_RECORD), saver)).values);
  }
  return merged;
}

/** The values another visit stored (its single forms), e.g. the previous visit for change and slip checks. */
export function storedVisitValues(rows: readonly EntryRow[]): StoredValues {
  const merged: Record<string, StoredValue> = {};
  for (const row of rows) {
    if (row.recordId !== SINGLE_RECORD || row.removed) continue;
    for (const [itemId, item] of Object.entries(row.items)) {
      if (item.current.kind === 'value' && item.current.value !== undefined && !Array.isArray(item.current.value)) merged[itemId] = item.current.value;
    }
  }
  return merged;
}

/** Sex and age of the subject, for scores and rules the forms do not hold. */
export function subjectContextOf(subject: SubjectRow, today: Date): SubjectContext {
  const age = subject.ageYears ?? (subject.birthYear === undefined ? undefined : today.getFullYear() - subject.birthYear);
  return { ...(subject.sex === undefined ? {} : { sex: subject.sex }), ...(age === undefined ? {} : { ageYears: age }) };
}

export function entryContextOf(subject: SubjectContext, visit: StoredValues, previous: StoredValues | undefined): EntryContext {
  return { subject, visit, ...(previous === undefined ? {} : { previous }) };
}

/** Rows of a repeating form, oldest first (record ids start with their creation time), removed ones left out. */
export const recordsOf = (rows: readonly EntryRow[], formId: string): EntryRow[] =>
  rows.filter((r) => r.formId === formId && r.recordId !== SINGLE_RECORD && !r.removed).sort((a, b) => a.recordId.localeCompare(b.recordId));

/** A new record id that sorts by creation time: 20250310T090000123Z-<unique>. */
export const newRecordId = (now: Date, unique: string): string => `${now.toISOString().replace(/[-:.]/g, '')}-${unique}`;

/** The scheduled visit before this one in the protocol (its values feed change and unit-slip checks). */
export function previousScheduledVisit(visits: readonly { readonly id: string; readonly kind: string }[], visitDefId: string): string | undefined {
  const scheduled = visits.filter((v) => v.kind !== 'unscheduled' && v.kind !== 'early-termination');
  const index = scheduled.findIndex((v) => v.id === visitDefId);
  return index > 0 ? scheduled[index - 1]?.id : undefined;
}
