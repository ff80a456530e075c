import { assignArm, enrolSubject, importAllocationList, screenSubject, type Store, type WriteContext } from '../../../../renderer/db';
import { seedAccounts } from '../../app/support/accounts';
import { TEST_USER_ID } from '../../app/support/render-app';

export const INVESTIGATOR_ID = 'user-investigator-1';

export const nurseCtx = (protocolId = 'NCT05985863', protocolVersion = '0.1'): WriteContext => ({ userId: TEST_USER_ID, role: 'nurse', protocolId, protocolVersion });

/** Adds an investigator to the laptop's users (beside the test nurse). */
export async function addInvestigator(store: Store, blindedNurse = true): Promise<void> {
  await seedAccounts(store, [
    { userId: TEST_USER_ID, displayName: 'Wang Li', role: 'nurse', blinded: blindedNurse },
    { userId: INVESTIGATOR_ID, displayName: 'Dr Zhao', role: 'investigator', blinded: true },
  ]);
}

/** A subject screened (pending) at site 03. */
export async function screened(store: Store, subjectId: string, protocolId = 'NCT05985863', version = '0.1'): Promise<void> {
  const r = await screenSubject(store, nurseCtx(protocolId, version), subjectId, { siteId: '03', screenedOn: '2025-03-01', answers: [], result: 'pending' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
}

/** A subject enrolled on day 1 with a kit (and optionally an arm) at stage 1. */
export async function enrolled(store: Store, subjectId: string, code: string, day1: string, assignment: { kit?: string; arm?: string; stage?: number } = { kit: 'K-900' }, protocolId = 'NCT05985863'): Promise<void> {
  const ctx = nurseCtx(protocolId);
  const steps = [
    () => screenSubject(store, ctx, subjectId, { siteId: '03', screenedOn: '2025-02-20', answers: [], result: 'eligible', confirmedBy: INVESTIGATOR_ID }),
    () => enrolSubject(store, ctx, subjectId, { siteId: '03', subjectCode: code, sex: 'F', birthYear: 1970, day1 }),
    () =>
      assignArm(store, ctx, subjectId, {
        stage: assignment.stage ?? 1,
        source: 'allocation-list',
        ...(assignment.kit === undefined ? {} : { kitNumber: assignment.kit }),
        ...(assignment.arm === undefined ? {} : { arm: assignment.arm }),
      }),
  ];
  for (const step of steps) {
    const r = await step();
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
  }
}

export const STAGE1_CSV = [
  'list_id,protocol,stage,site,sequence,kit,arm',
  'L-S1-03,NCT05985863,1,03,2,K-0302,control',
  'L-S1-03,NCT05985863,1,03,1,K-0301,msc',
  'L-S1-03,NCT05985863,1,03,3,K-0303,msc',
  'L-S1-03,NCT05985863,1,04,1,K-0401,msc',
].join('\n');

export async function importList(store: Store, text: string, listId: string, stage: number, entryCount: number): Promise<void> {
  const r = await importAllocationList(store, { ...nurseCtx(), userId: 'user-dm-1', role: 'data-manager' }, { listId, stage, entryCount, text });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
}

/** What the fake platform returns when the user picks a file. */
export const pickedFile = (name: string, text: string) => async () => ({ opened: true as const, name, bytes: new TextEncoder().encode(text) });
