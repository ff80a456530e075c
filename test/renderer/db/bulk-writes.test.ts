import { describe, expect, it } from 'vitest';
import { appendForeignEvents, eventsAfter, rebuildProjections, setItemValue, type Store } from '../../../renderer/db';
import { addEventsInBulk } from '../../../renderer/db/bulk-apply';
import { rebuildProjectionsIn } from '../../../renderer/db/rebuild-projections';
import { causalOrder, MemoryProjection, type CrfEvent } from '../../../shared/events';
import { generateDemoTrial } from '../../../shared/demo';
import { draftsFor, LAB, sealChain } from '../../shared/events/builders';
import { seed } from '../../seeds/load-seeds';
import { expectOk, NURSE, openTestStore } from './helpers';
import { bilirubin, enrolled } from './fixtures';

/*
 * The bulk paths (a bundle's events applied a chunk at a time; projections rebuilt from the log read a
 * chunk at a time) must give exactly the rows of the one-event-at-a-time reference: the shared reducers
 * applied to every event in causal order (MemoryProjection).
 */

function demoEvents(subjects: number): CrfEvent[] {
  let n = 0;
  const trial = generateDemoTrial({
    protocol: seed('NCT05121870'),
    subjects,
    seed: 7,
    today: '2025-06-30',
    startDate: '2024-06-01',
    deviceId: 'dev-demo',
    newId: () => `demo-${(n += 1)}`,
    batchSize: 250,
    rates: { sdvForm: 1, query: 0.2, edit: 0.1 },
  });
  if (!trial.ok) throw new Error('demo options refused');
  return [...trial.value].flat();
}

const byKey = <T>(rows: readonly T[], key: (row: T) => string): [string, T][] =>
  rows.map((r): [string, T] => [key(r), r]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

async function tables(store: Store) {
  const { db } = store;
  return {
    subjects: byKey(await db.subjects.toArray(), (r) => r.subjectId),
    visits: byKey(await db.visits.toArray(), (r) => `${r.subjectId}/${r.visitId}`),
    entries: byKey(await db.entries.toArray(), (r) => `${r.subjectId}/${r.visitId}/${r.formId}/${r.recordId}`),
    queries: byKey(await db.queries.toArray(), (r) => r.queryId),
    signatures: byKey(await db.signatures.toArray(), (r) => r.signatureId),
  };
}

function reference(events: readonly CrfEvent[]) {
  const ordered = causalOrder(events);
  if (!ordered.ok) throw new Error('the reference log is incomplete');
  const projection = new MemoryProjection();
  for (const event of ordered.value) projection.apply(event);
  return {
    subjects: byKey([...projection.subjects.values()], (r) => r.subjectId),
    visits: byKey([...projection.visits.values()], (r) => `${r.subjectId}/${r.visitId}`),
    entries: byKey([...projection.entries.values()], (r) => `${r.subjectId}/${r.visitId}/${r.formId}/${r.recordId}`),
    queries: byKey([...projection.queries.values()], (r) => r.queryId),
    signatures: byKey([...projection.signatures.values()], (r) => r.signatureId),
  };
}

describe('bulk writes', () => {
  const events = demoEvents(3);

  it('has a demo log with every kind of row to compare', () => {
    const kinds = new Set(events.map((e) => e.type));
    for (const type of ['subject.enrolled', 'item.valueSet', 'sdv.set', 'query.opened', 'form.completed', 'signature.applied']) expect(kinds).toContain(type);
  });

  it('appendForeignEvents, in batches, stores the rows of the event-by-event reference', async () => {
    const store = await openTestStore();
    for (let at = 0; at < events.length; at += 900) expectOk(await appendForeignEvents(store, events.slice(at, at + 900)));
    expect(await tables(store)).toEqual(reference(events));
  });

  it('addEventsInBulk gives the same rows whatever the chunk size', async () => {
    const store = await openTestStore();
    const ordered = causalOrder(events);
    if (!ordered.ok) throw new Error('incomplete');
    await store.db.transaction('rw', store.db.writeTables, () => addEventsInBulk(store.db, ordered.value, 37));
    expect(await store.db.events.count()).toBe(events.length);
    expect(await tables(store)).toEqual(reference(events));
  });

  it('re-importing checks the stored chain at the last shared event, and adds only what is new', async () => {
    const store = await openTestStore();
    expectOk(await appendForeignEvents(store, events.slice(0, 500)));
    expect(await appendForeignEvents(store, events.slice(0, 800))).toEqual({ ok: true, value: { added: 300, alreadyStored: 500 } });
    expect(await appendForeignEvents(store, events.slice(0, 800))).toEqual({ ok: true, value: { added: 0, alreadyStored: 800 } });
  });

  it('walks a chain batch by batch with read-ahead, never returning a batch that went stale', async () => {
    const store = await openTestStore();
    expectOk(await appendForeignEvents(store, events.slice(0, 150)));
    const deviceId = events[0]?.deviceId ?? '';
    expect((await eventsAfter(store, deviceId, 0, 100)).map((e) => e.seq)).toEqual(events.slice(0, 100).map((e) => e.seq));
    // The batch read ahead (events 101..150) is short; 60 more arrive before it is asked for.
    expectOk(await appendForeignEvents(store, events.slice(150, 210)));
    expect((await eventsAfter(store, deviceId, 100, 100)).map((e) => e.seq)).toEqual(events.slice(100, 200).map((e) => e.seq));
    expect((await eventsAfter(store, deviceId, 200, 100)).map((e) => e.seq)).toEqual(events.slice(200, 210).map((e) => e.seq));
    // A walk from another point, or with another size, reads afresh.
    expect((await eventsAfter(store, deviceId, 5, 3)).map((e) => e.seq)).toEqual([6, 7, 8]);
  });

  it('rebuilds, a few events at a time, the rows writes and imports maintained, across devices', async () => {
    const store = await openTestStore();
    await enrolled(store);
    expectOk(await appendForeignEvents(store, events));
    // A second foreign device that saw the first one's events, and a local change concurrent with it.
    const c = draftsFor('dev-c', Date.UTC(2024, 6, 1));
    const last = events.at(-1);
    const chainC = sealChain([{ ...c.value({ ...LAB }, 95), reason: 'checked', knownHeads: { [last?.deviceId ?? '']: last?.seq ?? 0, [store.deviceId]: 2 } }]);
    expectOk(await appendForeignEvents(store, chainC));
    expectOk(await setItemValue(store, NURSE, LAB, bilirubin(70), 'corrected'));
    const maintained = await tables(store);

    await Promise.all(store.db.projectionTables.map((t) => t.clear()));
    await store.db.transaction('rw', store.db.writeTables, (tx) => rebuildProjectionsIn(tx, 11));
    expect(await tables(store)).toEqual(maintained);

    await Promise.all(store.db.projectionTables.map((t) => t.clear()));
    expectOk(await rebuildProjections(store));
    expect(await tables(store)).toEqual(maintained);
    expect(reference([...events, ...chainC, ...(await eventsAfter(store, store.deviceId, 0, 100))])).toEqual(maintained);
  });
});
