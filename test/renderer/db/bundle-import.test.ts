import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getEntry, getSubject, listQueries, verifyAllChains } from '../../../renderer/db';
import { importBundle, planBundleImport, restoreFromBundle } from '../../../renderer/db/bundle-import';
import { readBundle } from '../../../shared/export';
import { CONFLICT_QUERY_PREFIX } from '../../../shared/export/workflow/conflict-queries';
import { failWritesTo } from './helpers';
import {
  DATA_MANAGER,
  KNOWN,
  bilirubin,
  enrol,
  expectOk,
  exportFrom,
  freshStore,
  labs,
  read,
  setBilirubin,
  snapshot,
} from '../features/bundles/support/bundles';

/** Laptop A: one subject with a bilirubin value. */
async function laptopA() {
  const a = await freshStore('a');
  await enrol(a);
  await setBilirubin(a, 342);
  return a;
}

describe('planBundleImport: the summary before anything is written', () => {
  it('a bundle from another laptop into an empty store: one new device chain, all events new', async () => {
    const a = await laptopA();
    const built = await exportFrom(a);
    const b = await freshStore('b');
    const plan = await planBundleImport(b, read(built.bytes));
    expect(plan.importable).toBe(true);
    expect(plan.chains).toEqual([expect.objectContaining({ deviceId: a.deviceId, status: 'new-chain', fromSeq: 1, toSeq: 3, heldSeq: 0, newEvents: 3, duplicates: 0 })]);
    expect(plan.conflicts).toEqual([]);
    expect(await b.db.events.count()).toBe(0);
  });

  it('an incremental bundle without its predecessor: a gap, not importable', async () => {
    const a = await laptopA();
    const full = await exportFrom(a);
    await setBilirubin(a, 300);
    const inc = await exportFrom(a, 'incremental', { bundleId: full.manifest.bundleId, kind: 'full', at: full.manifest.createdAt, fileName: full.fileName, heads: { [a.deviceId]: { seq: 3, hash: full.manifest.chains[0]?.headHash ?? '' } } });
    const b = await freshStore('b');
    const plan = await planBundleImport(b, read(inc.bytes));
    expect(plan.importable).toBe(false);
    expect(plan.chains[0]).toMatchObject({ status: 'gap', fromSeq: 4, heldSeq: 0 });
    const before = await snapshot(b);
    expect(await importBundle(b, read(inc.bytes), DATA_MANAGER)).toMatchObject({ ok: false, issues: { kind: 'not-importable' } });
    expect(await snapshot(b)).toEqual(before);
  });
});

describe('importBundle', () => {
  it('adds the events and the projections in one go', async () => {
    const a = await laptopA();
    const b = await freshStore('b');
    const outcome = expectOk(await importBundle(b, read((await exportFrom(a)).bytes), DATA_MANAGER));
    expect(outcome).toMatchObject({ added: 3, alreadyStored: 0, queries: [] });
    expect(await getSubject(b, 'subj-1')).toMatchObject({ code: '03-001', status: 'on-study' });
    expect((await getEntry(b, labs()))?.items['bilirubin']?.current).toMatchObject({ value: 342, stamp: { deviceId: a.deviceId } });
    expect((await verifyAllChains(b)).map((r) => [r.deviceId, r.events, r.problem])).toEqual([[a.deviceId, 3, undefined]]);
  });

  it('is idempotent: the same bundle again adds nothing, says so, and changes nothing', async () => {
    const a = await laptopA();
    const bundle = read((await exportFrom(a)).bytes);
    const b = await freshStore('b');
    expectOk(await importBundle(b, bundle, DATA_MANAGER));
    const before = await snapshot(b);
    const plan = await planBundleImport(b, bundle);
    expect(plan.chains[0]).toMatchObject({ status: 'duplicate', newEvents: 0, duplicates: 3 });
    expect(expectOk(await importBundle(b, bundle, DATA_MANAGER))).toMatchObject({ added: 0, alreadyStored: 3, queries: [] });
    expect(await snapshot(b)).toEqual(before);
  });

  it('turns a conflict into a system query on the field, in the same transaction, once', async () => {
    const a = await laptopA();
    const b = await freshStore('b');
    const first = await exportFrom(a);
    expectOk(await importBundle(b, read(first.bytes), DATA_MANAGER));
    // Both laptops now change the value without seeing each other's change.
    await setBilirubin(a, 300);
    await setBilirubin(b, 310);
    const mark = { bundleId: first.manifest.bundleId, kind: 'full' as const, at: first.manifest.createdAt, fileName: first.fileName, heads: { [a.deviceId]: { seq: 3, hash: first.manifest.chains[0]?.headHash ?? '' } } };
    const inc = read((await exportFrom(a, 'incremental', mark)).bytes);

    const plan = await planBundleImport(b, inc);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]?.item).toEqual({ ...bilirubin(), recordId: '' });

    const outcome = expectOk(await importBundle(b, inc, DATA_MANAGER));
    expect(outcome.added).toBe(1);
    expect(outcome.queries).toHaveLength(1);
    const [query] = await listQueries(b, { subjectId: 'subj-1' });
    expect(query).toMatchObject({ ...bilirubin(), status: 'open', system: true, queryId: outcome.queries[0]?.queryId });
    expect(query?.text.startsWith(CONFLICT_QUERY_PREFIX)).toBe(true);
    expect(query?.text).toContain('“300 µmol/L”');
    expect(query?.text).toContain('“310 µmol/L”');
    expect(query?.text).toContain('设备间冲突');
    // Raised in the importer's session, as the last event of this laptop's chain.
    const own = await b.db.events.where('[deviceId+seq]').between([b.deviceId, 0], [b.deviceId, Infinity]).toArray();
    expect(own.at(-1)).toMatchObject({ type: 'query.opened', userId: DATA_MANAGER.userId, role: 'data-manager', itemId: 'bilirubin' });

    // Again: nothing new, no second query.
    expect(expectOk(await importBundle(b, inc, DATA_MANAGER))).toMatchObject({ added: 0, queries: [] });
    expect(await listQueries(b, { subjectId: 'subj-1' })).toHaveLength(1);
  });

  it('writes nothing at all when the conflict query cannot be written', async () => {
    const a = await laptopA();
    const b = await freshStore('b');
    const first = await exportFrom(a);
    expectOk(await importBundle(b, read(first.bytes), DATA_MANAGER));
    await setBilirubin(a, 300);
    await setBilirubin(b, 310);
    const mark = { bundleId: first.manifest.bundleId, kind: 'full' as const, at: first.manifest.createdAt, fileName: first.fileName, heads: { [a.deviceId]: { seq: 3, hash: first.manifest.chains[0]?.headHash ?? '' } } };
    const inc = read((await exportFrom(a, 'incremental', mark)).bytes);
    const before = await snapshot(b);
    await failWritesTo(b, 'queries', () => new Error('disk full'));
    const refused = await importBundle(b, inc, DATA_MANAGER);
    expect(refused.ok).toBe(false);
    expect(await snapshot(b)).toEqual(before);
  });

  it('refuses a bundle with other events under this laptop’s own device id (two installs, one id), changing nothing', async () => {
    const original = await freshStore('twin', 'twin-device');
    await enrol(original);
    await setBilirubin(original, 342);
    const copy = await freshStore('twin', 'twin-device');
    await enrol(copy, 'subj-9', '03-009');
    const bundle = read((await exportFrom(original)).bytes);
    const plan = await planBundleImport(copy, bundle);
    expect(plan).toMatchObject({ importable: false, chains: [{ deviceId: 'twin-device', status: 'fork' }] });
    const before = await snapshot(copy);
    expect(await importBundle(copy, bundle, DATA_MANAGER)).toMatchObject({ ok: false, issues: { kind: 'not-importable' } });
    expect(await snapshot(copy)).toEqual(before);
  });
});

describe('a tampered bundle', () => {
  it('is refused by readBundle with a code and a path, before anything could be written', async () => {
    const a = await laptopA();
    const { bytes } = await exportFrom(a);
    const members = unzipSync(bytes);
    const text = strFromU8(members['events.ndjson'] ?? new Uint8Array());
    const edited = { ...members, 'events.ndjson': strToU8(text.replace('"value":342', '"value":343')) };
    const result = readBundle(zipSync(edited), KNOWN);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'member-hash', path: ['events.ndjson'] }] });
  });

  it('a truncated file is not a zip', async () => {
    const a = await laptopA();
    const { bytes } = await exportFrom(a);
    expect(readBundle(bytes.slice(0, bytes.length - 100), KNOWN)).toMatchObject({ ok: false, issues: [{ code: 'not-a-zip' }] });
  });
});

describe('restoreFromBundle', () => {
  it('rebuilds a new laptop from a full bundle: same subjects and values, every chain verified', async () => {
    const a = await laptopA();
    await enrol(a, 'subj-2', '03-002');
    await setBilirubin(a, 20, 'subj-2');
    const bundle = read((await exportFrom(a)).bytes);
    const fresh = await freshStore('new-laptop');
    const restored = expectOk(await restoreFromBundle(fresh, bundle, DATA_MANAGER));
    expect(restored.added).toBe(6);
    expect(restored.chains).toEqual([expect.objectContaining({ deviceId: a.deviceId, events: 6 })]);
    expect(restored.chains.every((c) => c.problem === undefined)).toBe(true);
    expect(await fresh.db.subjects.toArray()).toEqual(await a.db.subjects.toArray());
    expect(await fresh.db.entries.toArray()).toEqual(await a.db.entries.toArray());
    // Restoring again is idempotent.
    expect(expectOk(await restoreFromBundle(fresh, bundle, DATA_MANAGER))).toMatchObject({ added: 0, alreadyStored: 6 });
  });
});
