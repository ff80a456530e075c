import { describe, expect, it } from 'vitest';
import {
  appendForeignEvents,
  eventsAfter,
  getEntry,
  getSubject,
  heldHeads,
  setItemValue,
  verifyAllChains,
  type Store,
} from '../../../renderer/db';
import { hashEvent, type CrfEvent } from '../../../shared/events';
import { draftsFor, LAB, sealChain } from '../../shared/events/builders';
import { expectOk, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

/** Device B's chain: it screens and enrols subj-b and enters two lab values. */
function deviceB(): CrfEvent[] {
  const b = draftsFor('dev-b');
  const lab = { ...LAB, subjectId: 'subj-b' };
  return sealChain([
    b.screened('subj-b'),
    b.enrolled('subj-b', '05-001'),
    b.value(lab, 88.9),
    b.value({ ...lab, itemId: 'inr' }, 1.7),
    b.value(lab, 91.0),
  ]);
}

async function snapshot(store: Store) {
  return {
    events: await store.db.events.count(),
    entries: await store.db.entries.toArray(),
    subjects: await store.db.subjects.toArray(),
    meta: await store.db.meta.toArray(),
  };
}

describe('appendForeignEvents', () => {
  it('adds another device’s chain and its projections', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const chain = deviceB();
    expect(await appendForeignEvents(store, chain)).toEqual({ ok: true, value: { added: 5, alreadyStored: 0 } });
    expect(await getSubject(store, 'subj-b')).toMatchObject({ code: '05-001', status: 'on-study' });
    expect((await getEntry(store, { ...LAB, subjectId: 'subj-b' }))?.items.bilirubin?.current).toMatchObject({ value: 91, stamp: { deviceId: 'dev-b', seq: 5 } });
    expect((await heldHeads(store))['dev-b']).toEqual({ deviceId: 'dev-b', seq: 5, hash: chain[4]?.hash });
    const reports = Object.fromEntries((await verifyAllChains(store)).map((r) => [r.deviceId, [r.events, r.problem]]));
    expect(reports).toEqual({ [store.deviceId]: [2, undefined], 'dev-b': [5, undefined] });
  });

  it('is idempotent: the same events again change nothing, an overlapping batch adds only the new ones', async () => {
    const store = await openTestStore();
    const chain = deviceB();
    expectOk(await appendForeignEvents(store, chain.slice(0, 3)));
    const before = await snapshot(store);
    expect(await appendForeignEvents(store, chain.slice(0, 3))).toEqual({ ok: true, value: { added: 0, alreadyStored: 3 } });
    expect(await snapshot(store)).toEqual(before);
    expect(await appendForeignEvents(store, [...chain].reverse())).toEqual({ ok: true, value: { added: 2, alreadyStored: 3 } });
  });

  it('refuses a different event under a stored (device, seq), changing nothing', async () => {
    const store = await openTestStore();
    const chain = deviceB();
    expectOk(await appendForeignEvents(store, chain));
    const before = await snapshot(store);
    // A re-sealed alternative history of dev-b from event 3 on: internally consistent, but a fork.
    const forked = sealChain(
      [draftsFor('dev-b', Date.UTC(2025, 5, 1)).value({ ...LAB, subjectId: 'subj-b' }, 12)],
      { deviceId: 'dev-b', seq: 2, hash: chain[1]?.hash ?? '' },
    );
    expect(await appendForeignEvents(store, forked)).toMatchObject({ ok: false, issues: { kind: 'fork', deviceId: 'dev-b', seq: 3 } });
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses a batch that skips events the store does not have', async () => {
    const store = await openTestStore();
    expect(await appendForeignEvents(store, deviceB().slice(2))).toMatchObject({ ok: false, issues: { kind: 'gap', expectedSeq: 1, seq: 3 } });
    expect(await store.db.events.count()).toBe(0);
  });

  it('refuses a batch with an edited event, whatever else it holds', async () => {
    const store = await openTestStore();
    const chain = deviceB();
    const edited = chain.map((e) => (e.seq === 4 && e.type === 'item.valueSet' ? { ...e, payload: { ...e.payload, value: 1.1 } } : e));
    expect(await appendForeignEvents(store, edited)).toMatchObject({ ok: false, issues: { kind: 'broken-chain', break: { reason: 'hash-mismatch', seq: 4 } } });
    expect(await store.db.events.count()).toBe(0);
  });

  it('refuses input that is not an event, naming its position', async () => {
    const store = await openTestStore();
    const chain = deviceB();
    expect(await appendForeignEvents(store, [chain[0], { ...chain[1], role: 'janitor' }])).toMatchObject({ ok: false, issues: { kind: 'invalid-event', index: 1 } });
  });

  it('refuses events that claim to be this device’s but that it never made', async () => {
    const store = await openTestStore();
    await enrolled(store);
    const impostor = sealChain([draftsFor(store.deviceId).value(LAB, 1)]);
    expect(await appendForeignEvents(store, impostor)).toMatchObject({ ok: false, issues: { kind: 'fork', deviceId: store.deviceId } });
    const copy = await eventsAfter(store, store.deviceId, 0);
    expect(await appendForeignEvents(store, copy)).toEqual({ ok: true, value: { added: 0, alreadyStored: 2 } });
  });

  it('refuses an event whose ancestry is missing, and orders a batch that carries it', async () => {
    const store = await openTestStore();
    const chainB = deviceB();
    const c = draftsFor('dev-c', Date.UTC(2025, 1, 1)); // dev-c's clock is a month behind
    const chainC = sealChain([{ ...c.value({ ...LAB, subjectId: 'subj-b' }, 95), reason: 'checked', knownHeads: { 'dev-b': 5 } }]);
    expect(await appendForeignEvents(store, chainC)).toMatchObject({ ok: false, issues: { kind: 'missing-ancestor', missing: { deviceId: 'dev-b', seq: 5 } } });
    expect(await appendForeignEvents(store, [...chainC, ...chainB])).toEqual({ ok: true, value: { added: 6, alreadyStored: 0 } });
    // dev-c saw dev-b's value, so its change wins despite its earlier clock.
    expect((await getEntry(store, { ...LAB, subjectId: 'subj-b' }))?.items.bilirubin).toMatchObject({ current: { value: 95 }, concurrent: [] });
  });

  it('detects two devices changing the same field without seeing each other, the same way on both', async () => {
    const a = await openTestStore({ name: 'device-a', idPrefix: 'A' });
    const b = await openTestStore({ name: 'device-b', idPrefix: 'B' });
    await enrolled(a);
    expectOk(await appendForeignEvents(b, await eventsAfter(a, a.deviceId, 0)));
    expectOk(await setItemValue(a, NURSE, LAB, bilirubin(88)));
    const fromB = expectOk(await setItemValue(b, NURSE, LAB, bilirubin(99)));
    expect(fromB.status === 'saved' && fromB.event.knownHeads).toEqual({ [a.deviceId]: 2 });

    expectOk(await appendForeignEvents(a, await eventsAfter(b, b.deviceId, 0)));
    expectOk(await appendForeignEvents(b, await eventsAfter(a, a.deviceId, 2)));
    const onA = (await getEntry(a, LAB))?.items.bilirubin;
    const onB = (await getEntry(b, LAB))?.items.bilirubin;
    expect(onA?.concurrent).toHaveLength(1);
    expect(onA).toEqual(onB);
    expect([onA?.current.value, onA?.concurrent[0]?.value].sort()).toEqual([88, 99]);

    // A change made after seeing both resolves the conflict.
    expectOk(await setItemValue(a, NURSE, LAB, bilirubin(90), 'checked the source: 90'));
    expect((await getEntry(a, LAB))?.items.bilirubin).toMatchObject({ current: { value: 90 }, concurrent: [] });
  });

  it('never stores an event whose recomputed hash differs, even from a well-formed batch', async () => {
    const store = await openTestStore();
    const [first] = deviceB();
    if (first === undefined) throw new Error('no event');
    const lying = { ...first, userId: 'u-someone-else' };
    expect(hashEvent(lying)).not.toBe(lying.hash);
    expect(await appendForeignEvents(store, [lying])).toMatchObject({ ok: false, issues: { kind: 'broken-chain' } });
  });
});
