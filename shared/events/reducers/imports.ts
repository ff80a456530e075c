import type { DraftOf, EventOf } from '../event-schema';
import { issue } from '../issues';
import type { Issue } from '../../lib/result';
import { stampOf } from './rows';
import type { RowChanges, TouchedRows } from './touched';

type ImportDraft = DraftOf<'protocol.imported'> | DraftOf<'allocation.imported'>;
type ImportEvent = EventOf<'protocol.imported'> | EventOf<'allocation.imported'>;

export function checkImportEvent(draft: ImportDraft, rows: TouchedRows): Issue[] {
  switch (draft.type) {
    case 'protocol.imported': {
      const known = rows.protocol;
      if (known === undefined) return [];
      return [
        known.contentHash === draft.payload.contentHash
          ? issue(['protocolVersion'], `protocol ${draft.protocolId} version ${draft.protocolVersion} is already imported`)
          : issue(['protocolVersion'], 'a protocol version never changes: give the amended protocol a new version'),
      ];
    }
    case 'allocation.imported':
      return rows.allocationList !== undefined ? [issue(['payload', 'listId'], 'an allocation list with this id is already imported')] : [];
  }
}

export function applyImportEvent(event: ImportEvent, rows: TouchedRows): RowChanges {
  const imported = stampOf(event);
  switch (event.type) {
    case 'protocol.imported':
      // The first import of a version stays authoritative; checkImportEvent refuses a different one.
      if (rows.protocol !== undefined) return {};
      return {
        protocol: {
          protocolId: event.protocolId,
          version: event.protocolVersion,
          contentHash: event.payload.contentHash,
          title: event.payload.title,
          imported,
        },
      };
    case 'allocation.imported':
      if (rows.allocationList !== undefined) return {};
      return {
        allocationList: {
          listId: event.payload.listId,
          protocolId: event.protocolId,
          protocolVersion: event.protocolVersion,
          contentHash: event.payload.contentHash,
          stage: event.payload.stage,
          entryCount: event.payload.entryCount,
          imported,
        },
      };
  }
}
