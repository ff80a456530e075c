import { describe, expect, it } from 'vitest';
import { chainHead, enrolSubject, screenSubject, setItemValue, getEntry, type Store } from '../../../renderer/db';
import { LAB } from '../../shared/events/builders';
import { expectOk, failWritesTo, NURSE, openTestStore } from './helpers';

async function enrolledSubject(store: Store) {
  expectOk(await screenSubject(store, NURSE, 'subj-1', { siteId: '03', screenedOn: '2025-02-27', answers: [], result: 'eligible', confirmedBy: 'u-inv' }));
  expectOk(await enrolSubject(store, NURSE, 'subj-1', { siteId: '03', subjectCode: '03-001', sex: 'M', ageYears: 52, day1: '2025-03-01' }));
}

const bilirubin = { entered: '5.2', enteredUnit: 'mg/dL', value: 88.92, unit: 'µmol/L' };

describe('an event and its projection are written together or not at all', () => {
  it('stores neither the event nor the head move when the projection write fails in the transaction', async () => {
    const store = await openTestStore();
    await enrolledSubject(store);
    const headBefore = await chainHead(store);
    const eventsBefore = await store.db.events.count();

    const written: string[] = [];
    await failWritesTo(store, 'entries', () => new Error('forced projection failure'), written);
    const result = await setItemValue(store, NURSE, LAB, bilirubin);

    // The event and the head were written first, in the same transaction, then rolled back.
    expect(written.slice(0, 2)).toEqual(['add events', 'put meta']);
    expect(written).toContain('put entries');
    expect(result).toMatchObject({ ok: false, issues: { kind: 'unknown', message: expect.stringContaining('forced projection failure') } });
    expect(await store.db.events.count()).toBe(eventsBefore);
    expect(await chainHead(store)).toEqual(headBefore);
    expect(await store.db.visits.count()).toBe(0);
  });

  it('continues the chain without a gap once writes work again', async () => {
    const store = await openTestStore({ name: 'atomic-recovery' });
    await enrolledSubject(store);
    await failWritesTo(store, 'entries', () => new Error('forced'));
    expect((await setItemValue(store, NURSE, LAB, bilirubin)).ok).toBe(false);

    const healthy = await openTestStore({ name: 'atomic-recovery' });
    const saved = expectOk(await setItemValue(healthy, NURSE, LAB, bilirubin));
    expect(saved).toMatchObject({ status: 'saved', event: { seq: 3 } });
    expect((await getEntry(healthy, LAB))?.items.bilirubin?.current.value).toBe(88.92);
  });

  it('classifies a full disk as quota-exceeded, leaving nothing behind', async () => {
    const store = await openTestStore();
    await enrolledSubject(store);
    await failWritesTo(store, 'events', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await setItemValue(store, NURSE, LAB, bilirubin);
    expect(result).toMatchObject({ ok: false, issues: { kind: 'quota-exceeded' } });
    expect(await chainHead(store)).toMatchObject({ seq: 2 });
  });

  it('classifies a closed database as unavailable', async () => {
    const store = await openTestStore();
    await enrolledSubject(store);
    store.db.close();
    expect(await setItemValue(store, NURSE, LAB, bilirubin)).toMatchObject({ ok: false, issues: { kind: 'unavailable' } });
  });

  it('refuses a write that breaks a domain rule with issues, storing nothing', async () => {
    const store = await openTestStore();
    const result = await setItemValue(store, NURSE, LAB, bilirubin);
    expect(result).toMatchObject({ ok: false, issues: { kind: 'rejected', issues: [{ path: ['subjectId'] }] } });
    expect(await store.db.events.count()).toBe(0);
    expect(await chainHead(store)).toBeNull();
  });

  it('refuses a value that fails the event schema with the path of the field', async () => {
    const store = await openTestStore();
    await enrolledSubject(store);
    const result = await setItemValue(store, NURSE, { ...LAB, itemId: 'no spaces allowed' }, bilirubin);
    expect(result).toMatchObject({ ok: false, issues: { kind: 'rejected', issues: [{ path: ['itemId'] }] } });
  });
});
