import { compact } from '../compact';
import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf, type SubjectRow, type SubjectStatus } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type SubjectDraft =
  | DraftOf<'subject.screened'>
  | DraftOf<'subject.enrolled'>
  | DraftOf<'subject.armAssigned'>
  | DraftOf<'subject.statusChanged'>;
type SubjectEvent =
  | EventOf<'subject.screened'>
  | EventOf<'subject.enrolled'>
  | EventOf<'subject.armAssigned'>
  | EventOf<'subject.statusChanged'>;

const BEFORE_ENROLMENT: readonly SubjectStatus[] = ['screening', 'screen-failed', 'eligible'];
export const isEnrolled = (s: SubjectRow) => !BEFORE_ENROLMENT.includes(s.status);

export function checkSubjectEvent(draft: SubjectDraft, rows: TouchedRows): Issue[] {
  const subject = rows.subject;
  switch (draft.type) {
    case 'subject.screened': {
      if (subject === undefined) return [];
      if (isEnrolled(subject)) return [issue(['subjectId'], 'the subject is already enrolled: screening is closed')];
      const decided = subject.screening.result !== 'pending';
      return decided && draft.payload.result !== subject.screening.result && draft.reason === undefined
        ? [issue(['reason'], 'changing an eligibility decision needs a reason for change')]
        : [];
    }
    case 'subject.enrolled': {
      const issues: Issue[] = [];
      if (subject?.status !== 'eligible') {
        issues.push(issue(['subjectId'], subject !== undefined && isEnrolled(subject) ? 'the subject is already enrolled' : 'only a subject screened eligible can be enrolled'));
      }
      const holder = rows.subjectWithCode;
      if (holder !== undefined && holder.subjectId !== draft.subjectId) {
        issues.push(issue(['payload', 'subjectCode'], `subject code ${draft.payload.subjectCode} is already used`));
      }
      return issues;
    }
    case 'subject.armAssigned':
      if (subject === undefined || !isEnrolled(subject)) return [issue(['subjectId'], 'only an enrolled subject is assigned an arm')];
      return subject.stage !== undefined && draft.payload.stage <= subject.stage && draft.reason === undefined
        ? [issue(['reason'], 'changing an arm assignment needs a reason for change')]
        : [];
    case 'subject.statusChanged':
      if (subject === undefined || !isEnrolled(subject)) return [issue(['subjectId'], 'only an enrolled subject changes study status')];
      if (draft.payload.status === subject.status) return [issue(['payload', 'status'], `the subject is already ${subject.status}`)];
      return draft.payload.status === 'on-study' && draft.reason === undefined
        ? [issue(['reason'], 'putting a subject back on study needs a reason for change')]
        : [];
  }
}

function screeningStatus(result: 'pending' | 'eligible' | 'not-eligible'): SubjectStatus {
  return result === 'pending' ? 'screening' : result === 'eligible' ? 'eligible' : 'screen-failed';
}

export function applySubjectEvent(event: SubjectEvent, rows: TouchedRows): RowChanges {
  const updated = stampOf(event);
  const subject = rows.subject;
  switch (event.type) {
    case 'subject.screened': {
      const { siteId, screenedOn, result, confirmedBy } = event.payload;
      const base = subject ?? { subjectId: event.subjectId };
      return {
        subject: {
          ...base,
          siteId,
          protocolId: event.protocolId,
          protocolVersion: event.protocolVersion,
          screening: compact({ screenedOn, result, confirmedBy }),
          // Screening events arriving after enrolment (from another device) do not undo it.
          status: subject !== undefined && isEnrolled(subject) ? subject.status : screeningStatus(result),
          updated,
        },
      };
    }
    case 'subject.enrolled': {
      if (subject === undefined) return {};
      const { subjectCode, ...demography } = event.payload;
      const { birthYear: _b, ageYears: _a, ...rest } = subject;
      const status = isEnrolled(subject) ? subject.status : 'on-study';
      return { subject: { ...rest, ...compact(demography), code: subjectCode, status, updated } };
    }
    case 'subject.armAssigned': {
      if (subject === undefined) return {};
      const { arm: _a, kitNumber: _k, ...rest } = subject;
      const { arm, kitNumber, stage } = event.payload;
      return { subject: { ...rest, ...compact({ arm, kitNumber }), stage, updated } };
    }
    case 'subject.statusChanged': {
      if (subject === undefined) return {};
      const { statusReason: _r, ...rest } = subject;
      const { status, date, statusReason } = event.payload;
      return { subject: { ...rest, ...compact({ statusReason }), status, statusDate: date, updated } };
    }
  }
}
