/**
 * A subject of NCT05985863 with data for the casebook, written through the repositories (and the role
 * policy) as each role would: enrolled with arm and kit, week-0 labs (bilirubin typed in mg/dL, albumin
 * not done), an adverse event, the unblinded pharmacy form, a monitor's query answered by the nurse, and
 * the investigator's signature on the labs. Component tests only: end-to-end tests enrol through the UI.
 */
import {
  addRecord,
  answerQuery,
  applySignature,
  assignArm,
  completeForm,
  enrolSubject,
  openQuery,
  screenSubject,
  setItemValue,
  setMissingReason,
  type Store,
  type WriteContext,
} from '../../../../renderer/db';
import type { Role } from '../../../../shared/events';
import { seedAccounts } from '../../app/support/accounts';
import { TEST_USER_ID } from '../../app/support/render-app';

export const SUBJECT_ID = 'subject-03-001';
export const CASEBOOK_PATH = `/subjects/${SUBJECT_ID}/casebook`;

const ctx = (role: Role, userId: string): WriteContext => ({ userId, role, protocolId: 'NCT05985863', protocolVersion: '0.1' });
const NURSE = ctx('nurse', TEST_USER_ID);
const MONITOR = ctx('monitor', 'user-monitor-1');
const INVESTIGATOR = ctx('investigator', 'user-investigator-1');
const PHARMACIST = ctx('pharmacist', 'user-pharmacist-1');

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; issues: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`seeding failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/** Everyone who used the laptop; `current` is the person the app opens as. */
export async function seedPeople(store: Store, current: { role: Role; blinded: boolean }): Promise<void> {
  await seedAccounts(store, [
    { userId: TEST_USER_ID, displayName: 'Wang Li', role: current.role === 'pharmacist' ? 'nurse' : current.role, blinded: current.blinded },
    { userId: 'user-monitor-1', displayName: 'Mia Monitor', role: 'monitor', blinded: true },
    { userId: 'user-investigator-1', displayName: 'Dr Zhao', role: 'investigator', blinded: true },
  ]);
}

export async function seedCasebookSubject(store: Store): Promise<void> {
  await must(screenSubject(store, NURSE, SUBJECT_ID, { siteId: '03', screenedOn: '2025-03-03', answers: [], result: 'eligible', confirmedBy: 'user-investigator-1' }));
  await must(enrolSubject(store, NURSE, SUBJECT_ID, { siteId: '03', subjectCode: '03-001', sex: 'F', ageYears: 50, day1: '2025-03-10' }));
  await must(assignArm(store, NURSE, SUBJECT_ID, { arm: 'msc', kitNumber: 'K-0042', stage: 1, source: 'manual' }));
  const labs = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'labs' };
  await must(setItemValue(store, NURSE, { ...labs, itemId: 'bilirubin' }, { entered: '1.2', enteredUnit: 'mg/dL', value: 20.52, unit: 'µmol/L' }));
  await must(setMissingReason(store, NURSE, { ...labs, itemId: 'albumin' }, { code: 'NOT DONE', note: 'Sample haemolysed' }));
  await must(completeForm(store, NURSE, labs));
  const ae = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'adverse-events', recordId: 'ae-1' };
  await must(addRecord(store, NURSE, ae));
  await must(setItemValue(store, NURSE, { ...ae, itemId: 'aeTerm' }, { entered: 'Fever', value: 'Fever' }));
  const pharmacy = { subjectId: SUBJECT_ID, visitId: 'w0', formId: 'pharmacy' };
  await must(setItemValue(store, PHARMACIST, { ...pharmacy, itemId: 'productActual' }, { entered: 'MSC', value: 'MSC' }));
  const opened = await must(openQuery(store, MONITOR, { ...labs, itemId: 'albumin' }, 'Why was albumin not done?'));
  if (opened.type !== 'query.opened') throw new Error('not a query');
  await must(answerQuery(store, NURSE, opened.payload.queryId, 'The sample was haemolysed.'));
  await must(openQuery(store, MONITOR, { ...pharmacy, itemId: 'productActual' }, 'Pharmacy lot number missing'));
  await must(applySignature(store, INVESTIGATOR, labs, { level: 'form', signerName: 'Dr Zhao', meaning: 'I confirm these data' }));
}
