/**
 * What an export carries, per device: everything (full) or the events after the previous export's
 * heads (incremental). Pure; the store reads the heads and the stored hashes at the watermark.
 */
import type { ChainHead } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import type { BundleKind, ChainRange } from '../bundle/manifest';

/** The last bundle this laptop exported for a protocol: its id and how far each chain went. */
export interface ExportMark {
  readonly bundleId: string;
  /** Per device carried so far (by this and earlier bundles of the line): the last seq and its hash. */
  readonly heads: Readonly<Record<string, { readonly seq: number; readonly hash: string }>>;
}

export interface ExportRange {
  readonly kind: BundleKind;
  /** Per device: the last seq NOT carried (0: from the start). */
  readonly after: Readonly<Record<string, number>>;
  readonly previousBundleId?: string;
}

export type ExportRangeProblem =
  /** No earlier export of this protocol from this laptop: the first export must be full. */
  | { readonly code: 'no-previous-export' }
  /**
   * The store no longer holds, or holds a different, event where the previous export stopped
   * (e.g. it was restored into a new store): an incremental bundle would not continue it.
   */
  | { readonly code: 'watermark-lost'; readonly deviceId: string; readonly seq: number };

/**
 * The range of an export. `storedHash(deviceId, seq)` is the hash of the stored event at the
 * watermark (undefined: not stored). Devices not in the mark start from seq 1.
 */
export function exportRange(
  kind: BundleKind,
  devices: readonly string[],
  previous: ExportMark | undefined,
  storedHash: (deviceId: string, seq: number) => string | undefined,
): Result<ExportRange, ExportRangeProblem> {
  if (kind === 'full') return ok({ kind, after: {}, ...(previous === undefined ? {} : { previousBundleId: previous.bundleId }) });
  if (previous === undefined) return fail({ code: 'no-previous-export' });
  const after: Record<string, number> = {};
  for (const deviceId of devices) {
    const mark = previous.heads[deviceId];
    if (mark === undefined) continue;
    if (storedHash(deviceId, mark.seq) !== mark.hash) return fail({ code: 'watermark-lost', deviceId, seq: mark.seq });
    after[deviceId] = mark.seq;
  }
  return ok({ kind, after, previousBundleId: previous.bundleId });
}

/**
 * The mark after an export: the previous marks, moved on by the chains the bundle carried. A full
 * bundle replaces them (it carried every chain of the protocol from seq 1).
 */
export function nextExportMark(bundleId: string, kind: BundleKind, chains: readonly ChainRange[], previous: ExportMark | undefined): ExportMark {
  const base = kind === 'full' || previous === undefined ? {} : previous.heads;
  const heads: Record<string, { seq: number; hash: string }> = { ...base };
  for (const chain of chains) heads[chain.deviceId] = { seq: chain.toSeq, hash: chain.headHash };
  return { bundleId, heads };
}

/** Whether a store's heads moved since `before` (an automatic backup is due only then). */
export function headsChanged(before: Readonly<Record<string, Pick<ChainHead, 'seq' | 'hash'>>> | undefined, now: Readonly<Record<string, Pick<ChainHead, 'seq' | 'hash'>>>): boolean {
  if (before === undefined) return Object.keys(now).length > 0;
  const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
  for (const key of keys) {
    const a = before[key];
    const b = now[key];
    if (a?.seq !== b?.seq || a?.hash !== b?.hash) return true;
  }
  return false;
}
