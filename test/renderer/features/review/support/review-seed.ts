/**
 * Data for the monitor's review tests, written through the repositories as the site would (component
 * tests only: the end-to-end tests enter everything through the UI). Subjects of NCT05985863 at site 03
 * (and 04), day 1 on 2025-03-10; "today" in these tests is 2025-03-12, so week 0 (day 1, no window) is due
 * and week 1 (day 8 ± 1) is not yet.
 */
import { assignArm, enrolSubject, screenSubject, setItemValue, type Store, type WriteContext } from '../../../../../renderer/db';
import { LOG_NONE_ITEM, LOG_NONE_VALUE } from '../../../../../shared/forms';
import { seedAccounts, type TestPerson } from '../../../app/support/accounts';
import { TEST_USER_ID } from '../../../app/support/render-app';

export const PROTOCOL = { id: 'NCT05985863', version: '0.1' } as const;
export const NOW = () => new Date(2025, 2, 12, 9, 0, 0);
export const NURSE_ID = 'user-nurse-wang';
export const MONITOR_ID = 'user-monitor-li';

export const MONITOR = { displayName: 'Li Na', role: 'monitor', blinded: true } as const satisfies Omit<TestPerson, 'userId'>;
export const NURSE = { displayName: 'Wang Li', role: 'nurse', blinded: true } as const satisfies Omit<TestPerson, 'userId'>;

export const nurseCtx: WriteContext = { userId: NURSE_ID, role: 'nurse', protocolId: PROTOCOL.id, protocolVersion: PROTOCOL.version };
export const monitorCtx: WriteContext = { userId: MONITOR_ID, role: 'monitor', protocolId: PROTOCOL.id, protocolVersion: PROTOCOL.version };

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; issues: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`seeding failed: ${JSON.stringify(r.issues)}`);
  return r.value;
}

/**
 * Who uses the laptop: the person renderApp starts with (TEST_USER_ID, as `first`) and the other one, so
 * the header's role switch offers both.
 */
export async function people(store: Store, first: Omit<TestPerson, 'userId'>, other: TestPerson): Promise<void> {
  await seedAccounts(store, [{ userId: TEST_USER_ID, ...first }, other]);
}

export const subjectIdOf = (code: string) => `subject-${code}`;

/** A subject screened eligible, enrolled on 2025-03-10 and given a kit (blinded site: no arm). */
export async function enrol(store: Store, code: string, sex: 'M' | 'F' = 'F'): Promise<string> {
  const subjectId = subjectIdOf(code);
  const siteId = code.split('-')[0] ?? '03';
  await must(screenSubject(store, nurseCtx, subjectId, { siteId, screenedOn: '2025-03-03', answers: [], result: 'eligible', confirmedBy: 'investigator-1' }));
  await must(enrolSubject(store, nurseCtx, subjectId, { siteId, subjectCode: code, sex, ageYears: 50, day1: '2025-03-10' }));
  await must(assignArm(store, nurseCtx, subjectId, { kitNumber: `K-${code}`, stage: 1, source: 'manual' }));
  return subjectId;
}

/** Week-0 labs in SI units: every required value but the ones left out. Returns the value events by item. */
export async function week0Labs(store: Store, subjectId: string, leaveOut: readonly string[] = ['albumin'], ctx: WriteContext = nurseCtx) {
  const values: Record<string, number> = { bilirubin: 342, albumin: 28, inr: 2.2, pta: 30, urea: 6, creatinine: 88.4, sodium: 130, platelets: 120 };
  const events: Record<string, string> = {};
  for (const [itemId, value] of Object.entries(values)) {
    if (leaveOut.includes(itemId)) continue;
    const saved = await must(setItemValue(store, ctx, { subjectId, visitId: 'w0', formId: 'labs', itemId }, { entered: String(value), value }));
    if (saved.status === 'saved') events[itemId] = saved.event.id;
  }
  return events;
}

/** The site answers "None to report" on the logs of screening and week 0 (else each empty log is missing). */
export async function noneOnLogs(store: Store, subjectId: string, ctx: WriteContext = nurseCtx): Promise<void> {
  const logs: readonly (readonly [string, string])[] = [
    ['screening', 'conmeds'],
    ['w0', 'adverse-events'],
    ['w0', 'conmeds'],
  ];
  for (const [visitId, formId] of logs) await must(setItemValue(store, ctx, { subjectId, visitId, formId, itemId: LOG_NONE_ITEM }, { ...LOG_NONE_VALUE }));
}
