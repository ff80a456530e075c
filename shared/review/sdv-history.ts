/**
 * Source-data verification of each field, told from its events: verified (by whom, when), cleared by a
 * later change (the verification and the change that cleared it), removed by a monitor, or never
 * verified. The projection keeps only the current mark (and drops it when another value is shown); the
 * log keeps why it went, which is what a monitor needs to see: "verification cleared by change on …".
 */
import { SINGLE_RECORD, stampOf, type CrfEvent, type ItemState, type Stamp } from '../events';

export type SdvState =
  | { readonly kind: 'none' }
  | { readonly kind: 'verified'; readonly verified: Stamp }
  | { readonly kind: 'cleared-by-change'; readonly verified: Stamp; readonly change: Stamp }
  | { readonly kind: 'removed'; readonly verified: Stamp; readonly removed: Stamp };

const NONE: SdvState = { kind: 'none' };

/** formId/recordId/itemId ('' for a single form's record). */
export const sdvKey = (formId: string, recordId: string | undefined, itemId: string): string => `${formId}/${recordId ?? SINGLE_RECORD}/${itemId}`;

interface Walk {
  /** The event id of the version shown. */
  shown?: string;
  mark?: Stamp | undefined;
  state: SdvState;
}

/**
 * Walks the events of one visit instance, oldest first (as the history reads return them), and returns
 * the SDV story of every item they touch, keyed by sdvKey.
 */
export function sdvHistory(events: Iterable<CrfEvent>): Map<string, SdvState> {
  const walks = new Map<string, Walk>();
  for (const e of events) {
    if (e.itemId === undefined || e.formId === undefined) continue;
    const key = sdvKey(e.formId, e.recordId, e.itemId);
    let walk = walks.get(key);
    switch (e.type) {
      case 'item.valueSet':
      case 'item.missingReasonSet':
      case 'item.cleared':
        if (walk === undefined) walks.set(key, (walk = { state: NONE }));
        walk.shown = e.id;
        if (walk.mark !== undefined) {
          walk.state = { kind: 'cleared-by-change', verified: walk.mark, change: stampOf(e) };
          walk.mark = undefined;
        }
        break;
      case 'sdv.set':
        if (walk === undefined || walk.shown !== e.payload.valueEventId) break;
        walk.mark = stampOf(e);
        walk.state = { kind: 'verified', verified: walk.mark };
        break;
      case 'sdv.cleared':
        if (walk?.mark === undefined) break;
        walk.state = { kind: 'removed', verified: walk.mark, removed: stampOf(e) };
        walk.mark = undefined;
        break;
      default:
        break;
    }
  }
  return new Map([...walks].map(([key, walk]) => [key, walk.state]));
}

/**
 * One field's SDV as shown: the projection decides whether it is verified now (it applies concurrent
 * events in the store's order); the history says when and why a verification went away.
 */
export function sdvStateOf(history: ReadonlyMap<string, SdvState>, key: string, item: ItemState | undefined): SdvState {
  const told = history.get(key) ?? NONE;
  if (item?.sdv !== undefined) return { kind: 'verified', verified: item.sdv.stamp };
  return told.kind === 'verified' ? NONE : told;
}
