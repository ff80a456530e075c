/**
 * shared/care: the site's rules for subjects and their care path, above shared/eligibility,
 * shared/schedule and shared/protocol: the screening checklist and its decision, subject codes,
 * sealed allocation lists and which assignment a subject is due, status changes, a subject's
 * schedule with what the store knows, and today's due visits. Pure: no clock, no storage.
 *
 * Non-goals: rendering, storage, permissions by role.
 */
export { compareVersions, newestVersion } from './protocol-versions';
export { screeningInputs, criterionInputs, screeningVisitOf, screeningFormOf } from './screening-inputs';
export {
  decideScreening,
  answersFromRecord,
  type CriterionAnswer,
  type ScreeningInput,
  type ScreeningDecision,
  type ChecklistRow,
  type CriterionBasis,
} from './screening-decision';
export { SUBJECT_CODE_PATTERN, formatSubjectCode, parseSubjectCode, subjectCodeFor, nextSubjectNumber, type ParsedSubjectCode } from './subject-code';
export { readCsv, type CsvRow, type CsvResult } from './csv';
export {
  parseAllocationList,
  checkListAgainstProtocol,
  nextAllocationEntry,
  remainingEntries,
  type AllocationEntry,
  type AllocationList,
  type NextEntryRequest,
} from './allocation-list';
export { enrolmentStages, nextStageStep, type StageStep, type NoStep, type AssignmentState } from './randomisation';
export { END_STATUSES, statusChoices, needsStatusReason, needsReasonForChange, type EndStatus, type StatusChoice } from './subject-status';
export {
  allocationOf,
  subjectSchedule,
  nextVisit,
  dueVisits,
  type CareScheduledVisit,
  type CareVisitStatus,
  type ScheduleSubject,
  type RecordedVisit,
  type DueVisit,
} from './subject-schedule';
