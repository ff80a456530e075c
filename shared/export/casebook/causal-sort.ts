import { compareConcurrent, revisionOf, type CrfEvent } from '../../events';

/**
 * Orders a slice of a verified log (one subject's events, say) so that every event comes after the
 * events of the slice it had seen: its own chain's earlier events and, per other device, those up to
 * its knownHeads. Ties are broken as causalOrder breaks them (time, device, seq), so every exporter
 * orders the same slice the same way.
 *
 * Unlike causalOrder (shared/events), which checks an import batch, events outside the slice are
 * taken as present: the slice comes from a store whose chains are complete. Total: forged knownHeads
 * that form a cycle cannot stall it (the earliest blocked event goes next), because an exporter must
 * still write out whatever the store holds.
 */
export function causalSort(events: readonly CrfEvent[]): CrfEvent[] {
  const queues = new Map<string, CrfEvent[]>();
  for (const e of events) {
    const queue = queues.get(e.deviceId) ?? [];
    queue.push(e);
    queues.set(e.deviceId, queue);
  }
  for (const queue of queues.values()) queue.sort((a, b) => a.seq - b.seq);
  const cursor = new Map<string, number>();
  const headOf = (deviceId: string): CrfEvent | undefined => queues.get(deviceId)?.[cursor.get(deviceId) ?? 0];
  // Waiting: the event saw an event of another device that the slice holds and that is not out yet.
  const waiting = (e: CrfEvent): boolean =>
    Object.entries(e.knownHeads ?? {}).some(([d, seq]) => d !== e.deviceId && (headOf(d)?.seq ?? Infinity) <= seq);
  const earlier = (a: CrfEvent, b: CrfEvent): boolean => compareConcurrent(revisionOf(a), revisionOf(b)) < 0;

  const ordered: CrfEvent[] = [];
  while (ordered.length < events.length) {
    let next: CrfEvent | undefined;
    let fallback: CrfEvent | undefined;
    for (const deviceId of queues.keys()) {
      const head = headOf(deviceId);
      if (head === undefined) continue;
      if (fallback === undefined || earlier(head, fallback)) fallback = head;
      if (!waiting(head) && (next === undefined || earlier(head, next))) next = head;
    }
    const chosen = next ?? fallback;
    if (chosen === undefined) break;
    ordered.push(chosen);
    cursor.set(chosen.deviceId, (cursor.get(chosen.deviceId) ?? 0) + 1);
  }
  return ordered;
}
