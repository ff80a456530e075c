import type { CrfEvent, CrfEventDraft } from './event-schema';
import { fail, ok, type Result } from '../lib/result';

/** Where an event sits in the union of all devices' chains. */
export interface Revision {
  readonly eventId: string;
  readonly deviceId: string;
  readonly seq: number;
  readonly at: string;
}

export const revisionOf = (e: Pick<CrfEvent, 'id' | 'deviceId' | 'seq' | 'at'>): Revision => ({
  eventId: e.id,
  deviceId: e.deviceId,
  seq: e.seq,
  at: e.at,
});

/**
 * Whether `event` was made by a device that already held `rev`: the earlier events of its own
 * chain, and every event up to its knownHeads of other chains. Import keeps chains gap-free and
 * refuses events whose ancestry is missing, so this is exactly "rev is in event's ancestry".
 */
export function hasSeen(
  event: Pick<CrfEventDraft, 'deviceId' | 'knownHeads'> & { readonly seq: number },
  rev: Pick<Revision, 'deviceId' | 'seq'>,
): boolean {
  if (event.deviceId === rev.deviceId) return rev.seq < event.seq;
  return (event.knownHeads?.[rev.deviceId] ?? 0) >= rev.seq;
}

/**
 * A total order among revisions neither of which saw the other, the same on every device, so
 * that projections converge. The choice is provisional: such a pair is a conflict for a human.
 */
export function compareConcurrent(a: Revision, b: Revision): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.deviceId !== b.deviceId) return a.deviceId < b.deviceId ? -1 : 1;
  return a.seq - b.seq;
}

export interface MissingAncestor {
  readonly deviceId: string;
  readonly seq: number;
  /** The event that refers to it. */
  readonly neededBy: Revision;
}

/**
 * Orders events so every event comes after its ancestry (its own chain's earlier events and its
 * knownHeads), breaking ties by time then device, the same way everywhere. `applied` is what is
 * already in place (per device, the highest seq). Each device's events must continue its chain
 * without gaps (verifyChain checks that first). Fails when an event refers to an event that is
 * neither applied nor in `events`: the bundle that carries it must be imported first.
 */
export function causalOrder(
  events: readonly CrfEvent[],
  applied: Readonly<Record<string, number>> = {},
): Result<CrfEvent[], MissingAncestor> {
  const queues = new Map<string, CrfEvent[]>();
  for (const e of events) {
    const queue = queues.get(e.deviceId) ?? [];
    queue.push(e);
    queues.set(e.deviceId, queue);
  }
  for (const queue of queues.values()) queue.sort((a, b) => a.seq - b.seq);
  const done = new Map(Object.entries(applied));
  const available = new Map(done);
  for (const [deviceId, queue] of queues) {
    available.set(deviceId, Math.max(available.get(deviceId) ?? 0, queue.at(-1)?.seq ?? 0));
  }
  const ready = (e: CrfEvent) =>
    Object.entries(e.knownHeads ?? {}).every(([d, s]) => d === e.deviceId || (done.get(d) ?? 0) >= s);

  const ordered: CrfEvent[] = [];
  const cursor = new Map([...queues.keys()].map((d) => [d, 0]));
  while (ordered.length < events.length) {
    let next: CrfEvent | undefined;
    for (const [deviceId, queue] of queues) {
      const head = queue[cursor.get(deviceId) ?? 0];
      if (head === undefined || !ready(head)) continue;
      if (next === undefined || compareConcurrent(revisionOf(head), revisionOf(next)) < 0) next = head;
    }
    if (next === undefined) return fail(firstMissing(queues, cursor, available));
    ordered.push(next);
    cursor.set(next.deviceId, (cursor.get(next.deviceId) ?? 0) + 1);
    done.set(next.deviceId, next.seq);
  }
  return ok(ordered);
}

function firstMissing(
  queues: ReadonlyMap<string, readonly CrfEvent[]>,
  cursor: ReadonlyMap<string, number>,
  available: ReadonlyMap<string, number>,
): MissingAncestor {
  const blocked: MissingAncestor[] = [];
  for (const [deviceId, queue] of queues) {
    const head = queue[cursor.get(deviceId) ?? 0];
    if (head === undefined) continue;
    for (const [d, s] of Object.entries(head.knownHeads ?? {})) {
      if (d === head.deviceId) continue;
      const missing = { deviceId: d, seq: s, neededBy: revisionOf(head) };
      if ((available.get(d) ?? 0) < s) return missing;
      blocked.push(missing);
    }
  }
  // Every reference is satisfiable yet nothing is ready: the knownHeads form a cycle, which only
  // forged events can do.
  const cycle = blocked[0];
  if (cycle === undefined) throw new Error('causalOrder: no event is ready and none is blocked');
  return cycle;
}
