/**
 * A subject's dated schedule: per scheduled visit the target date, the window dates and the status on
 * `today`. Day 1 (the first infusion) anchors every date; `today` is passed in (shared/ has no clock).
 */
import { fail, ok, type Issue, type Result } from '../lib/result';
import { isValidAllocation, reachableStages, type Allocation, type Protocol, type VisitKind } from '../protocol';
import { formatLocalDate, parseLocalDate } from './local-date';
import { dayNumberOfStudyDay } from './study-day';
import { planVisits } from './visit-plan';
import { withStatuses, type VisitStatus } from './visit-status';

export interface SubjectScheduleInput {
  /** Date of day 1 = week 0 = the first study infusion, planned or actual ('YYYY-MM-DD'). */
  readonly day1: string;
  readonly today: string;
  /** Arm and stage; absent before randomisation (then only visits every subject has are listed). */
  readonly allocation?: Allocation | undefined;
  /** Ids of the visits recorded as done. */
  readonly done: readonly string[];
}

export interface ScheduledVisit {
  readonly visit: string;
  readonly kind: VisitKind;
  readonly label: { readonly en: string; readonly zh: string };
  readonly week: number | null;
  readonly studyDay: number;
  readonly targetDate: string;
  /** First and last day of the window, both allowed. */
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly forms: readonly string[];
  readonly status: VisitStatus;
}

const issue = (path: Issue['path'], message: string): Issue => ({ path, message, severity: 'error' });

function checkInput(protocol: Protocol, input: SubjectScheduleInput): Issue[] {
  const issues: Issue[] = [];
  if (parseLocalDate(input.day1) === undefined) issues.push(issue(['day1'], `"${input.day1}" is not a date (YYYY-MM-DD)`));
  if (parseLocalDate(input.today) === undefined) issues.push(issue(['today'], `"${input.today}" is not a date (YYYY-MM-DD)`));
  const allocation = input.allocation;
  if (allocation !== undefined && !isValidAllocation(protocol, allocation)) {
    const stages = reachableStages(protocol, allocation.arm);
    issues.push(
      issue(
        ['allocation'],
        stages.length === 0
          ? `unknown arm "${allocation.arm}"`
          : `arm "${allocation.arm}" is never in stage ${allocation.stage} (it can be in stage ${stages.join(', ')})`,
      ),
    );
  }
  const known = new Set(protocol.visits.map((v) => v.id));
  input.done.forEach((id, i) => {
    if (!known.has(id)) issues.push(issue(['done', i], `unknown visit "${id}"`));
  });
  return issues;
}

export function buildSchedule(protocol: Protocol, input: SubjectScheduleInput): Result<ScheduledVisit[], Issue[]> {
  const issues = checkInput(protocol, input);
  const day1 = parseLocalDate(input.day1);
  const today = parseLocalDate(input.today);
  if (issues.length > 0 || day1 === undefined || today === undefined) return fail(issues);
  const done = new Set(input.done);
  const allocations = input.allocation === undefined ? undefined : [input.allocation];
  const dated = planVisits(protocol, allocations).flatMap((planned) => {
    if (planned.day === null || planned.window === null) return [];
    const target = dayNumberOfStudyDay(day1, planned.day);
    return [{ planned, studyDay: planned.day, target, windowStart: target - planned.window[0], windowEnd: target + planned.window[1], done: done.has(planned.visit) }];
  });
  return ok(
    withStatuses(dated, today).map(({ planned, studyDay, target, windowStart, windowEnd, status }) => ({
      visit: planned.visit,
      kind: planned.kind,
      label: planned.label,
      week: planned.week,
      studyDay,
      targetDate: formatLocalDate(target),
      windowStart: formatLocalDate(windowStart),
      windowEnd: formatLocalDate(windowEnd),
      forms: planned.forms,
      status,
    })),
  );
}
