import type { CrfEvent } from '../../events';

export type Stream<T> = AsyncIterable<T> | Iterable<T>;

/** One subject and every event about it, from every device, in any order. */
export interface SubjectEvents {
  readonly subjectId: string;
  readonly events: readonly CrfEvent[];
}

/**
 * Where a bundle's content comes from. The store implements it with cursors (bounded memory); tools
 * and tests use memorySource.
 */
export interface BundleSource {
  /**
   * The events the bundle carries, ascending by (deviceId, seq): every event of every chain for a
   * full bundle, the events after the previous bundle's heads for an incremental one. Read twice:
   * for events.ndjson, then for the ODM audit trail; both reads must give the same events.
   */
  readonly events: () => Stream<CrfEvent>;
  /**
   * Every subject of the protocol with its whole history (also for an incremental bundle: the CSV
   * files and the missing-fields report always describe the current state), ascending by subjectId.
   * Read once.
   */
  readonly subjects: () => Stream<SubjectEvents>;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The subjects of a list of events, ascending by id. */
export function subjectsOf(events: readonly CrfEvent[]): SubjectEvents[] {
  const bySubject = new Map<string, CrfEvent[]>();
  for (const event of events) {
    if (event.subjectId === undefined) continue;
    const list = bySubject.get(event.subjectId) ?? [];
    list.push(event);
    bySubject.set(event.subjectId, list);
  }
  return [...bySubject.entries()].sort(([a], [b]) => compareText(a, b)).map(([subjectId, list]) => ({ subjectId, events: list }));
}

/**
 * A source over events held in memory (a whole log). `after` gives, per device, the last seq the
 * previous bundle carried: the bundle then carries only later events (an incremental bundle).
 */
export function memorySource(log: readonly CrfEvent[], after: Readonly<Record<string, number>> = {}): BundleSource {
  const ordered = [...log].sort((a, b) => compareText(a.deviceId, b.deviceId) || a.seq - b.seq);
  const carried = ordered.filter((e) => e.seq > (after[e.deviceId] ?? 0));
  return { events: () => carried, subjects: () => subjectsOf(ordered) };
}
