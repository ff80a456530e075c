import type { Dexie, Transaction } from 'dexie';

/**
 * Every schema version the store has ever had, oldest first. Dexie opens a database of any earlier
 * version and runs the upgrades in order.
 *
 * Policy (docs/store.md, "Migrations"):
 * - Append only: a released version is never edited or removed; a change is a new version.
 * - The events table is never rewritten: events are sealed, and changing one breaks its hash.
 *   A migration may add indexes to it, nothing else.
 * - Projections are derived: when their shape changes, the upgrade rebuilds them from the events
 *   (rebuildProjectionsIn) instead of transforming rows in place.
 * - Every version gets a fixture in test/renderer/db/migrations.test.ts: a database made by that
 *   version is opened by the current code and checked.
 */
export interface SchemaVersion {
  readonly version: number;
  readonly note: string;
  /** Dexie store specs; null deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'event log, projections, documents, settings, meta',
    stores: {
      // Primary key [deviceId+seq]: a device's chain in order, and "events after seq N of device D".
      events: '[deviceId+seq], &id, subjectId, [subjectId+visitId], [subjectId+visitId+formId], [subjectId+visitId+formId+itemId]',
      subjects: 'subjectId, code, siteId, status',
      visits: '[subjectId+visitId], subjectId',
      entries: '[subjectId+visitId+formId+recordId], [subjectId+visitId], subjectId, status',
      queries: 'queryId, subjectId, status, [subjectId+visitId+formId]',
      signatures: 'signatureId, [subjectId+status]',
      protocols: '[protocolId+version]',
      allocationLists: 'listId',
      documents: 'hash',
      settings: 'key',
      meta: 'key',
    },
  },
  {
    version: 2,
    note: 'user accounts (login, role, wrapped data keys) and the security log, both outside the event chain',
    stores: {
      // Accounts are device configuration, not trial data: a login is unique on this laptop.
      accounts: 'userId, &login',
      // Logins, failures, lockouts, refused commands, password resets: append-only, in order.
      securityLog: '++seq, at, userId',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY.reduce((max, v) => Math.max(max, v.version), 0);

/** Declares the history up to `upTo` on a Dexie instance (tests open databases of older versions). */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const v of SCHEMA_HISTORY) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
  }
}
