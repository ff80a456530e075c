import {
  canonicalize,
  mergeItemVersion,
  SINGLE_RECORD,
  type CrfEvent,
  type ItemEvent,
  type ItemState,
  type ItemVersion,
  type Stamp,
} from '../../events';
import { isItemEvent } from '../casebook/item-events';

/** One item of one record: where concurrent changes can meet. */
export interface ItemRef {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  /** '' for a form that has a single record. */
  readonly recordId: string;
  readonly itemId: string;
}

export interface ItemConflict {
  readonly item: ItemRef;
  /** The versions none of which has seen the others: the one shown first, as every device shows it. */
  readonly versions: readonly ItemVersion[];
  /** All versions say the same thing (same value, unit, qualifier or missing reason). */
  readonly sameContent: boolean;
}


const refOf = (e: ItemEvent): ItemRef => ({
  subjectId: e.subjectId,
  visitId: e.visitId,
  formId: e.formId,
  recordId: e.recordId ?? SINGLE_RECORD,
  itemId: e.itemId,
});

export const itemRefKey = (r: ItemRef): string => JSON.stringify([r.subjectId, r.visitId, r.formId, r.recordId, r.itemId]);

/** The items a list of events changes: what an importer loads (ItemState) before planImport. */
export function itemsTouched(events: readonly CrfEvent[]): ItemRef[] {
  const refs = new Map<string, ItemRef>();
  for (const event of events) {
    if (!isItemEvent(event)) continue;
    const ref = refOf(event);
    refs.set(itemRefKey(ref), ref);
  }
  return [...refs.values()];
}

const contentKey = ({ kind, value, unit, qualifier, missing }: ItemVersion): string =>
  canonicalize({ kind, value, unit, qualifier, missing: missing?.code });

/**
 * The rule: two changes of the same item conflict when neither has seen the other. An event has seen
 * another if it is later in the same device's chain, or the other's seq is at most its knownHeads
 * entry for that device (hasSeen, shared/events). This applies the new events, in causal order, to
 * the item's current versions with the store's own reducer (mergeItemVersion, a multi-value
 * register): an item that ends with more than one version, at least one of them new, is a conflict.
 * A change made after seeing all versions resolves it and reports nothing.
 */
export function findConflicts(
  ordered: readonly CrfEvent[],
  current: (item: ItemRef) => ItemState | undefined,
  isNew: (stamp: Stamp) => boolean,
): ItemConflict[] {
  const states = new Map<string, { ref: ItemRef; state: ItemState }>();
  for (const event of ordered) {
    if (!isItemEvent(event)) continue;
    const ref = refOf(event);
    const key = itemRefKey(ref);
    const before = states.has(key) ? states.get(key)?.state : current(ref);
    states.set(key, { ref, state: mergeItemVersion(before, event) });
  }
  const conflicts: ItemConflict[] = [];
  for (const { ref, state } of states.values()) {
    const versions = [state.current, ...state.concurrent];
    if (versions.length < 2 || !versions.some((v) => isNew(v.stamp))) continue;
    conflicts.push({ item: ref, versions, sameContent: new Set(versions.map(contentKey)).size === 1 });
  }
  return conflicts;
}
