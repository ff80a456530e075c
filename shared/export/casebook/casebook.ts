import {
  entryMapKey,
  MemoryProjection,
  type CrfEvent,
  type EntryRow,
  type SignatureRow,
  type SubjectRow,
  type VisitRow,
} from '../../events';
import { causalSort } from './causal-sort';

/**
 * One subject's data as the readable exports see it: the projection rows the shared reducers compute
 * from the subject's events, and the events themselves in causal order. Computed from events rather
 * than read from the store's projection tables, so every derivative in a bundle is a pure function
 * of events + protocol that anyone holding the events can recompute.
 */
export interface Casebook {
  readonly subjectId: string;
  /** Undefined only for a history without a screening event (a store missing the subject's start). */
  readonly subject: SubjectRow | undefined;
  /** Sorted by visit id. */
  readonly visits: readonly VisitRow[];
  /** Sorted by visit, form, record. */
  readonly entries: readonly EntryRow[];
  /** Sorted by signature id. */
  readonly signatures: readonly SignatureRow[];
  /** Every event of the subject, in causal order. */
  readonly events: readonly CrfEvent[];
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T): number => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Replays one subject's events through the shared reducers. The events may come in any order. */
export function buildCasebook(subjectId: string, events: readonly CrfEvent[]): Casebook {
  const ordered = causalSort(events);
  const projection = new MemoryProjection();
  for (const event of ordered) projection.apply(event);
  return {
    subjectId,
    subject: projection.subjects.get(subjectId),
    visits: [...projection.visits.values()].sort(byKey((v) => v.visitId)),
    entries: [...projection.entries.values()].sort(byKey(entryMapKey)),
    signatures: [...projection.signatures.values()].sort(byKey((s) => s.signatureId)),
    events: ordered,
  };
}
