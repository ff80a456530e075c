import { describe, expect, it } from 'vitest';
import { appendForeignEvents } from '../../../renderer/db';
import { buildExport } from '../../../renderer/features/bundles/build-export';
import { nextExportMark } from '../../../shared/export/workflow/export-range';
import { chainsOfProtocol, EXPORT_BATCH, prepareExport, protocolsWithData } from '../../../renderer/db/export-reads';
import { importBundle } from '../../../renderer/db/bundle-import';
import type { StoredExportMark } from '../../../renderer/db/backup-state';
import { draftsFor, sealChain } from '../../shared/events/builders';
import { DATA_MANAGER, TRIAL, completeLabs, enrol, eventsIn, expectOk, exportFrom, freshStore, read, setBilirubin } from '../features/bundles/support/bundles';

const markOf = (built: Awaited<ReturnType<typeof exportFrom>>, previous?: StoredExportMark): StoredExportMark => ({
  bundleId: built.manifest.bundleId,
  kind: built.manifest.kind,
  at: built.manifest.createdAt,
  fileName: built.fileName,
  heads: nextExportMark(built.manifest.bundleId, built.manifest.kind, built.manifest.chains, previous).heads,
});

describe('exporting from the store', () => {
  it('a full bundle carries every event of the protocol, named by protocol, site, device, kind and time', async () => {
    const a = await freshStore('a');
    await enrol(a);
    await setBilirubin(a, 342);
    const built = await exportFrom(a);
    expect(eventsIn(built.bytes)).toEqual(await a.db.events.toArray());
    expect(built.manifest).toMatchObject({ kind: 'full', previousBundleId: null, site: '03', deviceId: a.deviceId, protocol: { id: TRIAL.id, version: TRIAL.version } });
    expect(built.fileName).toMatch(new RegExp(`^ecrf-NCT05985863-03-${a.deviceId.slice(0, 8)}-full-\\d{8}T\\d{4}Z\\.zip$`));
    expect(built.prepared.eventCount).toBe(3);
  });

  it('an incremental bundle contains only the events since the last export, and names the bundle it follows', async () => {
    const a = await freshStore('a');
    await enrol(a);
    const full = await exportFrom(a);
    await setBilirubin(a, 342);
    await completeLabs(a);
    const inc = await exportFrom(a, 'incremental', markOf(full));
    const carried = eventsIn(inc.bytes);
    expect(carried.map((e) => [e.seq, e.type])).toEqual([
      [3, 'item.valueSet'],
      [4, 'form.completed'],
    ]);
    expect(inc.manifest).toMatchObject({ kind: 'incremental', previousBundleId: full.manifest.bundleId, chains: [{ deviceId: a.deviceId, fromSeq: 3, toSeq: 4 }] });
    expect(inc.fileName).toContain('-inc-');

    // Chained: the next incremental continues this one.
    await setBilirubin(a, 300, 'subj-1', 'corrected');
    const next = await exportFrom(a, 'incremental', markOf(inc, markOf(full)));
    expect(eventsIn(next.bytes).map((e) => e.seq)).toEqual([5]);
    expect(next.manifest.previousBundleId).toBe(inc.manifest.bundleId);
  });

  it('an incremental export with nothing new makes no file', async () => {
    const a = await freshStore('a');
    await enrol(a);
    const full = await exportFrom(a);
    const again = await buildExport({ store: a, protocol: TRIAL, kind: 'incremental', site: '03', exportedBy: DATA_MANAGER, previous: markOf(full) });
    expect(again).toEqual({ ok: false, issues: { kind: 'nothing-new', previousBundleId: full.manifest.bundleId } });
  });

  it('refuses an incremental export without an earlier one, or when the store no longer holds where it stopped', async () => {
    const a = await freshStore('a');
    await enrol(a);
    expect(await buildExport({ store: a, protocol: TRIAL, kind: 'incremental', site: '03', exportedBy: DATA_MANAGER, previous: undefined })).toMatchObject({
      ok: false,
      issues: { kind: 'range', problem: { code: 'no-previous-export' } },
    });
    const full = await exportFrom(a);
    const lost = { ...markOf(full), heads: { [a.deviceId]: { seq: 2, hash: 'f'.repeat(64) } } };
    expect(await buildExport({ store: a, protocol: TRIAL, kind: 'incremental', site: '03', exportedBy: DATA_MANAGER, previous: lost })).toMatchObject({
      ok: false,
      issues: { kind: 'range', problem: { code: 'watermark-lost', deviceId: a.deviceId, seq: 2 } },
    });
    expect(await buildExport({ store: a, protocol: TRIAL, kind: 'full', site: undefined, exportedBy: DATA_MANAGER, previous: undefined })).toEqual({ ok: false, issues: { kind: 'no-site' } });
  });

  it('carries the chains of other laptops it imported, and an incremental bundle only their new part', async () => {
    const a = await freshStore('a');
    await enrol(a);
    const b = await freshStore('b');
    expectOk(await importBundle(b, read((await exportFrom(a)).bytes), DATA_MANAGER));
    await enrol(b, 'subj-2', '03-002');
    const fullB = await exportFrom(b);
    expect(fullB.manifest.chains.map((c) => [c.deviceId, c.fromSeq, c.toSeq])).toEqual([a.deviceId, b.deviceId].sort().map((d) => [d, 1, 2]));
    await setBilirubin(a, 99);
    const incA = await exportFrom(a, 'incremental', { ...markOf(fullB), heads: { [a.deviceId]: markOf(fullB).heads[a.deviceId] ?? { seq: 0, hash: '' } } });
    expectOk(await importBundle(b, read(incA.bytes), DATA_MANAGER));
    const incB = await exportFrom(b, 'incremental', markOf(fullB));
    expect(eventsIn(incB.bytes).map((e) => [e.deviceId, e.seq])).toEqual([[a.deviceId, 3]]);
  });

  it('streams a chain longer than one read batch, in order, once per pass', async () => {
    const a = await freshStore('a');
    const drafts = draftsFor('dev-long');
    const chain = sealChain([drafts.screened('subj-long'), drafts.enrolled('subj-long', '03-077'), ...Array.from({ length: EXPORT_BATCH + 250 }, (_, i) => drafts.value({ subjectId: 'subj-long', visitId: 'w0', formId: 'labs', itemId: 'bilirubin' }, 100 + i, { unit: 'µmol/L' }))]);
    expectOk(await appendForeignEvents(a, chain));
    const prepared = expectOk(await prepareExport(a, 'NCT05985863', 'full', undefined));
    expect(prepared.eventCount).toBe(chain.length);
    const streamed = [];
    for await (const e of prepared.source.events()) streamed.push(e.seq);
    expect(streamed).toEqual(chain.map((e) => e.seq));
    const built = await exportFrom(a);
    expect(eventsIn(built.bytes)).toHaveLength(chain.length);
  });

  it('knows which protocols have data, and carries only the chains of the exported protocol', async () => {
    const a = await freshStore('a');
    expect(await protocolsWithData(a)).toEqual([]);
    await enrol(a);
    const other = draftsFor('dev-other');
    const foreign = sealChain([{ ...other.screened('subj-x'), protocolId: 'NCT03668171' }]);
    expectOk(await appendForeignEvents(a, foreign));
    expect(await protocolsWithData(a)).toEqual(['NCT03668171', 'NCT05985863']);
    expect(Object.keys(await chainsOfProtocol(a, 'NCT05985863'))).toEqual([a.deviceId]);
    expect(eventsIn((await exportFrom(a)).bytes).every((e) => e.protocolId === 'NCT05985863')).toBe(true);
  });
});
