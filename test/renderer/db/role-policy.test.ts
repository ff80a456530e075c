import { describe, expect, it } from 'vitest';
import {
  answerQuery,
  appendForeignEvents,
  applySignature,
  chainHead,
  clearItem,
  closeQuery,
  completeForm,
  getEntry,
  getQuery,
  importProtocol,
  openQuery,
  setItemValue,
  setMissingReason,
  setSdv,
  type WriteContext,
} from '../../../renderer/db';
import { draftsFor, LAB, PROTOCOL, sealChain } from '../../shared/events/builders';
import { bilirubin, enrolled } from './fixtures';
import { expectOk, INVESTIGATOR, MONITOR, NURSE, openTestStore } from './helpers';

const DATA_MANAGER: WriteContext = { userId: 'u-dm', role: 'data-manager', ...PROTOCOL };

describe('role policy in the repository layer', () => {
  it('refuses a monitor’s value change and stores nothing', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const before = await chainHead(store);
    const refused = await setItemValue(store, MONITOR, LAB, bilirubin(88.9));
    expect(refused).toMatchObject({
      ok: false,
      issues: { kind: 'rejected', issues: [{ path: ['role'], message: 'A monitor may not change a value: only a research nurse, investigator or pharmacist may.' }] },
    });
    expect(await chainHead(store)).toEqual(before);
    expect(await store.db.events.count()).toBe(before?.seq ?? 0);
    expect(await getEntry(store, LAB)).toBeUndefined();
  });

  it('refuses a monitor’s missing reason and clearing too, even when they would change nothing', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    const count = await store.db.events.count();
    expect(await setMissingReason(store, MONITOR, LAB, { code: 'NOT DONE' })).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expect(await clearItem(store, MONITOR, LAB)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expect(await setItemValue(store, MONITOR, LAB, bilirubin(88.9))).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expect(await store.db.events.count()).toBe(count);
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).toMatchObject({ kind: 'value', value: 88.9 });
  });

  it('refuses a nurse closing a query; the monitor then closes it', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const opened = expectOk(await openQuery(store, MONITOR, LAB, 'Unit looks like mg/dL'));
    if (opened.type !== 'query.opened') throw new Error('expected a query');
    const { queryId } = opened.payload;
    expectOk(await answerQuery(store, NURSE, queryId, 'Corrected'));
    const count = await store.db.events.count();
    expect(await closeQuery(store, NURSE, queryId)).toMatchObject({
      ok: false,
      issues: { kind: 'rejected', issues: [{ path: ['role'], message: 'A research nurse may not close a query: only a monitor may.' }] },
    });
    expect(await store.db.events.count()).toBe(count);
    expect((await getQuery(store, queryId))?.status).toBe('answered');
    expectOk(await closeQuery(store, MONITOR, queryId));
    expect((await getQuery(store, queryId))?.status).toBe('closed');
  });

  it('lets a nurse raise a system query but not a manual one', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expect(await openQuery(store, NURSE, LAB, 'Please check')).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expectOk(await openQuery(store, NURSE, LAB, 'Bilirubin above the expected range: confirm the value', true));
  });

  it('lets each role do its own work: entry, SDV, signing, protocol import', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const saved = expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    if (saved.status !== 'saved') throw new Error('expected a saved value');
    expect(await setSdv(store, NURSE, LAB, saved.event.id)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expectOk(await setSdv(store, MONITOR, LAB, saved.event.id));
    expectOk(await completeForm(store, NURSE, LAB));
    const signature = { level: 'casebook' as const, signerName: 'Dr Li', meaning: 'Approved' };
    expect(await applySignature(store, MONITOR, { subjectId: 'subj-1' }, signature)).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expectOk(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1' }, signature));
    expect(await importProtocol(store, NURSE, '{"id":"x"}', 'Protocol')).toMatchObject({ ok: false, issues: { kind: 'rejected' } });
    expectOk(await importProtocol(store, DATA_MANAGER, '{"id":"x"}', 'Protocol'));
  });

  it('does not re-judge imported events: a monitor’s value from another device is a fact', async () => {
    const store = await openTestStore();
    const b = draftsFor('dev-b');
    const chain = sealChain([
      b.screened('subj-1'),
      b.enrolled('subj-1'),
      b.value(LAB, 91, { role: 'monitor', userId: 'u-monitor' }),
    ]);
    expect(await appendForeignEvents(store, chain)).toEqual({ ok: true, value: { added: 3, alreadyStored: 0 } });
    expect((await getEntry(store, LAB))?.items.bilirubin?.current).toMatchObject({ value: 91, stamp: { role: 'monitor' } });
  });
});
