/**
 * The status of a scheduled visit on a given day. Exact definitions (also in shared/schedule/README.md):
 *
 * - done: the visit is recorded as done, whatever the date (an out-of-window visit is kept and flagged,
 *   not rejected; the window check is separate).
 * - not-yet-due: not done and today is before the first day of the window.
 * - open: not done and today is inside the window (both ends included).
 * - overdue: not done, the window has closed, and the subject has not moved on: no later scheduled visit
 *   of this subject is done and none has its window open or past. It can still be done late (with a
 *   deviation).
 * - missed: not done, the window has closed, and the subject has moved on: a later scheduled visit of
 *   this subject is done, or today is on or after the first day of a later visit's window. A missed
 *   visit can no longer be done as itself. The last visit of a schedule is therefore never missed by
 *   this rule; it stays overdue until it is done or the subject's participation is closed.
 */

export const VISIT_STATUSES = ['not-yet-due', 'open', 'overdue', 'done', 'missed'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** A scheduled visit reduced to what its status depends on; day numbers from local-date.ts. */
export interface StatusInput {
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly done: boolean;
}

/**
 * Statuses of a subject's scheduled visits, given in time order.
 * @param today the calendar day number of today
 */
export function withStatuses<T extends StatusInput>(visits: readonly T[], today: number): (T & { readonly status: VisitStatus })[] {
  return visits.map((visit, index) => ({ ...visit, status: statusOf(visit, visits.slice(index + 1), today) }));
}

function statusOf(visit: StatusInput, later: readonly StatusInput[], today: number): VisitStatus {
  if (visit.done) return 'done';
  if (today < visit.windowStart) return 'not-yet-due';
  if (today <= visit.windowEnd) return 'open';
  const movedOn = later.some((next) => next.done || today >= next.windowStart);
  return movedOn ? 'missed' : 'overdue';
}
