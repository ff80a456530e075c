/**
 * One record (a form entry, or one row of a repeating form) against its form plan: the field categories
 * of the review. Values are the projection's current versions, already parsed and in stored units, so
 * nothing is re-parsed: ranges are compared as the form engine compares them (hard bounds inclusive
 * unless minExclusive, soft thresholds strict).
 */
import { MISSING_REASONS, isMissingReasonCode } from '../catalogue';
import type { EntryRow, ItemVersion } from '../events';
import { isApplicable, type StoredValues, type SubjectContext } from '../forms';
import type { FieldPlan, FormPlan } from './review-cache';
import { FINDING_MESSAGES } from './finding-messages';
import type { Bilingual, Finding, FindingKind, ReviewCounts } from './review-types';

/**
 * Where the review is: subject, visit, form and row. One cursor per subject, moved along as the review
 * walks (NOTE: mutable, and deliberately so: a fixed-shape object read in the inner loop keeps the review
 * fast, and findings copy what they need). The sort key is only assembled for a finding.
 */
export class RecordCursor {
  visitId = '';
  visitSort = '';
  /** The visit is done or its window has closed: empty required fields are missing. */
  due = false;
  formId = '';
  formIndex = 0;
  recordId = '';

  constructor(
    readonly subjectId: string,
    readonly siteId: string,
  ) {}
}

const pad = (n: number) => String(n).padStart(3, '0');

export function finding(at: RecordCursor, kind: FindingKind, message: Bilingual, field?: FieldPlan): Finding {
  const { subjectId, siteId, visitId, formId, recordId } = at;
  const record = recordId === '' ? {} : { recordId };
  const item = field === undefined ? {} : { itemId: field.key };
  return {
    kind,
    key: `${kind}:${subjectId}/${visitId}/${formId}/${recordId}/${field?.key ?? ''}`,
    sortKey: `${at.visitSort} ${pad(at.formIndex)} ${recordId} ${field === undefined ? '' : pad(field.index)}`,
    subjectId,
    siteId,
    visitId,
    formId,
    ...record,
    ...item,
    message,
    link: { subjectId, visitId, formId, ...record, ...item },
  };
}

function valuesOf(entry: EntryRow): StoredValues {
  const values: Record<string, string | number | boolean> = {};
  for (const [key, state] of Object.entries(entry.items)) {
    const v = state.current.kind === 'value' ? state.current.value : undefined;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[key] = v;
  }
  return values;
}

function checkValue(field: FieldPlan, range: NonNullable<FieldPlan['range']>, version: ItemVersion, counts: ReviewCounts, place: RecordCursor, out: Finding[]): void {
  const value = version.value;
  if (typeof value !== 'number') return;
  const { hard, soft, unit } = range;
  if ((hard.minExclusive ? value <= hard.min : value < hard.min) || value > hard.max) {
    counts.hardViolations += 1;
    out.push(finding(place, 'hard-violation', FINDING_MESSAGES.hardViolation(field.label, value, unit, hard.min, hard.max), field));
    return;
  }
  if (soft === undefined || version.softRangeConfirmed === true) return;
  const side = soft.low !== undefined && value < soft.low ? 'low' : soft.high !== undefined && value > soft.high ? 'high' : undefined;
  if (side === undefined) return;
  counts.softUnconfirmed += 1;
  const limit = side === 'low' ? (soft.low ?? value) : (soft.high ?? value);
  out.push(finding(place, 'soft-unconfirmed', FINDING_MESSAGES.softUnconfirmed(field.label, value, unit, side, limit), field));
}

/** NOTE: adds to `counts` and `out`. The cursor says where the record is and whether its visit is due. */
export function checkRecord(plan: FormPlan, entry: EntryRow, place: RecordCursor, subject: SubjectContext, counts: ReviewCounts, out: Finding[]): void {
  const due = place.due;
  const items = entry.items;
  // One pass over the stored items (a keyed lookup per field is slow on objects of varying shapes).
  const shown: (ItemVersion | undefined)[] = new Array<ItemVersion | undefined>(plan.fields.length);
  for (const key in items) {
    const index = plan.indexOf.get(key);
    if (index !== undefined) shown[index] = items[key]?.current;
  }
  // Read only when a field's applicability depends on another answer and the field is empty.
  let values: StoredValues | undefined;
  const fields = plan.fields;
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] as FieldPlan;
    const version = shown[i];
    if (version?.kind === 'value') {
      // Only numbers have ranges: other values need no further reading.
      if (field.range !== undefined) checkValue(field, field.range, version, counts, place, out);
    } else if (version?.kind === 'missing') {
      const code = version.missing?.code ?? '';
      if (isMissingReasonCode(code) && !MISSING_REASONS[code].final) {
        counts.pending += 1;
        out.push(finding(place, 'pending', FINDING_MESSAGES.pending(field.label), field));
      } else {
        counts.accounted += 1;
        out.push(finding(place, 'accounted', FINDING_MESSAGES.accounted(field.label, code), field));
      }
    } else if (due && field.required && (field.applicability === undefined || isApplicable(field.applicability, (values ??= valuesOf(entry)), subject, plan.keys))) {
      counts.missing += 1;
      out.push(finding(place, 'missing', FINDING_MESSAGES.missing(field.label), field));
    }
  }
}
