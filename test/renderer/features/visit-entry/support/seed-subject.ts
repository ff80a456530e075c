import { assignArm, enrolSubject, screenSubject, type Store, type WriteContext } from '../../../../../renderer/db';
import { TEST_USER_ID } from '../../../app/support/render-app';

export const PROTOCOL = { id: 'NCT05985863', version: '0.1' } as const;
export const SUBJECT_ID = 'subject-03-001';
export const SUBJECT_CODE = '03-001';

export const nurseContext = (protocol: { readonly id: string; readonly version: string } = PROTOCOL): WriteContext => ({
  userId: TEST_USER_ID,
  role: 'nurse',
  protocolId: protocol.id,
  protocolVersion: protocol.version,
});

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; issues: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`seeding failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * A subject screened eligible, enrolled and allocated (kit only, as the blinded site sees it) in
 * NCT05985863, written through the repositories as the screening screens would. Component tests only:
 * end-to-end tests enrol through the UI.
 */
export async function seedEnrolledSubject(store: Store, options: { readonly arm?: string; readonly sex?: 'M' | 'F' } = {}): Promise<void> {
  const ctx = nurseContext();
  await must(screenSubject(store, ctx, SUBJECT_ID, { siteId: '03', screenedOn: '2025-03-03', answers: [], result: 'eligible', confirmedBy: 'investigator-1' }));
  await must(enrolSubject(store, ctx, SUBJECT_ID, { siteId: '03', subjectCode: SUBJECT_CODE, sex: options.sex ?? 'F', ageYears: 50, day1: '2025-03-10' }));
  await must(assignArm(store, ctx, SUBJECT_ID, { ...(options.arm === undefined ? {} : { arm: options.arm }), kitNumber: 'K-0042', stage: 1, source: 'manual' }));
}

export const visitPath = (visitId: string, form?: string): string =>
  `/subjects/${SUBJECT_ID}/visits/${visitId}${form === undefined ? '' : `?form=${encodeURIComponent(form)}`}`;
