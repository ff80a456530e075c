import type { ChainHead, CrfEvent } from '../../shared/events';
import type { BundleKind, BundlePerson, BundleSource, SubjectEvents } from '../../shared/export';
import { exportRange, type ExportMark, type ExportRangeProblem } from '../../shared/export/workflow/export-range';
import { ok, type Result } from '../../shared/lib/result';
import { eventsAfter, heldHeads } from './chain-repo';
import { peopleForExport } from './people-repo';
import type { Store } from './store';

/** Events read per IndexedDB request while exporting: the export holds at most one batch of events. */
export const EXPORT_BATCH = 1000;

/** An export ready to stream: what it carries, and the source buildBundle reads. */
export interface PreparedExport {
  readonly kind: BundleKind;
  readonly protocolId: string;
  /** The chains the bundle carries, as they stood when the export started (later writes wait for the next one). */
  readonly heads: Readonly<Record<string, ChainHead>>;
  /** Per device: the last seq not carried. */
  readonly after: Readonly<Record<string, number>>;
  readonly previousBundleId?: string;
  /** Events the bundle carries. */
  readonly eventCount: number;
  /** Subjects of the protocol (for progress). */
  readonly subjectCount: number;
  readonly source: BundleSource;
  /** Everyone this laptop can name (accounts, then people from imported bundles); buildBundle keeps those the events name. */
  readonly people: readonly BundlePerson[];
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The chains of one protocol: every chain this store holds whose first event is of that protocol, at
 * its current head. A bundle carries one protocol; a chain that mixes protocols makes the export fail
 * with `event-protocol` (buildBundle), which is how a person learns of it.
 */
export async function chainsOfProtocol(store: Store, protocolId: string): Promise<Record<string, ChainHead>> {
  const heads = await heldHeads(store);
  const chains: Record<string, ChainHead> = {};
  for (const deviceId of Object.keys(heads).sort(compareText)) {
    const head = heads[deviceId];
    const [first] = await eventsAfter(store, deviceId, 0, 1);
    if (head !== undefined && first?.protocolId === protocolId) chains[deviceId] = head;
  }
  return chains;
}

/** The protocols this store holds events of (by each chain's first event, and by subject), sorted. */
export async function protocolsWithData(store: Store): Promise<string[]> {
  const ids = new Set<string>();
  const heads = await heldHeads(store);
  for (const deviceId of Object.keys(heads)) {
    const [first] = await eventsAfter(store, deviceId, 0, 1);
    if (first !== undefined) ids.add(first.protocolId);
  }
  await store.db.subjects.each((s) => {
    ids.add(s.protocolId);
  });
  return [...ids].sort(compareText);
}

/** Events of `deviceId` after `after` up to `upTo`, read a batch at a time. */
async function* chainEvents(store: Store, deviceId: string, after: number, upTo: number): AsyncGenerator<CrfEvent> {
  let cursor = after;
  while (cursor < upTo) {
    const batch = await eventsAfter(store, deviceId, cursor, Math.min(EXPORT_BATCH, upTo - cursor));
    const last = batch.at(-1);
    if (last === undefined) return;
    yield* batch;
    cursor = last.seq;
  }
}

/**
 * The store as a bundle source (docs/bundle-format.md), with memory bounded by one batch of events or
 * one subject's history. Both reads of `events()` give the same events: they stop at the heads taken
 * when the export started, and events are never changed or removed. Subject histories stop there too.
 */
export function storeSource(store: Store, protocolId: string, heads: Readonly<Record<string, ChainHead>>, after: Readonly<Record<string, number>>): BundleSource {
  const devices = Object.keys(heads).sort(compareText);
  const withinSnapshot = (e: CrfEvent): boolean => {
    const head = heads[e.deviceId];
    // Events of chains the bundle does not carry stay in the history: buildBundle reports them.
    return head === undefined || e.seq <= head.seq;
  };
  return {
    events: async function* () {
      for (const deviceId of devices) {
        const head = heads[deviceId];
        if (head !== undefined) yield* chainEvents(store, deviceId, after[deviceId] ?? 0, head.seq);
      }
    },
    subjects: async function* (): AsyncGenerator<SubjectEvents> {
      const ids: string[] = [];
      await store.db.subjects.each((s) => {
        if (s.protocolId === protocolId) ids.push(s.subjectId);
      });
      for (const subjectId of ids.sort(compareText)) {
        const events = (await store.db.events.where('subjectId').equals(subjectId).toArray()).filter(withinSnapshot);
        if (events.length > 0) yield { subjectId, events };
      }
    },
  };
}

/**
 * Prepares an export of one protocol: full (every chain from seq 1) or incremental (after `previous`,
 * this laptop's last export of the protocol). Reads only.
 */
export async function prepareExport(store: Store, protocolId: string, kind: BundleKind, previous: ExportMark | undefined): Promise<Result<PreparedExport, ExportRangeProblem>> {
  const chains = await chainsOfProtocol(store, protocolId);
  const devices = Object.keys(chains);
  const marks = previous === undefined ? [] : devices.filter((d) => previous.heads[d] !== undefined).map((d) => [d, previous.heads[d]?.seq ?? 0] as [string, number]);
  const stored = new Map<string, string>();
  const found = await store.db.events.bulkGet(marks);
  found.forEach((event) => {
    if (event !== undefined) stored.set(`${event.deviceId}\u0000${event.seq}`, event.hash);
  });
  const range = exportRange(kind, devices, previous, (deviceId, seq) => stored.get(`${deviceId}\u0000${seq}`));
  if (!range.ok) return range;
  const { after } = range.value;
  let subjectCount = 0;
  await store.db.subjects.each((s) => {
    if (s.protocolId === protocolId) subjectCount += 1;
  });
  const eventCount = devices.reduce((n, d) => n + Math.max(0, (chains[d]?.seq ?? 0) - (after[d] ?? 0)), 0);
  return ok({
    kind,
    protocolId,
    heads: chains,
    after,
    ...(range.value.previousBundleId === undefined ? {} : { previousBundleId: range.value.previousBundleId }),
    eventCount,
    subjectCount,
    source: storeSource(store, protocolId, chains, after),
    people: await peopleForExport(store),
  });
}
