import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle, memorySource, readBundle, type BundleProgress } from '../../../shared/export';
import { bundleInput, build, buildFull, concat, knownProtocols, membersOf } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05985863');
const { a, b, events } = realisticLog(protocol);

describe('a full bundle', () => {
  it('reads back the same events, in (deviceId, seq) order', async () => {
    const built = await buildFull(protocol, events);
    const read = readBundle(built.bytes, knownProtocols(protocol));
    expect(read.ok && read.value.events).toEqual(events);
    expect(read.ok && read.value.manifest).toEqual(built.manifest);
  });

  it('declares each device chain from seq 1 to its head', async () => {
    const { manifest } = await buildFull(protocol, events);
    expect(manifest.kind).toBe('full');
    expect(manifest.chains).toEqual([
      { deviceId: 'dev-a', fromSeq: 1, toSeq: a.events.length, afterHash: '0'.repeat(64), headHash: a.chainHead?.hash },
      { deviceId: 'dev-b', fromSeq: 1, toSeq: b.events.length, afterHash: '0'.repeat(64), headHash: b.chainHead?.hash },
    ]);
  });

  it('holds the documented members, the manifest last', async () => {
    const { bytes, manifest } = await buildFull(protocol, events);
    const names = Object.keys(membersOf(bytes));
    expect(names[0]).toBe('events.ndjson');
    expect(names[1]).toBe('odm.xml');
    expect(names.at(-1)).toBe('manifest.json');
    expect(names).toEqual([...manifest.members.map((m) => m.path), 'manifest.json']);
    expect(names).toEqual(
      expect.arrayContaining([...protocol.forms.map((f) => `csv/${f.id}.csv`), 'csv/missing-fields.csv', 'csv/data-dictionary.csv']),
    );
  });

  it('puts one event per line in events.ndjson', async () => {
    const { bytes } = await buildFull(protocol, events);
    const lines = strFromU8(membersOf(bytes)['events.ndjson'] ?? new Uint8Array()).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(events);
  });

  it('is a snapshot ODM file', async () => {
    const { bytes } = await buildFull(protocol, events);
    const odm = strFromU8(membersOf(bytes)['odm.xml'] ?? new Uint8Array());
    expect(odm).toMatch(/<ODM [^>]*FileType="Snapshot"[^>]*FileOID="bundle-0001"/);
    expect(odm).not.toContain('PriorFileOID');
    expect(odm.match(/<AuditRecord [^>]*ID="AR\./g)).toHaveLength(events.length);
  });

  it('is the same bytes for the same events, whatever order a store holds them in', async () => {
    const first = await buildFull(protocol, events);
    const second = await buildFull(protocol, [...events].reverse());
    expect(second.bytes).toEqual(first.bytes);
  });

  it('is the same bytes in every time zone, stamped with the export time', async () => {
    const zone = process.env['TZ'];
    try {
      process.env['TZ'] = 'Asia/Shanghai';
      const shanghai = await buildFull(protocol, events);
      process.env['TZ'] = 'America/Los_Angeles';
      const losAngeles = await buildFull(protocol, events);
      expect(losAngeles.bytes).toEqual(shanghai.bytes);
      // The first local file header's DOS time and date: 09:00:00 on 2025-03-10, the export time in UTC.
      const view = new DataView(shanghai.bytes.buffer, shanghai.bytes.byteOffset);
      expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([(9 << 11) | (0 << 5) | 0, ((2025 - 1980) << 9) | (3 << 5) | 10]);
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('waits for an asynchronous sink and reports progress', async () => {
    const chunks: Uint8Array[] = [];
    const progress: BundleProgress[] = [];
    const result = await buildBundle(bundleInput(protocol, memorySource(events), { onProgress: (p) => progress.push(p) }), async (chunk) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      chunks.push(chunk);
    });
    expect(result.ok).toBe(true);
    expect(concat(chunks)).toEqual((await buildFull(protocol, events)).bytes);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['events', 'casebooks', 'audit-trail', 'finishing']));
    expect(progress.at(-1)?.bytes).toBe(concat(chunks).length);
    expect(progress.find((p) => p.phase === 'casebooks')?.subjects).toBe(1);
  });

  it("shows a completed AE log's status on each of its records in the CSV", async () => {
    const { bytes } = await buildFull(protocol, events);
    const rows = strFromU8(membersOf(bytes)['csv/adverse-events.csv'] ?? new Uint8Array()).trimEnd().split('\r\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith('s-001,03-001,03,w0,w0,adverse-events,ae-1,') && row.includes(',complete,'))).toBe(true);
  });

  it('carries an empty log', async () => {
    const built = await buildFull(protocol, []);
    const read = readBundle(built.bytes, knownProtocols(protocol));
    expect(read.ok && read.value.events).toEqual([]);
    expect(built.manifest.chains).toEqual([]);
  });
});

describe('an incremental bundle', () => {
  const after = { 'dev-a': 20, 'dev-b': 1 };
  const incremental = () =>
    build(bundleInput(protocol, memorySource(events, after), { bundleId: 'bundle-0002', kind: 'incremental', previousBundleId: 'bundle-0001' }));

  it('carries the events after the previous bundle, as chain segments', async () => {
    const built = await incremental();
    const read = readBundle(built.bytes, knownProtocols(protocol));
    expect(read.ok && read.value.events).toEqual(events.filter((e) => e.seq > (after[e.deviceId as keyof typeof after] ?? 0)));
    const devA = built.manifest.chains[0];
    expect(devA).toMatchObject({ deviceId: 'dev-a', fromSeq: 21, toSeq: a.events.length, afterHash: a.events[19]?.hash });
    expect(built.manifest.previousBundleId).toBe('bundle-0001');
  });

  it('is a transactional ODM file after the previous one', async () => {
    const { bytes } = await incremental();
    const odm = strFromU8(membersOf(bytes)['odm.xml'] ?? new Uint8Array());
    expect(odm).toMatch(/FileType="Transactional"[^>]*FileOID="bundle-0002" PriorFileOID="bundle-0001"/);
    expect(odm).toContain('TransactionType="Upsert"');
  });

  it('still describes the whole current state in its CSV files', async () => {
    const [full, part] = [await buildFull(protocol, events), await incremental()];
    expect(membersOf(part.bytes)['csv/labs.csv']).toEqual(membersOf(full.bytes)['csv/labs.csv']);
  });
});
