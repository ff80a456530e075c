import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type SdvDraft = DraftOf<'sdv.set'> | DraftOf<'sdv.cleared'>;
type SdvEvent = EventOf<'sdv.set'> | EventOf<'sdv.cleared'>;

export function checkSdvEvent(draft: SdvDraft, rows: TouchedRows): Issue[] {
  const item = rows.entry?.items[draft.itemId];
  switch (draft.type) {
    case 'sdv.set':
      if (item === undefined || item.current.kind === 'cleared') return [issue(['itemId'], 'there is nothing to verify: the item is empty')];
      if (item.current.stamp.eventId !== draft.payload.valueEventId) {
        return [issue(['payload', 'valueEventId'], 'the value changed after it was shown: verify the current value')];
      }
      return item.sdv?.valueEventId === draft.payload.valueEventId ? [issue(['itemId'], 'this value is already verified')] : [];
    case 'sdv.cleared':
      return item?.sdv === undefined ? [issue(['itemId'], 'the item is not verified')] : [];
  }
}

export function applySdvEvent(event: SdvEvent, rows: TouchedRows): RowChanges {
  const entry = rows.entry;
  const item = entry?.items[event.itemId];
  // Only a verification of the value still shown means anything; anything else leaves no mark.
  if (entry === undefined || item === undefined) return {};
  switch (event.type) {
    case 'sdv.set': {
      if (item.current.stamp.eventId !== event.payload.valueEventId) return {};
      const sdv = { stamp: stampOf(event), valueEventId: event.payload.valueEventId };
      return { entry: { ...entry, items: { ...entry.items, [event.itemId]: { ...item, sdv } } } };
    }
    case 'sdv.cleared': {
      const { sdv: _gone, ...unverified } = item;
      return { entry: { ...entry, items: { ...entry.items, [event.itemId]: unverified } } };
    }
  }
}
