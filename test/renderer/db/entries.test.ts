import { describe, expect, it } from 'vitest';
import {
  addRecord,
  clearItem,
  completeForm,
  fieldHistory,
  getEntry,
  listEntries,
  listVisits,
  removeRecord,
  reopenForm,
  setItemValue,
  setMissingReason,
  setSdv,
  setVisitStatus,
  startVisit,
} from '../../../renderer/db';
import { LAB } from '../../shared/events/builders';
import { expectOk, MONITOR, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

describe('entries repository', () => {
  it('saves a value into the form entry, with who and when', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const saved = expectOk(await setItemValue(store, NURSE, LAB, { ...bilirubin(88.9), enteredUnit: 'µmol/L', qualifier: '<' }));
    const entry = await getEntry(store, LAB);
    expect(entry).toMatchObject({ status: 'in-progress', recordId: '' });
    expect(entry?.items.bilirubin).toMatchObject({
      current: { kind: 'value', value: 88.9, entered: '88.9', unit: 'µmol/L', qualifier: '<', stamp: { userId: 'u-nurse', role: 'nurse' } },
      concurrent: [],
    });
    expect(saved.status === 'saved' && entry?.items.bilirubin?.current.stamp.eventId).toBe(saved.status === 'saved' ? saved.event.id : '');
    expect(await listVisits(store, 'subj-1')).toEqual([expect.objectContaining({ visitId: 'W4', kind: 'scheduled', status: 'pending' })]);
  });

  it('treats an autosave of the value already shown as unchanged and writes nothing', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    const count = await store.db.events.count();
    expect(await setItemValue(store, NURSE, LAB, bilirubin(88.9))).toEqual({ ok: true, value: { status: 'unchanged' } });
    expect(await store.db.events.count()).toBe(count);
  });

  it('keeps the missing reason apart from the value, and a later value replaces it', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setMissingReason(store, NURSE, LAB, { code: 'NOT DONE', note: 'sample haemolysed' }));
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).toMatchObject({ kind: 'missing', missing: { code: 'NOT DONE' } });
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).not.toHaveProperty('value');
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(70)));
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).not.toHaveProperty('missing');
  });

  it('requires a reason for change on a completed form, and stores it', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    expectOk(await completeForm(store, NURSE, LAB));
    const before = await store.db.events.count();

    const refused = await setItemValue(store, NURSE, LAB, bilirubin(98.9));
    expect(refused).toMatchObject({ ok: false, issues: { kind: 'rejected', issues: [{ path: ['reason'] }] } });
    expect(await store.db.events.count()).toBe(before);

    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(98.9), 'transcription error, see lab report'));
    const entry = await getEntry(store, LAB);
    expect(entry).toMatchObject({ status: 'complete', items: { bilirubin: { current: { value: 98.9, reason: 'transcription error, see lab report' } } } });
  });

  it('reopens a completed form only with a reason', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await completeForm(store, NURSE, LAB));
    expect((await getEntry(store, LAB))?.status).toBe('complete');
    expect(await completeForm(store, NURSE, LAB)).toMatchObject({ ok: false });
    expectOk(await reopenForm(store, NURSE, LAB, 'late lab result arrived'));
    expect((await getEntry(store, LAB))?.status).toBe('in-progress');
  });

  it('clears SDV when the value changes after verification', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const saved = expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    if (saved.status !== 'saved') throw new Error('expected a save');
    expectOk(await setSdv(store, MONITOR, LAB, saved.event.id));
    expect((await getEntry(store, LAB))?.items.bilirubin?.sdv).toMatchObject({ valueEventId: saved.event.id, stamp: { role: 'monitor' } });

    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(90)));
    expect((await getEntry(store, LAB))?.items.bilirubin).not.toHaveProperty('sdv');
    // A verification of a value no longer shown is refused.
    expect(await setSdv(store, MONITOR, LAB, saved.event.id)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
  });

  it('keeps the rows of a repeating form apart, and removing a row needs a reason', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const ae = { subjectId: 'subj-1', visitId: 'W1', formId: 'ae-log' };
    const term = (recordId: string) => ({ ...ae, recordId, itemId: 'aeTerm' });
    expect(await setItemValue(store, NURSE, term('ae-1'), { entered: 'fever', value: 'fever' })).toMatchObject({ ok: false });
    expectOk(await addRecord(store, NURSE, { ...ae, recordId: 'ae-1' }));
    expectOk(await addRecord(store, NURSE, { ...ae, recordId: 'ae-2' }));
    expectOk(await setItemValue(store, NURSE, term('ae-1'), { entered: 'fever', value: 'fever' }));
    expectOk(await setItemValue(store, NURSE, term('ae-2'), { entered: 'rash', value: 'rash' }));
    expect(await removeRecord(store, NURSE, { ...ae, recordId: 'ae-2' }, '')).toMatchObject({ ok: false });
    expectOk(await removeRecord(store, NURSE, { ...ae, recordId: 'ae-2' }, 'duplicate of ae-1'));

    const rows = await listEntries(store, 'subj-1', 'W1');
    expect(rows.map((r) => [r.recordId, r.removed, r.items.aeTerm?.current.value])).toEqual([
      ['ae-1', false, 'fever'],
      ['ae-2', true, 'rash'],
    ]);
    expect(await fieldHistory(store, term('ae-1'))).toHaveLength(1);
  });

  it('starts unscheduled visits as their own instances, and a visit not done takes no data', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const started = expectOk(await startVisit(store, NURSE, 'subj-1', { visitDefId: 'UNS', kind: 'unscheduled', startedOn: '2025-03-12' }));
    const again = expectOk(await startVisit(store, NURSE, 'subj-1', { visitDefId: 'UNS', kind: 'unscheduled', startedOn: '2025-03-20' }));
    expect(started.visitId).not.toBe(again.visitId);
    expectOk(await setVisitStatus(store, NURSE, 'subj-1', 'W8', { status: 'not-done', notDoneReason: 'patient in ICU' }));
    const refused = await setItemValue(store, NURSE, { ...LAB, visitId: 'W8' }, bilirubin(1));
    expect(refused).toMatchObject({ ok: false, issues: { issues: [{ path: ['visitId'] }] } });
    expect((await listVisits(store, 'subj-1')).map((v) => [v.visitDefId, v.status]).sort()).toEqual([
      ['UNS', 'pending'],
      ['UNS', 'pending'],
      ['W8', 'not-done'],
    ]);
  });

  it('clearing an item is a change like any other', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    expectOk(await clearItem(store, NURSE, LAB));
    expect((await getEntry(store, LAB))?.items.bilirubin?.current.kind).toBe('cleared');
    expect(await clearItem(store, NURSE, LAB)).toEqual({ ok: true, value: { status: 'unchanged' } });
  });
});
