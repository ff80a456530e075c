import { describe, expect, it } from 'vitest';
import type { CrfEvent } from '../../../shared/events';
import { memorySource, readBundle, type BundleContents } from '../../../shared/export';
import { conflictsWithin, summarizeBundle } from '../../../shared/export/merge';
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

describe('summarizeBundle', () => {
  const { a, b, events } = realisticLog(protocol);

  it('gives the manifest, each device\'s segment with its chain ends, the subjects and the conflict', async () => {
    const summary = summarizeBundle(await bundleOf(events));
    expect(summary).toMatchObject({ bundleId: 'bundle-0001', kind: 'full', site: '03', deviceId: 'dev-a', previousBundleId: null, events: events.length });
    expect(summary.devices).toEqual([
      { deviceId: 'dev-a', fromSeq: 1, toSeq: a.events.length, events: a.events.length, afterHash: '0'.repeat(64), headHash: a.events.at(-1)?.hash, firstAt: a.events[0]?.at, lastAt: a.events.at(-1)?.at },
      { deviceId: 'dev-b', fromSeq: 1, toSeq: b.events.length, events: b.events.length, afterHash: '0'.repeat(64), headHash: b.events.at(-1)?.hash, firstAt: b.events[0]?.at, lastAt: b.events.at(-1)?.at },
    ]);
    expect(summary.subjects).toEqual([
      { subjectId: 's-001', code: '03-001', site: '03', events: events.filter((e) => e.subjectId === 's-001').length },
      { subjectId: 's-002', code: null, site: '03', events: 1 },
    ]);
    expect(summary.conflicts.ok && summary.conflicts.conflicts.map((c) => [c.item.itemId, c.versions.length, c.sameContent])).toEqual([['weight', 2, false]]);
    expect(summary.members.map((m) => m.path)).toContain('events.ndjson');
  });

  it('an incremental bundle: what it does not carry counts as seen', async () => {
    const summary = summarizeBundle(await bundleOf(events, { 'dev-a': 20, 'dev-b': 0 }));
    expect(summary.devices.map((d) => [d.deviceId, d.fromSeq, d.toSeq])).toEqual([['dev-a', 21, a.events.length], ['dev-b', 1, b.events.length]]);
    expect(summary.conflicts.ok && summary.conflicts.conflicts.map((c) => c.item.itemId)).toEqual(['weight']);
    // dev-b alone: its events have seen dev-a's, which the bundle does not carry: taken as seen.
    expect(conflictsWithin(b.events)).toEqual({ ok: true, conflicts: [] });
  });

  it('says why conflicts are unknown when an event has seen beyond a carried segment', () => {
    const scan = conflictsWithin([...a.events.slice(0, 3), ...b.events]);
    expect(scan).toEqual({ ok: false, reason: expect.stringMatching(/^event 1 of device dev-b has seen events up to \d+ of device dev-a; the bundle carries 1\.\.3$/) });
  });
});
