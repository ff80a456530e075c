import { describe, expect, it } from 'vitest';
import { causalOrder, type CrfEvent } from '../../../shared/events';
import { findConflicts, memorySource, planImport, readBundle, type BundleContents } from '../../../shared/export';
import { mergeBundles, type MergeInput } from '../../../shared/export/merge';
import { build, bundleInput, knownProtocols } from './support/bundle';
import { Clock, DeviceLog } from './support/device-log';
import { realisticLog } from './support/realistic-log';
import { seedProtocol } from './support/seeds';

const protocol = seedProtocol('NCT05121870');

/** A verified bundle of these events: full, or incremental after `after` (per device). */
async function bundleOf(log: readonly CrfEvent[], after: Record<string, number> = {}, p = protocol): Promise<BundleContents> {
  const incremental = Object.keys(after).length > 0;
  const input = bundleInput(p, memorySource(log, after), incremental ? { kind: 'incremental', previousBundleId: 'bundle-prev' } : {});
  const read = readBundle((await build(input)).bytes, knownProtocols(p));
  if (!read.ok) throw new Error(JSON.stringify(read.issues));
  return read.value;
}

const input = (name: string, bundle: BundleContents): MergeInput => ({ name, bundle });
const keys = (events: readonly CrfEvent[]) => events.map((e) => `${e.deviceId}#${e.seq}:${e.hash}`);

describe('mergeBundles', () => {
  const { a, b, events } = realisticLog(protocol);

  it('unions two devices\' bundles into whole chains and finds their conflict with the import\'s rule', async () => {
    const merged = mergeBundles([input('a.zip', await bundleOf(a.events)), input('b.zip', await bundleOf(b.events))]);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(keys(merged.value.events)).toEqual(keys(events));
    expect(merged.value.chains.map((c) => [c.deviceId, c.fromSeq, c.toSeq, c.headHash, c.from])).toEqual([
      ['dev-a', 1, a.events.length, a.events.at(-1)?.hash, ['a.zip']],
      ['dev-b', 1, b.events.length, b.events.at(-1)?.hash, ['b.zip']],
    ]);
    expect(merged.value.duplicates).toBe(0);
    // The same conflicts an import of everything into an empty store reports.
    const plan = planImport({}, await bundleOf(events));
    expect(merged.value.conflicts).toEqual(plan.conflicts);
    expect(merged.value.conflicts.map((c) => [c.item.itemId, c.versions.map((v) => v.value)])).toEqual([['weight', [71.5, 70]]]);
  });

  it('is idempotent: the same bundle twice, or a merge merged again with its inputs, changes nothing', async () => {
    const whole = await bundleOf(events);
    const twice = mergeBundles([input('x.zip', whole), input('y.zip', whole)]);
    expect(twice.ok && keys(twice.value.events)).toEqual(keys(events));
    expect(twice.ok && twice.value.duplicates).toBe(events.length);
    const parts = [input('a.zip', await bundleOf(a.events)), input('b.zip', await bundleOf(b.events))];
    const once = mergeBundles(parts);
    const again = mergeBundles([input('whole.zip', whole), ...parts]);
    expect(once.ok && again.ok).toBe(true);
    if (!once.ok || !again.ok) return;
    expect(keys(again.value.events)).toEqual(keys(once.value.events));
    expect(again.value.conflicts).toEqual(once.value.conflicts);
    expect(again.value.duplicates).toBe(events.length);
  });

  it('joins a full bundle and the incremental bundles that follow it, in any order', async () => {
    const first = await bundleOf(events.filter((e) => e.deviceId === 'dev-b' || e.seq <= 20));
    const next = await bundleOf(events, { 'dev-a': 20, 'dev-b': b.events.length });
    for (const order of [[first, next], [next, first]]) {
      const merged = mergeBundles(order.map((bundle, i) => input(`${i}.zip`, bundle)));
      expect(merged.ok && keys(merged.value.events)).toEqual(keys(events));
    }
  });

  it('refuses a gap, naming the missing range', async () => {
    const first = await bundleOf(a.events.slice(0, 20));
    const later = await bundleOf(a.events, { 'dev-a': 30 });
    const merged = mergeBundles([input('first.zip', first), input('later.zip', later)]);
    expect(merged).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'gap', path: ['devices', 'dev-a'], message: expect.stringContaining('events 21..30 of device dev-a are missing') })],
    });
    const alone = mergeBundles([input('later.zip', later)]);
    expect(alone.ok ? [] : alone.issues.map((i) => i.message)).toEqual([expect.stringContaining('events 1..30 of device dev-a are missing')]);
  });

  it('refuses a fork: the same (device, seq) with another hash, or parts of a chain that do not link', async () => {
    // A second install that took the id dev-a: its own chain, other events.
    const clock = new Clock(Date.UTC(2025, 5, 1));
    const impostor = new DeviceLog('dev-a', { protocolId: protocol.id, protocolVersion: protocol.version }, clock);
    for (let i = 0; i < a.events.length + 5; i += 1) impostor.add({ type: 'subject.screened', subjectId: `s-x${i}`, payload: { siteId: '03', screenedOn: '2025-06-01', answers: [], result: 'not-eligible', confirmedBy: 'u-investigator' } });
    const merged = mergeBundles([input('real.zip', await bundleOf(a.events)), input('impostor.zip', await bundleOf(impostor.events))]);
    expect(merged.ok).toBe(false);
    expect(merged.ok ? [] : merged.issues[0]).toMatchObject({ code: 'fork', path: ['impostor.zip', 'events.ndjson', 0], message: expect.stringContaining('event 1 of device dev-a in impostor.zip differs from the one in real.zip') });

    const tail = await bundleOf(impostor.events, { 'dev-a': a.events.length });
    const unlinked = mergeBundles([input('real.zip', await bundleOf(a.events)), input('tail.zip', tail)]);
    expect(unlinked.ok ? [] : unlinked.issues.map((i) => [i.code, i.message])).toEqual([
      ['fork', expect.stringContaining(`event ${a.events.length + 1} of device dev-a in tail.zip does not follow event ${a.events.length} in real.zip`)],
    ]);
  });

  it('refuses events that have seen events no input carries', async () => {
    const merged = mergeBundles([input('b.zip', await bundleOf(b.events))]);
    const seen = b.events[0]?.knownHeads?.['dev-a'] ?? 0;
    expect(seen).toBeGreaterThan(0);
    expect(merged.ok ? [] : merged.issues.map((i) => [i.code, i.message])).toEqual([
      ['missing-ancestor', `event 1 of device dev-b was made after seeing events 1..${seen} of device dev-a, which no input carries: merge the bundle of dev-a that does`],
    ]);
  });

  it('refuses bundles of different protocols, and nothing to merge', async () => {
    const other = seedProtocol('NCT05985863');
    const otherLog = realisticLog(other);
    const merged = mergeBundles([input('a.zip', await bundleOf(a.events)), input('other.zip', await bundleOf(otherLog.events, {}, other))]);
    expect(merged.ok ? [] : merged.issues).toEqual([
      expect.objectContaining({ code: 'protocol-mismatch', path: ['other.zip', 'manifest.json', 'protocol'], message: expect.stringContaining('other.zip is of protocol NCT05985863 version 0.1, a.zip of NCT05121870 version 0.1') }),
    ]);
    expect(mergeBundles([])).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'no-input' })] });
  });

  it('a later change that saw both versions resolves the conflict: nothing is reported', async () => {
    const log = realisticLog(protocol);
    log.a.sees(log.b);
    log.a.add({ type: 'item.valueSet', subjectId: 's-001', visitId: 'w0', formId: 'vitals', itemId: 'weight', reason: 'checked the scale', payload: { entered: '71', value: 71, unit: 'kg' } });
    const merged = mergeBundles([input('a.zip', await bundleOf(log.a.events)), input('b.zip', await bundleOf(log.b.events))]);
    expect(merged.ok && merged.value.conflicts).toEqual([]);
    const ordered = causalOrder([...log.a.events, ...log.b.events]);
    expect(ordered.ok && findConflicts(ordered.value, () => undefined, () => true)).toEqual([]);
  });
});
