/**
 * The missing-fields report: required items with neither a value nor a final missing reason, on the
 * forms of visits that are done or whose window has closed. The whole rule lives in this file so
 * that shared/review, when it exists, can replace it in one place.
 *
 * - Visits: scheduled visits the subject's schedule (shared/schedule, on `today`) reports done,
 *   overdue or missed, and any visit instance recorded as done (unscheduled, early termination).
 *   A visit recorded as not done is skipped, and so is a visit whose window opened after the
 *   subject left the study (withdrawn, died, transplanted...).
 * - Forms: every form of the visit; a repeating form (AE log) only through the records it has.
 * - Items: required on the form and applicable to the record (shared/forms applicability: an item
 *   that does not apply is never required).
 * - A missing reason counts as an answer, except a temporary one (NAV, pending): reported as pending.
 */
import { APPLICABILITY, isApplicable, type StoredValues } from '../../forms';
import { getItem, isItemId } from '../../catalogue';
import { SINGLE_RECORD, type EntryRow, type ItemState, type SubjectRow } from '../../events';
import type { Protocol } from '../../protocol';
import { buildSchedule, type ScheduledVisit } from '../../schedule';
import type { Casebook } from '../casebook/casebook';
import { missingReasonOf } from '../casebook/missing-reason';
import { compareVisits, exportOrder } from '../casebook/order';
import { dataRecords } from '../casebook/records';

export type VisitState = 'done' | 'overdue' | 'missed';
export type MissingProblem = 'no-value' | 'pending';

export interface MissingField {
  readonly visitId: string;
  readonly visitDefId: string;
  readonly visitState: VisitState;
  readonly formId: string;
  readonly recordId: string;
  readonly itemId: string;
  readonly problem: MissingProblem;
}

const ENDED: readonly SubjectRow['status'][] = ['withdrawn', 'lost-to-follow-up', 'died', 'liver-transplant', 'completed'];

function schedule(protocol: Protocol, subject: SubjectRow, done: readonly string[], today: string): ScheduledVisit[] {
  if (subject.day1 === undefined) return [];
  const known = new Set(protocol.visits.map((v) => v.id));
  const input = { day1: subject.day1, today, done: done.filter((id) => known.has(id)) };
  const allocation = subject.arm !== undefined && subject.stage !== undefined ? { arm: subject.arm, stage: subject.stage } : undefined;
  // A blinded site knows no arm: the schedule then holds the visits every subject has.
  const withArm = buildSchedule(protocol, { ...input, allocation });
  if (withArm.ok) return withArm.value;
  const withoutArm = buildSchedule(protocol, input);
  return withoutArm.ok ? withoutArm.value : [];
}

/** The visit instances whose data is due, with why. */
function dueVisits(protocol: Protocol, casebook: Casebook, subject: SubjectRow, today: string) {
  const rows = new Map(casebook.visits.map((v) => [v.visitId, v]));
  const done = casebook.visits.filter((v) => v.status === 'done').map((v) => v.visitId);
  const left = ENDED.includes(subject.status) ? subject.statusDate : undefined;
  const due = new Map<string, { visitId: string; visitDefId: string; state: VisitState }>();
  for (const planned of schedule(protocol, subject, done, today)) {
    if (planned.status === 'not-yet-due' || planned.status === 'open') continue;
    if (rows.get(planned.visit)?.status === 'not-done') continue;
    if (planned.status !== 'done' && left !== undefined && planned.windowStart > left) continue;
    due.set(planned.visit, { visitId: planned.visit, visitDefId: planned.visit, state: planned.status });
  }
  for (const row of casebook.visits) {
    if (row.status === 'done' && !due.has(row.visitId)) due.set(row.visitId, { visitId: row.visitId, visitDefId: row.visitDefId, state: 'done' });
  }
  return [...due.values()].sort(compareVisits(exportOrder(protocol)));
}

const storedValues = (entry: EntryRow | undefined): StoredValues => {
  const values: Record<string, number | string | boolean> = {};
  for (const [itemId, state] of Object.entries(entry?.items ?? {})) {
    const value = state.current.kind === 'value' ? state.current.value : undefined;
    if (value !== undefined && !Array.isArray(value)) values[itemId] = value;
  }
  return values;
};

const sexOf = (subject: SubjectRow) => (subject.sex === undefined ? {} : { sex: subject.sex });

function problemOf(state: ItemState | undefined): MissingProblem | undefined {
  const current = state?.current;
  if (current?.kind === 'value') return undefined;
  if (current?.kind === 'missing' && current.missing !== undefined) {
    return missingReasonOf(current.missing.code)?.final === false ? 'pending' : undefined;
  }
  return 'no-value';
}

/** The report for one casebook, in export order (visit, form as the visit lists them, record, item). */
export function missingFields(protocol: Protocol, casebook: Casebook, today: string): MissingField[] {
  const subject = casebook.subject;
  if (subject === undefined) return [];
  const forms = new Map(protocol.forms.map((f) => [f.id, f]));
  const visitDefs = new Map(protocol.visits.map((v) => [v.id, v]));
  const found: MissingField[] = [];
  for (const visit of dueVisits(protocol, casebook, subject, today)) {
    for (const formId of visitDefs.get(visit.visitDefId)?.forms ?? []) {
      const form = forms.get(formId);
      if (form === undefined) continue;
      const withData = dataRecords(casebook.entries.filter((e) => e.visitId === visit.visitId && e.formId === formId), form.repeating);
      // A form not started has no entry yet: all its required items are missing. A log (repeating
      // form) without records has nothing to check.
      const records: (EntryRow | undefined)[] = !form.repeating && withData.length === 0 ? [undefined] : withData;
      const keys = new Set(form.items.map((i) => i.item));
      for (const entry of records) {
        const values = storedValues(entry);
        for (const item of form.items) {
          const applicability = isItemId(item.item) ? APPLICABILITY[item.item] : undefined;
          if (!item.required || !isApplicable(applicability, values, sexOf(subject), keys)) continue;
          const problem = problemOf(entry?.items[item.item]);
          if (problem !== undefined) {
            found.push({ visitId: visit.visitId, visitDefId: visit.visitDefId, visitState: visit.state, formId, recordId: entry?.recordId ?? SINGLE_RECORD, itemId: item.item, problem });
          }
        }
      }
    }
  }
  return found;
}

export const MISSING_FIELDS_COLUMNS = [
  'subject_id',
  'subject_code',
  'site',
  'visit',
  'visit_instance',
  'visit_state',
  'form',
  'record',
  'item',
  'label_en',
  'label_zh',
  'problem',
] as const;

export function missingFieldRows(casebook: Casebook, fields: readonly MissingField[]): string[][] {
  return fields.map((f) => {
    const item = getItem(f.itemId);
    const label = item.ok ? item.value.label : { en: '', zh: '' };
    return [
      casebook.subjectId,
      casebook.subject?.code ?? '',
      casebook.subject?.siteId ?? '',
      f.visitDefId,
      f.visitId,
      f.visitState,
      f.formId,
      f.recordId,
      f.itemId,
      label.en,
      label.zh,
      f.problem,
    ];
  });
}
