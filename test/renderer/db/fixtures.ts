import { enrolSubject, screenSubject, type Store } from '../../../renderer/db';
import { expectOk, INVESTIGATOR, NURSE } from './helpers';

/** Screens and enrols subj-1 (code 03-001): the usual starting point for data entry. */
export async function enrolled(store: Store, subjectId = 'subj-1', code = '03-001'): Promise<void> {
  expectOk(
    await screenSubject(store, INVESTIGATOR, subjectId, {
      siteId: '03',
      screenedOn: '2025-02-27',
      answers: [{ criterionId: 'age-18-70', answer: 'yes' }],
      result: 'eligible',
      confirmedBy: 'u-investigator',
    }),
  );
  expectOk(await enrolSubject(store, NURSE, subjectId, { siteId: '03', subjectCode: code, sex: 'F', birthYear: 1968, day1: '2025-03-01' }));
}

export const bilirubin = (value: number) => ({ entered: String(value), value, unit: 'µmol/L' });
