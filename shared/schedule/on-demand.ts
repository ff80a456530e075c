/**
 * Unscheduled and early-termination visits: never in the dated schedule, started on demand on any date.
 * Each occurrence is numbered so a subject can have several unscheduled visits.
 */
import { fail, ok, type Issue, type Result } from '../lib/result';
import { isScheduledKind, visitApplies, type Allocation, type Protocol, type VisitKind } from '../protocol';
import { parseLocalDate } from './local-date';
import { studyDayOfDayNumber } from './study-day';

export interface OnDemandVisit {
  readonly visit: string;
  readonly kind: VisitKind;
  readonly label: { readonly en: string; readonly zh: string };
  readonly forms: readonly string[];
}

/** The on-demand visits a subject may start (all of them before randomisation unless restricted). */
export function onDemandVisits(protocol: Protocol, allocation?: Allocation): OnDemandVisit[] {
  return protocol.visits
    .filter((visit) => !isScheduledKind(visit.kind))
    .filter((visit) => (allocation === undefined ? visit.arms === undefined && visit.stages === undefined : visitApplies(protocol, visit, allocation)))
    .map((visit) => ({ visit: visit.id, kind: visit.kind, label: visit.label, forms: visit.forms }));
}

export interface OnDemandOccurrence extends OnDemandVisit {
  /** 1 for the first occurrence of this visit for the subject, 2 for the next… */
  readonly occurrence: number;
  readonly date: string;
  /** Study day of the date (no day 0; negative before day 1). */
  readonly studyDay: number;
}

export interface OnDemandRequest {
  readonly visit: string;
  readonly date: string;
  readonly day1: string;
  /** How many occurrences of this visit the subject already has. */
  readonly previousOccurrences: number;
  readonly allocation?: Allocation | undefined;
}

export function startOnDemandVisit(protocol: Protocol, request: OnDemandRequest): Result<OnDemandOccurrence, Issue[]> {
  const date = parseLocalDate(request.date);
  const day1 = parseLocalDate(request.day1);
  const issues: Issue[] = [];
  if (date === undefined) issues.push({ path: ['date'], message: `"${request.date}" is not a date (YYYY-MM-DD)`, severity: 'error' });
  if (day1 === undefined) issues.push({ path: ['day1'], message: `"${request.day1}" is not a date (YYYY-MM-DD)`, severity: 'error' });
  const visit = onDemandVisits(protocol, request.allocation).find((v) => v.visit === request.visit);
  if (visit === undefined) issues.push({ path: ['visit'], message: `"${request.visit}" is not an on-demand visit of this subject`, severity: 'error' });
  if (issues.length > 0 || visit === undefined || date === undefined || day1 === undefined) return fail(issues);
  return ok({
    ...visit,
    occurrence: Math.max(0, Math.floor(request.previousOccurrences)) + 1,
    date: request.date,
    studyDay: studyDayOfDayNumber(day1, date),
  });
}
