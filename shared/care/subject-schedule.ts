/**
 * A subject's schedule as the site sees it: shared/schedule's dated visits with their status on `today`,
 * plus what the store knows: a visit recorded as not done, and a subject whose participation ended
 * (visits still to come are then closed, not overdue). Today's list is built from these.
 */
import type { SubjectStatus } from '../events';
import { fail, type Issue, type Result, ok } from '../lib/result';
import { isValidAllocation, type Allocation, type Protocol } from '../protocol';
import { buildSchedule, type ScheduledVisit, type VisitStatus } from '../schedule';

export type CareVisitStatus = VisitStatus | 'not-done' | 'closed';

export interface CareScheduledVisit extends Omit<ScheduledVisit, 'status'> {
  readonly status: CareVisitStatus;
  readonly visitDate?: string | undefined;
}

export interface ScheduleSubject {
  readonly status: SubjectStatus;
  readonly day1?: string | undefined;
  readonly arm?: string | undefined;
  readonly stage?: number | undefined;
}

export interface RecordedVisit {
  readonly visitId: string;
  readonly status: 'pending' | 'done' | 'not-done';
  readonly visitDate?: string | undefined;
}

/** The allocation the schedule uses: the arm and stage when both are known and valid, else none. */
export function allocationOf(protocol: Protocol, subject: ScheduleSubject): Allocation | undefined {
  if (subject.arm === undefined || subject.stage === undefined) return undefined;
  const allocation = { arm: subject.arm, stage: subject.stage };
  return isValidAllocation(protocol, allocation) ? allocation : undefined;
}

const STILL_TO_COME: readonly CareVisitStatus[] = ['not-yet-due', 'open', 'overdue'];

export function subjectSchedule(protocol: Protocol, subject: ScheduleSubject, visits: readonly RecordedVisit[], today: string): Result<CareScheduledVisit[], Issue[]> {
  if (subject.day1 === undefined) return fail([{ path: ['day1'], message: 'the subject has no day 1 yet', severity: 'error' }]);
  const known = new Set(protocol.visits.map((v) => v.id));
  const settled = visits.filter((v) => v.status !== 'pending' && known.has(v.visitId));
  const built = buildSchedule(protocol, { day1: subject.day1, today, allocation: allocationOf(protocol, subject), done: settled.map((v) => v.visitId) });
  if (!built.ok) return built;
  const ended = subject.status !== 'on-study';
  return ok(
    built.value.map((visit) => {
      const recorded = settled.find((v) => v.visitId === visit.visit);
      const status: CareVisitStatus =
        recorded?.status === 'not-done' ? 'not-done' : ended && STILL_TO_COME.includes(visit.status) ? 'closed' : visit.status;
      return { ...visit, status, visitDate: recorded?.visitDate };
    }),
  );
}

/** The visit to do next: the first open or overdue one, else the next not yet due. */
export function nextVisit(schedule: readonly CareScheduledVisit[]): CareScheduledVisit | undefined {
  return schedule.find((v) => v.status === 'overdue' || v.status === 'open') ?? schedule.find((v) => v.status === 'not-yet-due');
}

export interface DueVisit {
  readonly subjectId: string;
  readonly visit: CareScheduledVisit;
}

/** Today's work: every open or overdue visit, overdue first (longest overdue first), then by window end. */
export function dueVisits(schedules: readonly { readonly subjectId: string; readonly code?: string | undefined; readonly schedule: readonly CareScheduledVisit[] }[]): (DueVisit & { readonly code?: string | undefined })[] {
  const due = schedules.flatMap(({ subjectId, code, schedule }) =>
    schedule.filter((v) => v.status === 'open' || v.status === 'overdue').map((visit) => ({ subjectId, code, visit })),
  );
  const rank = (s: CareVisitStatus) => (s === 'overdue' ? 0 : 1);
  return due.sort(
    (a, b) =>
      rank(a.visit.status) - rank(b.visit.status) ||
      a.visit.windowEnd.localeCompare(b.visit.windowEnd) ||
      (a.code ?? a.subjectId).localeCompare(b.code ?? b.subjectId),
  );
}
