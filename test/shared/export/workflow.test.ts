import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_NAME } from '../../../shared/bridge/channels';
import type { ItemVersion } from '../../../shared/events';
import type { ItemConflict } from '../../../shared/export';
import {
  CONFLICT_QUERY_PREFIX,
  conflictQueryTarget,
  conflictQueryText,
  triageConflicts,
  type QueryOnRecord,
} from '../../../shared/export/workflow/conflict-queries';
import { exportRange, headsChanged, nextExportMark } from '../../../shared/export/workflow/export-range';
import { backupFileName, bundleFileName, fileSegment, newBundleId, utcStamp } from '../../../shared/export/workflow/file-names';

const AT = '2025-03-10T09:05:07.000Z';
const h = (c: string) => c.repeat(64);

describe('file names', () => {
  it('names a bundle by protocol, site, device, kind and UTC minute', () => {
    expect(bundleFileName({ protocolId: 'NCT05985863', site: '03', deviceId: '0b7f4c8e-2d1a-4f6b', kind: 'full', createdAt: AT })).toBe('ecrf-NCT05985863-03-0b7f4c8e-full-20250310T0905Z.zip');
    expect(bundleFileName({ protocolId: 'ESLD-UCMSC-DOSE', site: 'BJ302', deviceId: 'abc', kind: 'incremental', createdAt: AT })).toBe('ecrf-ESLD-UCMSC-DOSE-BJ302-abc-inc-20250310T0905Z.zip');
  });

  it('makes backup names the platform accepts and rotates, down to the second', () => {
    const name = backupFileName({ protocolId: 'NCT 0598/5863', deviceId: '0b7f4c8e-2d1a', createdAt: AT });
    expect(name).toBe('ecrf-backup-NCT-0598-5863-0b7f4c8e-20250310T090507Z.zip');
    expect(BACKUP_FILE_NAME.test(name)).toBe(true);
  });

  it('keeps only safe characters and never returns an empty segment', () => {
    expect(fileSegment('../中心 3')).toBe('3');
    expect(fileSegment('中心')).toBe('x');
    expect(utcStamp('2025-12-31T23:59:59.999Z', true)).toBe('20251231T235959Z');
    expect(() => utcStamp('not a time')).toThrow(RangeError);
  });

  it('makes bundle ids the manifest accepts', () => {
    const id = newBundleId({ deviceId: '0b7f4c8e-2d1a', createdAt: AT, unique: 'f3a1c2d4-5555-4e6f-8a9b-0c1d2e3f4a5b' });
    expect(id).toBe('b-20250310T090507Z-0b7f4c8e-f3a1c2d4-5555-4e6f-8a9b-0c1d2e3f4a5b');
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
  });
});

describe('export range', () => {
  const previous = { bundleId: 'b-1', heads: { 'dev-a': { seq: 4, hash: h('a') } } };

  it('full: from the start of every chain, naming the previous bundle if any', () => {
    expect(exportRange('full', ['dev-a'], undefined, () => undefined)).toEqual({ ok: true, value: { kind: 'full', after: {} } });
    expect(exportRange('full', ['dev-a'], previous, () => undefined)).toEqual({ ok: true, value: { kind: 'full', after: {}, previousBundleId: 'b-1' } });
  });

  it('incremental: after the previous heads; devices new since then from the start', () => {
    const range = exportRange('incremental', ['dev-a', 'dev-b'], previous, (d, s) => (d === 'dev-a' && s === 4 ? h('a') : undefined));
    expect(range).toEqual({ ok: true, value: { kind: 'incremental', after: { 'dev-a': 4 }, previousBundleId: 'b-1' } });
  });

  it('incremental: refused without a previous export, or when the stored event at the mark is gone or different', () => {
    expect(exportRange('incremental', ['dev-a'], undefined, () => undefined)).toEqual({ ok: false, issues: { code: 'no-previous-export' } });
    expect(exportRange('incremental', ['dev-a'], previous, () => undefined)).toEqual({ ok: false, issues: { code: 'watermark-lost', deviceId: 'dev-a', seq: 4 } });
    expect(exportRange('incremental', ['dev-a'], previous, () => h('b'))).toEqual({ ok: false, issues: { code: 'watermark-lost', deviceId: 'dev-a', seq: 4 } });
  });

  it('the next mark moves the carried chains on; a full bundle replaces the marks', () => {
    const chain = (deviceId: string, toSeq: number) => ({ deviceId, fromSeq: 1, toSeq, afterHash: h('0'), headHash: h(deviceId.slice(-1)) });
    expect(nextExportMark('b-2', 'incremental', [chain('dev-b', 2)], previous)).toEqual({ bundleId: 'b-2', heads: { 'dev-a': { seq: 4, hash: h('a') }, 'dev-b': { seq: 2, hash: h('b') } } });
    expect(nextExportMark('b-3', 'full', [chain('dev-b', 2)], previous)).toEqual({ bundleId: 'b-3', heads: { 'dev-b': { seq: 2, hash: h('b') } } });
  });

  it('heads changed: any device moved, appeared or differs', () => {
    const now = { 'dev-a': { seq: 4, hash: h('a') } };
    expect(headsChanged(undefined, {})).toBe(false);
    expect(headsChanged(undefined, now)).toBe(true);
    expect(headsChanged(now, { ...now })).toBe(false);
    expect(headsChanged(now, { 'dev-a': { seq: 5, hash: h('c') } })).toBe(true);
    expect(headsChanged(now, { ...now, 'dev-b': { seq: 1, hash: h('b') } })).toBe(true);
  });
});

describe('conflict queries', () => {
  const stamp = (deviceId: string, seq: number) => ({ eventId: `${deviceId}-${seq}`, deviceId, seq, at: '2025-03-10T08:00:00.000Z', userId: 'u-nurse', role: 'nurse' as const });
  const value = (v: number, deviceId: string): ItemVersion => ({ kind: 'value', value: v, unit: 'µmol/L', stamp: stamp(deviceId, 3), protocolVersion: '0.1' });
  const item = { subjectId: 's-1', visitId: 'w0', formId: 'labs', recordId: '', itemId: 'bilirubin' };
  const conflict: ItemConflict = { item, versions: [value(300, 'dev-aaaaaaaa-1'), value(310, 'dev-bbbbbbbb-2')], sameContent: false };

  it('says what happened, every version with where, who and when, and what to do, in English then Chinese', () => {
    const text = conflictQueryText(conflict);
    expect(text.startsWith(CONFLICT_QUERY_PREFIX)).toBe(true);
    expect(text).toContain('“300 µmol/L” (device dev-aaaa #3, u-nurse, 2025-03-10T08:00:00.000Z)');
    expect(text).toContain('“310 µmol/L”');
    expect(text.split('\n')[1]).toMatch(/^设备间冲突/);
    expect(conflictQueryText({ item, versions: [{ kind: 'missing', missing: { code: 'NOT_DONE' }, stamp: stamp('d1', 1), protocolVersion: '0.1' }, { kind: 'cleared', stamp: stamp('d2', 1), protocolVersion: '0.1' }], sameContent: false })).toContain('missing (NOT_DONE)');
  });

  it('stays within the query text limit', () => {
    const long: ItemVersion = { kind: 'value', value: 'x'.repeat(5000), stamp: stamp('d1', 1), protocolVersion: '0.1' };
    expect(conflictQueryText({ item, versions: Array.from({ length: 30 }, () => long), sameContent: true }).length).toBeLessThanOrEqual(2000);
  });

  it('points at the item; a single-record form has no record id', () => {
    expect(conflictQueryTarget(item)).toEqual({ subjectId: 's-1', visitId: 'w0', formId: 'labs', itemId: 'bilirubin' });
    expect(conflictQueryTarget({ ...item, formId: 'adverse-events', recordId: 'r1' })).toMatchObject({ recordId: 'r1' });
  });

  it('queries each differing conflict once; agreeing versions get none', () => {
    const open: QueryOnRecord = { ...conflictQueryTarget(item), status: 'open', system: true, text: conflictQueryText(conflict) };
    const agreeing = { ...conflict, item: { ...item, itemId: 'inr' }, sameContent: true };
    expect(triageConflicts([conflict, agreeing], [])).toEqual({ toQuery: [conflict], alreadyQueried: [], agreeing: [agreeing] });
    expect(triageConflicts([conflict], [open])).toEqual({ toQuery: [], alreadyQueried: [conflict], agreeing: [] });
    expect(triageConflicts([conflict], [{ ...open, status: 'closed' }]).toQuery).toEqual([conflict]);
    expect(triageConflicts([conflict], [{ ...open, text: 'Value above the soft range' }]).toQuery).toEqual([conflict]);
  });
});
