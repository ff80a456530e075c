/**
 * The monitor's review: every subject × visit × form of a protocol checked on `today`, from the
 * projection rows (shared/events reducers), rolled up per visit, subject, site and protocol, with a flat,
 * sorted list of findings. Pure and total; rows are indexed by key once, form plans are cached per
 * protocol × arm × stage × visit × blinding (review-cache.ts), so the cost is linear in the rows.
 */
import { SINGLE_RECORD, type EntryRow, type QueryRow, type SubjectRow, type VisitRow } from '../events';
import type { SubjectContext } from '../forms';
import { fail, ok, type Issue, type Result } from '../lib/result';
import type { Protocol } from '../protocol';
import { parseLocalDate } from '../schedule';
import { checkRecord, finding, RecordCursor } from './check-record';
import { checkLogAnswer } from './log-answer';
import { addCounts, zeroCounts } from './counts';
import { FINDING_MESSAGES } from './finding-messages';
import { indexQueries } from './query-index';
import { reviewCacheFor, type FormPlan, type ReviewCache, type VisitPlan } from './review-cache';
import type { Finding, FormReview, FormReviewStatus, ProtocolReview, ReviewCounts, SiteReview, SubjectReview, VisitDue, VisitReview } from './review-types';
import { visitInstances, type VisitInstance } from './visit-instances';

export interface ReviewInput {
  readonly protocol: Protocol;
  /** 'YYYY-MM-DD' at the site: decides which windows have closed. */
  readonly today: string;
  /** The reviewer's blinding: a blinded review has no unblinded-only forms or items at all. */
  readonly blinded: boolean;
  readonly subjects: Iterable<SubjectRow>;
  readonly visits: Iterable<VisitRow>;
  readonly entries: Iterable<EntryRow>;
  readonly queries?: Iterable<QueryRow>;
  /** Reuse across reruns; defaults to one cache per protocol object. */
  readonly cache?: ReviewCache;
}

const DUE: ReadonlySet<VisitDue> = new Set(['done', 'window-closed']);
const NOT_YET_DUE: ReadonlySet<VisitDue> = new Set(['open', 'upcoming']);

/** Subject → visit instance → form → its entries (one per row of a repeating form), built once. */
type EntryIndex = Map<string, Map<string, Map<string, EntryRow[]>>>;

function indexEntries(entries: Iterable<EntryRow>): EntryIndex {
  const out: EntryIndex = new Map();
  for (const entry of entries) {
    let visits = out.get(entry.subjectId);
    if (visits === undefined) out.set(entry.subjectId, (visits = new Map()));
    let forms = visits.get(entry.visitId);
    if (forms === undefined) visits.set(entry.visitId, (forms = new Map()));
    const list = forms.get(entry.formId);
    if (list === undefined) forms.set(entry.formId, [entry]);
    else list.push(entry);
  }
  return out;
}

function indexVisits(visits: Iterable<VisitRow>): Map<string, Map<string, VisitRow>> {
  const out = new Map<string, Map<string, VisitRow>>();
  for (const visit of visits) {
    let rows = out.get(visit.subjectId);
    if (rows === undefined) out.set(visit.subjectId, (rows = new Map()));
    rows.set(visit.visitId, visit);
  }
  return out;
}

function countQuery(counts: ReviewCounts, query: QueryRow): void {
  if (query.status === 'open') counts.openQueries += 1;
  else if (query.status === 'answered') counts.answeredQueries += 1;
}

const isStarted = (entry: EntryRow | undefined): entry is EntryRow =>
  entry !== undefined && !entry.removed && (entry.status !== 'not-started' || Object.keys(entry.items).length > 0);

interface SubjectScope {
  readonly subject: SubjectRow;
  readonly cursor: RecordCursor;
  readonly context: SubjectContext;
  readonly findings: Finding[];
  /** Unresolved queries of the subject by visit, then form ('' = about the visit or subject itself). */
  readonly queries: Map<string, Map<string, QueryRow[]>>;
}

const byRecordId = (a: EntryRow, b: EntryRow) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

/** What every form of a visit shares, computed once per visit. */
interface VisitState {
  readonly visitId: string;
  readonly due: boolean;
  readonly notYetDue: boolean;
  readonly onDemand: boolean;
}

function reviewForm(scope: SubjectScope, visit: VisitState, plan: FormPlan, entries: readonly EntryRow[]): FormReview {
  const counts = zeroCounts();
  const at = scope.cursor;
  at.formId = plan.formId;
  at.formIndex = plan.index;
  let status: FormReviewStatus;
  let records = 0;
  if (plan.repeating) {
    // The log's own entry (record id '') holds its "none" answer and no row.
    let formLevel: EntryRow | undefined;
    const rows: EntryRow[] = [];
    for (const e of entries) {
      if (e.recordId === SINGLE_RECORD) formLevel = e;
      else if (!e.removed) rows.push(e);
    }
    if (rows.length > 1) rows.sort(byRecordId);
    let complete = true;
    for (const row of rows) {
      at.recordId = row.recordId;
      checkRecord(plan, row, at, scope.context, counts, scope.findings);
      if (row.status !== 'complete') complete = false;
    }
    records = rows.length;
    // Like a form not started, an unanswered log is expected only at a scheduled visit that is due.
    const answer = checkLogAnswer(plan, rows.length, formLevel, visit.due && !visit.onDemand, at, counts, scope.findings);
    status = answer === 'none' ? 'complete' : rows.length === 0 ? 'not-started' : complete ? 'complete' : 'in-progress';
  } else {
    at.recordId = SINGLE_RECORD;
    let entry: EntryRow | undefined;
    for (const e of entries) if (e.recordId === SINGLE_RECORD) entry = e;
    if (isStarted(entry)) {
      checkRecord(plan, entry, at, scope.context, counts, scope.findings);
      status = entry.status === 'complete' ? 'complete' : 'in-progress';
      records = 1;
    } else {
      status = 'not-started';
      // On-demand visits expect no form in particular: only what was started is checked.
      if (visit.due && !visit.onDemand) {
        counts.notStarted += 1;
        scope.findings.push(finding(at, 'not-started', FINDING_MESSAGES.notStarted(plan.title)));
      }
    }
    if (status !== 'complete' && visit.notYetDue) counts.notYetDue += 1;
  }
  const queries = scope.queries.get(visit.visitId)?.get(plan.formId);
  if (queries !== undefined) for (const query of queries) countQuery(counts, query);
  return { formId: plan.formId, title: plan.title, repeating: plan.repeating, status, records, counts };
}

const NO_FORMS: ReadonlyMap<string, EntryRow[]> = new Map();
const NO_ENTRIES: readonly EntryRow[] = [];

function reviewVisit(scope: SubjectScope, instance: VisitInstance, plan: VisitPlan | null, byForm: ReadonlyMap<string, EntryRow[]>, subjectSort: string): VisitReview {
  const state: VisitState = { visitId: instance.visitId, due: DUE.has(instance.due), notYetDue: NOT_YET_DUE.has(instance.due), onDemand: instance.onDemand };
  const at = scope.cursor;
  at.visitId = instance.visitId;
  at.visitSort = `${subjectSort} ${instance.order}`;
  at.due = state.due;
  const forms = (plan?.forms ?? []).map((form) => reviewForm(scope, state, form, byForm.get(form.formId) ?? NO_ENTRIES));
  const counts = zeroCounts();
  for (const form of forms) addCounts(counts, form.counts);
  const visitQueries = scope.queries.get(instance.visitId);
  if (visitQueries !== undefined) {
    const onForms = new Set(forms.map((f) => f.formId));
    // Queries about the visit itself, or about a form the review does not show (blinded, not on the visit).
    for (const [formId, queries] of visitQueries) {
      if (!onForms.has(formId)) for (const query of queries) countQuery(counts, query);
    }
  }
  const { visitId, visitDefId, label, due, windowStart, windowEnd, visitDate } = instance;
  return {
    subjectId: scope.subject.subjectId,
    visitId,
    visitDefId,
    label,
    due,
    ...(windowStart === undefined ? {} : { windowStart }),
    ...(windowEnd === undefined ? {} : { windowEnd }),
    ...(visitDate === undefined ? {} : { visitDate }),
    forms,
    counts,
  };
}

function queriesOf(queries: readonly QueryRow[]): Map<string, Map<string, QueryRow[]>> {
  const out = new Map<string, Map<string, QueryRow[]>>();
  for (const query of queries) {
    const visitKey = query.visitId ?? '';
    let forms = out.get(visitKey);
    if (forms === undefined) out.set(visitKey, (forms = new Map()));
    const formKey = query.formId ?? '';
    const list = forms.get(formKey);
    if (list === undefined) forms.set(formKey, [query]);
    else list.push(query);
  }
  return out;
}

const subjectSortKey = (s: SubjectRow) => (s.code === undefined ? `~${s.subjectId}` : `${s.code} ${s.subjectId}`);

export function buildReview(input: ReviewInput): Result<ProtocolReview, Issue[]> {
  const today = parseLocalDate(input.today);
  if (today === undefined) return fail([{ path: ['today'], message: `"${input.today}" is not a date (YYYY-MM-DD)`, severity: 'error' }]);
  const { protocol, blinded } = input;
  const cache = input.cache ?? reviewCacheFor(protocol);
  const visitsBySubject = indexVisits(input.visits);
  const entriesBySubject = indexEntries(input.entries);
  const queries = indexQueries(input.queries ?? []);
  const subjects = [...input.subjects]
    .filter((s) => s.protocolId === protocol.id)
    .map((s) => ({ s, sort: subjectSortKey(s) }))
    .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));

  const findings: Finding[] = [];
  const noVisits = new Map<string, VisitRow>();
  const noEntries: Map<string, Map<string, EntryRow[]>> = new Map();
  const reviews: SubjectReview[] = subjects.map(({ s, sort }) => {
    const scope: SubjectScope = {
      subject: s,
      cursor: new RecordCursor(s.subjectId, s.siteId),
      context: s.sex === undefined ? {} : { sex: s.sex },
      findings,
      queries: queriesOf(queries.bySubject.get(s.subjectId) ?? []),
    };
    const entries = entriesBySubject.get(s.subjectId) ?? noEntries;
    const visits = visitInstances(cache, s, visitsBySubject.get(s.subjectId) ?? noVisits, entries, today).map((instance) =>
      reviewVisit(scope, instance, cache.visitPlan(s.arm, s.stage, instance.visitDefId, blinded), entries.get(instance.visitId) ?? NO_FORMS, sort),
    );
    const counts = zeroCounts();
    for (const visit of visits) addCounts(counts, visit.counts);
    const shown = new Set(visits.map((v) => v.visitId));
    // Queries about the subject itself, or about a visit the review does not list.
    for (const [visitId, forms] of scope.queries) {
      if (shown.has(visitId)) continue;
      for (const list of forms.values()) for (const query of list) countQuery(counts, query);
    }
    return { subjectId: s.subjectId, ...(s.code === undefined ? {} : { code: s.code }), siteId: s.siteId, status: s.status, visits, counts };
  });

  const sites = new Map<string, { subjects: number; counts: ReviewCounts }>();
  const total = zeroCounts();
  for (const subject of reviews) {
    const site = sites.get(subject.siteId) ?? { subjects: 0, counts: zeroCounts() };
    site.subjects += 1;
    addCounts(site.counts, subject.counts);
    sites.set(subject.siteId, site);
    addCounts(total, subject.counts);
  }
  const siteReviews: SiteReview[] = [...sites.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([siteId, site]) => ({ siteId, subjects: site.subjects, counts: site.counts }));

  return ok({
    protocolId: protocol.id,
    protocolVersion: protocol.version,
    today: input.today,
    blinded,
    subjects: reviews,
    sites: siteReviews,
    counts: total,
    findings,
    openQueries: queries.byPlace,
  });
}
