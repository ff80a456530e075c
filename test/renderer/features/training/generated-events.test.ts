import { describe, expect, it } from 'vitest';
import { generateDemoTrial } from '../../../../shared/demo';
import type { CrfEvent } from '../../../../shared/events';
import { appendForeignEvents, closeStore, heldHeads, openStore, verifyAllChains, type Store } from '../../../../renderer/db';
import { appendGeneratedEvents, GeneratedEventsWriter } from '../../../../renderer/db/generated-events';
import { seed } from '../../../seeds/load-seeds';

let databases = 0;
async function freshStore(): Promise<Store> {
  databases += 1;
  let ids = 0;
  const opened = await openStore({ name: `generated-${databases}-${Math.random().toString(36).slice(2)}`, newId: () => `local-${(ids += 1)}` });
  if (!opened.ok) throw new Error(opened.issues.message);
  return opened.value;
}

function demoBatches(subjects: number, batchSize: number): CrfEvent[][] {
  let n = 0;
  const trial = generateDemoTrial({
    protocol: seed('NCT05121870'),
    subjects,
    seed: 7,
    today: '2025-06-30',
    startDate: '2024-09-01',
    deviceId: 'dev-demo',
    newId: () => `demo-${(n += 1)}`,
    sites: ['03'],
    batchSize,
  });
  if (!trial.ok) throw new Error(JSON.stringify(trial.issues));
  return [...trial.value].map((batch) => [...batch]);
}

async function tables(store: Store) {
  const { db } = store;
  const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    events: (await db.events.toArray()).map((e) => `${e.deviceId}/${e.seq}/${e.hash}`),
    subjects: byKey(await db.subjects.toArray(), (r) => r.subjectId),
    visits: byKey(await db.visits.toArray(), (r) => `${r.subjectId}/${r.visitId}`),
    entries: byKey(await db.entries.toArray(), (r) => `${r.subjectId}/${r.visitId}/${r.formId}/${r.recordId}`),
    queries: byKey(await db.queries.toArray(), (r) => r.queryId),
    signatures: byKey(await db.signatures.toArray(), (r) => r.signatureId),
    heads: await heldHeads(store),
  };
}

describe('appending generated events in bulk (the training database)', () => {
  it('stores exactly what importing the same events one by one stores: events, projections and chain heads', async () => {
    const batches = demoBatches(4, 300);
    expect(batches.length).toBeGreaterThan(3);
    const [oneByOne, bulk] = [await freshStore(), await freshStore()];
    for (const batch of batches) {
      const foreign = await appendForeignEvents(oneByOne, batch);
      expect(foreign.ok).toBe(true);
      const generated = await appendGeneratedEvents(bulk, batch);
      expect(generated).toEqual({ ok: true, value: { added: batch.length } });
    }
    const expected = await tables(oneByOne);
    expect(expected.subjects.length).toBeGreaterThan(3);
    expect(expected.signatures.length + expected.queries.length).toBeGreaterThan(0);
    expect(await tables(bulk)).toEqual(expected);
    expect((await verifyAllChains(bulk)).every((r) => r.problem === undefined)).toBe(true);
    closeStore(oneByOne);
    closeStore(bulk);
  });

  it('keeping rows in memory between batches (written when they fall out, and at flush) stores the same', async () => {
    const batches = demoBatches(4, 250);
    const [oneByOne, cached] = [await freshStore(), await freshStore()];
    // Two batches in memory: rows fall out, and are read back when a later batch touches them again.
    const writer = new GeneratedEventsWriter(cached, { keepBatches: 2 });
    for (const batch of batches) {
      expect((await appendForeignEvents(oneByOne, batch)).ok).toBe(true);
      expect((await writer.append(batch)).ok).toBe(true);
    }
    expect((await writer.flush()).ok).toBe(true);
    expect(await tables(cached)).toEqual(await tables(oneByOne));
    closeStore(oneByOne);
    closeStore(cached);
  });

  it('refuses, and stores nothing of, a batch that skips events, breaks a link or claims to be this device', async () => {
    const [first, second] = demoBatches(2, 200);
    if (first === undefined || second === undefined) throw new Error('too few batches');
    const store = await freshStore();

    const gap = await appendGeneratedEvents(store, second);
    expect(gap.ok ? undefined : gap.issues.kind).toBe('gap');
    expect(await store.db.events.count()).toBe(0);

    expect((await appendGeneratedEvents(store, first)).ok).toBe(true);
    const [head, ...rest] = second;
    if (head === undefined) throw new Error('empty batch');
    const relinked = [{ ...head, prevHash: '0'.repeat(64) }, ...rest];
    const fork = await appendGeneratedEvents(store, relinked);
    expect(fork.ok ? undefined : fork.issues.kind).toBe('fork');

    const mine = second.map((e) => ({ ...e, deviceId: store.deviceId }));
    const own = await appendGeneratedEvents(store, mine);
    expect(own.ok ? undefined : own.issues.kind).toBe('fork');

    expect(await store.db.events.count()).toBe(first.length);
    expect((await appendGeneratedEvents(store, second)).ok).toBe(true);
    expect(await store.db.events.count()).toBe(first.length + second.length);
    closeStore(store);
  });
});
