import { describe, expect, it } from 'vitest';
import { appendForeignEvents, setItemValue, verifyAllChains, type Store } from '../../../renderer/db';
import { draftsFor, LAB, sealChain } from '../../shared/events/builders';
import { expectOk, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

async function withLocalChain(): Promise<Store> {
  const store = await openTestStore();
  await enrolled(store);
  for (const v of [80, 81, 82, 83]) expectOk(await setItemValue(store, NURSE, LAB, bilirubin(v)));
  return store;
}

const own = async (store: Store) => (await verifyAllChains(store)).find((r) => r.deviceId === store.deviceId);

describe('verifyAllChains', () => {
  it('reports every device’s chain as intact after normal use', async () => {
    const store = await withLocalChain();
    expectOk(await appendForeignEvents(store, sealChain([draftsFor('dev-b').screened('subj-b')])));
    const reports = Object.fromEntries((await verifyAllChains(store)).map((r) => [r.deviceId, [r.events, r.problem]]));
    expect(reports).toEqual({ [store.deviceId]: [6, undefined], 'dev-b': [1, undefined] });
  });

  it('finds an event edited in the database', async () => {
    const store = await withLocalChain();
    const event = await store.db.events.get([store.deviceId, 4]);
    if (event?.type !== 'item.valueSet') throw new Error('expected a value event');
    await store.db.events.put({ ...event, payload: { ...event.payload, value: 8.1 } });
    expect(await own(store)).toMatchObject({ events: 3, problem: { reason: 'hash-mismatch', seq: 4 } });
  });

  it('finds an event deleted from the middle', async () => {
    const store = await withLocalChain();
    await store.db.events.delete([store.deviceId, 3]);
    expect(await own(store)).toMatchObject({ problem: { reason: 'seq-gap', seq: 4, expectedSeq: 3 } });
  });

  it('finds events deleted from the end, against the recorded head', async () => {
    const store = await withLocalChain();
    await store.db.events.bulkDelete([
      [store.deviceId, 5],
      [store.deviceId, 6],
    ]);
    expect(await own(store)).toMatchObject({ events: 4, problem: { reason: 'tail-missing', seq: 4, expectedSeq: 6 } });
  });

  it('finds a last event replaced by a re-sealed one', async () => {
    const store = await withLocalChain();
    const fifth = await store.db.events.get([store.deviceId, 5]);
    if (fifth === undefined) throw new Error('missing event');
    const [resealed] = sealChain([{ ...draftsFor(store.deviceId, Date.UTC(2026, 0, 1)).value(LAB, 1) }], {
      deviceId: store.deviceId,
      seq: 5,
      hash: fifth.hash,
    });
    if (resealed === undefined) throw new Error('unreachable');
    await store.db.events.put(resealed);
    expect(await own(store)).toMatchObject({ problem: { reason: 'head-mismatch', seq: 6 } });
  });

  it('walks long chains in chunks and still names the exact broken event', async () => {
    const store = await openTestStore();
    const d = draftsFor('dev-long');
    const chain = sealChain(Array.from({ length: 2100 }, (_, i) => d.value({ ...LAB, itemId: `i${i % 50}` }, i)));
    expectOk(await appendForeignEvents(store, chain));
    expect((await verifyAllChains(store))[0]).toMatchObject({ events: 2100 });
    const victim = chain[1499];
    if (victim === undefined) throw new Error('unreachable');
    await store.db.events.put({ ...victim, at: '2030-01-01T00:00:00.000Z' });
    expect((await verifyAllChains(store))[0]).toMatchObject({ events: 1499, problem: { reason: 'hash-mismatch', seq: 1500 } });
  });
});
