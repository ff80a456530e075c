import { compact } from '../compact';
import { compareConcurrent, hasSeen, revisionOf } from '../causality';
import type { DraftOf, EventOf } from '../event-schema';
import { stampOf, type ItemState, type ItemVersion, type Stamp } from './rows';

export type ItemDraft = DraftOf<'item.valueSet'> | DraftOf<'item.missingReasonSet'> | DraftOf<'item.cleared'>;
export type ItemEvent = EventOf<'item.valueSet'> | EventOf<'item.missingReasonSet'> | EventOf<'item.cleared'>;

/** What an item version shows, without who made it. */
export type ItemContent = Omit<ItemVersion, 'stamp' | 'protocolVersion' | 'reason'>;

export function contentOf(draft: ItemDraft): ItemContent {
  switch (draft.type) {
    case 'item.valueSet':
      return { kind: 'value', ...compact(draft.payload) };
    case 'item.missingReasonSet':
      return { kind: 'missing', missing: compact(draft.payload) };
    case 'item.cleared':
      return { kind: 'cleared' };
  }
}

export const versionOf = (event: ItemEvent): ItemVersion => ({
  ...contentOf(event),
  ...compact({ stamp: stampOf(event), protocolVersion: event.protocolVersion, reason: event.reason }),
});

const revision = (s: Stamp) => revisionOf({ id: s.eventId, deviceId: s.deviceId, seq: s.seq, at: s.at });

/**
 * Adds a version to an item, applied in causal order (see causalOrder). The item keeps every
 * version no other version has seen (a multi-value register): normally just one; after two
 * devices changed it without seeing each other, several, which is a conflict. The one shown is
 * chosen the same way on every device, so projections converge whatever the import order.
 */
export function mergeItemVersion(state: ItemState | undefined, event: ItemEvent): ItemState {
  const incoming = versionOf(event);
  const maximal = state === undefined ? [] : [state.current, ...state.concurrent];
  const survivors = [...maximal.filter((v) => !hasSeen(event, v.stamp)), incoming].sort((a, b) =>
    compareConcurrent(revision(b.stamp), revision(a.stamp)),
  );
  const [current, ...concurrent] = survivors as [ItemVersion, ...ItemVersion[]];
  // A verification belongs to the value it verified, never to a value shown after it.
  const sdv = state?.sdv !== undefined && state.sdv.valueEventId === current.stamp.eventId ? state.sdv : undefined;
  return { current, concurrent, ...(sdv !== undefined ? { sdv } : {}) };
}

/** The draft would store what the item already shows: autosave can skip it. */
export function isSameAsCurrent(state: ItemState | undefined, draft: ItemDraft): boolean {
  if (state === undefined || state.concurrent.length > 0) return false;
  const { stamp: _s, protocolVersion: _p, reason: _r, ...shown } = state.current;
  return sameJson(shown, contentOf(draft));
}

function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}
