import { subjectCodeFor } from '../../../../shared/care';
import type { DraftOf } from '../../../../shared/events';
import { isLocalDate } from '../../../../shared/schedule';

/** What the enrolment form holds: no name, initials or identity number anywhere. */
export interface EnrolmentDraft {
  readonly number: string;
  readonly sex: '' | 'M' | 'F';
  readonly ageBy: 'birthYear' | 'age';
  readonly birthYear: string;
  readonly age: string;
  readonly day1: string;
}

export type EnrolmentErrors = Partial<Record<'number' | 'sex' | 'birthYear' | 'age' | 'day1', 'number' | 'sex' | 'birthYear' | 'age' | 'day1'>>;

export type EnrolmentPayload = DraftOf<'subject.enrolled'>['payload'];

/** The enrolment record, or which fields are wrong (each key names its message). */
export function enrolmentPayload(siteId: string, draft: EnrolmentDraft, thisYear: number): { readonly payload?: EnrolmentPayload; readonly errors: EnrolmentErrors } {
  const errors: { -readonly [K in keyof EnrolmentErrors]: EnrolmentErrors[K] } = {};
  const code = subjectCodeFor(siteId, draft.number);
  if (!code.ok) errors.number = 'number';
  if (draft.sex === '') errors.sex = 'sex';
  const year = Number(draft.birthYear.trim());
  const age = Number(draft.age.trim());
  if (draft.ageBy === 'birthYear' && !(/^[0-9]{4}$/.test(draft.birthYear.trim()) && year >= 1900 && year <= thisYear)) errors.birthYear = 'birthYear';
  if (draft.ageBy === 'age' && !(/^[0-9]{1,3}$/.test(draft.age.trim()) && age <= 130)) errors.age = 'age';
  if (!isLocalDate(draft.day1.trim())) errors.day1 = 'day1';
  if (Object.keys(errors).length > 0 || !code.ok || draft.sex === '') return { errors };
  return {
    errors,
    payload: {
      siteId,
      subjectCode: code.value,
      sex: draft.sex,
      day1: draft.day1.trim(),
      ...(draft.ageBy === 'birthYear' ? { birthYear: year } : { ageYears: age }),
    },
  };
}
