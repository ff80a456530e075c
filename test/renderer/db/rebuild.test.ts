import { describe, expect, it } from 'vitest';
import {
  answerQuery,
  appendForeignEvents,
  applySignature,
  completeForm,
  openQuery,
  rebuildProjections,
  setItemValue,
  setSdv,
  type Store,
} from '../../../renderer/db';
import { draftsFor, LAB, sealChain } from '../../shared/events/builders';
import { expectOk, INVESTIGATOR, MONITOR, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

async function projections(store: Store) {
  const { db } = store;
  return Object.fromEntries(await Promise.all(db.projectionTables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('rebuildProjections', () => {
  it('recomputes from the log exactly the rows the writes maintained', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const saved = expectOk(await setItemValue(store, NURSE, LAB, bilirubin(88.9)));
    if (saved.status !== 'saved') throw new Error('expected a save');
    expectOk(await setSdv(store, MONITOR, LAB, saved.event.id));
    const query = expectOk(await openQuery(store, MONITOR, LAB, 'Check the unit'));
    if (query.type !== 'query.opened') throw new Error('expected a query');
    expectOk(await answerQuery(store, NURSE, query.payload.queryId, 'Checked'));
    expectOk(await completeForm(store, NURSE, LAB));
    expectOk(await applySignature(store, INVESTIGATOR, { subjectId: 'subj-1' }, { level: 'casebook', signerName: 'Dr Li', meaning: 'Approved' }));
    const b = draftsFor('dev-b');
    expectOk(await appendForeignEvents(store, sealChain([b.screened('subj-b'), b.enrolled('subj-b', '05-001'), b.value({ ...LAB, subjectId: 'subj-b' }, 70)])));

    const maintained = await projections(store);
    await Promise.all(store.db.projectionTables.map((t) => t.clear()));
    expectOk(await rebuildProjections(store));
    expect(await projections(store)).toEqual(maintained);
  });
});
