/**
 * shared/schedule: visit plans (which visits, in order, with study week/day and window) and a subject's
 * dated schedule (target date, window dates, status on `today`). Day 1 = week 0 = the first study
 * infusion; no day 0; screening days are negative. Dates are 'YYYY-MM-DD' strings; today is passed in.
 *
 * Non-goals: storing visit data, protocol deviations (an out-of-window visit is flagged elsewhere).
 */
export { formatLocalDate, isLocalDate, parseLocalDate } from './local-date';
export { dayNumberOfStudyDay, studyDayOfDayNumber } from './study-day';
export { planVisits, resolveSelection, visitPlan, type PlannedVisit, type PlanSelection } from './visit-plan';
export { VISIT_STATUSES, withStatuses, type StatusInput, type VisitStatus } from './visit-status';
export { buildSchedule, type ScheduledVisit, type SubjectScheduleInput } from './build-schedule';
export { onDemandVisits, startOnDemandVisit, type OnDemandOccurrence, type OnDemandRequest, type OnDemandVisit } from './on-demand';
