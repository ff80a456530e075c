import { describe, expect, it } from 'vitest';
import { completeFormRaisingQueries, reviewRows, verifyValues } from '../../../../renderer/db/review-reads';
import { getEntry, listQueries } from '../../../../renderer/db';
import { expectOk, openTestStore } from '../../db/helpers';
import { enrol, monitorCtx, nurseCtx, subjectIdOf, week0Labs } from './support/review-seed';

const LABS = { visitId: 'w0', formId: 'labs' } as const;

describe('the review’s writes are all or nothing', () => {
  it('verifies every value of a form together, or none when one of them is refused', async () => {
    const store = await openTestStore();
    const subjectId = await enrol(store, '03-001');
    const events = await week0Labs(store, subjectId, []);
    const ref = (itemId: string) => ({ subjectId, ...LABS, itemId });
    const refused = await verifyValues(store, monitorCtx, [
      { ref: ref('bilirubin'), valueEventId: events['bilirubin'] ?? '' },
      { ref: ref('albumin'), valueEventId: events['bilirubin'] ?? '' },
    ]);
    expect(refused.ok).toBe(false);
    let entry = await getEntry(store, { subjectId, ...LABS });
    expect(entry?.items['bilirubin']?.sdv).toBeUndefined();

    const byNurse = await verifyValues(store, nurseCtx, [{ ref: ref('bilirubin'), valueEventId: events['bilirubin'] ?? '' }]);
    expect(byNurse.ok ? 'stored' : byNurse.issues.kind).toBe('rejected');

    expect(expectOk(await verifyValues(store, monitorCtx, Object.entries(events).map(([itemId, valueEventId]) => ({ ref: ref(itemId), valueEventId }))))).toBe(8);
    entry = await getEntry(store, { subjectId, ...LABS });
    expect(Object.values(entry?.items ?? {}).every((i) => i.sdv?.valueEventId === i.current.stamp.eventId)).toBe(true);
  });

  it('completes a form with its system queries in one transaction; a refused completion raises none', async () => {
    const store = await openTestStore();
    const subjectId = await enrol(store, '03-001');
    await week0Labs(store, subjectId, []);
    const queries = [{ itemId: 'sodium', text: 'Sodium low\n钠偏低' }];
    const refused = await completeFormRaisingQueries(store, monitorCtx, { subjectId, ...LABS }, queries);
    expect(refused.ok).toBe(false);
    expect(await listQueries(store, { subjectId })).toEqual([]);
    expect((await getEntry(store, { subjectId, ...LABS }))?.status).toBe('in-progress');

    const done = expectOk(await completeFormRaisingQueries(store, nurseCtx, { subjectId, ...LABS }, queries));
    expect(done.completed.type).toBe('form.completed');
    const [query] = await listQueries(store, { subjectId });
    expect(query).toMatchObject({ system: true, status: 'open', formId: 'labs', itemId: 'sodium', text: 'Sodium low\n钠偏低' });
    expect(query?.history[0]?.stamp.role).toBe('nurse');
  });

  it('reads the rows of one protocol’s subjects only', async () => {
    const store = await openTestStore();
    await enrol(store, '03-001');
    const rows = await reviewRows(store, 'NCT05985863');
    expect(rows.subjects.map((s) => s.subjectId)).toEqual([subjectIdOf('03-001')]);
    expect(await reviewRows(store, 'NCT03668171')).toEqual({ subjects: [], visits: [], entries: [], queries: [], signatures: [] });
  });
});
