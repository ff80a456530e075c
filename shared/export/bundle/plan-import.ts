import { causalOrder, GENESIS_HASH, type ChainHead, type CrfEvent, type ItemState, type MissingAncestor } from '../../events';
import type { BundleContents } from './read-bundle';
import { findConflicts, type ItemConflict, type ItemRef } from './item-conflicts';

/**
 * What a bundle's segment of one device's chain is to the store:
 * - new-chain: the store has no event of the device, and the bundle starts at seq 1;
 * - continues: it starts right after the store's head and links to it;
 * - overlaps: it starts inside what the store holds and goes beyond (the known part is duplicate);
 * - duplicate: the store already holds all of it (importing again changes nothing);
 * - gap: it starts after the store's head + 1 (an earlier bundle of that device is missing);
 * - fork: the same (device, seq) with a different hash, or events of the importing device that it
 *   never made: tampering, or two installs sharing a device id.
 */
export type ChainStatus = 'new-chain' | 'continues' | 'overlaps' | 'duplicate' | 'gap' | 'fork';

export interface ChainPlan {
  readonly deviceId: string;
  readonly status: ChainStatus;
  readonly fromSeq: number;
  readonly toSeq: number;
  /** The store's last seq of this device (0: none). */
  readonly heldSeq: number;
  readonly newEvents: number;
  readonly duplicates: number;
  readonly message: string;
}

export interface ImportPlan {
  readonly chains: readonly ChainPlan[];
  /** Events to add, in causal order (each after its ancestry); empty unless importable. */
  readonly newEvents: readonly CrfEvent[];
  readonly duplicates: number;
  /**
   * Stored events the importer must find with these hashes, inside its transaction: the end of a
   * bundle segment that lies wholly before the store's head (heads alone cannot vouch for it; once
   * it matches, the hash chain vouches for every event before it).
   */
  readonly confirm: readonly ChainHead[];
  readonly missingAncestor: MissingAncestor | undefined;
  readonly conflicts: readonly ItemConflict[];
  /** No gap, no fork, no missing ancestor. */
  readonly importable: boolean;
}

export interface PlanOptions {
  /** The importing device: the bundle may repeat its events, never add to them. */
  readonly ownDeviceId?: string;
  /** The store's versions of the items the bundle changes (see itemsTouched); none = empty items. */
  readonly currentItems?: (item: ItemRef) => ItemState | undefined;
}

const plan = (deviceId: string, status: ChainStatus, from: number, to: number, held: number, message: string): ChainPlan => {
  const duplicates = status === 'fork' || status === 'gap' ? 0 : Math.max(0, Math.min(to, held) - from + 1);
  const newEvents = status === 'fork' || status === 'gap' ? 0 : to - from + 1 - duplicates;
  return { deviceId, status, fromSeq: from, toSeq: to, heldSeq: held, newEvents, duplicates, message };
};

function planChain(segment: readonly CrfEvent[], held: ChainHead | undefined, own: boolean): { chain: ChainPlan; confirm?: ChainHead } {
  const first = segment[0] as CrfEvent;
  const last = segment.at(-1) as CrfEvent;
  const { deviceId } = first;
  const heldSeq = held?.seq ?? 0;
  const at = (seq: number) => segment[seq - first.seq];
  const p = (status: ChainStatus, message: string) => plan(deviceId, status, first.seq, last.seq, heldSeq, message);
  if (held !== undefined && held.seq >= first.seq && held.seq <= last.seq && at(held.seq)?.hash !== held.hash) {
    return { chain: p('fork', `event ${held.seq} of ${deviceId} differs from the one this store holds`) };
  }
  if (last.seq <= heldSeq) {
    const confirm = last.seq < heldSeq ? { deviceId, seq: last.seq, hash: last.hash } : undefined;
    return { chain: p('duplicate', `events ${first.seq}..${last.seq} of ${deviceId} are already here`), ...(confirm === undefined ? {} : { confirm }) };
  }
  if (own) return { chain: p('fork', `events of ${deviceId} (this device) that it never made: another install uses its device id`) };
  if (first.seq > heldSeq + 1) {
    return { chain: p('gap', `events ${heldSeq + 1}..${first.seq - 1} of ${deviceId} are missing: import the earlier bundle of that device first`) };
  }
  if (first.seq === heldSeq + 1 && first.prevHash !== (held?.hash ?? GENESIS_HASH)) {
    return { chain: p('fork', `event ${first.seq} of ${deviceId} does not continue the chain this store holds`) };
  }
  if (held === undefined) return { chain: p('new-chain', `${last.seq} events of a device new to this store`) };
  if (first.seq <= heldSeq) return { chain: p('overlaps', `events ${heldSeq + 1}..${last.seq} of ${deviceId} are new, the earlier ones already here`) };
  return { chain: p('continues', `events ${first.seq}..${last.seq} of ${deviceId} continue the chain`) };
}

/**
 * What importing a verified bundle (readBundle) into a store with these chain heads would do.
 * Pure: the importer loads heads (and the touched items' versions), asks for the plan, and if it is
 * importable writes `newEvents` in one transaction, after confirming `confirm`. Idempotent: once
 * imported, the same bundle plans nothing new.
 */
export function planImport(existingHeads: Readonly<Record<string, ChainHead>>, bundle: BundleContents, options: PlanOptions = {}): ImportPlan {
  const segments = new Map<string, CrfEvent[]>();
  for (const event of bundle.events) {
    const segment = segments.get(event.deviceId);
    if (segment === undefined) segments.set(event.deviceId, [event]);
    else segment.push(event);
  }
  const chains: ChainPlan[] = [];
  const confirm: ChainHead[] = [];
  const fresh: CrfEvent[] = [];
  for (const [deviceId, segment] of segments) {
    const held = existingHeads[deviceId];
    const planned = planChain(segment, held, deviceId === options.ownDeviceId);
    chains.push(planned.chain);
    if (planned.confirm !== undefined) confirm.push(planned.confirm);
    // A loop, not push(...list): a million arguments overflow the stack.
    if (planned.chain.newEvents > 0) for (const e of segment) if (e.seq > (held?.seq ?? 0)) fresh.push(e);
  }
  const duplicates = chains.reduce((n, c) => n + c.duplicates, 0);
  const blocked = chains.some((c) => c.status === 'gap' || c.status === 'fork');
  const applied = Object.fromEntries(Object.values(existingHeads).map((h) => [h.deviceId, h.seq]));
  const ordered = blocked ? undefined : causalOrder(fresh, applied);
  const missingAncestor = ordered !== undefined && !ordered.ok ? ordered.issues : undefined;
  if (ordered === undefined || !ordered.ok) {
    return { chains, newEvents: [], duplicates, confirm, missingAncestor, conflicts: [], importable: false };
  }
  const isNew = new Set(fresh.map((e) => e.id));
  const conflicts = findConflicts(ordered.value, options.currentItems ?? (() => undefined), (stamp) => isNew.has(stamp.eventId));
  return { chains, newEvents: ordered.value, duplicates, confirm, missingAncestor: undefined, conflicts, importable: true };
}
