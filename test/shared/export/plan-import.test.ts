import { describe, expect, it } from 'vitest';
import { causalOrder, headOf, MemoryProjection, SINGLE_RECORD, type ChainHead, type CrfEvent } from '../../../shared/events';
import { itemRefKey, itemsTouched, memorySource, planImport, readBundle, type BundleContents, type ItemRef } from '../../../shared/export';
import { build, bundleInput, knownProtocols } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05121870');

async function bundleOf(log: readonly CrfEvent[], after: Record<string, number> = {}): Promise<BundleContents> {
  const incremental = Object.keys(after).length > 0;
  const input = bundleInput(protocol, memorySource(log, after), incremental ? { kind: 'incremental', previousBundleId: 'bundle-prev' } : {});
  const read = readBundle((await build(input)).bytes, knownProtocols(protocol));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

const headsOf = (...events: (CrfEvent | undefined)[]): Record<string, ChainHead> =>
  Object.fromEntries(events.filter((e): e is CrfEvent => e !== undefined).map((e) => [e.deviceId, headOf(e)]));

const weightScope = { subjectId: 's-001', visitId: 'w0', formId: 'vitals', itemId: 'weight' } as const;
const weight: ItemRef = { ...weightScope, recordId: SINGLE_RECORD };

describe('planImport', () => {
  const { a, b, events } = realisticLog(protocol);

  it('takes everything into an empty store, in causal order', async () => {
    const plan = planImport({}, await bundleOf(events));
    expect(plan.importable).toBe(true);
    expect(plan.chains.map((c) => [c.deviceId, c.status, c.newEvents])).toEqual([
      ['dev-a', 'new-chain', a.events.length],
      ['dev-b', 'new-chain', b.events.length],
    ]);
    const expected = causalOrder(events);
    expect(expected.ok && plan.newEvents).toEqual(expected.ok && expected.value);
  });

  it('is idempotent: the same bundle again brings nothing new', async () => {
    const bundle = await bundleOf(events);
    const plan = planImport(headsOf(a.events.at(-1), b.events.at(-1)), bundle);
    expect(plan).toMatchObject({ importable: true, newEvents: [], duplicates: events.length, conflicts: [], confirm: [] });
    expect(plan.chains.every((c) => c.status === 'duplicate')).toBe(true);
  });

  it('asks to confirm the stored event where an older bundle ends', async () => {
    const older = await bundleOf([...a.events.slice(0, 12)]);
    const plan = planImport(headsOf(a.events.at(-1)), older);
    expect(plan.chains[0]?.status).toBe('duplicate');
    expect(plan.confirm).toEqual([headOf(a.events[11] as CrfEvent)]);
  });

  it('continues the chains of an earlier bundle', async () => {
    const plan = planImport(headsOf(a.events[19], b.events[0]), await bundleOf(events, { 'dev-a': 20, 'dev-b': 1 }));
    expect(plan.importable).toBe(true);
    expect(plan.chains.map((c) => c.status)).toEqual(['continues', 'continues']);
    expect(plan.newEvents).toHaveLength(events.length - 21);
  });

  it('takes the new part of a bundle that overlaps what is stored', async () => {
    const plan = planImport(headsOf(a.events[9], b.events.at(-1)), await bundleOf(events));
    expect(plan.chains[0]).toMatchObject({ status: 'overlaps', duplicates: 10, newEvents: a.events.length - 10 });
    expect(plan.importable).toBe(true);
  });

  it('finds a gap: the earlier bundle of a device is missing', async () => {
    const plan = planImport({}, await bundleOf(events, { 'dev-a': 20, 'dev-b': 1 }));
    expect(plan.importable).toBe(false);
    expect(plan.newEvents).toEqual([]);
    expect(plan.chains[0]).toMatchObject({ status: 'gap', message: expect.stringMatching(/events 1\.\.20 of dev-a are missing/) });
  });

  it('finds a fork: the same (device, seq) with another hash', async () => {
    const forged = { deviceId: 'dev-a', seq: 10, hash: 'e'.repeat(64) };
    const plan = planImport({ 'dev-a': forged }, await bundleOf(events));
    expect(plan.importable).toBe(false);
    expect(plan.chains[0]).toMatchObject({ status: 'fork', message: expect.stringMatching(/event 10 of dev-a differs/) });
  });

  it('finds a fork: a segment that does not continue the stored head', async () => {
    const plan = planImport({ 'dev-a': { deviceId: 'dev-a', seq: 20, hash: 'e'.repeat(64) } }, await bundleOf(events, { 'dev-a': 20 }));
    expect(plan.chains.find((c) => c.deviceId === 'dev-a')?.status).toBe('fork');
  });

  it("refuses new events of the importing device's own chain", async () => {
    const own = planImport(headsOf(a.events[9]), await bundleOf(events), { ownDeviceId: 'dev-a' });
    expect(own.chains[0]?.status).toBe('fork');
    const echo = planImport(headsOf(a.events.at(-1)), await bundleOf(a.events), { ownDeviceId: 'dev-a' });
    expect(echo.chains[0]?.status).toBe('duplicate');
  });

  it('finds a missing ancestor: events that saw a device the store does not hold', async () => {
    const plan = planImport({}, await bundleOf(b.events));
    expect(plan.importable).toBe(false);
    expect(plan.missingAncestor).toMatchObject({ deviceId: 'dev-a', neededBy: { deviceId: 'dev-b', seq: 1 } });
  });
});

describe('planImport conflicts', () => {
  it('reports an item two devices changed without seeing each other, inside one bundle', async () => {
    const { events } = realisticLog(protocol);
    const plan = planImport({}, await bundleOf(events));
    expect(plan.conflicts).toHaveLength(1);
    const [conflict] = plan.conflicts;
    expect(conflict?.item).toEqual(weight);
    expect(conflict?.versions.map((v) => [v.stamp.deviceId, v.value])).toEqual(
      expect.arrayContaining([
        ['dev-a', 70],
        ['dev-b', 71.5],
      ]),
    );
    expect(conflict?.sameContent).toBe(false);
  });

  it('reports a bundle change concurrent with the store’s current version of the item', async () => {
    const { a, b } = realisticLog(protocol);
    const store = new MemoryProjection();
    for (const event of a.events) store.apply(event);
    const bundle = await bundleOf(b.events.concat(a.events));
    const touched = new Map(itemsTouched(bundle.events).map((ref) => [itemRefKey(ref), ref]));
    expect(touched.has(itemRefKey(weight))).toBe(true);
    const plan = planImport(headsOf(a.events.at(-1)), bundle, {
      currentItems: (ref) => store.entry(ref)?.items[ref.itemId],
    });
    expect(plan.conflicts.map((c) => c.item)).toEqual([weight]);
  });

  it('reports nothing once a device that saw both versions changed the item again', async () => {
    const { a, b } = realisticLog(protocol);
    a.sees(b).add({ type: 'item.valueSet', ...weightScope, reason: 'both laptops had a weight; the scale says 71', payload: { entered: '71', value: 71, unit: 'kg' } });
    const plan = planImport({}, await bundleOf([...a.events, ...b.events]));
    expect(plan.conflicts).toEqual([]);
  });

  it('marks concurrent changes that say the same thing', async () => {
    const { a, b } = realisticLog(protocol);
    const again = { type: 'item.valueSet', subjectId: 's-001', visitId: 'w0', formId: 'vitals', itemId: 'heartRate', payload: { entered: '88', value: 88, unit: 'beats/min' } } as const;
    a.add(again);
    b.add(again);
    const plan = planImport({}, await bundleOf([...a.events, ...b.events]));
    expect(plan.conflicts.find((c) => c.item.itemId === 'heartRate')?.sameContent).toBe(true);
  });
});
