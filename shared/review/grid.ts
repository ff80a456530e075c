/**
 * The monitor's grid as data: one row per subject, one column per visit (protocol order), each cell
 * the counts of the subject's instances of that visit (or of one form of it, when filtered by form), its
 * lifecycle stage and a tone (the most urgent thing in it), plus a total per subject. Filters by site,
 * visit, form, status (a count that must be above zero) and "has open query" decide which columns and
 * rows are shown; the grid says how many subjects there are in all, so a filter never hides silently.
 */
import { addCounts, zeroCounts } from './counts';
import { combineLifecycles, type Lifecycle } from './lifecycle';
import type { Lifecycles } from './review-lifecycles';
import type { Bilingual, CountKey, FormReview, ProtocolReview, ReviewCounts, SubjectReview, VisitDue, VisitReview } from './review-types';

/**
 * What a cell shows first, most urgent first: a hard violation, a missing value, a form not started, an
 * unconfirmed unusual value, an unresolved query, a pending result, forms not yet due; otherwise data
 * with nothing outstanding (clean) or nothing at all (empty).
 */
export const CELL_TONES = ['hard', 'missing', 'not-started', 'soft', 'query', 'pending', 'not-yet-due', 'clean', 'empty'] as const;
export type CellTone = (typeof CELL_TONES)[number];

export function cellTone(counts: ReviewCounts, lifecycle: Lifecycle): CellTone {
  if (counts.hardViolations > 0) return 'hard';
  if (counts.missing > 0) return 'missing';
  if (counts.notStarted > 0) return 'not-started';
  if (counts.softUnconfirmed > 0) return 'soft';
  if (counts.openQueries > 0 || counts.answeredQueries > 0) return 'query';
  if (counts.pending > 0) return 'pending';
  if (counts.notYetDue > 0) return 'not-yet-due';
  return lifecycle === 'not-started' ? 'empty' : 'clean';
}

export interface GridFilter {
  readonly siteId?: string | undefined;
  /** One visit (definition id): only its column. */
  readonly visitDefId?: string | undefined;
  /** One form: cells count that form only; columns without it are left out. */
  readonly formId?: string | undefined;
  /** Only subjects whose shown cells have this count above zero. */
  readonly status?: CountKey | undefined;
  /** Only subjects with an open query in the shown cells. */
  readonly openQuery?: boolean | undefined;
}

export interface GridColumn {
  readonly visitDefId: string;
  readonly label: Bilingual;
}

export interface CellVisit {
  readonly visitId: string;
  readonly due: VisitDue;
  readonly visitDate?: string;
}

export interface GridCell {
  readonly visitDefId: string;
  /** The subject's instances of this visit (one for a scheduled visit; any number of unscheduled ones). */
  readonly visits: readonly CellVisit[];
  readonly counts: ReviewCounts;
  readonly lifecycle: Lifecycle;
  readonly tone: CellTone;
  /** Where opening the cell goes: the instance and form with the first thing to look at. */
  readonly target: { readonly visitId: string; readonly formId?: string };
}

export interface GridRow {
  readonly subjectId: string;
  readonly code?: string;
  readonly siteId: string;
  readonly status: string;
  /** Aligned with the grid's columns; null: the subject has no such visit (or not that form at it). */
  readonly cells: readonly (GridCell | null)[];
  /** The shown cells summed, plus (unfiltered by visit or form) queries about the subject itself. */
  readonly total: ReviewCounts;
  readonly totalTone: CellTone;
}

export interface ReviewGrid {
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  /** Sum of the shown rows' totals. */
  readonly total: ReviewCounts;
  /** Subjects in the review, before filtering. */
  readonly subjectCount: number;
}

/** Counts that make a form worth opening first (everything but "not yet due"). */
const ATTENTION: readonly CountKey[] = ['hardViolations', 'missing', 'notStarted', 'softUnconfirmed', 'openQueries', 'answeredQueries', 'pending', 'accounted'];
const needsLook = (c: ReviewCounts) => ATTENTION.some((k) => c[k] > 0);

function subtract(a: ReviewCounts, b: ReviewCounts): ReviewCounts {
  const out = zeroCounts();
  for (const key of Object.keys(out) as CountKey[]) out[key] = a[key] - b[key];
  return out;
}

/** Every visit any subject has, in protocol order (then by id for visits the protocol does not name). */
export function gridColumns(review: ProtocolReview, orderOf: (visitDefId: string) => number, formId?: string): GridColumn[] {
  const seen = new Map<string, Bilingual>();
  for (const subject of review.subjects) {
    for (const visit of subject.visits) {
      if (seen.has(visit.visitDefId)) continue;
      if (formId !== undefined && !visit.forms.some((f) => f.formId === formId)) continue;
      seen.set(visit.visitDefId, visit.label);
    }
  }
  return [...seen.entries()]
    .map(([visitDefId, label]) => ({ visitDefId, label }))
    .sort((a, b) => orderOf(a.visitDefId) - orderOf(b.visitDefId) || (a.visitDefId < b.visitDefId ? -1 : a.visitDefId > b.visitDefId ? 1 : 0));
}

function cellOf(subject: SubjectReview, visits: readonly VisitReview[], lifecycles: Lifecycles, formId: string | undefined): GridCell | null {
  const first = visits[0];
  if (first === undefined) return null;
  const counts = zeroCounts();
  const staged: { lifecycle: Lifecycle; repeating: boolean }[] = [];
  let target: GridCell['target'] | undefined;
  for (const visit of visits) {
    const forms: readonly FormReview[] = formId === undefined ? visit.forms : visit.forms.filter((f) => f.formId === formId);
    if (formId === undefined) {
      addCounts(counts, visit.counts);
      staged.push({ lifecycle: lifecycles.visit(subject.subjectId, visit.visitId), repeating: false });
    } else {
      for (const form of forms) {
        addCounts(counts, form.counts);
        staged.push({ lifecycle: lifecycles.form(subject.subjectId, visit.visitId, form.formId), repeating: form.repeating });
      }
    }
    if (target === undefined) {
      const form = forms.find((f) => needsLook(f.counts));
      if (form !== undefined) target = { visitId: visit.visitId, formId: form.formId };
      else if (formId === undefined && needsLook(visit.counts)) target = { visitId: visit.visitId };
    }
  }
  if (formId !== undefined && staged.length === 0) return null;
  const lifecycle = combineLifecycles(staged);
  return {
    visitDefId: first.visitDefId,
    visits: visits.map((v) => ({ visitId: v.visitId, due: v.due, ...(v.visitDate === undefined ? {} : { visitDate: v.visitDate }) })),
    counts,
    lifecycle,
    tone: cellTone(counts, lifecycle),
    target: target ?? { visitId: first.visitId, ...(formId === undefined ? {} : { formId }) },
  };
}

/** The grid for a review, its lifecycles and a filter. `orderOf` gives a visit definition's place in the protocol. */
export function buildGrid(review: ProtocolReview, lifecycles: Lifecycles, orderOf: (visitDefId: string) => number, filter: GridFilter = {}): ReviewGrid {
  const all = gridColumns(review, orderOf, filter.formId);
  const columns = filter.visitDefId === undefined ? all : all.filter((c) => c.visitDefId === filter.visitDefId);
  const whole = filter.visitDefId === undefined && filter.formId === undefined;
  const rows: GridRow[] = [];
  const total = zeroCounts();
  for (const subject of review.subjects) {
    if (filter.siteId !== undefined && subject.siteId !== filter.siteId) continue;
    const byDef = new Map<string, VisitReview[]>();
    for (const visit of subject.visits) {
      const list = byDef.get(visit.visitDefId);
      if (list === undefined) byDef.set(visit.visitDefId, [visit]);
      else list.push(visit);
    }
    const cells = columns.map((c) => cellOf(subject, byDef.get(c.visitDefId) ?? [], lifecycles, filter.formId));
    const sum = zeroCounts();
    for (const cell of cells) if (cell !== null) addCounts(sum, cell.counts);
    if (whole) {
      const visitsSum = zeroCounts();
      for (const visit of subject.visits) addCounts(visitsSum, visit.counts);
      addCounts(sum, subtract(subject.counts, visitsSum));
    }
    if (filter.status !== undefined && sum[filter.status] <= 0) continue;
    if (filter.openQuery === true && sum.openQueries <= 0) continue;
    const lifecycle = combineLifecycles(cells.flatMap((c) => (c === null ? [] : [{ lifecycle: c.lifecycle, repeating: false }])));
    rows.push({
      subjectId: subject.subjectId,
      ...(subject.code === undefined ? {} : { code: subject.code }),
      siteId: subject.siteId,
      status: subject.status,
      cells,
      total: sum,
      totalTone: cellTone(sum, lifecycle),
    });
    addCounts(total, sum);
  }
  return { columns, rows, total, subjectCount: review.subjects.length };
}
